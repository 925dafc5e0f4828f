package org.herald.stage.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.model.Article;
import org.herald.model.Problem;
import org.herald.model.RawDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Cleans an HTML page: finds the main article container, keeps its paragraphs and headings, and drops
 * navigation, share buttons, related links, comments, scripts and boilerplate paragraphs. Title, date, language
 * and canonical URL come from the page's metadata ({@link PageMeta}) when the source did not give them.
 * Thread-safe.
 *
 * <p>How the body is found (issue 7): the page is cut into text blocks (the runs of text between block-level
 * tags); each block is good (long, or a sentence, with few links), bad (mostly links, or boilerplate) or
 * neutral (short); bylines, date lines and photo credits ({@link MetaLine}) are bad. The container is the
 * element that maximises its good text minus its other text, with a JSON-LD {@code articleBody} as a hint where
 * the page shows most of it; it widens to the element the page marks as its body ({@code itemprop=articleBody},
 * {@code article-body}) when that holds clearly more good text, and to the nearest ancestor holding most of the
 * page's good text when it holds under 40% of it (an article spread over boxes). Inside the container the good
 * blocks stay, the bad ones go, and a neutral block stays when it sits between good ones (a subheading, a short
 * paragraph). A page that shows less than half of its stated body gives that body instead.
 */
final class HtmlCleaner {
  /** Elements that never hold article text. */
  private static final String DROP = "script, style, noscript, template, iframe, svg, canvas, button, select, "
      + "input, textarea, nav, aside, footer, figcaption, dialog, object, embed, video, audio, map, "
      + "[role=navigation], [role=banner], [role=contentinfo], "
      + "[role=complementary], [role=dialog], [role=alert], [role=search], [role=toolbar], [role=menu]";
  /**
   * Elements dropped unless they hold much of the page's paragraph text: some sites wrap the whole page in a
   * form, and pages saved without scripts may hide the rest of an article until a button is pressed.
   */
  private static final String DROP_UNLESS_MAIN = "header, form, [hidden], [aria-hidden=true]";
  /** Block elements whose text forms a paragraph. */
  private static final Set<String> BLOCKS = Set.of(
      "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "dd", "dt", "div",
      "section", "article", "main", "br", "tr", "ul", "ol", "dl", "table", "address", "header", "hr",
      "figure", "center", "details", "summary", "body", "form", "fieldset", "legend", "caption");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  /** Class or id parts that name an element the article body, as trafilatura's body paths do. */
  private static final List<String> BODY_MARKS = List.of(
      "article-body", "articlebody", "article--body", "article-content", "articlecontent", "article-text",
      "articletext", "article--content", "article--text", "story-body", "storybody", "story-content",
      "story-text", "entry-content", "entrycontent", "post-content", "postcontent", "post-body", "postbody",
      "post-entry", "post-text", "content-body", "body-text", "bodytext", "text-body", "rich-text", "main-content", "maincontent");
  /** Below this share of the page's good text, the chosen container is too short to trust. */
  private static final double SHORT_CONTAINER = 0.4;
  /** The share of the page's good text that a wider container must hold. */
  private static final double WIDE_CONTAINER = 0.6;
  /** How much a container's other text counts against its good text. */
  private static final double OTHER_TEXT_WEIGHT = 0.6;
  /** How many levels above the container to look for siblings that continue the article. */
  private static final int SIBLING_LEVELS = 3;

  private final Boilerplate boilerplate;

  HtmlCleaner(Boilerplate boilerplate) {
    this.boilerplate = boilerplate;
  }

  Article clean(RawDocument raw) {
    return clean(raw, null);
  }

  /** What the cleaner decided for each block of a page, for tests and tuning tools. */
  interface Trace {
    void block(Block b, boolean inContainer, boolean kept);
  }

