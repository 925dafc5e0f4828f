package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalQuotesCommandTest {
  static final String TEXT = "Harbour plan wins support\n\n"
      + "\u201cThe harbour will be rebuilt by spring,\u201d Ana Silva said on Monday.\n\n"
      + "Silva told reporters that the work would cost less than planned.\n";

  @TempDir
  Path dir;
  Path split;

  @BeforeEach
  void writeSplit() throws IOException {
    split = dir.resolve("dev");
    Files.createDirectories(split.resolve("text"));
    Files.createDirectories(split.resolve("attributions"));
    Files.writeString(split.resolve("text/harbour.txt"), TEXT);
    int q = TEXT.indexOf("The harbour");
    int qe = TEXT.indexOf(",\u201d");
    int src = TEXT.indexOf("Ana Silva");
    int cue = TEXT.indexOf("said");
    int src2 = TEXT.indexOf("Silva told");
    int cue2 = TEXT.indexOf("told");
    int c2 = TEXT.indexOf("that the work");
    int c2e = TEXT.indexOf("planned") + "planned".length();
    Files.writeString(split.resolve("attributions/harbour_a1.ann"), String.join("\n",
        "T1\tSource " + src + " " + (src + 9) + "\tAna Silva",
        "T2\tCue " + cue + " " + (cue + 4) + "\tsaid",
        "T3\tContent " + q + " " + qe + "\t" + TEXT.substring(q, qe),
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
        "T4\tSource " + src2 + " " + (src2 + 5) + "\tSilva",
        "T5\tCue " + cue2 + " " + (cue2 + 4) + "\ttold",
        "T6\tContent " + c2 + " " + c2e + "\t" + TEXT.substring(c2, c2e),
        "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4", ""));
  }

  @Test
  void printsDirectAndReportedFiguresWithTheFigureLineLast() {
    CliRun r = CliRun.of("eval", "quotes", "--polnear", split.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).anyMatch(l -> l.startsWith("direct    gold 1, found 1: recall 1.0000; predicted 1"));
    assertThat(lines).anyMatch(l -> l.startsWith("reported  gold 1, found 1: recall 1.0000"));
    assertThat(lines.get(lines.size() - 1)).isEqualTo(
        "quotes recall=1.0000 precision=1.0000 speaker_acc=1.0000 reported_recall=1.0000 reported_speaker_acc=1.0000");
  }

  @Test
  void listsErrorsOnRequest() throws IOException {
    Files.writeString(split.resolve("attributions/harbour_a1.ann"), "T1\tContent 0 7\tHarbour\nE1\tAttribution:T1 Content:T1\n");
    CliRun r = CliRun.of("eval", "quotes", "--polnear", split.toString(), "--errors");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("MISS reported\tharbour@0\tHarbour").contains("FALSE direct\tharbour@");
  }

  @Test
  void aMissingSplitIsOneLine() {
    CliRun r = CliRun.of("eval", "quotes", "--polnear", dir.resolve("none").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("herald: no PolNeAR split at " + dir.resolve("none")).endsWith("[H-INPUT-001]\n");
  }
}
