package org.herald.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeMlReaderTest {
  private static final String DOC = """
      <?xml version="1.0" ?>
      <TimeML>
      <DOCID>harbour-1</DOCID>
      <DCT><TIMEX3 tid="t0" type="TIME" functionInDocument="CREATION_TIME" value="2021-04-09T08:15">04/09/2021</TIMEX3></DCT>
      <TITLE>Harbour reopens <TIMEX3 tid="t9" type="DATE" value="2021-04-08">Thursday</TIMEX3></TITLE>
      <TEXT>
      The harbour <EVENT eid="e1" class="OCCURRENCE">reopened</EVENT> <TIMEX3 tid="t1" type="DATE" value="2021-04-08">on Thursday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3W">three weeks</TIMEX3> of repairs &amp; tests.
      </TEXT>
      </TimeML>
      """;

  @Test
  void keepsTheTextOfTextAndTheOffsetsOfItsTimexes() throws Exception {
    TimeMlDocument d = TimeMlReader.parse(DOC, "file");
    assertThat(d.id()).isEqualTo("harbour-1");
    assertThat(d.text()).isEqualTo("\nThe harbour reopened on Thursday after three weeks of repairs & tests.\n");
    assertThat(d.timexes()).extracting(TimeMlTimex::text).containsExactly("on Thursday", "three weeks");
    TimeMlTimex t = d.timexes().get(1);
    assertThat(d.text().substring(t.start(), t.end())).isEqualTo("three weeks");
    assertThat(t.type()).isEqualTo("DURATION");
    assertThat(t.value()).isEqualTo("P3W");
  }

  @Test
  void readsThePublicationDayFromTheCreationTimeAndDoesNotScoreIt() throws Exception {
    TimeMlDocument d = TimeMlReader.parse(DOC, "file");
    assertThat(d.created()).isEqualTo(LocalDate.of(2021, 4, 9));
    assertThat(d.timexes()).noneMatch(t -> t.value().startsWith("2021-04-09"));
  }

  @Test
  void fallsBackOnTheFileNameWithoutADocid() throws Exception {
    TimeMlDocument d = TimeMlReader.parse("<TimeML><TEXT>nothing dated</TEXT></TimeML>", "plain");
    assertThat(d.id()).isEqualTo("plain");
    assertThat(d.created()).isNull();
    assertThat(d.timexes()).isEmpty();
  }

  @Test
  void rejectsBrokenXmlAndDocumentsWithoutText() {
    assertThatThrownBy(() -> TimeMlReader.parse("<TimeML><TEXT>open", "x"))
        .isInstanceOf(TimeMlReader.TimeMlException.class).hasMessageNotContaining("\n");
    assertThatThrownBy(() -> TimeMlReader.parse("<TimeML><DOCID>a</DOCID></TimeML>", "x"))
        .isInstanceOf(TimeMlReader.TimeMlException.class).hasMessage("no TEXT element");
  }

  @Test
  void neverResolvesExternalEntities() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<TimeML><TEXT>&x;</TEXT></TimeML>";
    try {
      TimeMlDocument d = TimeMlReader.parse(xxe, "x");
      assertThat(d.text()).doesNotContain("root");
    } catch (TimeMlReader.TimeMlException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }
}
