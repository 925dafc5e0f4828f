package org.herald.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.model.Span;
import org.herald.stage.event.Event;
import org.herald.stage.event.EventStatus;
import org.herald.stage.event.Participant;
import org.junit.jupiter.api.Test;

class EventScorersTest {
  private static Participant actor(String code, String country) {
    return new Participant(code, null, code, country);
  }

  private static Event event(int start, String cameo, String plover, int quad, Participant src, Participant tgt,
                             EventStatus status) {
    return new Event("V" + start, start, start + 3, "xyz", Span.of(0, 50), src, tgt, cameo, plover, null, quad,
        0.0, status, null, null);
  }

  private static final Participant VLM = actor("VLMGOV", "VLM");
  private static final Participant KST = actor("KST", "KST");
  private static final Participant UN = actor("IGOUNO", null);

  @Test
  void choosesTheFirstInteractionOverAStatement() {
    Event statement = event(0, "012", "STATEMENT", 1, VLM, null, EventStatus.ASSERTED);
    Event visit = event(10, "042", "CONSULT", 1, VLM, KST, EventStatus.ASSERTED);
    Event later = event(20, "112", "ACCUSE", 3, KST, VLM, EventStatus.ASSERTED);
    assertThat(EventTypeScorer.choose(List.of(later, visit, statement))).containsExactly(visit);
    assertThat(EventTypeScorer.choose(List.of(statement))).containsExactly(statement);
    assertThat(EventTypeScorer.choose(List.of())).isEmpty();
  }

  @Test
  void countsTypeAndFullMatchesPerGoldType() {
    EventTypeScorer s = new EventTypeScorer();
    PloverRecord visit = new PloverRecord("R-1", "CONSULT", "t", List.of("VLM"), List.of("KST"));
    assertThat(s.add(visit, List.of(event(0, "042", "CONSULT", 1, VLM, KST, EventStatus.ASSERTED))))
        .isEqualTo(new EventTypeScorer.Verdict("CONSULT", true, true));
    assertThat(s.add(visit, List.of(event(0, "042", "CONSULT", 1, VLM, UN, EventStatus.ASSERTED))).fullRight())
        .isFalse();
    assertThat(s.add(visit, List.of()).typeRight()).isFalse();
    assertThat(s.byType().get("CONSULT").records()).isEqualTo(3);
    assertThat(s.overall().typeAccuracy()).isEqualTo(2 / 3.0);
    assertThat(s.overall().fullAccuracy()).isEqualTo(1 / 3.0);
  }

  @Test
  void tellsWhyEachRecordMissed() {
    EventTypeScorer s = new EventTypeScorer();
    PloverRecord visit = new PloverRecord("R-1", "CONSULT", "t", List.of("VLM"), List.of("KST"));
    Event right = event(0, "042", "CONSULT", 1, VLM, KST, EventStatus.ASSERTED);
    s.add(visit, List.of(right), 2);
    s.add(visit, List.of(), 0);
    s.add(visit, List.of(), 1);
    s.add(visit, List.of(event(0, "112", "ACCUSE", 3, VLM, KST, EventStatus.ASSERTED), event(9, "042", "CONSULT",
        1, VLM, KST, EventStatus.ASSERTED)), 2);
    s.add(visit, List.of(event(0, "112", "ACCUSE", 3, VLM, KST, EventStatus.ASSERTED)), 2);
    s.add(visit, List.of(event(0, "042", "CONSULT", 1, KST, VLM, EventStatus.ASSERTED)), 2);
    s.add(visit, List.of(event(0, "042", "CONSULT", 1, VLM, UN, EventStatus.ASSERTED)), 2);
    s.add(visit, List.of(right));
    assertThat(s.diagnoses()).containsExactly(
        java.util.Map.entry(EventTypeScorer.Diagnosis.RIGHT, 2),
        java.util.Map.entry(EventTypeScorer.Diagnosis.NO_EVENT_NO_ACTOR, 1),
        java.util.Map.entry(EventTypeScorer.Diagnosis.NO_EVENT, 1),
        java.util.Map.entry(EventTypeScorer.Diagnosis.TYPE_LATER, 1),
        java.util.Map.entry(EventTypeScorer.Diagnosis.TYPE_WRONG, 1),
        java.util.Map.entry(EventTypeScorer.Diagnosis.SOURCE_WRONG, 1),
        java.util.Map.entry(EventTypeScorer.Diagnosis.TARGET_WRONG, 1));
  }

