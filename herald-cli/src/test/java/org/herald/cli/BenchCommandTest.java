package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
  @TempDir
  Path dir;

  @Test
  void printsTheFigureLineLastAfterAShortRun() throws IOException {
    Files.writeString(dir.resolve("a.txt"), """
        Ministers meet in Lisbon

        The foreign minister of Portugal, Ana Costa, met her Spanish counterpart on Tuesday.
        "We agreed to work together," Costa said after the talks.
        """);
    Files.writeString(dir.resolve("b.html"), "<html><head><title>Vote delayed</title></head><body>"
        + "<p>Parliament delayed the vote until next week, the speaker said on Friday.</p></body></html>");
    Files.writeString(dir.resolve("notes.csv"), "not,an,article");

    CliRun r = CliRun.of("bench", "--corpus", dir.toString(), "--threads", "2", "--warmup-seconds", "0.2",
        "--seconds", "0.3");

    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).anyMatch(l -> l.startsWith("corpus ") && l.contains("2 articles in memory"));
    assertThat(lines).anyMatch(l -> l.startsWith("start-up "));
    assertThat(lines.get(lines.size() - 1)).matches("bench articles_per_s=[1-9]\\d* tokens_per_s=[1-9]\\d* "
        + "peak_heap_mb=[1-9]\\d* threads=2 articles_per_cpu_s=\\d+ startup_ms=[1-9]\\d*");
  }

  @Test
  void aFolderWithoutArticlesIsOneLine() {
    CliRun r = CliRun.of("bench", "--corpus", dir.toString(), "--seconds", "0.1");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).endsWith("herald: " + dir + " holds no readable articles (.txt, .html) [H-INPUT-003]\n");
  }

  @Test
  void aMissingFolderIsOneLine() {
    CliRun r = CliRun.of("bench", "--corpus", dir.resolve("none").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("herald: no such folder: " + dir.resolve("none") + " [H-INPUT-001]\n");
  }

  @Test
  void zeroThreadsIsAUsageError() {
    CliRun r = CliRun.of("bench", "--corpus", dir.toString(), "--threads", "0");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--threads must be between 1 and 1024");
  }
}
