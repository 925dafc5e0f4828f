package org.herald.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.herald.ErrorCodes;
import org.herald.HeraldException;
import org.herald.model.MediaType;
import org.herald.model.Problem;
import org.herald.model.RawDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds into one raw document per item: its title, link (as the URL),
 * date, and full content where the feed has it ({@code content:encoded}, Atom {@code content}), else its summary.
 *
 * <p>Feeds in the wild are often not well-formed XML (a newline before the declaration, HTML entities, Latin-1
 * bytes without a declaration), so the XML is read leniently with jsoup's XML parser. That parser is also safe:
 * it reads no DTD, fetches no external entity and expands no declared entity, so entity bombs and external
 * entity attacks have nothing to work with. Bytes are decoded by byte-order mark, then the XML declaration's
 * encoding, then strict UTF-8, then Windows-1252. Stateless and thread-safe.
 */
public final class FeedReader {
  /** One item of a feed: a document, or why it was skipped. */
  private FeedReader() {
  }

  /** Whether {@code bytes} (from a file named {@code name}, or null) look like an RSS or Atom feed. */
  public static boolean isFeed(byte[] bytes, String name) {
    String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
    int i = 0;
    // skip a byte-order mark, whitespace, the XML declaration, comments and processing instructions
    while (i < head.length()) {
      char c = head.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00ef' || c == '\u00bb' || c == '\u00bf' || c == '\u00fe'
          || c == '\u00ff' || c == 0) {
        i++;
      } else if (head.startsWith("<?", i) || head.startsWith("<!", i)) {
        int bracket = head.indexOf('[', i);
        int gt = head.indexOf('>', i);
        int end = head.startsWith("<!--", i) ? head.indexOf("-->", i) + 2
            : bracket >= 0 && bracket < gt ? head.indexOf("]>", i) + 1 : gt; // a DOCTYPE's internal subset
        if (end < 0) {
          return false;
        }
        i = end + 1;
      } else {
        break;
      }
    }
    String root = head.substring(i).toLowerCase(Locale.ROOT);
    return root.startsWith("<rss") || root.startsWith("<feed") || root.startsWith("<rdf:rdf")
        || root.startsWith("<rdf ");
  }

  /**
   * The items of the feed in {@code bytes}, in feed order.
   *
   * @param path the feed's file path, or null
   * @param origin where the feed came from, for messages and item origins ({@code origin#3} is the third item)
   * @throws HeraldException when the bytes hold no feed
   */
  public static List<Read> read(byte[] bytes, String path, String origin) {
    List<Problem> problems = new ArrayList<>();
    String xml = decode(bytes, problems);
    Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
    Element root = null;
    for (Element e : doc.children()) {
      String name = e.tagName().toLowerCase(Locale.ROOT);
      if (name.equals("rss") || name.equals("feed") || name.equals("rdf:rdf")) {
        root = e;
        break;
      }
    }
    if (root == null) {
      throw new HeraldException(ErrorCodes.INPUT_UNREADABLE, origin + " is not an RSS or Atom feed");
    }
    boolean atom = root.tagName().equalsIgnoreCase("feed");
    List<Element> items = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      String name = local(e);
      if (atom ? name.equals("entry") : name.equals("item")) {
        items.add(e);
      }
    }
    List<Read> reads = new ArrayList<>(items.size());
    for (int n = 0; n < items.size(); n++) {
      String itemOrigin = origin + "#" + (n + 1);
      try {
        reads.add(Read.ok(itemOrigin, atom ? atomEntry(items.get(n), path, itemOrigin, problems)
            : rssItem(items.get(n), path, itemOrigin, problems)));
      } catch (HeraldException e) {
        reads.add(Read.failed(itemOrigin, e));
      }
    }
    if (reads.isEmpty()) {
      throw new HeraldException(ErrorCodes.INPUT_EMPTY, origin + " is a feed without items");
    }
    return reads;
  }

  private static RawDocument rssItem(Element item, String path, String origin, List<Problem> problems) {
    String title = text(child(item, "title"));
    String link = text(child(item, "link"));
    if (link == null) {
      Element guid = child(item, "guid");
      String g = text(guid);
      if (g != null && g.startsWith("http") && !"false".equalsIgnoreCase(guid.attr("isPermaLink"))) {
        link = g;
      }
    }
    if (link == null) {
      link = blankToNull(item.attr("rdf:about"));
    }
    String date = firstText(item, "pubDate", "dc:date", "date", "published", "updated");
    String content = firstText(item, "content:encoded", "encoded");
    if (content == null) {
      content = firstText(item, "description", "summary", "content");
    }
    return document(item, path, origin, title, link, date, content, problems);
  }

  private static RawDocument atomEntry(Element entry, String path, String origin, List<Problem> problems) {
    Element titleElement = child(entry, "title");
    String title = text(titleElement);
    if (title != null && titleElement.attr("type").toLowerCase(Locale.ROOT).contains("html")) {
      title = Jsoup.parse(title).text();
    }
    String link = null;
    for (Element e : entry.children()) {
      if (local(e).equals("link")) {
        String rel = e.attr("rel");
        if ((rel.isEmpty() || rel.equals("alternate")) && !e.attr("href").isBlank()) {
          link = e.attr("href").strip();
          break;
        }
      }
    }
    if (link == null) {
      String id = text(child(entry, "id"));
      link = id != null && id.startsWith("http") ? id : null;
    }
    String date = firstText(entry, "published", "issued", "updated", "modified", "dc:date");
    String content = firstText(entry, "content");
    if (content == null) {
      content = firstText(entry, "summary");
    }
    return document(entry, path, origin, title, link, date, content, problems);
  }

  private static RawDocument document(Element item, String path, String origin, String title, String link,
      String date, String content, List<Problem> feedProblems) {
    if (content == null && title == null) {
      throw new HeraldException(ErrorCodes.INPUT_EMPTY, origin + " is an item without title or text");
    }
    List<Problem> problems = new ArrayList<>(feedProblems);
    LocalDate published = null;
    if (date != null) {
      published = FeedDates.parse(date);
      if (published == null) {
        problems.add(Problem.of("H-INPUT-010", "unreadable item date: " + date));
      }
    }
    String body = content == null ? title : content;
    MediaType type = looksLikeHtml(body) ? MediaType.HTML : MediaType.TEXT;
    String id = FileSource.contentId(item.outerHtml().getBytes(StandardCharsets.UTF_8));
    return new RawDocument(id, path, link, title, published, body, type, problems);
  }

  /** Whether {@code s} holds markup: a tag or an escaped tag's decoded form. */
  private static boolean looksLikeHtml(String s) {
    for (int i = s.indexOf('<'); i >= 0 && i + 1 < s.length(); i = s.indexOf('<', i + 1)) {
      char c = s.charAt(i + 1);
      if (Character.isLetter(c) || c == '/' || c == '!') {
        return true;
      }
    }
    return false;
  }

  /** The local name of an element, lower case ({@code dc:date} stays {@code dc:date}; {@code atom:link} is link). */
  private static String local(Element e) {
    String name = e.tagName().toLowerCase(Locale.ROOT);
    if (name.startsWith("atom:") || name.startsWith("rss:") || name.startsWith("rdf:") && !name.equals("rdf:rdf")) {
      return name.substring(name.indexOf(':') + 1);
    }
    return name;
  }

  private static Element child(Element parent, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (Element e : parent.children()) {
      if (local(e).equals(lower)) {
        return e;
      }
    }
    return null;
  }

  private static String firstText(Element parent, String... names) {
    for (String name : names) {
      String t = text(child(parent, name));
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /** The text of an element: its character data, or its inner markup when it holds XHTML. */
  private static String text(Element e) {
    if (e == null) {
      return null;
    }
    String t = e.children().isEmpty() ? e.wholeText() : e.html();
    return blankToNull(t.strip());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** The feed's text: by byte-order mark, declared encoding, strict UTF-8, else Windows-1252. */
  static String decode(byte[] bytes, List<Problem> problems) {
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    Charset declared = declaredEncoding(bytes);
    boolean singleByte = declared != null && declared.newEncoder().maxBytesPerChar() == 1;
    if (declared != null && !singleByte && !declared.equals(StandardCharsets.UTF_8)) {
      return new String(bytes, declared);
    }
    // bytes that are valid UTF-8 are UTF-8, whatever a single-byte declaration says: feeds re-encoded by a
    // CMS keep their old declaration, and Latin-1 text is almost never valid UTF-8
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      if (singleByte) {
        return new String(bytes, declared.name().equalsIgnoreCase("ISO-8859-1")
            ? Charset.forName("windows-1252") : declared);
      }
      problems.add(Problem.of("H-INPUT-011", "feed is not valid UTF-8; read as Windows-1252"));
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  private static Charset declaredEncoding(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1);
    int decl = head.indexOf("<?xml");
    if (decl < 0) {
      return null;
    }
    int end = head.indexOf("?>", decl);
    if (end < 0) {
      return null;
    }
    String d = head.substring(decl, end);
    int k = d.indexOf("encoding");
    if (k < 0) {
      return null;
    }
    int q = k + 8;
    while (q < d.length() && (d.charAt(q) == ' ' || d.charAt(q) == '=')) {
      q++;
    }
    if (q >= d.length() || d.charAt(q) != '"' && d.charAt(q) != '\'') {
      return null;
    }
    int close = d.indexOf(d.charAt(q), q + 1);
    if (close < 0) {
      return null;
    }
    try {
      return Charset.forName(d.substring(q + 1, close).strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
