package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntaxCommandsTest {
  @TempDir
  Path dir;

  /** A few chunked sentences of our own, repeated so that the perceptrons see each several times. */
  private Path chunked() throws IOException {
    String[] sentences = {
        "Rebels NNS B-NP\nattacked VBD B-VP\nthe DT B-NP\nconvoy NN I-NP\n. . O\n",
        "The DT B-NP\nminister NN I-NP\nmet VBD B-VP\nenvoys NNS B-NP\nin IN B-PP\nParis NNP B-NP\n. . O\n",
        "Talks NNS B-NP\nwill MD B-VP\nresume VB I-VP\n. . O\n"};
    StringBuilder b = new StringBuilder();
    for (int r = 0; r < 4; r++) {
      for (String s : sentences) {
        b.append(s).append('\n');
      }
    }
    Path p = dir.resolve("chunks.txt");
    Files.writeString(p, b);
    return p;
  }

  @Test
  void trainsASyntaxModelAndPrintsTheDevScoresLast() throws IOException {
    Path data = chunked();
    Path tagged = Files.createDirectories(dir.resolve("tagged"));
    Files.writeString(tagged.resolve("a.pos"), "[ Envoys/NNS ]\nleft/VBD ./.\n");
    Files.writeString(tagged.resolve("README"), "not a tagged file\n");
    Path model = dir.resolve("syntax.bin");
    CliRun r = CliRun.of("train", "syntax", "--train", data + "," + tagged, "--dev", data.toString(), "--out",
        model.toString(), "--pos-iterations", "3", "--chunk-iterations", "3", "--folds", "2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("pos pass 3", "chunk pass 3", "fold 2/2");
    assertThat(r.out().strip()).matches("syntax-train dev_pos_acc=1\\.0000 dev_chunk_f1=1\\.0000 model_bytes=\\d+");
    assertThat(dir.resolve("syntax.bin.tmp")).doesNotExist();

    CliRun e = CliRun.of("eval", "syntax", "--conll2000", data.toString(), "--model", model.toString());
    assertThat(e.code()).as(e.err()).isZero();
    assertThat(e.out()).contains("NP    p=1.0000 r=1.0000 f1=1.0000", "VP    p=1.0000");
    assertThat(e.out().strip()).containsPattern("(?m)^syntax pos_acc=1\\.0000 chunk_f1=1\\.0000 tokens_per_s=\\d+$");
  }

  @Test
  void trainingTwiceGivesTheSameBytes() throws IOException {
    Path data = chunked();
    for (String name : new String[] {"one.bin", "two.bin"}) {
      CliRun r = CliRun.of("train", "syntax", "--train", data.toString(), "--dev", data.toString(), "--out",
          dir.resolve(name).toString(), "--pos-iterations", "2", "--chunk-iterations", "2", "--folds", "0");
      assertThat(r.code()).as(r.err()).isZero();
    }
    assertThat(Files.readAllBytes(dir.resolve("one.bin"))).isEqualTo(Files.readAllBytes(dir.resolve("two.bin")));
  }

  @Test
  void aMissingTrainingFileIsAnInputError() {
    CliRun r = CliRun.of("train", "syntax", "--train", dir.resolve("nope.txt").toString(), "--dev",
        dir.resolve("nope.txt").toString(), "--out", dir.resolve("m.bin").toString());
    assertThat(r.code()).isOne();
    assertThat(r.err()).contains("no such file", "[H-INPUT-001]");
  }

  @Test
  void evaluatingAFileThatIsNotCoNll2000IsAnInputError() throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.writeString(bad, "just two\n");
    CliRun r = CliRun.of("eval", "syntax", "--conll2000", bad.toString());
    assertThat(r.code()).isOne();
    assertThat(r.err()).contains("[H-INPUT-004]");
  }
}