  /** Cleans {@code raw}, telling {@code trace} (null for none) what became of each block. */
  Article clean(RawDocument raw, Trace trace) {
    List<Problem> problems = new ArrayList<>(raw.problems());
    Parser parser = Parser.htmlParser().setTrackErrors(20).setTrackPosition(true);
    Document doc = Jsoup.parse(raw.content(), raw.url() == null ? "" : raw.url(), parser);
    parser.getErrors().forEach(e -> problems.add(new Problem("H-HTML-001", e.getPosition(), 0, 0, e.getErrorMessage())));

    PageMeta meta = PageMeta.of(doc);
    String title = raw.title() != null ? raw.title() : meta.title();
    LocalDate published = raw.published() != null ? raw.published() : meta.published();
    String url = raw.url() != null ? raw.url() : meta.url();

    Element body = doc.body();
    prune(body);
    List<Block> blocks = new ArrayList<>();
    flush(blocks, collect(body, body, blocks, new Block(body), false), body);
    Block previous = null;
    for (Block b : blocks) {
      b.classify(boilerplate);
      if (b.kind == Kind.GOOD && b.chars < 300 && previous != null && previous.isHeading()
          && previous.linkChars * 2 > previous.chars) {
        b.kind = Kind.NEUTRAL; // the blurb under a linked headline: a teaser for another story
      } else if (b.kind == Kind.NEUTRAL && !b.isHeading() && !b.isCell() && MetaLine.matches(b.text())) {
        b.kind = Kind.BAD; // a byline, date line or photo credit beside the first paragraph
      }
      previous = b;
    }
    BodyHint hint = BodyHint.of(meta.articleBody());
    BodyHint guide = hint;
    if (hint != null) {
      int covered = 0;
      for (Block b : blocks) {
        if (hint.covers(b.text())) {
          covered += b.words();
        }
      }
      if (covered * 10 < hint.words() * 3) {
        // the page's blocks hardly match the stated body (another wording, escaped markup, a different story):
        // steering by it would leave the container to chance, so the blocks' own look decides (issue 7)
        guide = null;
      }
    }
    List<Element> roots = container(body, blocks, guide, guide != null && isCutShort(meta.articleBody()));
    Element main = roots.get(0);
    String h1 = null;
    Element heading = main.selectFirst("h1");
    if (heading == null) {
      heading = body.selectFirst("h1");
    }
    if (heading != null) {
      h1 = heading.text().strip();
    }
    List<Block> kept = select(blocks, roots, guide, title, h1);
    if (trace != null) {
      Set<Block> keptSet = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      keptSet.addAll(kept);
      for (Block b : blocks) {
        boolean in = roots.stream().anyMatch(r -> b.element == r || isAncestor(r, b.element));
        trace.block(b, in, keptSet.contains(b));
      }
    }
    TextBuilder out = new TextBuilder();
    int keptWords = 0;
    for (Block b : kept) {
      for (TextNode t : b.texts) {
        String s = t.getWholeText();
        int rawStart = Math.max(0, t.sourceRange().startPos());
        out.append(s, rawStart, false);
      }
      out.paragraphBreak();
      keptWords += b.words();
    }
    if (hint != null && keptWords * 2 < hint.words()) {
      // the page shows less than half of the body its JSON-LD states (rendered by script, cut by a paywall box
      // that was not pruned, or the wrong box chosen): the stated body is the better text (issue 7)
      out = statedBody(meta.articleBody(), raw.content());
    }
    if (title == null) {
      title = h1;
    }
    return Article.builder(raw.id(), out.text())
        .path(raw.path())
        .url(url)
        .title(title == null || title.isBlank() ? null : title.strip())
        .published(published)
        .language(meta.language())
        .offsets(out.offsets())
        .problems(problems)
        .build();
  }

  /**
   * The JSON-LD {@code articleBody} as clean text, one paragraph a line; its markup, where it has any, is read as
   * HTML. Each paragraph maps to where the body starts in the raw page.
   */
  private static TextBuilder statedBody(String articleBody, String rawPage) {
    int at = rawPage.indexOf("articleBody");
    int rawStart = Math.max(0, at);
    List<String> paragraphs = new ArrayList<>();
    if (articleBody.indexOf('<') >= 0 && articleBody.indexOf('>') >= 0) {
      Element fragment = Jsoup.parseBodyFragment(articleBody).body();
      List<Block> blocks = new ArrayList<>();
      flush(blocks, collect(fragment, fragment, blocks, new Block(fragment), false), fragment);
      for (Block b : blocks) {
        paragraphs.add(b.text());
      }
    } else {
      paragraphs.addAll(List.of(articleBody.split("\\R")));
    }
    TextBuilder out = new TextBuilder();
    for (String p : paragraphs) {
      out.append(p, rawStart, false);
      out.paragraphBreak();
    }
    return out;
  }

