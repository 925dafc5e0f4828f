package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalHtmlCommandTest {
  @TempDir
  Path dir;

  private static final String BODY = "The lighthouse on the point was repainted this week for the first time "
      + "in twenty years. Volunteers spent four days on the work.";

  @Test
  void scoresABenchmarkFolderAndPrintsTheFigureLineLast() throws Exception {
    Files.createDirectories(dir.resolve("html"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/p1.html.gz")))) {
      out.write(("<html><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><p>" + BODY
          + "</p></article><footer>Contact the editors</footer></body></html>").getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("ground-truth.json"),
        "{\"p1\": {\"articleBody\": \"" + BODY + "\", \"url\": \"https://example.org/p1\"}}");
    CliRun run = CliRun.of("eval", "html", "--benchmark", dir.toString());
    assertThat(run.code()).isZero();
    String[] lines = run.out().strip().split("\n");
    assertThat(lines[lines.length - 1]).isEqualTo("html f1=1.0000 p=1.0000 r=1.0000");
  }

  @Test
  void aMissingFolderIsAnInputError() {
    CliRun run = CliRun.of("eval", "html", "--benchmark", dir.resolve("nope").toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("H-INPUT-001");
  }
}
