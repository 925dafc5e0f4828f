package org.herald.stage.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * How strongly an element's class and id mark it as page furniture (share bars, comments, related links,
 * menus) rather than article text. Stateless.
 */
enum Furniture {
  /** No mark. */
  NONE,
  /** A mark that article containers also carry at times ("sidebar", "header"): only without a content mark. */
  WEAK,
  /** A mark of something that is never the article ("comments", "related", "share", "newsletter"). */
  STRONG;

  /** Substrings of a class or id that mark furniture whatever else it says. */
  private static final List<String> STRONG_PARTS = List.of(
      "comment", "related", "share", "sharing", "social", "newsletter", "promo", "advert", "outbrain", "taboola",
      "recommend", "most-read", "mostread", "most-popular", "mostpopular", "popular", "signup",
      "sign-up", "cookie", "consent", "breadcrumb", "byline", "author-bio", "authorbio", "trending", "read-more",
      "readmore", "more-stories", "also-read", "see-also", "seealso", "toolbar", "caption", "credit",
      "dateline", "timestamp", "sponsor", "disclaimer", "copyright", "related-links", "jump-link",
      "skip-link", "print-only", "visually-hidden", "sr-only", "screen-reader", "offscreen", "pagination",
      "next-article", "prev-article", "recirc", "nocontent", "no-content", "inline-ad", "ad-container",
      "adslot", "ad-slot", "advertisement", "banner-ad", "article-tags", "post-tags", "tag-list", "taglist",
      "keywords", "topics", "author-info", "authorinfo", "contributor", "meta-data", "post-meta", "entry-meta",
      "article-meta", "story-meta", "article-info", "publish-date", "pubdate", "updated", "follow", "donate",
      // more marks that trafilatura's discard list also uses (issue 7): author boxes, syndication widgets,
      // ratings, attachments, fact boxes, next-post links
      "author", "viral", "syndication", "subnav", "rating", "attachment", "user-info", "user-profile",
      "infoline", "article-infos", "next-post", "side-stories", "factbox", "message-container", "badge",
      "button");
  /** Substrings of a class or id that mark furniture unless a content mark is there too. */
  private static final List<String> WEAK_PARTS = List.of(
      "sidebar", "side-bar", "menu", "navbar", "navigation", "footer", "header", "masthead", "banner", "widget",
      "pager", "modal", "popup", "overlay", "hidden", "rail", "aside", "teaser", "card", "promo", "links",
      "tools", "utility", "extra", "secondary", "login", "search", "alert", "notice", "lightbox", "gallery",
      "carousel", "slider", "video", "media", "embed", "callout", "infobox",
      // saved pages hold the whole article, and paywalled sites wrap its paragraphs in these boxes
      "paywall", "subscri", "premium", "locked");
  /** Whole class or id tokens that mark furniture (too short to match as substrings). */
  private static final Set<String> TOKENS = Set.of(
      "ad", "ads", "nav", "tags", "tag", "meta", "date", "time", "author", "share", "print", "top", "hide",
      "photo", "image", "img", "figure", "promo", "cta", "bio", "byline", "credits");
  /** Substrings that mark article content. */
  private static final List<String> CONTENT = List.of(
      "article", "content", "story", "entry", "post", "body", "main", "text", "column", "page");

  /** The furniture mark of {@code e}. */
  static Furniture of(Element e) {
    String name = e.normalName();
    if (name.equals("body") || name.equals("html") || name.equals("main") || name.equals("a")
        || name.equals("p") && e.attributesSize() == 0) {
      return NONE;
    }
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return NONE;
    }
    // an opinion piece's body is "commentary", not comments
    String marks = (cls + " " + id).toLowerCase(Locale.ROOT).replace('_', '-').replace("commentar", "opinion");
    for (String part : STRONG_PARTS) {
      if (marks.contains(part)) {
        return STRONG;
      }
    }
    boolean token = false;
    int start = -1;
    for (int i = 0; i <= marks.length(); i++) {
      boolean letter = i < marks.length() && Character.isLetterOrDigit(marks.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        if (TOKENS.contains(marks.substring(start, i))) {
          token = true;
          break;
        }
        start = -1;
      }
    }
    boolean weak = token;
    if (!weak) {
      for (String part : WEAK_PARTS) {
        if (marks.contains(part)) {
          weak = true;
          break;
        }
      }
    }
    if (!weak) {
      return NONE;
    }
    for (String part : CONTENT) {
      if (marks.contains(part)) {
        return NONE;
      }
    }
    return WEAK;
  }
}
