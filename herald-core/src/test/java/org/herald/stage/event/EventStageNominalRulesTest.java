package org.herald.stage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.herald.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Events said with nouns and with passives whose theme comes first (issue 6, s6-roles): sentences written for
 * this test, actors given.
 */
class EventStageNominalRulesTest extends EventStageContract {
  @Override
  protected List<Article> contractArticles() {
    return List.of(EventFixtures.article("Aid to Haiti was frozen by Canada on Monday.", "Haiti", "HTI", "HTI",
        "Canada", "CAN", "CAN"));
  }

  @Test
  void codesAPassiveVerbPatternWhoseNounStandsInTheSubject() {
    assertThat(events("Aid to Haiti was frozen by Canada on Monday.", "Haiti", "HTI", "HTI", "Canada", "CAN", "CAN"))
        .extracting(Event::cameo, EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("162", "CAN", "HTI"));
  }

  @Test
  void readsAParticipleSpeltAsItsVerbAsPassiveAfterBe() {
    assertThat(events("Food aid to Malawi was cut by Japan.", "Malawi", "MWI", "MWI", "Japan", "JPN", "JPN"))
        .extracting(Event::cameo, EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("162", "JPN", "MWI"));
  }

  @Test
  void takesTheTargetOfAThemeFirstPassiveFromBeforeItsNounToo() {
    assertThat(events("The Qatari proposal was rejected by Israel.", "Qatari", "QAT", "QAT", "Israel", "ISR", "ISR"))
        .extracting(EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("ISR", "QAT"));
  }

  @Test
  void codesNoThemeFirstPassiveWithoutANamedDoer() {
    assertThat(events("Sanctions on Cuba were eased on Monday.", "Cuba", "CUB", "CUB")).isEmpty();
  }

  @Test
  void readsTheMembersOfBetweenAfterAThemeFirstPassiveAsMutualSources() {
    assertThat(events("Talks were held between Armenia and Turkey in Vienna.", "Armenia", "ARM", "ARM", "Turkey",
        "TUR", "TUR"))
        .extracting(Event::cameo, EventFixtures::src, EventFixtures::tgt)
        .containsExactlyInAnyOrder(tuple("046", "ARM", "TUR"), tuple("046", "TUR", "ARM"));
  }

  @Test
  void givesAThemeFirstPassiveTheStatusOfItsAuxiliaries() {
    String[] actors = {"Eritrea", "ERI", "ERI", "Canada", "CAN", "CAN"};
    assertThat(events("Sanctions will be imposed on Eritrea by Canada.", actors)).extracting(Event::status)
        .containsExactly(EventStatus.INTENDED);
    assertThat(events("Sanctions were not imposed on Eritrea by Canada.", actors)).extracting(Event::status)
        .containsExactly(EventStatus.NEGATED);
    assertThat(events("Sanctions could be imposed on Eritrea by Canada.", actors)).extracting(Event::status)
        .containsExactly(EventStatus.HYPOTHETICAL);
  }

  @Test
  void givesANounThatIsTheSubjectOfAPassiveLightVerbThatVerbsAgentAndStatus() {
    String[] actors = {"Eritrean officials", "ERIGOV", "ERI", "Canada", "CAN", "CAN"};
    assertThat(events("New sanctions on Eritrean officials were announced by Canada.", actors))
        .extracting(Event::cameo, EventFixtures::src, EventFixtures::tgt, Event::status)
        .containsExactly(tuple("163", "CAN", "ERIGOV", EventStatus.ASSERTED));
    assertThat(events("New sanctions on Eritrean officials will be announced by Canada.", actors))
        .extracting(Event::status).containsExactly(EventStatus.INTENDED);
  }

  @Test
  void findsANounsAgentPastItsOwnComplementAndTheComplementsActorAsTarget() {
    assertThat(events("The arrest of a Kenyan reporter by Ugandan police angered Nairobi.", "Kenyan reporter",
        "KENMED", "KEN", "Ugandan police", "UGACOP", "UGA", "Nairobi", "KENGOV", "KEN"))
        .extracting(Event::cameo, EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("173", "UGACOP", "KENMED"));
  }

  @Test
  void stopsLookingForANounsAgentAtTheNextVerb() {
    // "by Nairobi" is the agent of "condemned", not of the arrest, which names no doer
    assertThat(events("The arrest of a Kenyan reporter was condemned by Nairobi.", "Kenyan reporter", "KENMED",
        "KEN", "Nairobi", "KENGOV", "KEN"))
        .extracting(Event::cameo).doesNotContain("173");
  }

