package org.herald.stage.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocFeaturesTest {
  private static final int PER = 1;
  private static final int ORG = 2;

  private static long[][] lower(String[][] words) {
    long[][] out = new long[words.length][];
    for (int s = 0; s < words.length; s++) {
      out[s] = new long[words[s].length];
      for (int i = 0; i < words[s].length; i++) {
        out[s][i] = NerModel.lowerHash(words[s][i]);
      }
    }
    return out;
  }

  @Test
  void aSurnameTakesTheTypeTheDocumentMostlyGivesIt() {
    String[][] words = {"Anna Berg spoke".split(" "), "BERG WINS".split(" "), "Berg left".split(" ")};
    int[][] tags = {{1, 2, 0}, {3, 0}, {3, 0}}; // first pass: PER, then ORG in the headline, ORG again
    int[][][] f = DocFeatures.of(words, lower(words), tags);
    // "Berg" in the last sentence: the others are one PER (I-PER) and one ORG (the headline, case ignored)
    assertThat(f[2][0]).doesNotContain(DocFeatures.ALONE);
    assertThat(f[0][1]).contains(DocFeatures.MAJORITY + ORG); // the others of "Berg" in sentence 1: two ORG
    assertThat(f[0][0]).contains(DocFeatures.ALONE); // "Anna" occurs once
    assertThat(f[0][2]).isEmpty(); // lower-case words get none
    assertThat(f[1][1]).contains(DocFeatures.ALONE);
  }

  @Test
  void aWordAlsoWrittenInLowerCaseSaysSo() {
    String[][] words = {"Bill spoke".split(" "), "the bill passed".split(" ")};
    int[][] tags = {{1, 0}, {0, 0, 0}};
    int[][][] f = DocFeatures.of(words, lower(words), tags);
    assertThat(f[0][0]).contains(DocFeatures.LOWER).doesNotContain(DocFeatures.MAJORITY + PER);
  }

  private static List<NerTrainer.Sentence> documents() {
    List<NerTrainer.Sentence> out = new ArrayList<>();
    String[] people = {"Anna Berg", "Tomas Lind", "Maria Holm", "Erik Dahl"};
    String[] firms = {"Nordic Steel", "Fjord Oil", "Polar Foods", "Coast Bank"};
    for (int d = 0; d < 4; d++) {
      String[] pt = people[d].split(" ");
      out.add(new NerTrainer.Sentence((people[d] + " joined " + firms[d] + " .").split(" "),
          "B-PER I-PER O B-ORG I-ORG O".split(" "), d));
      out.add(new NerTrainer.Sentence((pt[1] + " said sales rose .").split(" "), "B-PER O O O O".split(" "), d));
    }
    return out;
  }

  @Test
  void theDocumentPassIsTrainedSavedAndReproduced() throws IOException {
    byte[][] out = new byte[2][];
    NerTrainer last = null;
    for (int i = 0; i < 2; i++) {
      NerTrainer t = new NerTrainer(null, Map.of());
      t.train(documents(), documents(), new NerTrainer.Options(4, 14, 5, 2, 2, 10), line -> { });
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      t.save(b);
      out[i] = b.toByteArray();
      last = t;
    }
    assertThat(out[0]).isEqualTo(out[1]);
    assertThat(last.epochs()).hasSize(6); // four first-pass passes, two document passes
    NerModel back = NerModel.load(new ByteArrayInputStream(out[0]), null);
    assertThat(back.docWeights).isNotNull();
    String[][] doc = {"Maria Holm joined Coast Bank .".split(" "), "Holm said sales rose .".split(" ")};
    assertThat(back.tagDocument(doc)).isDeepEqualTo(last.model().tagDocument(doc));
  }
}
