package org.herald.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code herald stream}'s options: a bad one gives one line on stderr and exit code 2, before any job starts. */
class StreamMainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return StreamMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private void assertUsageError(String fragment, String... args) {
    assertThat(run(args)).isEqualTo(2);
    assertThat(err.toString()).startsWith("herald stream: ").contains(fragment).endsWith("[H-USAGE-001]\n")
        .hasLineCount(1);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void refusesABootstrapThatIsNotHostAndPort() {
    assertUsageError("--bootstrap wants HOST:PORT", "--bootstrap", "localhost", "--in", "raw", "--out-prefix", "h");
  }

  @Test
  void refusesToRunWithNeitherATopicNorFiles() {
    assertUsageError("give --in TOPIC or --files DIR", "--bootstrap", "localhost:9092", "--out-prefix", "h");
  }

  @Test
  void refusesATopicAndFilesTogether() {
    assertUsageError("not both", "--bootstrap", "localhost:9092", "--in", "raw", "--files", "/tmp", "--out-prefix",
        "h");
  }

  @Test
  void refusesAParallelismOfZeroAndOneThatIsNotANumber() {
    assertUsageError("--parallelism must be 1 to 1024, not 0", "--bootstrap", "h:1", "--in", "raw",
        "--out-prefix", "h", "--parallelism", "0");
    err.getBuffer().setLength(0);
    assertUsageError("'x' is not an int", "--bootstrap", "h:1", "--in", "raw", "--out-prefix", "h",
        "--parallelism", "x");
  }

  @Test
  void refusesATinyCheckpointIntervalAndABadPrefix() {
    assertUsageError("--checkpoint-ms must be at least 10", "--bootstrap", "h:1", "--in", "raw", "--out-prefix",
        "h", "--checkpoint-ms", "5");
    err.getBuffer().setLength(0);
    assertUsageError("--out-prefix must be letters", "--bootstrap", "h:1", "--in", "raw", "--out-prefix", "a b");
  }

  @Test
  void refusesAnUnknownOption() {
    assertUsageError("Unknown option: '--fast'", "--bootstrap", "h:1", "--in", "raw", "--out-prefix", "h",
        "--fast");
  }

  @Test
  void refusesAMissingDictionaryBeforeStartingAJob() {
    assertThat(run("--bootstrap", "h:1", "--in", "raw", "--out-prefix", "h", "--verbs", "/no/such/verbs.txt"))
        .isEqualTo(1);
    assertThat(err.toString()).isEqualTo("herald stream: no such file: /no/such/verbs.txt [H-INPUT-001]\n");
  }

  @Test
  void printsHelpOnStdout() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("--bootstrap=HOST:PORT", "--files=DIR", "--checkpoint-ms=MS");
    assertThat(err.toString()).isEmpty();
  }
}
