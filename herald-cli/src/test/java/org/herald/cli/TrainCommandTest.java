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
}
