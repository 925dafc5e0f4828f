package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalTimeCommandTest {
  @TempDir
  Path dir;

  @BeforeEach
  void writeFiles() throws IOException {
    Files.writeString(dir.resolve("ferry.tml"), """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>ferry-1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" functionInDocument="CREATION_TIME" value="2021-04-09">April 9, 2021</TIMEX3></DCT>
        <TEXT>
        The ferry line closed <TIMEX3 tid="t1" type="DATE" value="2021-04-06">on Tuesday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3> of losses.
        It first sailed in <TIMEX3 tid="t3" type="DATE" value="1987">1987</TIMEX3>.
        </TEXT>
        </TimeML>
        """);
  }

  @Test
  void evalTimePrintsEachDocumentAndTheFigureLineLast() {
    CliRun r = CliRun.of("eval", "time", "--timeml", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).startsWith("ferry-1").contains("gold=3");
    assertThat(lines.get(lines.size() - 1))
        .matches("time value_f1=[01]\\.\\d{4} strict_f1=[01]\\.\\d{4} relaxed_f1=[01]\\.\\d{4}");
    assertThat(lines.get(lines.size() - 1)).contains("value_f1=1.0000").contains("relaxed_f1=1.0000");
  }

  @Test
  void aBadFileIsOneLineOnStderrAndTheOthersAreStillScored() throws IOException {
    Files.writeString(dir.resolve("broken.tml"), "<TimeML><TEXT>unclosed");
    CliRun r = CliRun.of("eval", "time", "--timeml", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err().lines().toList()).hasSize(1);
    assertThat(r.err()).startsWith("herald: eval time: " + dir.resolve("broken.tml") + ": ");
    assertThat(r.out()).contains("ferry-1");
  }

  @Test
  void errorsListsMissesAndFalseAlarms() throws IOException {
    CliRun r = CliRun.of("eval", "time", "--errors", "--timeml", dir.resolve("ferry.tml").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("EXTENT");
  }

  @Test
  void aMissingFolderIsOneLine() {
    CliRun r = CliRun.of("eval", "time", "--timeml", dir.resolve("none").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("herald: no such file or folder: " + dir.resolve("none") + " [H-INPUT-001]\n");
  }
}
