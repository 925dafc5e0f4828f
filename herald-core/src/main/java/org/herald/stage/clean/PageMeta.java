package org.herald.stage.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself: title, publication date, author, language, canonical URL and the article body
 * its JSON-LD states. Each field is read from the sources in the order of trust of issue 7: meta tags, then
 * JSON-LD, then {@code <time>}, then the URL, then the byline (for the date). Any field may be null except the
 * language, which defaults to "en".
 *
 * @param title the headline, or null
 * @param published the publication date, or null
 * @param author the author's name, or null
 * @param language the ISO 639-1 code of the page's language
 * @param url the canonical URL, or null
 * @param articleBody the body text the JSON-LD states, or null
 */
record PageMeta(String title, LocalDate published, String author, String language, String url,
                String articleBody) {
  private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenews",
      "blogposting", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
      "livebloggposting", "liveblogposting", "socialmediaposting", "webpage", "scholarlyarticle", "techarticle");

  /** Reads the metadata of {@code doc}; call before the body is pruned. */
  static PageMeta of(Document doc) {
    List<Map<String, Object>> ld = jsonLdArticles(doc);
    String canonical = attr(doc, "link[rel=canonical]", "href");
    if (canonical == null) {
      canonical = attr(doc, "meta[property=og:url]", "content");
    }
    if (canonical == null) {
      canonical = ldString(ld, "url");
    }
    return new PageMeta(title(doc, ld), published(doc, ld, canonical), author(doc, ld), language(doc, ld),
        canonical, ldString(ld, "articleBody"));
  }

  private static String title(Document doc, List<Map<String, Object>> ld) {
    String t = attr(doc, "meta[property=og:title]", "content");
    if (t == null) {
      t = attr(doc, "meta[name=twitter:title]", "content");
    }
    if (t == null) {
      t = ldString(ld, "headline");
    }
    if (t == null && doc.selectFirst("h1") != null) {
      t = doc.selectFirst("h1").text();
    }
    if (t == null || t.isBlank()) {
      t = doc.title();
    }
    return t == null || t.isBlank() ? null : t.strip();
  }

  private static final String[][] DATE_METAS = {
      {"meta[property=article:published_time]", "content"},
      {"meta[name=article:published_time]", "content"},
      {"meta[itemprop=datePublished]", "content"},
      {"meta[name=pubdate]", "content"},
      {"meta[name=publishdate]", "content"},
      {"meta[name=publish-date]", "content"},
      {"meta[name=parsely-pub-date]", "content"},
      {"meta[name=sailthru.date]", "content"},
      {"meta[name=dc.date.issued]", "content"},
      {"meta[name=dcterms.created]", "content"},
      {"meta[name=dc.date]", "content"},
      {"meta[name=date]", "content"},
      {"meta[property=og:published_time]", "content"},
  };

  private static LocalDate published(Document doc, List<Map<String, Object>> ld, String canonical) {
    for (String[] m : DATE_METAS) {
      LocalDate d = Dates.parseLenient(attr(doc, m[0], m[1]));
      if (d != null) {
        return d;
      }
    }
    LocalDate d = Dates.parseLenient(ldString(ld, "datePublished"));
    if (d != null) {
      return d;
    }
    d = Dates.parseLenient(ldString(ld, "dateCreated"));
    if (d != null) {
      return d;
    }
    for (String css : new String[] {"[itemprop=datePublished][datetime]", "time[pubdate][datetime]",
        "article time[datetime]", "time[datetime]"}) {
      d = Dates.parseLenient(attr(doc, css, "datetime"));
      if (d != null) {
        return d;
      }
    }
    d = Dates.fromUrl(canonical);
    if (d != null) {
      return d;
    }
    for (Element e : doc.select("[class*=byline], [class*=date], [class*=time], time, [itemprop=datePublished]")) {
      String text = e.text();
      if (text.length() <= 80) {
        d = Dates.findWritten(text);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  private static String author(Document doc, List<Map<String, Object>> ld) {
    String a = attr(doc, "meta[name=author]", "content");
    if (a == null) {
      a = attr(doc, "meta[property=article:author]", "content");
      if (a != null && a.startsWith("http")) {
        a = null;
      }
    }
    if (a == null) {
      for (Map<String, Object> m : ld) {
        Object v = m.get("author");
        if (v instanceof List<?> l && !l.isEmpty()) {
          v = l.get(0);
        }
        if (v instanceof Map<?, ?> person && person.get("name") instanceof String s && !s.isBlank()) {
          a = s.strip();
          break;
        }
        if (v instanceof String s && !s.isBlank()) {
          a = s.strip();
          break;
        }
      }
    }
    if (a == null) {
      a = attr(doc, "[rel=author]", null);
    }
    return a;
  }

  private static String language(Document doc, List<Map<String, Object>> ld) {
    String lang = attr(doc, "html[lang]", "lang");
    if (lang == null) {
      lang = attr(doc, "meta[http-equiv=content-language]", "content");
    }
    if (lang == null) {
      lang = ldString(ld, "inLanguage");
    }
    if (lang == null) {
      lang = attr(doc, "meta[property=og:locale]", "content");
    }
    if (lang == null) {
      return "en";
    }
    lang = lang.strip().toLowerCase(Locale.ROOT);
    int cut = 0;
    while (cut < lang.length() && Character.isLetter(lang.charAt(cut))) {
      cut++;
    }
    return cut == 2 || cut == 3 ? lang.substring(0, cut) : "en";
  }

  /** The JSON-LD objects of article types on the page, top-level and in {@code @graph}s. */
  private static List<Map<String, Object>> jsonLdArticles(Document doc) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      Object v = JsonLite.parse(script.data().strip());
      gather(v, out, 0);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void gather(Object v, List<Map<String, Object>> out, int depth) {
    if (depth > 4) {
      return;
    }
    if (v instanceof List<?> list) {
      for (Object o : list) {
        gather(o, out, depth + 1);
      }
    } else if (v instanceof Map<?, ?> map) {
      Object type = map.get("@type");
      List<Object> types = type instanceof List<?> l ? (List<Object>) l : List.of(type == null ? "" : type);
      for (Object t : types) {
        if (t instanceof String s && ARTICLE_TYPES.contains(s.toLowerCase(Locale.ROOT))) {
          out.add((Map<String, Object>) map);
          break;
        }
      }
      gather(map.get("@graph"), out, depth + 1);
      gather(map.get("mainEntity"), out, depth + 1);
    }
  }

  /** The first non-blank string value of {@code key} among the JSON-LD articles (WebPage last). */
  private static String ldString(List<Map<String, Object>> ld, String key) {
    String fallback = null;
    for (Map<String, Object> m : ld) {
      Object v = m.get(key);
      if (v instanceof List<?> l && !l.isEmpty()) {
        v = l.get(0);
      }
      if (v instanceof String s && !s.isBlank()) {
        if ("webpage".equalsIgnoreCase(String.valueOf(m.get("@type")))) {
          fallback = fallback == null ? s.strip() : fallback;
        } else {
          return s.strip();
        }
      }
    }
    return fallback;
  }

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    if (e == null) {
      return null;
    }
    String v = attr == null ? e.text() : e.attr(attr);
    return v.isBlank() ? null : v.strip();
  }
}
