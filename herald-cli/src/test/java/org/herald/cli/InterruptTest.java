package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C (or a termination signal) finishes the current article and leaves only whole JSON lines behind. */
class InterruptTest {
  @TempDir
  Path dir;

  @Test
  void aTerminatedExtractionLeavesOnlyWholeArticlesAndSaysWhereItStopped() throws Exception {
    String story = "The foreign minister met her counterpart in Oslo on Tuesday. “We agreed on a lot,” she said. ";
    for (int i = 0; i < 3000; i++) {
      Files.writeString(dir.resolve(String.format("%04d.txt", i)), "Story " + i + "\n" + story.repeat(20));
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "extract", dir.toString()).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      lines.add(out.readLine());
      p.toHandle().destroy(); // SIGTERM, the same shutdown path as Ctrl-C; keeps our end of the pipes open
      for (String l; (l = out.readLine()) != null; ) {
        lines.add(l);
      }
    }
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(lines.size()).isLessThan(3000);
    assertThat(err).contains("herald: interrupted; stopped after " + lines.size() + " articles");
    ObjectMapper json = new ObjectMapper();
    for (String l : lines) {
      assertThat(json.readTree(l).get("schema").asText()).isEqualTo("herald/1");
    }
  }
}
