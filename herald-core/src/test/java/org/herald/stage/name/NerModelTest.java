package org.herald.stage.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NerModelTest {
  private static NerTrainer.Sentence s(String words, String tags) {
    return new NerTrainer.Sentence(words.split(" "), tags.split(" "));
  }

  private static String tags(NerModel m, String words) {
    int[] t = m.tag(words.split(" "));
    StringBuilder b = new StringBuilder();
    for (int y : t) {
      b.append(b.length() > 0 ? " " : "").append(NerModel.TAGS[y]);
    }
    return b.toString();
  }

  private static List<NerTrainer.Sentence> tinyCorpus() {
    List<NerTrainer.Sentence> out = new ArrayList<>();
    String[] people = {"Anna Berg", "Tomas Lind", "Maria Holm", "Erik Dahl"};
    String[] places = {"Oslo", "Bergen", "Tromso", "Stavanger"};
    String[] firms = {"Nordic Steel", "Fjord Oil", "Polar Foods", "Coast Bank"};
    for (int i = 0; i < 4; i++) {
      String p = people[i];
      String[] pt = p.split(" ");
      out.add(s(p + " visited " + places[i] + " on Monday .", "B-PER I-PER O B-LOC O O O"));
      out.add(s("Shares in " + firms[i] + " rose in " + places[(i + 1) % 4] + " .", "O O B-ORG I-ORG O O B-LOC O"));
      out.add(s("Mr " + pt[1] + " said " + firms[(i + 2) % 4] + " would grow .", "O B-PER O B-ORG I-ORG O O O"));
    }
    return out;
  }

  @Test
  void describesWordsByShapeAffixesAndNeighbours() {
    NerFeatures f = new NerFeatures(null, Map.of("Oslo", "0110"));
    assertThat(NerFeatures.shortShape("Oslo")).isEqualTo("Xx");
    assertThat(NerFeatures.shortShape("1996-08-22")).isEqualTo("d-d-d");
    assertThat(NerFeatures.longShape("U.S.")).isEqualTo("X.X.");
    long[] own = f.wordFeatures("Oslo", false, 0);
    long[] next = f.wordFeatures("Oslo", false, 1);
    long[] far = f.wordFeatures("Oslo", false, 2);
    assertThat(own.length).isGreaterThan(next.length);
    assertThat(next.length).isGreaterThan(far.length);
    assertThat(Arrays.stream(own).boxed().toList()).doesNotContainAnyElementsOf(Arrays.stream(next).boxed().toList());
    assertThat(f.wordFeatures("Oslo", true, 0)).isNotEqualTo(own); // capitals sentences weigh shapes apart
    assertThat(f.wordFeatures("Oslo", false, 0)).isEqualTo(own); // deterministic
    assertThat(NerFeatures.isCapsSentence("EU REJECTS GERMAN CALL".split(" "))).isTrue();
    assertThat(NerFeatures.isCapsSentence("The EU rejects a call".split(" "))).isFalse();
  }

  @Test
  void viterbiFollowsTransitionsAndNeverStartsInsideAName() {
    int n = 3;
    int l = NerModel.L;
    float[] em = new float[n * l];
    em[2] = 5; // I-PER is best for token 0 alone, but no name starts with I-
    em[1] = 1; // B-PER
    em[l + 2] = 3; // I-PER for token 1
    em[2 * l] = 1; // O for token 2
    float[] trans = new float[(l + 1) * l];
    assertThat(NerModel.viterbi(em, n, trans)).containsExactly(1, 2, 0);
    em[l + 4] = 10; // I-ORG cannot follow B-PER: to use it the decoder opens the organisation at token 0
    assertThat(NerModel.viterbi(em, n, trans)).containsExactly(3, 4, 0);
    trans[l * l + 1] = -100; // starting a sentence with B-PER is now expensive
    assertThat(NerModel.viterbi(new float[] {0, 1, 0, 0, 0, 0, 0, 0, 0}, 1, trans)).containsExactly(0);
  }

  @Test
  void readsIob1TagsAsIob2() {
    assertThat(NerTrainer.tagIds(new String[] {"I-PER", "I-PER", "B-PER", "O", "I-LOC"}))
        .containsExactly(1, 2, 1, 0, 5);
  }

  @Test
  void learnsATinyCorpusAndTagsUnseenCombinations() {
    NerTrainer t = new NerTrainer(null, Map.of());
    List<NerTrainer.Sentence> train = tinyCorpus();
    t.train(train, train, new NerTrainer.Options(8, 16, 7), line -> { });
    assertThat(t.epochs()).hasSize(8);
    assertThat(t.epochs().get(7).f1()).isEqualTo(1.0);
    NerModel m = t.model();
    assertThat(tags(m, "Maria Holm visited Oslo on Monday .")).isEqualTo("B-PER I-PER O B-LOC O O O");
    assertThat(tags(m, "Shares in Fjord Oil rose in Bergen .")).isEqualTo("O O B-ORG I-ORG O O B-LOC O");
  }

  @Test
  void trainingIsReproducible() throws IOException {
    byte[][] out = new byte[2][];
    for (int i = 0; i < 2; i++) {
      NerTrainer t = new NerTrainer(null, Map.of("Oslo", "01"));
      t.train(tinyCorpus(), List.of(), new NerTrainer.Options(3, 14, 1), line -> { });
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      t.save(b);
      out[i] = b.toByteArray();
    }
    assertThat(out[0]).isEqualTo(out[1]);
  }

  @Test
  void savedModelTagsAsTheTrainedOne() throws IOException {
    NerTrainer t = new NerTrainer(null, Map.of("Oslo", "0110", "Bergen", "0111"));
    t.train(tinyCorpus(), List.of(), new NerTrainer.Options(5, 16, 3), line -> { });
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    t.save(b);
    NerModel back = NerModel.load(new ByteArrayInputStream(b.toByteArray()), null);
    assertThat(back.features.clusters()).containsEntry("Bergen", "0111");
    for (NerTrainer.Sentence s : tinyCorpus()) {
      String w = String.join(" ", s.words());
      assertThat(tags(back, w)).isEqualTo(tags(t.model(), w));
    }
  }

  @Test
  void savedModelKeepsItsWordClassTablesAndTagsAsTheTrainedOne() throws IOException {
    List<Map<String, String>> classes = List.of(Map.of("Oslo", "r1", "Bergen", "r1", "rose", "r2"),
        Map.of("Oslo", "l5", "visited", "l6"));
    NerTrainer t = new NerTrainer(null, Map.of("Oslo", "0110"), classes);
    t.train(tinyCorpus(), List.of(), new NerTrainer.Options(5, 16, 3), line -> { });
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    t.save(b);
    NerModel back = NerModel.load(new ByteArrayInputStream(b.toByteArray()), null);
    assertThat(back.features.classes()).isEqualTo(classes);
    for (NerTrainer.Sentence s : tinyCorpus()) {
      String w = String.join(" ", s.words());
      assertThat(tags(back, w)).isEqualTo(tags(t.model(), w));
    }
  }

  @Test
  void wordClassesAddFeaturesOnlyNextToTheTaggedWord() {
    NerFeatures plain = new NerFeatures(null, Map.of());
    NerFeatures classed = new NerFeatures(null, Map.of(), List.of(Map.of("Oslo", "r7"), Map.of("oslo", "l3")));
    for (int k = -1; k <= 1; k++) {
      // both tables: the exact spelling in one, the lower case in the other
      assertThat(classed.wordFeatures("Oslo", false, k)).hasSize(plain.wordFeatures("Oslo", false, k).length + 2);
    }
    assertThat(classed.wordFeatures("Oslo", false, 2)).isEqualTo(plain.wordFeatures("Oslo", false, 2));
    assertThat(classed.wordFeatures("Lima", false, 0)).isEqualTo(plain.wordFeatures("Lima", false, 0));
  }

  @Test
  void meanOfSeveralRunsIsReproducibleAndLearnsTheCorpus() throws IOException {
    byte[][] out = new byte[2][];
    for (int i = 0; i < 2; i++) {
      NerTrainer t = new NerTrainer(null, Map.of());
      List<NerTrainer.Sentence> train = tinyCorpus();
      t.train(train, train, new NerTrainer.Options(6, 14, 1, 0, 0, 1, 3), line -> { });
      assertThat(t.epochs()).hasSize(1);
      assertThat(t.epochs().get(0).f1()).isEqualTo(1.0);
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      t.save(b);
      out[i] = b.toByteArray();
    }
    assertThat(out[0]).isEqualTo(out[1]);
  }

  @Test
  void rejectsWhatIsNotAModel() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
            NerModel.load(new ByteArrayInputStream(new byte[] {1, 2, 3}), null))
        .isInstanceOf(IOException.class);
  }
}