  /** Removes elements that never hold article text, and page furniture that does not hold the article. */
  private static void prune(Element body) {
    body.select(DROP).remove();
    Map<Element, Integer> pText = paragraphTextByElement(body);
    int total = pText.getOrDefault(body, 0);
    for (Element e : body.select("[style]")) {
      String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
      if ((style.contains("display:none") || style.contains("visibility:hidden"))
          && pText.getOrDefault(e, 0) < total / 4) {
        e.remove();
      }
    }
    for (Element e : new ArrayList<>(body.select(DROP_UNLESS_MAIN))) {
      if (e.parent() != null && pText.getOrDefault(e, 0) < total / 4) {
        e.remove();
      }
    }
    // an article cut into sections that share a mark (several "paywall" or "commentary" boxes) is judged by
    // the text of all its sections together, not box by box
    List<Element> marked = new ArrayList<>();
    List<Furniture> marks = new ArrayList<>();
    Map<String, Integer> byMark = new HashMap<>();
    for (Element e : body.getAllElements()) {
      if (e == body || e.parent() == null || e.parent().normalName().equals("p")) {
        continue; // a marked span inside a paragraph ("CAIRO —" as a dateline) is still the paragraph's text
      }
      Furniture f = Furniture.of(e);
      if (f != Furniture.NONE) {
        marked.add(e);
        marks.add(f);
        byMark.merge(markKey(e), pText.getOrDefault(e, 0), Integer::sum);
      }
    }
    for (int i = 0; i < marked.size(); i++) {
      Element e = marked.get(i);
      int limit = marks.get(i) == Furniture.STRONG ? total / 2 : total / 3;
      if (e.parent() != null && pText.getOrDefault(e, 0) < limit && byMark.get(markKey(e)) < limit) {
        e.remove();
      }
    }
  }

  /** The class of {@code e}, or its id without digits when it has no class: what repeated sections share. */
  private static String markKey(Element e) {
    String cls = e.className().strip();
    if (!cls.isEmpty()) {
      return e.normalName() + '.' + cls;
    }
    StringBuilder id = new StringBuilder(e.normalName()).append('#');
    for (char c : e.id().toCharArray()) {
      if (!Character.isDigit(c)) {
        id.append(c);
      }
    }
    return id.toString();
  }

  /** Characters of text in {@code <p>} elements under each element (computed once, bottom-up). */
  private static Map<Element, Integer> paragraphTextByElement(Element body) {
    Map<Element, Integer> out = new IdentityHashMap<>();
    for (Element p : body.getElementsByTag("p")) {
      if (p.parent() != null && p.parents().stream().anyMatch(a -> a.normalName().equals("p"))) {
        continue; // counted with its outer paragraph
      }
      int n = p.text().length();
      for (Element e = p; e != null; e = e.parent()) {
        out.merge(e, n, Integer::sum);
        if (e == body) {
          break;
        }
      }
    }
    return out;
  }

