package org.herald.eval;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads PETRARCH validation files ({@code PETR.UnitTest.records.xml}, {@code PETR2_GSR_validation.xml}):
 * {@code <Sentence id category date>} elements holding {@code <EventCoding sourcecode targetcode eventcode>}
 * (or {@code noevents="True"}) and a {@code <Text>}. Parsed with StAX, DTDs and external entities off. Two
 * known defects of {@code PETR2_GSR_validation.xml} are repaired before parsing: its header is a block of
 * {@code #} lines outside any comment (one holds a tag), so {@code #} lines before {@code <Sentences>} are
 * dropped; and most {@code <Sentence …/>} start tags are self-closed although a {@code </Sentence>} follows. Codings marked {@code error} (records that test
 * PETRARCH's error handling) are skipped, and so is a record left with nothing to check. Thread-safe: holds no
 * state.
 */
public final class PetrarchReader {
  private PetrarchReader() {
  }

  /**
   * Every record with a text and at least one coding or {@code noevents}, in file order.
   *
   * @throws IOException when the text is not XML even after the repair
   */
  public static List<PetrarchRecord> read(String xml) throws IOException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    List<PetrarchRecord> out = new ArrayList<>();
    try {
      XMLStreamReader r = f.createXMLStreamReader(new StringReader(repair(xml)));
      String id = null;
      String category = "";
      String date = "";
      List<PetrarchRecord.Coding> codings = new ArrayList<>();
      boolean noEvents = false;
      StringBuilder text = null;
      String textValue = "";
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          switch (r.getLocalName()) {
            case "Sentence" -> {
              id = attr(r, "id");
              category = attr(r, "category");
              date = attr(r, "date");
              codings.clear();
              noEvents = false;
              textValue = "";
            }
            case "EventCoding" -> {
              if (id == null || !attr(r, "error").isEmpty()) {
                break;
              }
              if (attr(r, "noevents").toLowerCase(Locale.ROOT).equals("true")) {
                noEvents = true;
              } else if (!attr(r, "eventcode").isEmpty()) {
                String target = attr(r, "targetcode");
                codings.add(new PetrarchRecord.Coding(attr(r, "sourcecode"), target.isEmpty() ? "---" : target,
                    attr(r, "eventcode")));
              }
            }
            case "Text" -> text = new StringBuilder();
            default -> {
            }
          }
        } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) && text != null) {
          text.append(r.getText());
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          if (r.getLocalName().equals("Text") && text != null) {
            textValue = text.toString().strip().replaceAll("\\s+", " ");
            text = null;
          } else if (r.getLocalName().equals("Sentence") && id != null) {
            if (!textValue.isEmpty() && (noEvents || !codings.isEmpty())) {
              out.add(new PetrarchRecord(id, category, date, textValue, noEvents ? List.of() : codings, noEvents));
            }
            id = null;
          }
        }
      }
      r.close();
    } catch (XMLStreamException e) {
      throw new IOException("not a PETRARCH records file: " + e.getMessage(), e);
    }
    return out;
  }

  private static String attr(XMLStreamReader r, String name) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      if (r.getAttributeLocalName(i).equals(name)) {
        return r.getAttributeValue(i).strip();
      }
    }
    return "";
  }

  /** Opens each self-closed {@code <Sentence …/>} that a {@code </Sentence>} closes before the next one starts. */
  static String repair(String text) {
    int body = text.indexOf("<Sentences>");
    StringBuilder head = new StringBuilder();
    if (body > 0) {
      for (String line : text.substring(0, body).split("\n", -1)) {
        if (!line.stripLeading().startsWith("#")) {
          head.append(line).append('\n');
        }
      }
      head.setLength(head.length() - 1);
    }
    String xml = body > 0 ? head + text.substring(body) : text;
    StringBuilder b = new StringBuilder(xml.length());
    int from = 0;
    while (true) {
      int open = xml.indexOf("<Sentence ", from);
      if (open < 0) {
        break;
      }
      int close = xml.indexOf('>', open);
      if (close < 0) {
        break;
      }
      int next = xml.indexOf("<Sentence ", close);
      int end = xml.indexOf("</Sentence>", close);
      boolean selfClosed = xml.charAt(close - 1) == '/';
      b.append(xml, from, open);
      if (selfClosed && end >= 0 && (next < 0 || end < next)) {
        b.append(xml, open, close - 1).append('>');
      } else {
        b.append(xml, open, close + 1);
      }
      from = close + 1;
    }
    b.append(xml, from, xml.length());
    return b.toString();
  }
}
