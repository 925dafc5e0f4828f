package org.herald.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TimeML files (TempEval-3, TimeBank, AQUAINT): the TEXT element's text with its TIMEX3s, and the
 * document creation time (the TIMEX3 with {@code functionInDocument="CREATION_TIME"}). Parsing is safe: DTDs and
 * external entities are off. Thread-safe.
 */
public final class TimeMlReader {
  private static final XMLInputFactory FACTORY = factory();

  private TimeMlReader() {
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    return f;
  }

  /** A TimeML file that cannot be read: not XML, or no TEXT element. */
  public static final class TimeMlException extends Exception {
    private static final long serialVersionUID = 1L;

    public TimeMlException(String message) {
      super(message);
    }
  }

  /** Reads the file at {@code path}; its name (without {@code .tml}) is the id when there is no DOCID. */
  public static TimeMlDocument read(Path path) throws IOException, TimeMlException {
    String name = path.getFileName().toString();
    if (name.endsWith(".tml")) {
      name = name.substring(0, name.length() - 4);
    }
    try (InputStream in = Files.newInputStream(path)) {
      XMLStreamReader r;
      try {
        r = FACTORY.createXMLStreamReader(in);
      } catch (XMLStreamException e) {
        throw new TimeMlException(message(e));
      }
      return read(r, name);
    }
  }

  /** Reads one TimeML document from a string. */
  public static TimeMlDocument parse(String xml, String name) throws TimeMlException {
    try {
      return read(FACTORY.createXMLStreamReader(new StringReader(xml)), name);
    } catch (XMLStreamException e) {
      throw new TimeMlException(message(e));
    }
  }

  private static TimeMlDocument read(XMLStreamReader r, String name) throws TimeMlException {
    StringBuilder text = new StringBuilder();
    List<TimeMlTimex> timexes = new ArrayList<>();
    String docId = null;
    LocalDate created = null;
    boolean inText = false;
    boolean sawText = false;
    boolean inDocId = false;
    StringBuilder docIdText = new StringBuilder();
    int openStart = -1;
    String openType = null;
    String openValue = null;
    try {
      while (r.hasNext()) {
        int ev = r.next();
        switch (ev) {
          case XMLStreamConstants.START_ELEMENT -> {
            String el = r.getLocalName();
            if (el.equals("TEXT")) {
              inText = true;
              sawText = true;
            } else if (el.equals("DOCID")) {
              inDocId = true;
            } else if (el.equals("TIMEX3")) {
              if ("CREATION_TIME".equals(r.getAttributeValue(null, "functionInDocument"))) {
                created = day(r.getAttributeValue(null, "value"));
              } else if (inText) {
                openStart = text.length();
                openType = attr(r, "type");
                openValue = attr(r, "value");
              }
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            String el = r.getLocalName();
            if (el.equals("TEXT")) {
              inText = false;
            } else if (el.equals("DOCID")) {
              inDocId = false;
              docId = docIdText.toString().strip();
            } else if (el.equals("TIMEX3") && openStart >= 0) {
              timexes.add(new TimeMlTimex(openStart, text.length(), text.substring(openStart), openType, openValue));
              openStart = -1;
            }
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
            if (inText) {
              text.append(r.getText());
            } else if (inDocId) {
              docIdText.append(r.getText());
            }
          }
          default -> {
            // comments, processing instructions, the DTD: nothing to keep
          }
        }
      }
    } catch (XMLStreamException e) {
      throw new TimeMlException(message(e));
    } finally {
      try {
        r.close();
      } catch (XMLStreamException e) {
        // nothing held that needs closing
      }
    }
    if (!sawText) {
      throw new TimeMlException("no TEXT element");
    }
    timexes.sort(Comparator.comparingInt(TimeMlTimex::start).thenComparingInt(TimeMlTimex::end));
    return new TimeMlDocument(docId == null || docId.isEmpty() ? name : docId, created, text.toString(), timexes);
  }

  private static String attr(XMLStreamReader r, String name) {
    String v = r.getAttributeValue(null, name);
    return v == null ? "" : v;
  }

  /** The calendar day a TIMEX3 value starts with ("1998-12-05T09:42" → 1998-12-05), or null. */
  static LocalDate day(String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String message(XMLStreamException e) {
    String m = e.getMessage() == null ? "malformed XML" : e.getMessage();
    return m.replaceAll("\\s+", " ").strip();
  }
}