  @Test
  void readsIntentionsAndRefusalsTheRecordsWay() {
    assertThat(EventTypeScorer.ploverType(event(0, "071", "AID", 2, VLM, KST, EventStatus.INTENDED)))
        .isEqualTo("AGREE");
    assertThat(EventTypeScorer.ploverType(event(0, "190", "FIGHT", 4, VLM, KST, EventStatus.INTENDED)))
        .isEqualTo("THREATEN");
    assertThat(EventTypeScorer.ploverType(event(0, "042", "CONSULT", 1, VLM, KST, EventStatus.NEGATED)))
        .isEqualTo("REJECT");
    assertThat(EventTypeScorer.ploverType(event(0, "042", "CONSULT", 1, VLM, KST, EventStatus.HYPOTHETICAL)))
        .isEqualTo("CONSULT");
  }

  @Test
  void readsMilitaryForceAsFightAndInvestigationsAsInvestigateLikeTheRecords() {
    assertThat(EventTypeScorer.ploverType(event(0, "193", "ASSAULT", 4, VLM, KST, EventStatus.ASSERTED)))
        .isEqualTo("FIGHT");
    assertThat(EventTypeScorer.ploverType(event(0, "191", "COERCE", 4, VLM, KST, EventStatus.ASSERTED)))
        .isEqualTo("FIGHT");
    assertThat(EventTypeScorer.ploverType(event(0, "1823", "ASSAULT", 4, VLM, KST, EventStatus.ASSERTED)))
        .isEqualTo("ASSAULT");
    assertThat(EventTypeScorer.ploverType(event(0, "091", "ACCUSE", 3, VLM, KST, EventStatus.ASSERTED)))
        .isEqualTo("INVESTIGATE");
    assertThat(EventTypeScorer.ploverType(event(0, "112", "ACCUSE", 3, VLM, KST, EventStatus.ASSERTED)))
        .isEqualTo("ACCUSE");
  }

  @Test
  void readsCodesThe2021TableMovedInTheRecordsOlderVocabulary() {
    assertThat(EventTypeScorer.ploverType(event(0, "163", "COERCE", 4, VLM, KST, EventStatus.ASSERTED)))
        .isEqualTo("SANCTION");
    assertThat(EventTypeScorer.ploverType(event(0, "1712", "ASSAULT", 4, VLM, KST, EventStatus.ASSERTED)))
        .isEqualTo("COERCE");
    assertThat(EventTypeScorer.ploverType(event(0, "0831", "CONCEDE", 2, VLM, KST, EventStatus.ASSERTED)))
        .isEqualTo("RETREAT");
    assertThat(EventTypeScorer.ploverType(event(0, "0813", "RETREAT", 2, VLM, KST, EventStatus.ASSERTED)))
        .isEqualTo("CONCEDE");
    assertThat(EventTypeScorer.ploverType(event(0, "162", "SANCTION", 4, VLM, KST, EventStatus.ASSERTED)))
        .isEqualTo("SANCTION");
  }

  @Test
  void aReciprocalRecordWithoutTargetAcceptsEachSourceAsTheOthersTarget() {
    EventTypeScorer s = new EventTypeScorer();
    PloverRecord met = new PloverRecord("R-3", "CONSULT", "t", List.of("VLM", "KST"), List.of());
    List<Event> both = List.of(event(5, "040", "CONSULT", 1, VLM, KST, EventStatus.ASSERTED),
        event(5, "040", "CONSULT", 1, KST, VLM, EventStatus.ASSERTED));
    assertThat(s.add(met, both).fullRight()).isTrue();
  }

