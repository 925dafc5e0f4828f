package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {
  @TempDir
  Path dir;

  private Path conll() throws IOException {
    StringBuilder b = new StringBuilder("-DOCSTART- -X- -X- O\n\n");
    String[][] rows = {{"Anna", "I-PER"}, {"Berg", "I-PER"}, {"visited", "O"}, {"Oslo", "I-LOC"}, {".", "O"}};
    for (int r = 0; r < 3; r++) {
      for (String[] row : rows) {
        b.append(row[0]).append(" NNP B-NP ").append(row[1]).append('\n');
      }
      b.append('\n');
    }
    Path p = dir.resolve("tiny.conll");
    Files.writeString(p, b);
    return p;
  }

  @Test
  void trainsAModelAndPrintsTheDevScoreLast() throws IOException {
    Path data = conll();
    Path model = dir.resolve("ner.bin");
    CliRun r = CliRun.of("train", "ner", "--train", data.toString(), "--dev", data.toString(), "--out",
        model.toString(), "--iterations", "3", "--bits", "12");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("iteration 3:");
    assertThat(r.out().strip()).matches("ner-train dev_f1=1\\.0000 iterations=3 model_bytes=\\d+");
    assertThat(Files.size(model)).isPositive();
    assertThat(dir.resolve("ner.bin.tmp")).doesNotExist();
  }

  @Test
  void trainsBothPassesAsCrfsWithASoftmaxMargin() throws IOException {
    Path data = conll();
    Path model = dir.resolve("crf.bin");
    CliRun r = CliRun.of("train", "ner", "--train", data.toString(), "--dev", data.toString(), "--out",
        model.toString(), "--iterations", "3", "--bits", "12", "--learner", "crf", "--margin", "2", "--folds", "0");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).containsPattern("iteration 3: loss \\d+\\.\\d+, dev f1=1\\.0000");
    assertThat(r.out().strip()).matches("ner-train dev_f1=1\\.0000 iterations=3 model_bytes=\\d+");
  }

  @Test
  void anUnknownLearnerOrANegativeMarginIsAUsageError() throws IOException {
    Path data = conll();
    String m = dir.resolve("m.bin").toString();
    CliRun bad = CliRun.of("train", "ner", "--train", data.toString(), "--dev", data.toString(), "--out", m,
        "--learner", "svm");
    assertThat(bad.code()).isEqualTo(2);
    CliRun negative = CliRun.of("train", "ner", "--train", data.toString(), "--dev", data.toString(), "--out", m,
        "--learner", "crf", "--margin", "-1");
    assertThat(negative.code()).isEqualTo(2);
    assertThat(negative.err()).contains("--margin 0-100", "H-USAGE-001");
  }

  @Test
  void learnsClustersFromPlainText() throws IOException {
    Path text = dir.resolve("news.txt");
    Files.writeString(text, "She flew to Oslo. She flew to Lima.\nShe flew to Oslo again.\n");
    Path out = dir.resolve("clusters.tsv");
    CliRun r = CliRun.of("train", "clusters", "--text", text.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().strip()).matches("clusters words=\\d+ tokens=\\d+");
    assertThat(Files.readString(out)).contains("\tOslo\n", "\tflew\n");
  }

  @Test
  void learnsExchangeClassesFromAFolderOfTextFilesAndTrainsWithThem() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("texts/a"));
    Files.writeString(folder.resolve("one.txt"), "She flew to Oslo today. She flew to Lima today.\n");
    Files.writeString(folder.resolve("two.txt"), "He flew to Oslo again. He flew to Quito again.\n");
    Files.writeString(folder.resolve("skip.md"), "Zanzibar Zanzibar Zanzibar\n");
    Path classes = dir.resolve("classes.tsv");
    CliRun r = CliRun.of("train", "clusters", "--text", dir.resolve("texts").toString(), "--exchange", "4",
        "--min-count", "1", "--side", "left", "--out", classes.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().strip()).isEqualTo("clusters words=10 tokens=24");
    assertThat(Files.readString(classes)).containsPattern("\nl[0-3]\tOslo\n").doesNotContain("Zanzibar");
    Path data = conll();
    Path model = dir.resolve("ner.bin");
    CliRun t = CliRun.of("train", "ner", "--train", data + "," + data, "--dev", data.toString(), "--out",
        model.toString(), "--iterations", "3", "--bits", "12", "--classes", classes + "," + classes, "--runs", "2");
    assertThat(t.code()).as(t.err()).isZero();
    assertThat(t.err()).contains("mean of 2 runs:");
    assertThat(t.out().strip()).startsWith("ner-train dev_f1=1.0000");
  }

  @Test
  void badExchangeOrRunsAreUsageErrors() throws IOException {
    Path text = dir.resolve("news.txt");
    Files.writeString(text, "She flew to Oslo.\n");
    CliRun r = CliRun.of("train", "clusters", "--text", text.toString(), "--exchange", "1", "--out",
        dir.resolve("c.tsv").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("H-USAGE-001");
    Path data = conll();
    CliRun t = CliRun.of("train", "ner", "--train", data.toString(), "--dev", data.toString(), "--out",
        dir.resolve("m.bin").toString(), "--runs", "0");
    assertThat(t.code()).isEqualTo(2);
    assertThat(t.err()).contains("H-USAGE-001");
  }

  @Test
  void aMissingTrainingFileIsAFailureWithItsCode() {
    CliRun r = CliRun.of("train", "ner", "--train", dir.resolve("none.txt").toString(), "--dev", "x", "--out",
        dir.resolve("m.bin").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("H-INPUT-001");
  }

  // ---------------------------------------------------------------- train quotes

  /** A PolNeAR-like split of own sentences in brat standoff: source, cue and content of each attribution. */
  private Path polnear(String name) throws IOException {
    return polnear(name, new String[][] {
        {"Anna Berg said the port will close in May.", "Anna Berg", "said", "the port will close in May"},
        {"The union said its members would strike.", "The union", "said", "its members would strike"},
        {"Rain fell on the city all day.", null, null, null}});
  }

  /** A PolNeAR-like split of {@code rows}: sentence, source, cue, content (null: no attribution). */
  private Path polnear(String name, String[][] rows) throws IOException {
    Path split = dir.resolve(name);
    Files.createDirectories(split.resolve("text"));
    Files.createDirectories(split.resolve("attributions"));
    StringBuilder text = new StringBuilder("Port news\n");
    StringBuilder ann = new StringBuilder();
    int t = 1;
    int e = 1;
    for (String[] row : rows) {
      int base = text.length();
      text.append(row[0]).append('\n');
      if (row[1] == null) {
        continue;
      }
      String[] types = {"Source", "Cue", "Content"};
      for (int k = 0; k < 3; k++) {
        int s = base + row[0].indexOf(row[k + 1]);
        ann.append('T').append(t + k).append('\t').append(types[k]).append(' ').append(s).append(' ')
            .append(s + row[k + 1].length()).append('\t').append(row[k + 1]).append('\n');
      }
      ann.append('E').append(e++).append("\tAttribution:T").append(t + 1).append(" Source:T").append(t)
          .append(" Cue:T").append(t + 1).append(" Content:T").append(t + 2).append('\n');
      t += 3;
    }
    Files.writeString(split.resolve("text/port.txt"), text);
    Files.writeString(split.resolve("attributions/port_a1.ann"), ann);
    return split;
  }

  @Test
  void trainsTheQuoteTaggerOnAPolnearSplitAndWritesTheSameModelTwice() throws IOException {
    Path split = polnear("train");
    Path model = dir.resolve("quotes.bin");
    String[] args = {"train", "quotes", "--polnear", split.toString(), "--dev", split.toString(), "--out",
        model.toString(), "--iterations", "4", "--bits", "12"};
    CliRun r = CliRun.of(args);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("iteration 4: dev content tokens");
    assertThat(r.out().strip()).matches("quotes-train dev_f1=(0\\.[5-9]\\d{3}|1\\.0000) iterations=4 model_bytes=\\d+");
    byte[] first = Files.readAllBytes(model);
    assertThat(CliRun.of(args).code()).isZero();
    assertThat(Files.readAllBytes(model)).isEqualTo(first);
    assertThat(dir.resolve("quotes.bin.tmp")).doesNotExist();
  }

  @Test
  void refusesAQuoteTrainingFolderThatIsNoPolnearSplit() throws IOException {
    Path model = dir.resolve("quotes.bin");
    CliRun r = CliRun.of("train", "quotes", "--polnear", dir.resolve("nowhere").toString(), "--dev",
        polnear("dev").toString(), "--out", model.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no PolNeAR split", "[H-INPUT-001]");
    assertThat(model).doesNotExist();
  }

  @Test
  void refusesAPolnearSplitWithoutAnnotationsAndBadIterations() throws IOException {
    Path empty = dir.resolve("empty");
    Files.createDirectories(empty.resolve("text"));
    Files.createDirectories(empty.resolve("attributions"));
    Files.writeString(empty.resolve("text/port.txt"), "No annotations here.\n");
    CliRun r = CliRun.of("train", "quotes", "--polnear", empty.toString(), "--dev", empty.toString(), "--out",
        dir.resolve("q.bin").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("holds no annotated article", "[H-INPUT-003]");
    CliRun bad = CliRun.of("train", "quotes", "--polnear", empty.toString(), "--dev", empty.toString(), "--out",
        dir.resolve("q.bin").toString(), "--iterations", "0");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--iterations must be 1-100");
  }

  // ---------------------------------------------------------------- train quote-speakers

  private Path polnearDirect(String name) throws IOException {
    return polnear(name, new String[][] {
        {"\u201cThe port will close in May,\u201d Anna Berg said.", "Anna Berg", "said",
            "The port will close in May"},
        {"Omar Haddad met Lena Park at noon, and she said: \u201cThe ferry runs again on Friday.\u201d", "she",
            "said", "The ferry runs again on Friday"},
        {"Rain fell on the city all day.", null, null, null}});
  }

  @Test
  void trainsTheQuoteSpeakerRankerOnAPolnearSplitAndWritesTheSameModelTwice() throws IOException {
    Path split = polnearDirect("train");
    Path model = dir.resolve("speakers.bin");
    String[] args = {"train", "quote-speakers", "--polnear", split.toString(), "--dev", split.toString(), "--out",
        model.toString(), "--iterations", "3", "--bits", "12", "--runs", "2", "--folds", "2"};
    CliRun r = CliRun.of(args);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("train quotes judged 2", "train 2-fold: direct speakers", "mean of 2 runs");
    assertThat(r.out().strip()).matches(
        "quote-speakers-train dev_rules=\\d\\.\\d{4} dev_ranker=\\d\\.\\d{4} iterations=3 model_bytes=\\d+");
    byte[] first = Files.readAllBytes(model);
    assertThat(CliRun.of(args).code()).isZero();
    assertThat(Files.readAllBytes(model)).isEqualTo(first);
    assertThat(dir.resolve("speakers.bin.tmp")).doesNotExist();
  }

  @Test
  void refusesQuoteSpeakerTrainingWithOneFoldOrNoSplit() throws IOException {
    Path split = polnearDirect("dev");
    CliRun bad = CliRun.of("train", "quote-speakers", "--polnear", split.toString(), "--dev", split.toString(),
        "--out", dir.resolve("s.bin").toString(), "--folds", "1");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--folds 0 or 2-20");
    CliRun none = CliRun.of("train", "quote-speakers", "--polnear", dir.resolve("nowhere").toString(), "--dev",
        split.toString(), "--out", dir.resolve("s.bin").toString());
    assertThat(none.code()).isEqualTo(1);
    assertThat(none.err()).contains("no PolNeAR split", "[H-INPUT-001]");
    assertThat(dir.resolve("s.bin")).doesNotExist();
  }
}
