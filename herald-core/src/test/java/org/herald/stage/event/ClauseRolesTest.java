package org.herald.stage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.herald.pipeline.Resources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The clause analysis filling in roles the event stage's word-position rules miss (issue 6). */
class ClauseRolesTest {
  private static EventStage stage;

  @BeforeAll
  static void open() {
    stage = new EventStage();
    stage.open(Resources.classpath());
  }

  private static List<Event> events(String text, String... actorsCodeCountry) {
    return stage.apply(EventFixtures.article(text, actorsCodeCountry)).layer(EventStage.EVENTS);
  }

  @Test
  void readsAPronounSubjectAfterAReportingVerbAsTheReporter() {
    assertThat(events("The Chilean navy said it had seized two Peruvian trawlers.", "Chilean navy", "CHLMIL", "CHL",
        "Peruvian trawlers", "PERBUS", "PER"))
        .extracting(EventFixtures::src, EventFixtures::tgt)
        .contains(tuple("CHLMIL", "PERBUS"));
  }

  @Test
  void findsThePatientOfAPassiveInAPrepositionalModifierOfItsSubject() {
    assertThat(events("Border talks with Bolivia were rejected by the Chilean government.", "Bolivia", "BOL", "BOL",
        "Chilean government", "CHLGOV", "CHL"))
        .extracting(EventFixtures::src, EventFixtures::tgt, Event::cameo)
        .containsExactly(tuple("CHLGOV", "BOL", "120"));
  }

  @Test
  void takesTheCountryAnEnvoyIsRecalledFromAsTheTarget() {
    assertThat(events("Peru, stung by the remarks, recalled its ambassador from Chile.", "Peru", "PER", "PER",
        "Chile", "CHL", "CHL"))
        .extracting(EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("PER", "CHL"));
  }

  @Test
  void takesNoTargetFromAnAsideOfThePassiveSubject() {
    assertThat(events("The convoy, guarded by Chilean troops, was attacked by Peruvian rebels near Tacna.",
        "Chilean troops", "CHLMIL", "CHL", "Peruvian rebels", "PERREB", "PER"))
        .extracting(EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("PERREB", null));
  }

  @Test
  void givesASecondVerbTheSubjectOfItsOwnClauseNotAnActorOfTheFirstVerbsObject() {
    assertThat(events("The Peruvian government condemned an attack by Chilean soldiers in south Bolivia on Thursday and"
        + " sent aid to the affected Bolivian villages.", "Peruvian government", "PERGOV", "PER", "Chilean soldiers",
        "CHLMIL", "CHL", "Bolivia", "BOL", "BOL"))
        .filteredOn(e -> e.cameo().startsWith("07"))
        .extracting(EventFixtures::src)
        .containsOnly("PERGOV");
  }

  @Test
  void readsTheReportersPossessiveInTheReportedObjectAsTheReporter() {
    assertThat(events("Peru said Chilean troops had shelled its border posts.", "Peru", "PER", "PER",
        "Chilean troops", "CHLMIL", "CHL"))
        .filteredOn(e -> !e.cameo().equals("112")) // Peru's accusation of the shelling (CameoConventions)
        .extracting(EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("CHLMIL", "PER"));
  }
}
