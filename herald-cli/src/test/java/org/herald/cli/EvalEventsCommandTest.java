package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalEventsCommandTest {
  @TempDir
  Path dir;

  @Test
  void ploverPrintsPerTypeFiguresAndTheFigureLineLast() throws IOException {
    Path f = dir.resolve("gsr.txt");
    Files.writeString(f, """
        [
        {"id": "T-CONSULT-0001", "event": "CONSULT", "source": [{"code": "FRA"}], "target": [{"code": "DEU"}],
         "text": "French President Anne Morel visited Germany on Tuesday.",},
        {"id": "T-CONSULT-0002", "event": "CONSULT", "source": [{"code": "FRA"}], "target": [{"code": "DEU"}],
         "text": "Nothing happened there.",},
        ]
        """);
    CliRun r = CliRun.of("eval", "events", "--plover", f.toString(), "--split", "dev");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).anyMatch(l -> l.startsWith("CONSULT      type=1.0000 full=1.0000"));
    assertThat(lines.get(lines.size() - 1)).isEqualTo("events type_acc=1.0000 full_acc=1.0000 records=1 split=dev");
    CliRun test = CliRun.of("eval", "events", "--plover", f.toString());
    assertThat(test.out().lines().reduce((a, b) -> b).orElseThrow())
        .isEqualTo("events type_acc=0.0000 full_acc=0.0000 records=1 split=test");
  }

  @Test
  void petrarchWithUserDictionariesAddsRootMatchAndNoEventFigures() throws IOException {
    Path xml = dir.resolve("records.xml");
    Files.writeString(xml, """
        <Validation><Sentences>
        <Sentence date="19950101" id="T-01" category="DEMO">
        <EventCoding sourcecode="VLM" targetcode="KST" eventcode="042"></EventCoding>
        <Text>The Velmora police chief visited Kestrand on Monday.</Text>
        </Sentence>
        <Sentence date="19950101" id="T-02" category="DEMO">
        <EventCoding noevents="True"></EventCoding>
        <Text>The weather was fine.</Text>
        </Sentence>
        </Sentences></Validation>
        """);
    Path actors = dir.resolve("actors.txt");
    Files.writeString(actors, "VELMORA [VLM]\nKESTRAND [KST]\n");
    Path agents = dir.resolve("agents.txt");
    Files.writeString(agents, "POLICE_CHIEF [~COP]\n");
    CliRun r = CliRun.of("eval", "events", "--petrarch", xml.toString(), "--actors", actors.toString(),
        "--agents", agents.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).anyMatch(l -> l.startsWith("root 04   root_match=1.0000"));
    assertThat(lines.get(lines.size() - 1)).isEqualTo("events type_acc=1.0000 full_acc=0.0000 root_match=1.0000 "
        + "noevent_ok=1.0000 records=2 codings=1 noevent_records=1 split=all");
  }

  @Test
  void extractTakesUserDictionariesToo() throws IOException {
    Path actors = dir.resolve("actors.txt");
    Files.writeString(actors, "VELMORA [VLM]\nKESTRAND [KST]\n");
    CliRun r = CliRun.withInput("Velmora attacked Kestrand on Monday.\n", "extract", "--actors", actors.toString(),
        "-");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"code\":\"VLM\"").contains("\"code\":\"KST\"");
  }

  @Test
  void aMissingRecordsFileIsOneLine() {
    CliRun r = CliRun.of("eval", "events", "--plover", dir.resolve("none").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("herald: no such file: " + dir.resolve("none") + " [H-INPUT-001]\n");
  }

  @Test
  void ploverAndPetrarchExcludeEachOther() {
    CliRun r = CliRun.of("eval", "events", "--plover", "a", "--petrarch", "b");
    assertThat(r.code()).isEqualTo(2);
  }
}
