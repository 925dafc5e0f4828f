package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HeraldCommandTest {
  @Test
  void helpListsEveryCommand() {
    CliRun r = CliRun.of("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("demo", "extract", "tag", "test");
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo", "extract", "tag"})
  void everyCommandHasHelp(String command) {
    CliRun r = CliRun.of(command, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: herald " + command);
  }

  @Test
  void anUnknownOptionIsAUsageErrorOnOneLinePlusAHint() {
    CliRun r = CliRun.of("extract", "--frobnicate", "x.txt");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines()).containsExactly("herald: Unknown option: '--frobnicate'",
        "Try 'herald extract --help' for more information.");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    assertThat(CliRun.of("frobnicate").code()).isEqualTo(2);
  }

  @Test
  void versionNamesTheOutputSchema() {
    assertThat(CliRun.of("--version").out()).contains("herald/1");
  }
}
