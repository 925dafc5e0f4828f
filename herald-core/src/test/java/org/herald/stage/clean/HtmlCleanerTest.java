package org.herald.stage.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.herald.model.Article;
import org.herald.model.MediaType;
import org.herald.model.RawDocument;
import org.junit.jupiter.api.Test;

class HtmlCleanerTest {
  private final CleanStage clean = new CleanStage();

  private static final String P1 = "The city council voted on Tuesday to extend the tram line to the northern "
      + "suburbs, a project that has been debated for a decade.";
  private static final String P2 = "Work is expected to begin next spring, and the first trams could run on the "
      + "new section within three years, officials said.";
  private static final String P3 = "Residents along the route have asked for noise barriers, which the council "
      + "promised to study before construction starts.";

  private Article page(String body) {
    return clean.clean(new RawDocument("h", null, null, null, null,
        "<html><head><title>Tram line</title></head><body>" + body + "</body></html>", MediaType.HTML, List.of()));
  }

  @Test
  void dropsTeasersOfOtherStoriesUnderLinkedHeadlines() {
    Article a = page("<div><div><p>" + P1 + "</p><p>" + P2 + "</p></div>"
        + "<div class=\"more\"><h4><a href=\"/x\">Bus fares to rise</a></h4><p>Fares on city buses will go up by "
        + "ten per cent from July, the transport authority said.</p></div></div>");
    assertThat(a.text()).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void keepsAnArticleSplitByAnAdvertAndItsSubheading() {
    Article a = page("<div class=\"wrap\"><div class=\"part\"><p>" + P1 + "</p></div>"
        + "<div class=\"advert\">Advertisement</div><div class=\"part\"><h2>What comes next</h2><p>" + P2
        + "</p><p>" + P3 + "</p></div><ul class=\"links\"><li><a href=\"/a\">Home</a></li><li><a href=\"/b\">"
        + "Contact us</a></li></ul></div>");
    assertThat(a.text()).isEqualTo(P1 + "\n" + "What comes next\n" + P2 + "\n" + P3);
  }

  @Test
  void keepsTheArticleWhenTheWholePageSitsInAForm() {
    Article a = page("<form id=\"aspnetForm\"><div id=\"menu\"><a href=\"/\">Home</a></div><p>" + P1 + "</p><p>"
        + P2 + "</p></form>");
    assertThat(a.text()).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void usesTheJsonLdArticleBodyToFindTheArticle() {
    String teaser = "Another long paragraph about something else entirely, placed in a box beside the story "
        + "so that it competes with the real article for attention.";
    String body = (P1 + " " + P2 + " " + P3 + " ").repeat(1);
    Article a = page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Tram line "
        + "to grow\",\"datePublished\":\"2024-06-18T08:00:00Z\",\"articleBody\":\"" + body + "\"}</script>"
        + "<div><p>" + teaser + "</p><p>" + teaser.replace("Another", "One more") + "</p></div>"
        + "<div><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>");
    assertThat(a.text()).isEqualTo(P1 + "\n" + P2 + "\n" + P3);
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 6, 18));
    assertThat(a.title()).isEqualTo("Tram line to grow");
  }

  @Test
  void takesTheDateFromTheUrlWhenNoTagStatesIt() {
    Article a = clean.clean(new RawDocument("h", null, null, null, null, "<html><head><link rel=\"canonical\" "
        + "href=\"https://example.org/news/2023/11/05/trams\"></head><body><p>" + P1 + "</p></body></html>",
        MediaType.HTML, List.of()));
    assertThat(a.published()).isEqualTo(LocalDate.of(2023, 11, 5));
    assertThat(a.url()).isEqualTo("https://example.org/news/2023/11/05/trams");
  }

  @Test
  void takesTheDateFromTheBylineLast() {
    Article a = page("<div class=\"byline\">By Ann Lee, updated March 3, 2022</div><p>" + P1 + "</p>");
    assertThat(a.published()).isEqualTo(LocalDate.of(2022, 3, 3));
    assertThat(a.text()).isEqualTo(P1);
  }

  @Test
  void givesTheSameTextForASavedPageAsForItsPlainText() {
    Article html = page("<nav><a href=\"/\">Home</a></nav><article><h1>Tram line</h1><p>" + P1 + "</p><p>" + P2
        + "</p></article><footer>Contact</footer>");
    Article text = clean.clean(RawDocument.text("t", "Tram line\n\n" + P1 + "\n\n" + P2 + "\n"));
    assertThat(html.text()).isEqualTo(text.text());
    assertThat(html.title()).isEqualTo(text.title());
  }

  private static final String P4 = "The tram operator said it would hire forty more drivers and build a second "
      + "depot near the terminus to keep the service reliable.";
  private static final String P5 = "Opponents argue that the money would be better spent on buses, which can "
      + "reach more neighbourhoods for the same cost.";
  private static final String NAV = "<ul class=\"menu\"><li><a href=\"/a\">Home</a></li><li><a href=\"/b\">World"
      + "</a></li><li><a href=\"/c\">Sport</a></li></ul>";

  @Test
  void keepsEverySectionOfAnArticleWrappedInPaywallBoxes() {
    Article a = page(NAV + "<article><div class=\"article-body\"><div class=\"paywall\"><p>" + P1 + "</p><p>" + P2
        + "</p></div><div class=\"ad\">Advertisement</div><div class=\"paywall\"><p>" + P3 + "</p><p>" + P4
        + "</p></div><div class=\"paywall\"><p>" + P5 + "</p></div></div></article>");
    assertThat(a.text()).isEqualTo(String.join("\n", P1, P2, P3, P4, P5));
  }

  @Test
  void keepsAShortClosingParagraphInASiblingContainer() {
    Article a = page(NAV + "<div class=\"story\"><div class=\"text-block\"><p>" + P1 + "</p><p>" + P2
        + "</p></div><div class=\"inline-ad\">Advertisement</div><div class=\"text-block\"><p>" + P3
        + "</p></div><div class=\"text-block\"><p>He would not say more.</p></div></div>"
        + "<div class=\"more\"><a href=\"/x\">Bus fares to rise next month across the city network</a></div>");
    assertThat(a.text()).isEqualTo(String.join("\n", P1, P2, P3, "He would not say more."));
  }

  @Test
  void keepsAnOpinionPieceWhoseBodyIsMarkedAsCommentary() {
    Article a = page(NAV + "<div class=\"commentary-section\"><p>" + P1 + "</p><p>" + P2 + "</p></div>"
        + "<div class=\"commentary-section\"><p>" + P3 + "</p><p>" + P4 + "</p></div>"
        + "<div class=\"commentary-section\"><p>" + P5 + "</p></div>");
    assertThat(a.text()).isEqualTo(String.join("\n", P1, P2, P3, P4, P5));
  }

  @Test
  void keepsSubheadingsListsAndAPullQuoteInsideTheArticle() {
    Article a = page(NAV + "<main><div class=\"body\"><p>" + P1 + "</p><h3>The route</h3><ul><li>Five new stops"
        + "</li><li>Two bridges</li><li>A park-and-ride site</li></ul><p>" + P2 + "</p><blockquote class=\"pull-quote\">"
        + "It is the biggest change in a generation</blockquote><p>" + P3 + "</p></div></main>");
    assertThat(a.text()).isEqualTo(String.join("\n", P1, "The route", "Five new stops", "Two bridges",
        "A park-and-ride site", P2, "It is the biggest change in a generation", P3));
  }

  @Test
  void keepsEveryEntryOfALiveBlog() {
    StringBuilder b = new StringBuilder(NAV + "<div class=\"live\">");
    for (String p : List.of(P1, P2, P3, P4, P5)) {
      b.append("<div class=\"entry\"><div class=\"entry-time\">10:15</div><h3>Update</h3><p>").append(p)
          .append("</p></div>");
    }
    Article a = page(b + "</div>");
    assertThat(a.text()).contains(P1, P2, P3, P4, P5);
  }

  @Test
  void keepsAnArticleLaidOutInTableCells() {
    Article a = page("<table><tr><td class=\"nav\">" + NAV + "</td><td><font size=\"2\">" + P1 + "<br><br>" + P2
        + "<br><br>Officials declined to give a date.<br><br>" + P3 + "</font></td></tr></table>");
    assertThat(a.text()).isEqualTo(String.join("\n", P1, P2, "Officials declined to give a date.", P3));
  }

  @Test
  void keepsAPaywalledSectionThatHoldsLessThanHalfTheArticle() {
    Article a = page(NAV + "<div class=\"story\"><div class=\"free\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
        + "</p></div><div class=\"subscriber-only\"><p>" + P4 + "</p><p>" + P5 + "</p></div></div>"
        + "<div class=\"paywall-offer\"><p>Subscribe today for one dollar a week and read without limits.</p></div>");
    assertThat(a.text()).isEqualTo(String.join("\n", P1, P2, P3, P4, P5));
  }

  @Test
  void keepsTheRestOfTheArticleAfterALongLinkListInAnotherBox() {
    StringBuilder links = new StringBuilder("<div class=\"box\"><ul>");
    for (int i = 0; i < 20; i++) {
      links.append("<li><a href=\"/s").append(i).append("\">Story number ").append(i).append(" about the city</a></li>");
    }
    Article a = page(NAV + "<div class=\"main\"><div class=\"top\"><div class=\"text\"><p>" + P1 + "</p><p>" + P2
        + "</p><p>" + P3 + "</p></div></div>" + links + "</ul></div><div class=\"bottom\"><div class=\"text\"><p>" + P4
        + "</p><p>" + P5 + "</p></div></div></div>");
    assertThat(a.text()).isEqualTo(String.join("\n", P1, P2, P3, P4, P5));
  }

  @Test
  void keepsAParagraphThatLinksMostOfItsPhrasesBetweenArticleParagraphs() {
    String linked = "<a href=\"/c\">The council's transport committee</a> had <a href=\"/r\">rejected an earlier "
        + "version of the plan in 2019</a>, citing <a href=\"/k\">the cost of the bridges over the river</a>, "
        + "but the mayor revived it last year after winning a second term.";
    Article a = page(NAV + "<article><p>" + P1 + "</p><p>" + linked + "</p><p>" + P2 + "</p></article>"
        + "<div class=\"more\"><p><a href=\"/y\">Bus fares to rise next month across the city network.</a></p></div>");
    assertThat(a.text()).isEqualTo(String.join("\n", P1, org.jsoup.Jsoup.parse(linked).text(), P2));
  }

  @Test
  void keepsALinkHeavyParagraphThatTheJsonLdBodyStates() {
    String linked = "Read the <a href=\"/plan\">full tram line extension plan and the committee report on costs</a> here.";
    String body = P1 + " " + P2 + " " + org.jsoup.Jsoup.parse(linked).text() + " " + P3 + " " + P4;
    Article a = page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"" + body
        + "\"}</script>" + NAV + "<article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + linked + "</p><p>" + P3 + "</p><p>"
        + P4 + "</p></article>");
    assertThat(a.text()).isEqualTo(String.join("\n", P1, P2, org.jsoup.Jsoup.parse(linked).text(), P3, P4));
  }

  @Test
  void dropsTheBylineDateLineAndPhotoCreditBesideTheFirstParagraph() {
    Article a = page(NAV + "<article><div class=\"body\"><div>By Ann Lee and Tom Wu</div>"
        + "<div>Updated 10:32 AM ET, March 3, 2024</div><img src=\"t.jpg\"><span>Tom Wu/AFP/Getty Images</span>"
        + "<p>" + P1 + "</p><p>" + P2 + "</p><div>Officials declined to comment.</div><p>" + P3 + "</p></div></article>");
    assertThat(a.text()).isEqualTo(String.join("\n", P1, P2, "Officials declined to comment.", P3));
  }

  @Test
  void keepsASubheadingThatOpensLikeABylineOrHoldsADate() {
    Article a = page(NAV + "<article><p>" + P1 + "</p><h2>By the numbers</h2><p>" + P2 + "</p>"
        + "<h3>March 2024</h3><p>" + P3 + "</p></article>");
    assertThat(a.text()).isEqualTo(String.join("\n", P1, "By the numbers", P2, "March 2024", P3));
  }

  @Test
  void dropsTheCaptionAndCreditOfAPictureInsideTheArticle() {
    Article a = page(NAV + "<article><p>" + P1 + "</p><figure><img src=\"t.jpg\"><figcaption>A tram waits at "
        + "the terminus on a winter morning, when the line is at its busiest.</figcaption><span>Photo: Ann Lee"
        + "</span></figure><p>" + P2 + "</p><p>" + P3 + "</p></article>");
    assertThat(a.text()).isEqualTo(String.join("\n", P1, P2, P3));
  }

  @Test
  void dropsAdvertLabelsBetweenParagraphs() {
    Article a = page(NAV + "<article><p>" + P1 + "</p><div>ADVERTISING</div><p>" + P2 + "</p>"
        + "<div>Continue reading the main story</div><p>" + P3 + "</p></article>");
    assertThat(a.text()).isEqualTo(String.join("\n", P1, P2, P3));
  }

  @Test
  void usesTheJsonLdArticleBodyWhenThePageShowsLessThanHalfOfIt() {
    String body = String.join("\\n", P1, P2, P3, P4, P5);
    Article a = page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"" + body
        + "\"}</script>" + NAV + "<article><p>" + P1 + "</p><div id=\"app\"></div></article>");
    assertThat(a.text()).isEqualTo(String.join("\n", P1, P2, P3, P4, P5));
  }

  @Test
  void readsMarkupInsideTheJsonLdArticleBody() {
    String body = "<p>" + String.join("</p><p>", P1, P2, P3, P4, P5) + "</p>";
    Article a = page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
        + body.replace("/", "\\/") + "\"}</script>" + NAV + "<div id=\"app\">Loading</div>");
    assertThat(a.text()).isEqualTo(String.join("\n", P1, P2, P3, P4, P5));
  }

  @Test
  void keepsEveryBoxOfAnArticleInsideItsMarkedBody() {
    StringBuilder links = new StringBuilder("<ul>");
    for (int i = 0; i < 12; i++) {
      links.append("<li><a href=\"/s").append(i).append("\">Story number ").append(i).append(" about the city</a></li>");
    }
    Article a = page(NAV + "<div class=\"page\"><div itemprop=\"articleBody\"><div class=\"a\"><p>" + P1
        + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div><div class=\"b\"><div class=\"c\"><p>" + P4 + "</p></div>"
        + links + "</ul></div></div></div>");
    assertThat(a.text()).isEqualTo(String.join("\n", P1, P2, P3, P4));
  }

  @Test
  void findsTheArticleByItsLookWhenTheJsonLdBodyIsAnotherText() {
    String other = "The museum reopens its east wing after two years of repairs, with a new hall for the coin "
        + "collection and a cafe that looks over the harbour. ";
    Article a = page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
        + other.repeat(3) + "\"}</script>" + NAV + "<div class=\"wrap\"><article><p>" + P1 + "</p><p>" + P2
        + "</p><p>" + P3 + "</p></article></div><div class=\"box\">" + NAV.repeat(30).replace(" class=\"menu\"", "") + "<p>" + P5 + "</p></div>");
    assertThat(a.text()).isEqualTo(String.join("\n", P1, P2, P3));
  }

  @Test
  void keepsTheRestOfTheArticleWhenTheJsonLdBodyIsCutShort() {
    String stated = String.join(" ", P1, P2, P3, P4) + " Opponents argue that the money…";
    StringBuilder links = new StringBuilder("<ul>");
    for (int i = 0; i < 8; i++) {
      links.append("<li><a href=\"/s").append(i).append("\">Story number ").append(i).append(" about the city</a></li>");
    }
    String more = "The council will publish the full timetable for the works in the autumn, after a last round of "
        + "talks with the businesses along the route.";
    Article a = page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"" + stated
        + "\"}</script>" + NAV + "<div class=\"wrap\"><div class=\"a\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
        + "</p><p>" + P4 + "</p></div>" + links + "</ul><div class=\"b\"><p>" + P5 + "</p><p>" + more
        + "</p></div></div>");
    assertThat(a.text()).isEqualTo(String.join("\n", P1, P2, P3, P4, P5, more));
  }

  @Test
  void takesTheAncestorOfAnArticleSpreadOverBoxesThatLinkListsSeparate() {
    StringBuilder links = new StringBuilder("<ul>");
    for (int i = 0; i < 40; i++) {
      links.append("<li><a href=\"/s").append(i).append("\">Story number ").append(i).append(" about the city</a></li>");
    }
    links.append("</ul>");
    String deep = "<div><div><div><div>";
    String up = "</div></div></div></div>";
    Article a = page(NAV + "<div class=\"wrap\">" + deep + "<p>" + P1 + "</p><p>" + P2 + "</p>" + up + links + deep
        + "<p>" + P3 + "</p><p>" + P4 + "</p>" + up + links + deep + "<p>" + P5 + "</p><p>" + P1.replace("city", "town")
        + "</p>" + up + "</div>");
    assertThat(a.text()).isEqualTo(String.join("\n", P1, P2, P3, P4, P5, P1.replace("city", "town")));
  }

  @Test
  void readsAShortChineseSentenceAsArticleText() {
    org.jsoup.nodes.Element p = org.jsoup.Jsoup.parse("<p>工程预计明年春天开始。</p>").selectFirst("p");
    HtmlCleaner.Block b = new HtmlCleaner.Block(p);
    b.add((org.jsoup.nodes.TextNode) p.childNode(0), false);
    b.classify(new Boilerplate(List.of()));
    assertThat(b.kind).isEqualTo(HtmlCleaner.Kind.GOOD);
  }

  @Test
  void tellsTheTraceWhatBecameOfEachBlock() {
    List<String> seen = new java.util.ArrayList<>();
    new HtmlCleaner(new Boilerplate(List.of("exact:advertisement"))).clean(new RawDocument("h", null, null, null,
        null, "<html><body>" + NAV + "<article><p>" + P1 + "</p><div>Advertisement</div><p>" + P2
        + "</p></article></body></html>", MediaType.HTML, List.of()),
        (b, in, kept) -> seen.add((kept ? "kept " : in ? "dropped " : "outside ") + b.text()));
    assertThat(seen).contains("kept " + P1, "dropped Advertisement", "kept " + P2);
  }

  @Test
  void readsJsonLdLeniently() {
    assertThat(JsonLite.parse("{\"a\":[1,\"x\\u00e9\",{\"b\":null}]}")).isInstanceOf(java.util.Map.class);
    assertThat(JsonLite.parse("{broken")).isNull();
    assertThat(JsonLite.parse("[".repeat(500))).isNull();
  }
}
