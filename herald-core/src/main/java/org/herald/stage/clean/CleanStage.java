package org.herald.stage.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.herald.model.Article;
import org.herald.model.MediaType;
import org.herald.model.Problem;
import org.herald.model.RawDocument;
import org.herald.pipeline.Cleaner;
import org.herald.pipeline.Resources;

/**
 * The clean stage: turns plain text or HTML into an article's clean body text, one paragraph a line, with
 * boilerplate paragraphs ("Comments are closed.", share buttons, menus) removed, and finds the title and
 * publication date when the source did not give them. Never throws on bad markup. Thread-safe.
 *
 * <p>Plain text may start with a header block ({@code Title:}, {@code Published:}, {@code URL:} lines, then a
 * blank line); otherwise a first line that reads like a headline is the title.
 */
public final class CleanStage implements Cleaner {
  private final Boilerplate boilerplate;
  private final HtmlCleaner html;

  /** A clean stage with the bundled boilerplate patterns. */
  public CleanStage() {
    this(Resources.classpath());
  }

  /** A clean stage loading its boilerplate patterns from {@code resources}. */
  public CleanStage(Resources resources) {
    this.boilerplate = new Boilerplate(resources.lines("boilerplate-v2.txt"));
    this.html = new HtmlCleaner(boilerplate);
  }

  @Override
  public Article clean(RawDocument raw) {
    if (raw.mediaType() == MediaType.HTML) {
      return html.clean(raw);
    }
    return cleanText(raw);
  }

  private Article cleanText(RawDocument raw) {
    String s = raw.content();
    List<Problem> problems = new ArrayList<>(raw.problems());
    String title = raw.title();
    LocalDate published = raw.published();
    String url = raw.url();
    int pos = 0;
    // header block: Key: value lines then a blank line
    Header header = Header.parse(s);
    if (header != null) {
      title = title == null ? header.title() : title;
      url = url == null ? header.url() : url;
      if (published == null && header.published() != null) {
        published = Dates.parseLenient(header.published());
        if (published == null) {
          problems.add(Problem.of("H-INPUT-010", "unreadable Published header: " + header.published()));
        }
      }
      pos = header.bodyStart();
    } else if (title == null) {
      int nl = s.indexOf('\n', pos);
      if (nl > 0) {
        String first = s.substring(pos, nl).strip();
        boolean blankAfter = s.startsWith("\n", nl + 1) || s.startsWith("\r\n", nl + 1);
        boolean indentedAfter = nl + 1 < s.length() && s.charAt(nl + 1) != '\n'
            && Character.isWhitespace(s.charAt(nl + 1));
        Layout whole = Layout.of(s, pos);
        boolean wrapped = !blankAfter && (whole == Layout.BLANK || whole == Layout.WRAPPED
            || whole == Layout.INDENTED && !indentedAfter);
        if (looksLikeHeadline(first) && !wrapped && !s.substring(nl).isBlank()) {
          title = first;
          pos = nl + 1;
        }
      }
    }
    TextBuilder out = new TextBuilder();
    Layout layout = Layout.of(s, pos);
    int paragraphStart = out.length();
    int i = pos;
    while (i <= s.length()) {
      int nl = s.indexOf('\n', i);
      int lineEnd = nl < 0 ? s.length() : nl;
      String line = s.substring(i, lineEnd);
      boolean blank = line.isBlank();
      if (layout == Layout.INDENTED && !blank && Character.isWhitespace(line.charAt(0))) {
        paragraphStart = closeParagraph(out, paragraphStart); // an indented line starts a paragraph
      }
      if (blank || layout == Layout.LINES) {
        if (!blank) {
          out.append(line, i, true);
        }
        paragraphStart = closeParagraph(out, paragraphStart);
      } else {
        out.append(line, i, true);
        out.append(" ", lineEnd, true); // a wrapped line: its break is a space
      }
      if (nl < 0) {
        break;
      }
      i = nl + 1;
    }
    closeParagraph(out, paragraphStart);
    return Article.builder(raw.id(), out.text())
        .path(raw.path())
        .url(url)
        .title(title)
        .published(published)
        .language("en")
        .offsets(out.offsets())
        .problems(problems)
        .build();
  }

