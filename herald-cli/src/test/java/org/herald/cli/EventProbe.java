package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs one of the held-out event probes (PLOVER-layout JSON files of sentences written for Herald, bundled beside
 * the tests) through {@code eval events} and reads its figure line.
 */
record EventProbe(double typeAccuracy, double fullAccuracy, List<String> lines) {

  /** Scores the probe resource {@code name}, copied into {@code dir}, checking that it holds {@code records}. */
  static EventProbe score(Path dir, String name, int records) throws IOException {
    Path probe = dir.resolve(name);
    try (InputStream in = EventProbe.class.getResourceAsStream(name)) {
      assertThat(in).as("probe resource " + name).isNotNull();
      Files.copy(in, probe);
    }
    CliRun r = CliRun.of("eval", "events", "--plover", probe.toString(), "--split", "all");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    String last = lines.get(lines.size() - 1);
    System.out.println(name + ": " + last);
    assertThat(last).contains("records=" + records);
    return new EventProbe(figure(last, "type_acc"), figure(last, "full_acc"), lines);
  }

  private static double figure(String line, String key) {
    return Double.parseDouble(line.replaceAll(".*" + key + "=([0-9.]+).*", "$1"));
  }
}