  @Test
  void legacyCameoCountryCodesCompareAsIso() {
    EventTypeScorer s = new EventTypeScorer();
    PloverRecord r = new PloverRecord("R-5", "CONSULT", "t", List.of("JAP"), List.of("IGO"));
    Participant japan = actor("JPNGOV", "JPN");
    assertThat(s.add(r, List.of(event(0, "042", "CONSULT", 1, japan, UN, EventStatus.ASSERTED))).fullRight()).isTrue();
  }

  @Test
  void matchesPetrarchCodingsByPrimaryActorsAndRoot() {
    EventDyadScorer s = new EventDyadScorer();
    PetrarchRecord r = new PetrarchRecord("P-1", "DEMO", "", "t", List.of(
        new PetrarchRecord.Coding("VLMGOV", "KST", "042"),
        new PetrarchRecord.Coding("KST", "---", "0233"),
        new PetrarchRecord.Coding("KST", "VLM", "112")), false);
    List<Event> events = List.of(event(0, "043", "CONSULT", 1, VLM, KST, EventStatus.ASSERTED),
        event(9, "023", "REQUEST", 1, KST, null, EventStatus.ASSERTED),
        event(15, "111", "ACCUSE", 3, UN, VLM, EventStatus.ASSERTED));
    EventDyadScorer.Verdict v = s.add(r, events);
    assertThat(v.rootMatched()).isEqualTo(2);
    assertThat(s.overall().typeMatched()).isEqualTo(3);
    assertThat(s.overall().fullMatched()).isZero();
    assertThat(s.byRoot().get("04").rootMatch()).isEqualTo(1.0);
    assertThat(s.byRoot().get("11").rootMatch()).isZero();
  }

  @Test
  void issue6_countsAnIntendedAttackAsTheThreatCameoMakesOfItOrAsTheAct() {
    EventDyadScorer s = new EventDyadScorer();
    PetrarchRecord threat = new PetrarchRecord("P-3", "DEMO", "", "t",
        List.of(new PetrarchRecord.Coding("VLMGOV", "KST", "138")), false);
    assertThat(s.add(threat, List.of(event(0, "190", "ASSAULT", 4, VLM, KST, EventStatus.INTENDED))).rootMatched())
        .isEqualTo(1);
    assertThat(s.add(threat, List.of(event(0, "190", "ASSAULT", 4, VLM, KST, EventStatus.ASSERTED))).rootMatched())
        .isZero();
    PetrarchRecord act = new PetrarchRecord("P-4", "DEMO", "", "t",
        List.of(new PetrarchRecord.Coding("VLMGOV", "KST", "190")), false);
    assertThat(s.add(act, List.of(event(0, "190", "ASSAULT", 4, VLM, KST, EventStatus.INTENDED))).rootMatched())
        .isEqualTo(1);
  }

  @Test
  void aNoEventsRecordIsRightOnlyWithoutEvents() {
    EventDyadScorer s = new EventDyadScorer();
    PetrarchRecord none = new PetrarchRecord("P-2", "DEMO", "", "t", List.of(), true);
    assertThat(s.noEventRate()).isEqualTo(1.0);
    assertThat(s.add(none, List.of()).noEventRight()).isTrue();
    assertThat(s.add(none, List.of(event(0, "042", "CONSULT", 1, VLM, KST, EventStatus.ASSERTED))).noEventRight())
        .isFalse();
    assertThat(s.noEventRecords()).isEqualTo(2);
    assertThat(s.noEventRate()).isEqualTo(0.5);
    assertThat(s.overall().codings()).isZero();
  }
}
