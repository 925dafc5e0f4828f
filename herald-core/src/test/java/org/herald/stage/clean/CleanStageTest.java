package org.herald.stage.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.herald.model.Article;
import org.herald.model.MediaType;
import org.herald.model.RawDocument;
import org.junit.jupiter.api.Test;

class CleanStageTest {
  private final CleanStage clean = new CleanStage();

  private static RawDocument text(String s) {
    return RawDocument.text("t", s);
  }

  private static RawDocument html(String s) {
    return new RawDocument("h", null, null, null, null, s, MediaType.HTML, List.of());
  }

  @Test
  void readsTheHeaderBlockOfAPlainTextArticle() {
    Article a = clean.clean(text("Title: Talks resume\nPublished: 2024-03-05\nURL: https://example.org/a\n\n"
        + "Envoys met in Geneva.\nThey agreed to meet again."));
    assertThat(a.title()).isEqualTo("Talks resume");
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(a.url()).isEqualTo("https://example.org/a");
    assertThat(a.text()).isEqualTo("Envoys met in Geneva.\nThey agreed to meet again.");
  }

  @Test
  void takesAHeadlineFirstLineAsTitleAndDropsBoilerplate() {
    Article a = clean.clean(text("Putin reveals goals of trip\nPutin will travel on Tuesday.\nComments are closed."));
    assertThat(a.title()).isEqualTo("Putin reveals goals of trip");
    assertThat(a.text()).isEqualTo("Putin will travel on Tuesday.");
  }

  @Test
  void joinsHardWrappedLinesWhenParagraphsAreSeparatedByBlankLines() {
    Article a = clean.clean(text("The minister said the\ntalks were useful.\n\nShare this article\n\nA second   paragraph."));
    assertThat(a.text()).isEqualTo("The minister said the talks were useful.\nA second paragraph.");
  }

  @Test
  void joinsWireLinesWrappedAtAFixedWidthWhenIndentedLinesStartParagraphs() {
    Article a = clean.clean(text("The finance ministry of Norway said\non Monday it had agreed to lend\n"
        + "300 mln crowns to the port authority.\n    The loan runs for ten years\nand carries a fixed rate of"
        + "\nfive pct, it said.\n    Officials declined to give\nfurther details."));
    assertThat(a.text()).isEqualTo("The finance ministry of Norway said on Monday it had agreed to lend 300 mln crowns"
        + " to the port authority.\nThe loan runs for ten years and carries a fixed rate of five pct, it said.\n"
        + "Officials declined to give further details.");
  }

  @Test
  void joinsHardWrappedLinesWithoutParagraphMarksIntoOneParagraph() {
    Article a = clean.clean(text("The envoy arrived in Lima\nlate on Friday and met the\nforeign minister for"
        + " two hours,\naides said."));
    assertThat(a.text()).isEqualTo("The envoy arrived in Lima late on Friday and met the foreign minister for two"
        + " hours, aides said.");
  }

  @Test
  void keepsOneParagraphALineWhenLinesEndSentences() {
    Article a = clean.clean(text("The envoy arrived in Lima on Friday.\nShe met the foreign minister.\n"
        + "Talks will resume in May, aides said."));
    assertThat(a.text()).isEqualTo("The envoy arrived in Lima on Friday.\nShe met the foreign minister.\n"
        + "Talks will resume in May, aides said.");
  }

  @Test
  void mapsCleanOffsetsBackToTheRawText() {
    String raw = "Headline here\nFirst  paragraph.\n\n";
    Article a = clean.clean(text(raw + "x"));
    int clean = a.text().indexOf("paragraph");
    assertThat(raw.substring(a.offsets().toRaw(clean), a.offsets().toRaw(clean) + 9)).isEqualTo("paragraph");
  }

  @Test
  void keepsArticleParagraphsOfAnHtmlPageAndDropsItsFurniture() {
    Article a = clean.clean(html("""
        <html lang="en-GB"><head><title>Site | Talks</title>
        <meta property="og:title" content="Talks resume in Geneva">
        <meta property="article:published_time" content="2024-03-05T10:00:00Z">
        <link rel="canonical" href="https://example.org/talks"></head>
        <body><nav><a>Home</a><a>World</a></nav>
        <article><h1>Talks resume in Geneva</h1>
        <p>Envoys from both sides met in Geneva on Tuesday &amp; agreed to continue.</p>
        <div class="share-buttons"><a>Share on Facebook</a></div>
        <p>“We made progress,” the mediator said.
        <p>Comments are closed.</p></article>
        <aside>Related stories</aside><footer>© 2024 Example</footer><script>var x = "<p>no</p>";</script>
        </body></html>"""));
    assertThat(a.title()).isEqualTo("Talks resume in Geneva");
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(a.url()).isEqualTo("https://example.org/talks");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.text()).isEqualTo("Envoys from both sides met in Geneva on Tuesday & agreed to continue.\n"
        + "“We made progress,” the mediator said.");
  }

  @Test
  void neverThrowsOnBrokenMarkup() {
    Article a = clean.clean(html("<p>Open <b>bold <i>italic</p><div><<<>>></td></tr>text & more"));
    assertThat(a.text()).contains("Open bold italic").contains("text & more");
  }
}
