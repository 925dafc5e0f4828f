package org.herald.stage.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.herald.model.Article;
import org.herald.model.Span;
import org.herald.pipeline.Resources;
import org.herald.testkit.ArticleFixtures;
import org.junit.jupiter.api.Test;

class QuoteTaggerTest {
  /** Own sentences: source, cue, content, each a substring of the sentence. */
  private static final String[][] TRAIN = {
      {"Anna Berg said the port will close in May.", "Anna Berg", "said", "the port will close in May"},
      {"The union said its members would strike.", "The union", "said", "its members would strike"},
      {"Omar Haddad denied that the firm had paid him.", "Omar Haddad", "denied", "the firm had paid him"},
      {"The mayor said the bridge was safe.", "The mayor", "said", "the bridge was safe"},
      {"Farmers fear the new tariffs will ruin them.", "Farmers", "fear", "the new tariffs will ruin them"},
      {"Lena Park said that prices would fall.", "Lena Park", "said", "prices would fall"},
      {"The new school opened on Monday in the north.", null, null, null},
      {"Rain fell on the city all day.", null, null, null},
  };

  private static QuoteTagger.Example example(String[] row) {
    Article a = ArticleFixtures.article(row[0]);
    if (row[1] == null) {
      return QuoteTagger.Example.of(a, List.of(), List.of(), List.of());
    }
    return QuoteTagger.Example.of(a, List.of(List.of(span(row[0], row[3]))), List.of(List.of(span(row[0], row[2]))),
        List.of(List.of(span(row[0], row[1]))));
  }

  private static Span span(String text, String part) {
    int i = text.indexOf(part);
    return Span.of(i, i + part.length());
  }

  private static List<QuoteTagger.Example> examples() {
    List<QuoteTagger.Example> out = new ArrayList<>();
    for (String[] row : TRAIN) {
      out.add(example(row));
    }
    return out;
  }

  private static QuoteTagger trained() {
    return QuoteTagger.train(examples(), examples(), new QuoteTagger.Options(30, 14, 7), Resources.classpath(),
        line -> { });
  }

  private static byte[] bytes(QuoteTagger t) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    t.write(out);
    return out.toByteArray();
  }

  @Test
  void tagsGoldSpansAsSourceCueAndContent() {
    QuoteTagger.Example ex = example(TRAIN[0]);
    Article a = ex.article();
    // Anna Berg said the port will close in May .
    assertThat(ex.tags()).containsExactly(4, 4, 1, 2, 3, 3, 3, 3, 3, 0);
    assertThat(a.tokenText(3)).isEqualTo("the");
  }

  @Test
  void learnsItsTinyTrainingSetExactly() {
    QuoteTagger t = trained();
    CueLexicon cues = CueLexicon.load(Resources.classpath());
    assertThat(t.score(examples(), cues)).containsExactly(1.0, 1.0, 1.0);
    for (QuoteTagger.Example ex : examples()) {
      boolean[] direct = QuoteFinder.directTokens(ex.article());
      assertThat(t.tag(ex.article(), cues, direct, 0)).as(ex.article().text()).containsExactly(ex.tags());
    }
  }

  @Test
  void tagsTheContentOfAnUnseenSentenceOfTheSameShape() {
    Article a = ArticleFixtures.article("Mia Holm said the road will reopen in June.");
    CueLexicon cues = CueLexicon.load(Resources.classpath());
    byte[] tags = trained().tag(a, cues, QuoteFinder.directTokens(a), 0);
    // Mia Holm said the road will reopen in June .
    assertThat(tags[2]).isEqualTo((byte) QuoteTagger.CUE);
    assertThat(tags[3]).isEqualTo((byte) QuoteTagger.BEGIN);
    assertThat(tags[6]).isEqualTo((byte) QuoteTagger.INSIDE);
    assertThat(tags[9]).isEqualTo((byte) QuoteTagger.O);
  }

  @Test
  void trainsToTheSameBytesTwiceAndReadsBackWhatItWrote() throws IOException {
    byte[] first = bytes(trained());
    assertThat(bytes(trained())).isEqualTo(first);
    QuoteTagger back = QuoteTagger.read(new ByteArrayInputStream(first));
    assertThat(bytes(back)).isEqualTo(first);
  }

  @Test
  void refusesAFileThatIsNoModel() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> QuoteTagger.read(new ByteArrayInputStream(
        out.toByteArray()))).isInstanceOf(IOException.class).hasMessageContaining("not a quote tagger model");
  }
}
