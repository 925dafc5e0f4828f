package org.herald.stage.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.herald.model.Article;
import org.herald.model.MediaType;
import org.herald.model.RawDocument;

class CleanStageProperties {
  private final CleanStage clean = new CleanStage();

  @Property(tries = 300)
  void plainTextNeverThrowsAndMapsOffsetsIntoTheSource(@ForAll @StringLength(max = 400) String raw) {
    Article a = clean.clean(RawDocument.text("p", raw));
    assertThat(a.text()).doesNotContain("\n\n").doesNotStartWith(" ");
    for (int i = 0; i < a.text().length(); i++) {
      assertThat(a.offsets().toRaw(i)).isBetween(0, Math.max(0, raw.length()));
    }
  }

  @Property(tries = 300)
  void copiedCharsMapBackToTheSameCharInThePlainSource(@ForAll("paragraphs") String raw) {
    Article a = clean.clean(RawDocument.text("p", raw));
    for (int i = 0; i < a.text().length(); i++) {
      char c = a.text().charAt(i);
      if (c != ' ' && c != '\n') {
        assertThat(raw.charAt(a.offsets().toRaw(i))).as("clean %d of %s", i, raw).isEqualTo(c);
      }
    }
  }

  @Property(tries = 300)
  void markupNeverThrows(@ForAll("markup") String html) {
    Article a = clean.clean(new RawDocument("h", null, null, null, null, html, MediaType.HTML, List.of()));
    assertThat(a.text()).doesNotContain("<script");
  }

  @Provide
  Arbitrary<String> paragraphs() {
    return Arbitraries.strings().withChars("Ab c.\n\t  x,").ofMaxLength(200);
  }

  @Provide
  Arbitrary<String> markup() {
    Arbitrary<String> pieces = Arbitraries.of("<p>", "</p>", "<div class=share>", "</div>", "<script>x<p>y</p>",
        "</script>", "<article>", "&amp;", "&#x;", "&nbsp;", "<br>", "text ", "Comments are closed.", "<", ">",
        "<!--", "-->", "<h1>Head</h1>", "\u201cq\u201d", "<nav>", "</nav>");
    return pieces.list().ofMaxSize(30).map(l -> String.join("", l));
  }
}
