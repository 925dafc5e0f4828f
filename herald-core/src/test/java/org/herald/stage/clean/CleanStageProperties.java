package org.herald.stage.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
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

  @Property(tries = 200)
  void unwrapsIndentedWireTextBackToItsParagraphs(@ForAll("wireParagraphs") List<List<String>> paragraphs,
                                                  @ForAll @IntRange(min = 25, max = 80) int width) {
    StringBuilder raw = new StringBuilder();
    for (List<String> words : paragraphs) {
      StringBuilder line = new StringBuilder("    ");
      for (String w : words) {
        if (line.length() + w.length() + 1 > width && !line.toString().isBlank()) {
          raw.append(line.toString().stripTrailing()).append('\n');
          line.setLength(0);
        }
        line.append(w).append(' ');
      }
      raw.append(line.toString().stripTrailing()).append('\n');
    }
    Article a = clean.clean(RawDocument.text("w", raw.toString()));
    List<String> want = paragraphs.stream().map(p -> String.join(" ", p)).toList();
    if (CleanStage.Layout.of(raw.toString(), 0) == CleanStage.Layout.INDENTED) {
      assertThat(a.title()).isNull();
      assertThat(a.text()).isEqualTo(String.join("\n", want));
    } else { // too few wrapped lines to tell: each line stays a paragraph (the first may be the title)
      String all = (a.title() == null ? "" : a.title() + " ") + a.text().replace('\n', ' ');
      assertThat(all).isEqualTo(String.join(" ", want));
    }
  }

  @Provide
  Arbitrary<List<List<String>>> wireParagraphs() {
    Arbitrary<String> word = Arbitraries.of("the", "minister", "said", "talks", "in", "Geneva", "would", "resume",
        "on", "Monday", "after", "a", "pause", "of", "two", "weeks");
    Arbitrary<List<String>> sentence = word.list().ofMinSize(3).ofMaxSize(25)
        .map(ws -> {
          List<String> out = new java.util.ArrayList<>(ws);
          out.set(out.size() - 1, out.get(out.size() - 1) + ".");
          return out;
        });
    return sentence.list().ofMinSize(2).ofMaxSize(5);
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