  /** How a plain text marks its paragraphs, and so what a single line break is. */
  enum Layout {
    /** Blank lines between paragraphs: a single break is a wrapped line. */
    BLANK,
    /** No blank lines, paragraphs start with an indented line (wire archives such as Reuters-21578). */
    INDENTED,
    /** No paragraph marks, lines wrapped at a fixed width: every break is a wrapped line. */
    WRAPPED,
    /** One paragraph a line. */
    LINES;

    /** Lines at most this long, most of them not ending a sentence, read as hard-wrapped. */
    private static final int WRAP_WIDTH = 100;

    /** The layout of {@code s} from offset {@code pos}. */
    static Layout of(String s, int pos) {
      if (s.indexOf("\n\n", pos) >= 0 || s.indexOf("\r\n\r\n", pos) >= 0) {
        return BLANK;
      }
      int lines = 0;
      int indented = 0;
      int longest = 0;
      int open = 0; // lines ending inside a sentence
      int i = pos;
      while (i < s.length()) {
        int nl = s.indexOf('\n', i);
        int end = nl < 0 ? s.length() : nl;
        String line = s.substring(i, end).stripTrailing();
        if (!line.isBlank()) {
          lines++;
          longest = Math.max(longest, line.strip().length());
          if (lines > 1 && Character.isWhitespace(line.charAt(0))) {
            indented++;
          }
          if (nl >= 0 && !endsSentence(line)) {
            open++;
          }
        }
        if (nl < 0) {
          break;
        }
        i = nl + 1;
      }
      boolean wrapped = lines >= 3 && longest <= WRAP_WIDTH && open * 2 > lines;
      if (!wrapped) {
        return LINES;
      }
      return indented > 0 ? INDENTED : WRAPPED;
    }

    private static boolean endsSentence(String line) {
      char last = line.charAt(line.length() - 1);
      return last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201d' || last == ':';
    }
  }

  /** Ends the paragraph that began at {@code start}, dropping it when it is boilerplate. */
  private int closeParagraph(TextBuilder out, int start) {
    String paragraph = out.text().length() > start ? out.text().substring(start) : "";
    if (!paragraph.isBlank() && boilerplate.matches(paragraph)) {
      out.truncate(start);
    }
    out.paragraphBreak();
    return out.length();
  }

  /** A short first line without sentence-final punctuation reads as a headline. */
  static boolean looksLikeHeadline(String line) {
    if (line.isEmpty() || line.length() > 200) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    boolean endsLikeSentence = last == '.' || last == ',' || last == ';' || last == ':';
    return !endsLikeSentence && Character.isLetterOrDigit(line.charAt(0))
        || (line.length() < 120 && Character.isUpperCase(line.charAt(0)) && last == '?');
  }

  /** The header block at the top of a plain text article. */
  record Header(String title, String published, String url, int bodyStart) {
    static Header parse(String s) {
      String title = null;
      String published = null;
      String url = null;
      int i = 0;
      int fields = 0;
      while (i < s.length()) {
        int nl = s.indexOf('\n', i);
        int end = nl < 0 ? s.length() : nl;
        String line = s.substring(i, end).strip();
        if (line.isEmpty()) {
          return fields > 0 ? new Header(title, published, url, nl < 0 ? s.length() : nl + 1) : null;
        }
        int colon = line.indexOf(':');
        if (colon <= 0) {
          return null;
        }
        String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = line.substring(colon + 1).strip();
        switch (key) {
          case "title", "headline" -> title = value;
          case "published", "date", "publication date" -> published = value;
          case "url", "link", "source" -> url = value;
          case "author", "byline", "section", "language", "id" -> { }
          default -> {
            return null;
          }
        }
        fields++;
        if (nl < 0) {
          return null;
        }
        i = nl + 1;
      }
      return null;
    }
  }
}
