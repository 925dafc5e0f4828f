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

  @Test
  void readsJsonLdLeniently() {
    assertThat(JsonLite.parse("{\"a\":[1,\"x\\u00e9\",{\"b\":null}]}")).isInstanceOf(java.util.Map.class);
    assertThat(JsonLite.parse("{broken")).isNull();
    assertThat(JsonLite.parse("[".repeat(500))).isNull();
  }
}
