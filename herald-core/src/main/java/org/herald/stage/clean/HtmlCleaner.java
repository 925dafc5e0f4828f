package org.herald.stage.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.jsoup.select.Elements;

/**
 * Cleans an HTML page: finds the main article container, keeps its paragraphs and headings, and drops
 * navigation, share buttons, related links, comments, scripts and boilerplate paragraphs. Title and date come
 * from meta tags, JSON-LD and {@code <time>} when the source did not give them. Thread-safe.
 */
final class HtmlCleaner {
  /** Elements that never hold article text. */
  private static final String DROP = "script, style, noscript, template, iframe, svg, canvas, form, button, "
      + "select, input, nav, header, footer, aside, figure figcaption, [hidden], [aria-hidden=true], "
      + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary]";
  /** Words in a class or id that mark page furniture. */
  private static final List<String> FURNITURE = List.of(
      "share", "social", "comment", "related", "newsletter", "cookie", "advert", "promo", "menu", "breadcrumb",
      "sidebar", "footer", "masthead", "navbar", "subscribe", "signup", "popup", "modal", "tags", "byline-share",
      "outbrain", "taboola", "most-read", "mostread", "recommend");
  /** Block elements whose text forms a paragraph. */
  private static final Set<String> BLOCKS = Set.of(
      "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "dd", "dt", "div",
      "section", "article", "main", "br", "tr", "ul", "ol", "table", "figcaption", "address");

  private final Boilerplate boilerplate;

  HtmlCleaner(Boilerplate boilerplate) {
    this.boilerplate = boilerplate;
  }

  Article clean(RawDocument raw) {
    List<Problem> problems = new ArrayList<>(raw.problems());
    Parser parser = Parser.htmlParser().setTrackErrors(20).setTrackPosition(true);
    Document doc = Jsoup.parse(raw.content(), raw.url() == null ? "" : raw.url(), parser);
    parser.getErrors().forEach(e -> problems.add(new Problem("H-HTML-001", e.getPosition(), 0, 0, e.getErrorMessage())));

    String title = raw.title() != null ? raw.title() : findTitle(doc);
    LocalDate published = raw.published() != null ? raw.published() : findPublished(doc);
    String url = raw.url() != null ? raw.url() : attr(doc, "link[rel=canonical]", "href");
    if (url == null) {
      url = attr(doc, "meta[property=og:url]", "content");
    }
    String lang = doc.selectFirst("html[lang]") == null ? "en"
        : doc.selectFirst("html[lang]").attr("lang").toLowerCase(Locale.ROOT);
    if (lang.length() > 2 && lang.charAt(2) == '-') {
      lang = lang.substring(0, 2);
    }

    Element body = doc.body();
    body.select(DROP).remove();
    for (Element e : new ArrayList<>(body.getAllElements())) {
      if (e != body && e.parent() != null && isFurniture(e)) {
        e.remove();
      }
    }
    Element main = mainContainer(body);
    TextBuilder out = new TextBuilder();
    String h1 = null;
    Element heading = main.selectFirst("h1");
    if (heading != null) {
      h1 = heading.text().strip();
    }
    int[] paragraphStart = {0};
    walk(main, out, paragraphStart, title, h1);
    closeParagraph(out, paragraphStart);
    if (title == null) {
      title = h1;
    }
    return Article.builder(raw.id(), out.text())
        .path(raw.path())
        .url(url)
        .title(title == null || title.isBlank() ? null : title.strip())
        .published(published)
        .language(lang.isBlank() ? "en" : lang)
        .offsets(out.offsets())
        .problems(problems)
        .build();
  }

  private void walk(Node node, TextBuilder out, int[] paragraphStart, String title, String h1) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        String s = t.getWholeText();
        if (!s.isBlank()) {
          int rawStart = Math.max(0, t.sourceRange().startPos());
          out.append(s, rawStart, false);
        } else if (!s.isEmpty()) {
          out.append(" ", Math.max(0, t.sourceRange().startPos()), false);
        }
      } else if (child instanceof Element e) {
        boolean block = BLOCKS.contains(e.normalName());
        if (e.normalName().equals("h1") && h1 != null && e.text().strip().equals(h1)) {
          continue; // the headline is the title, not body text
        }
        if (block) {
          closeParagraph(out, paragraphStart);
        }
        walk(e, out, paragraphStart, title, h1);
        if (block) {
          closeParagraph(out, paragraphStart);
        }
      }
    }
  }

  private void closeParagraph(TextBuilder out, int[] paragraphStart) {
    String all = out.text();
    String paragraph = all.length() > paragraphStart[0] ? all.substring(paragraphStart[0]) : "";
    if (!paragraph.isBlank() && boilerplate.matches(paragraph)) {
      out.truncate(paragraphStart[0]);
    }
    out.paragraphBreak();
    paragraphStart[0] = out.length();
  }

  private static boolean isFurniture(Element e) {
    String name = e.normalName();
    if (name.equals("body") || name.equals("html") || name.equals("article") || name.equals("main")) {
      return false;
    }
    String marks = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    if (marks.isBlank()) {
      return false;
    }
    for (String word : FURNITURE) {
      if (marks.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The {@code <article>} or {@code <main>} element, else the element whose paragraphs hold the most text. */
  private static Element mainContainer(Element body) {
    Elements articles = body.select("article, [itemprop=articleBody], main, [role=main]");
    Element best = null;
    int bestLength = 0;
    for (Element a : articles) {
      int len = paragraphText(a);
      if (len > bestLength) {
        best = a;
        bestLength = len;
      }
    }
    if (best != null && bestLength > 200) {
      return best;
    }
    // the parent of the most paragraph text
    java.util.Map<Element, Integer> score = new java.util.HashMap<>();
    for (Element p : body.select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        score.merge(parent, p.text().length(), Integer::sum);
      }
    }
    return score.entrySet().stream().filter(en -> en.getValue() > 200).max(java.util.Map.Entry.comparingByValue())
        .map(java.util.Map.Entry::getKey).orElse(body);
  }

  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    return n;
  }

  private static String findTitle(Document doc) {
    String t = attr(doc, "meta[property=og:title]", "content");
    if (t == null) {
      t = attr(doc, "meta[name=twitter:title]", "content");
    }
    if (t == null && doc.selectFirst("h1") != null) {
      t = doc.selectFirst("h1").text();
    }
    if (t == null || t.isBlank()) {
      t = doc.title();
    }
    return t == null || t.isBlank() ? null : t.strip();
  }

  private static LocalDate findPublished(Document doc) {
    String[][] metas = {
        {"meta[property=article:published_time]", "content"},
        {"meta[name=article:published_time]", "content"},
        {"meta[itemprop=datePublished]", "content"},
        {"meta[name=pubdate]", "content"},
        {"meta[name=publishdate]", "content"},
        {"meta[name=date]", "content"},
        {"meta[name=dc.date]", "content"},
        {"meta[name=DC.date.issued]", "content"},
        {"[itemprop=datePublished]", "datetime"},
        {"time[datetime]", "datetime"},
    };
    for (String[] m : metas) {
      LocalDate d = Dates.parseLenient(attr(doc, m[0], m[1]));
      if (d != null) {
        return d;
      }
    }
    for (Element script : doc.select("script[type=application/ld+json]")) {
      String json = script.data();
      int k = json.indexOf("\"datePublished\"");
      if (k >= 0) {
        int q1 = json.indexOf('"', json.indexOf(':', k) + 1);
        int q2 = q1 < 0 ? -1 : json.indexOf('"', q1 + 1);
        if (q2 > q1) {
          LocalDate d = Dates.parseLenient(json.substring(q1 + 1, q2));
          if (d != null) {
            return d;
          }
        }
      }
    }
    return null;
  }

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    if (e == null) {
      return null;
    }
    String v = e.attr(attr);
    return v.isBlank() ? null : v.strip();
  }
}
