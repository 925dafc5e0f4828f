package org.herald.stage.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CameoTableBuilderTest {
  @Test
  void buildsOurFormatAndRepairsTheMergedLineOfThePublicList() {
    List<String> codes = List.of("CAMEOEVENTCODE\tEVENTDESCRIPTION\r", "1\tVerbal Cooperation\r",
        "02\tAPPEAL\r", "026\tAppeal to others to meet or negotiate\r", "04\tCONSULT\r", "042\tMake a visit\r",
        "1056\tDemand de-escalation of military engagement106:[-5.0] Demand withdrawal\r");
    List<String> goldstein = List.of("CAMEOEVENTCODE\tGOLDSTEINSCALE", "02\t3.0", "026\t4.0", "04\t1.0",
        "042\t1.9", "1056\t-5.0", "106\t-5.0");
    List<String> plover = List.of("# comment", "04: CONSULT", "042: CONSULT, visit,   # Make a visit",
        "1056: DEMAND, yield, military # Demand de-escalation", "106: DEMAND, meet, diplomatic # Demand meeting");
    List<String> rows = CameoTableBuilder.build(codes, goldstein, plover).stream()
        .filter(r -> !r.startsWith("#")).toList();
    assertThat(rows).containsExactly(
        "02\t1\t3.0\tREQUEST\t-\tAppeal",
        "026\t1\t4.0\tREQUEST\tmeet\tAppeal to others to meet or negotiate",
        "04\t1\t1.0\tCONSULT\t-\tConsult",
        "042\t1\t1.9\tCONSULT\tvisit\tMake a visit",
        "1056\t3\t-5.0\tREQUEST\tyield\tDemand de-escalation of military engagement",
        "106\t3\t-5.0\tREQUEST\tmeet\tDemand withdrawal");
    CameoTable table = CameoTable.parse(rows);
    assertThat(table.get("042").mode()).isEqualTo("visit");
    assertThat(table.get("04").mode()).isNull();
  }

  @Test
  void lemmatisesInflectedVerbsAgainstItsLexicon() {
    Lemmatizer l = new Lemmatizer(java.util.Set.of("host", "liberate", "stop", "expel", "sanction", "visit"));
    assertThat(List.of("hosted", "met", "liberated", "stopped", "expelled", "sanctions", "visiting", "Visits"))
        .extracting(l::lemma)
        .containsExactly("host", "meet", "liberate", "stop", "expel", "sanction", "visit", "visit");
  }
}