  @Test
  void takesTheAgentAfterAPeoplesAdjectiveTheActorLeftOut() {
    assertThat(events("The killing of two Algerian guards by Tuareg rebels shocked Algiers.", "Algerian guards",
        "DZAMIL", "DZA", "rebels", "MLIREB", "MLI", "Algiers", "DZAGOV", "DZA"))
        .extracting(EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("MLIREB", "DZAMIL"));
  }

  @Test
  void readsTheActorAfterOfAsWhomANounsActIsDoneTo() {
    assertThat(events("Egypt's seizure of a Libyan vessel raised tensions.", "Egypt", "EGY", "EGY", "Libyan vessel",
        "LBY", "LBY"))
        .extracting(Event::cameo, EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("171", "EGY", "LBY"));
  }

  @Test
  void readsTheActorAfterOfAsTheDoerOfANounOfMoving() {
    assertThat(events("The visit of the Ghanaian president to Togo ended on Friday.", "Ghanaian president", "GHAGOV",
        "GHA", "Togo", "TGO", "TGO"))
        .extracting(Event::cameo, EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("042", "GHAGOV", "TGO"));
  }

  @Test
  void takesTheCountryAWithdrawalIsFromAsItsTarget() {
    assertThat(events("The withdrawal of Rwandan troops from Burundi began on Monday.", "Rwandan troops", "RWAMIL",
        "RWA", "Burundi", "BDI", "BDI"))
        .extracting(EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("RWAMIL", "BDI"));
  }

  @Test
  void targetsAReactionAtTheDoerOfTheActItAnswers() {
    String[] actors = {"Nepali worker", "NPLLAB", "NPL", "Malian gunmen", "MLIUAF", "MLI", "Kathmandu", "NPLGOV",
        "NPL"};
    assertThat(events("The abduction of a Nepali worker by Malian gunmen drew condemnation from Kathmandu.", actors))
        .extracting(Event::cameo, EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("181", "MLIUAF", "NPLLAB"), tuple("111", "NPLGOV", "MLIUAF"));
    assertThat(events("The abduction of a Nepali worker by Malian gunmen was condemned by Kathmandu.", actors))
        .filteredOn(e -> e.cameo().startsWith("11"))
        .extracting(EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("NPLGOV", "MLIUAF"));
  }

  @Test
  void leavesAReactionToNoNamedActWithoutTarget() {
    assertThat(events("The decision drew condemnation from Kathmandu.", "Kathmandu", "NPLGOV", "NPL"))
        .extracting(EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("NPLGOV", null));
  }

  @Test
  void readsAPluralTheLexiconKeepsAsItsOwnWordAsItsSingularNoun() {
    assertThat(events("Turkey's strikes on Syria angered Damascus.", "Turkey", "TUR", "TUR", "Syria", "SYR", "SYR",
        "Damascus", "SYRGOV", "SYR"))
        .extracting(Event::cameo, EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("190", "TUR", "SYR"));
  }

  @Test
  void readsAVerbOrNounOpeningASentenceBeforeAPrepositionAsTheNoun() {
    assertThat(events("Attacks on Ethiopian convoys by Tigrayan rebels continued.", "Ethiopian convoys", "ETHMIL",
        "ETH", "Tigrayan rebels", "ETHREB", "ETH"))
        .extracting(Event::cameo, EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("190", "ETHREB", "ETHMIL"));
  }

  @Test
  void readsAPluralAfterTheNameAnActIsAimedAtAsANounNotItsVerb() {
    assertThat(events("Turkish jets carried out raids on PKK targets in Iraq.", "Turkish jets", "TURMIL", "TUR", "PKK",
        "TURREB", "TUR", "Iraq", "IRQ", "IRQ"))
        .extracting(Event::trigger, EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("carried out raids", "TURMIL", "TURREB"));
  }

  @Test
  void codesNoEventOfAParticipleWithoutAuxiliaryNorOfAByBeforeANumber() {
    assertThat(events("Sanctions imposed on Cuba by Washington have failed.", "Cuba", "CUB", "CUB", "Washington",
        "USAGOV", "USA"))
        .extracting(Event::cameo).noneMatch(c -> c.startsWith("16"));
    assertThat(events("Aid to Chad rose by ten percent.", "Chad", "TCD", "TCD")).isEmpty();
  }
}