  /** Cuts the text under {@code node} into blocks, in document order. */
  private static Block collect(Node node, Element blockElement, List<Block> blocks, Block current, boolean inLink) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        current.add(t, inLink);
      } else if (child instanceof Element e) {
        String name = e.normalName();
        if (BLOCKS.contains(name)) {
          current = flush(blocks, current, blockElement);
          Block inner = new Block(e);
          inner = collect(e, e, blocks, inner, inLink);
          flush(blocks, inner, e);
          current = new Block(blockElement);
        } else {
          current = collect(e, blockElement, blocks, current, inLink || name.equals("a"));
        }
      }
    }
    return current;
  }

  private static Block flush(List<Block> blocks, Block b, Element element) {
    if (b.hasText()) {
      blocks.add(b);
    }
    return new Block(element);
  }

  /**
   * The elements holding the article: the one with most good text and least other text, then those of its
   * siblings that hold mostly good text (an article split by an advert or a paywall box).
   *
   * @param cutShort whether the stated body (the hint) stops short of the article's end
   */
  private static List<Element> container(Element body, List<Block> blocks, BodyHint hint, boolean cutShort) {
    // per element: good and other text as the blocks look, then as the stated body has them
    Map<Element, double[]> score = new IdentityHashMap<>();
    for (Block b : blocks) {
      double good = b.kind == Kind.GOOD ? b.plainChars() : 0;
      double other = b.kind == Kind.GOOD ? b.linkChars : b.chars;
      double statedGood = good;
      double statedOther = other;
      if (hint != null) {
        if (hint.covers(b.text())) {
          statedGood = b.chars;
          statedOther = 0;
        } else {
          // a good paragraph the stated body lacks counts for nothing: the stated body may be cut short
          statedGood = 0;
        }
      }
      for (Element e = b.element; e != null; e = e.parent()) {
        double[] s = score.computeIfAbsent(e, k -> new double[4]);
        s[0] += statedGood;
        s[1] += statedOther;
        s[2] += good;
        s[3] += other;
        if (e == body) {
          break;
        }
      }
    }
    Element best = body;
    double bestScore = Double.NEGATIVE_INFINITY;
    if (score.getOrDefault(body, new double[4])[0] == 0) {
      return List.of(body); // nothing reads like an article: keep the whole page's text
    }
    for (Map.Entry<Element, double[]> e : score.entrySet()) {
      double s = e.getValue()[0] - OTHER_TEXT_WEIGHT * e.getValue()[1];
      if (s > bestScore || s == bestScore && isAncestor(best, e.getKey())) {
        best = e.getKey();
        bestScore = s;
      }
    }
    best = widenToMarkedBody(body, best, score);
    List<Element> roots = new ArrayList<>();
    roots.add(best);
    // the article goes on in a sibling of the container or of one of its nearest ancestors (a second body box
    // after a link list or an advert slot)
    Element current = best;
    for (int level = 0; level < SIBLING_LEVELS && current != body && current.parent() != null; level++) {
      Element parent = current.parent();
      if (level > 0 && parent == body) {
        break;
      }
      for (Element sibling : parent.children()) {
        double[] s = score.get(sibling);
        // judged by its look; with a stated body, a box that shares none of it joins only when that body is
        // cut short of what the page shows
        if (sibling != current && s != null && s[2] >= 80 && s[2] > s[3] && s[2] - OTHER_TEXT_WEIGHT * s[3] > 0
            && (hint == null || s[0] > 0 || cutShort)) {
          roots.add(sibling);
        }
      }
      current = parent;
    }
    double pageGood = score.get(body)[2];
    double rootsGood = 0;
    for (Element r : roots) {
      rootsGood += score.get(r)[2];
    }
    if (rootsGood < SHORT_CONTAINER * pageGood) {
      // the container holds little of the page's prose: the article is spread over boxes that the scores
      // split (trafilatura falls back to the page's paragraphs in this case); take the nearest ancestor that
      // holds most of it
      Element e = best;
      while (e != body && e.parent() != null && score.get(e)[2] < WIDE_CONTAINER * pageGood) {
        e = e.parent();
      }
      return List.of(e);
    }
    return roots;
  }

  /** Whether a stated body ends mid-sentence or with an ellipsis: a teaser or the first part of the article. */
  static boolean isCutShort(String stated) {
    String t = stated.strip();
    if (t.isEmpty() || t.endsWith("...") || t.endsWith("…")) {
      return true;
    }
    char last = t.charAt(t.length() - 1);
    return ".!?\"'”’»)]".indexOf(last) < 0;
  }

  /**
   * The element the page marks as its article body ({@code itemprop=articleBody}, or a class such as
   * {@code article-body} or {@code entry-content}) when it encloses {@code best} and holds clearly more good
   * text: an article whose paragraphs sit in several boxes inside its marked body, of which the scores picked one.
   */
  private static Element widenToMarkedBody(Element body, Element best, Map<Element, double[]> score) {
    double[] b = score.get(best);
    for (Element e = best.parent(); e != null && e != body; e = e.parent()) {
      double[] s = score.get(e);
      if (s != null && isMarkedBody(e)) {
        return s[0] >= b[0] * 1.15 && s[0] >= s[1] ? e : best;
      }
    }
    return best;
  }

  /** Whether {@code e}'s microdata, class or id names it the article body. */
  static boolean isMarkedBody(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return true;
    }
    String marks = (e.className() + ' ' + e.id()).toLowerCase(Locale.ROOT).replace('_', '-');
    for (String m : BODY_MARKS) {
      if (marks.contains(m)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The blocks of {@code main} that belong to the article. */
  private static List<Block> select(List<Block> blocks, List<Element> roots, BodyHint hint, String title,
      String h1) {
    List<Block> inside = new ArrayList<>();
    for (Block b : blocks) {
      for (Element root : roots) {
        if (b.element == root || isAncestor(root, b.element)) {
          inside.add(b);
          break;
        }
      }
    }
    int n = inside.size();
    Kind[] kinds = new Kind[n];
    for (int i = 0; i < n; i++) {
      Block b = inside.get(i);
      kinds[i] = b.kind;
      String text = b.text();
      if (text.equals(h1) || text.equals(title)) {
        kinds[i] = Kind.BAD; // the headline is the title, not body text
      } else if (hint != null && kinds[i] != Kind.GOOD && hint.covers(text)) {
        // the page's own statement of its body outranks how a paragraph looks (link-heavy, boilerplate-like)
        kinds[i] = Kind.GOOD;
      }
    }
    List<Block> kept = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (kinds[i] == Kind.GOOD) {
        kept.add(inside.get(i));
      } else if (kinds[i] == Kind.NEUTRAL) {
        Kind prev = Kind.BAD;
        for (int j = i - 1; j >= 0; j--) {
          if (kinds[j] != Kind.NEUTRAL) {
            prev = kinds[j];
            break;
          }
        }
        Kind next = null;
        for (int j = i + 1; j < n; j++) {
          if (kinds[j] != Kind.NEUTRAL) {
            next = kinds[j];
            // a link line inside the article ("Read the full transcript") does not end it
            if (next == Kind.BAD && j + 1 < n && kinds[j + 1] == Kind.GOOD && inside.get(j).chars < 60) {
              next = Kind.GOOD;
            }
            break;
          }
        }
        Block b = inside.get(i);
        // furniture is gone by now (class marks, link density), so short text next to the article is the
        // article's: a subheading, a list item, a one-line paragraph
        boolean keep = prev == Kind.GOOD || next == Kind.GOOD;
        if (keep) {
          kept.add(b);
        }
      }
    }
    if (kept.isEmpty()) {
      // no paragraph reads like article text (a fragment, a list page): keep all that is not furniture
      for (int i = 0; i < n; i++) {
        if (kinds[i] != Kind.BAD) {
          kept.add(inside.get(i));
        }
      }
    }
    return kept;
  }

  /** How a block reads. */
  enum Kind {
    GOOD, NEUTRAL, BAD
  }

  /** A run of text between block-level tags: the text nodes it is made of and its nearest block element. */
  static final class Block {
    final Element element;
    final List<TextNode> texts = new ArrayList<>();
    int chars;
    int linkChars;
    Kind kind = Kind.NEUTRAL;
    private String text;

    Block(Element element) {
      this.element = element;
    }

    void add(TextNode t, boolean inLink) {
      texts.add(t);
      int n = visibleChars(t.getWholeText());
      chars += n;
      if (inLink) {
        linkChars += n;
      }
      text = null;
    }

    boolean hasText() {
      return chars > 0;
    }

    int words() {
      return words(text());
    }

    int plainChars() {
      return chars - linkChars;
    }

    /** The block's text, whitespace collapsed. */
    String text() {
      if (text == null) {
        StringBuilder sb = new StringBuilder();
        for (TextNode t : texts) {
          sb.append(t.getWholeText());
        }
        text = collapse(sb);
      }
      return text;
    }

    /** Whether the block is a table cell or list item, where a number alone is content, not a counter. */
    boolean isCell() {
      String name = element.normalName();
      return name.equals("td") || name.equals("th") || name.equals("li") || name.equals("dd");
    }

    boolean isHeading() {
      return HEADINGS.contains(element.normalName());
    }

    /** Whether the block ends like a sentence and has a few words. */
    boolean isSentence() {
      String t = text();
      if (t.isEmpty()) {
        return false;
      }
      int end = t.length() - 1;
      while (end > 0 && "\"'”’»)]".indexOf(t.charAt(end)) >= 0) {
        end--;
      }
      char last = t.charAt(end);
      if (endsCjk(t)) {
        return t.length() >= 8; // Chinese and Japanese write no spaces between words
      }
      return (last == '.' || last == '!' || last == '?' || last == '…') && words(t) >= 4;
    }

    void classify(Boilerplate boilerplate) {
      double linkDensity = chars == 0 ? 1 : linkChars / (double) chars;
      String t = text();
      if (boilerplate.matches(t)) {
        kind = Kind.BAD;
      } else if (linkDensity > 0.5) {
        // a paragraph that links many of its phrases is still the article's when it reads as prose around them
        kind = isSentence() && plainChars() >= 60 && words(t) >= 12 ? Kind.NEUTRAL : Kind.BAD;
      } else if (t.endsWith("…") || t.endsWith("...")) {
        kind = Kind.NEUTRAL; // a teaser cut short, not a paragraph
      } else if (linkDensity <= 0.34 && (plainChars() >= 80 || isSentence() && (words(t) >= 6 || endsCjk(t)))) {
        kind = Kind.GOOD;
      } else {
        kind = Kind.NEUTRAL;
      }
    }

    private static boolean endsCjk(String t) {
      char last = t.charAt(t.length() - 1);
      return last == '。' || last == '！' || last == '？';
    }

    private static int visibleChars(String s) {
      int n = 0;
      for (int i = 0; i < s.length(); i++) {
        if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00a0') {
          n++;
        }
      }
      return n;
    }

    private static int words(String t) {
      return MetaLine.words(t);
    }

    private static String collapse(CharSequence s) {
      StringBuilder out = new StringBuilder(s.length());
      boolean space = false;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00a0') {
          space = out.length() > 0;
        } else {
          if (space) {
            out.append(' ');
          }
          space = false;
          out.append(c);
        }
      }
      return out.toString();
    }
  }
}
