package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagAndEvalNerTest {
  @TempDir
  Path dir;
  Path conll;

  @BeforeEach
  void writeFile() throws IOException {
    conll = dir.resolve("small.conll");
    Files.writeString(conll, """
        -DOCSTART- -X- -X- O

        Chinese JJ B-NP B-MISC
        President NNP I-NP O
        Xi NNP I-NP B-PER
        Jinping NNP I-NP I-PER
        visited VBD B-VP O
        Paris NNP B-NP B-LOC
        . . O O

        Xi NNP B-NP B-PER
        met VBD B-VP O
        officials NNS B-NP O
        of IN B-PP O
        the DT B-NP O
        United NNP I-NP B-ORG
        Nations NNP I-NP I-ORG
        . . O O
        """);
  }

  @Test
  void tagAddsOnePredictedColumnKeepingEveryLine() {
    CliRun r = CliRun.of("tag", "--conll", conll.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(19);
    assertThat(lines.get(0)).isEqualTo("-DOCSTART- -X- -X- O O");
    assertThat(lines).contains("Xi NNP I-NP B-PER B-PER", "Jinping NNP I-NP I-PER I-PER", "Paris NNP B-NP B-LOC B-LOC",
        "visited VBD B-VP O O", "Xi NNP B-NP B-PER B-PER", "United NNP I-NP B-ORG B-ORG", "Nations NNP I-NP I-ORG I-ORG");
  }

  @Test
  void evalNerPrintsPerTypeScoresAndTheFigureLineLast() {
    CliRun r = CliRun.of("eval", "ner", "--conll", conll.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).anyMatch(l -> l.startsWith("PER   p=1.0000 r=1.0000"));
    assertThat(lines.get(lines.size() - 1)).matches("ner f1=[01]\\.\\d{4} p=[01]\\.\\d{4} r=[01]\\.\\d{4} tokens_per_s=\\d+ peak_heap_mb=\\d+");
  }

  @Test
  void evalNerWritesEveryTokenWithItsGoldAndPredictedTagWhenAskedTo() throws IOException {
    Path out = dir.resolve("errors.txt");
    CliRun r = CliRun.of("eval", "ner", "--conll", conll.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(17); // 15 tokens, a blank line after each of the 2 sentences
    assertThat(lines.get(0)).isEqualTo("Chinese B-MISC B-MISC");
    assertThat(lines.get(7)).isEmpty();
    assertThat(lines).contains("Jinping I-PER I-PER", "United B-ORG B-ORG", "met O O");
  }

  @Test
  void aMissingConllFileIsOneLine() {
    CliRun r = CliRun.of("tag", "--conll", dir.resolve("none").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("herald: no such file: " + dir.resolve("none") + " [H-INPUT-001]\n");
  }
}
