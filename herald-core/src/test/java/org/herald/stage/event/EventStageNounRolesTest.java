package org.herald.stage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.herald.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Roles the possessor and subject rules miss (issue 6, s8-nouns): the clause's subject as one side of "talks with"
 * the other in a phrase opening the sentence, the bearer of "the target of" an attack as its target, and the agent
 * of a participle without its auxiliary acting on the subject it describes. Sentences written for this test,
 * actors given.
 */
class EventStageNounRolesTest extends EventStageContract {
  @Override
  protected List<Article> contractArticles() {
    return List.of(EventFixtures.article("During talks with Chile, Peru agreed to a truce.", "Chile", "CHL", "CHL",
        "Peru", "PER", "PER"));
  }

  @Test
  void readsAPluralAttacksAfterADemonymAsTheNounEvent() {
    assertThat(events("Bolivian attacks on Peruvian convoys continued on Monday.", "Bolivian", "BOL", "BOL",
        "Peruvian convoys", "PERMIL", "PER"))
        .extracting(e -> e.cameo().substring(0, 2), EventFixtures::src, EventFixtures::tgt)
        .contains(tuple("19", "BOL", "PERMIL"));
    assertThat(events("A Bolivian appeals court ruled against Peru.", "Bolivian", "BOL", "BOL", "Peru", "PER",
        "PER")).extracting(Event::cameo).noneMatch(c -> c.startsWith("02"));
  }

  @Test
  void takesTheClauseSubjectAsOneSideOfConsultationsOpeningTheSentence() {
    assertThat(events("During consultations with Chile, Peru agreed to extend the fishing accord.", "Chile", "CHL",
        "CHL", "Peru", "PER", "PER"))
        .filteredOn(e -> e.trigger().startsWith("consultations"))
        .extracting(e -> e.cameo().substring(0, 2), EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("04", "PER", "CHL"));
  }

  @Test
  void takesTheClauseSubjectAsOneSideOfTalksOrAMeetingOpeningTheSentence() {
    assertThat(events("After talks with Ecuador, Peru reopened its border crossings.", "Ecuador", "ECU", "ECU",
        "Peru", "PER", "PER"))
        .filteredOn(e -> e.trigger().startsWith("talks"))
        .extracting(EventFixtures::src, EventFixtures::tgt).containsExactly(tuple("PER", "ECU"));
    assertThat(events("Following a meeting with Ecuador, Peru reopened its border crossings.", "Ecuador", "ECU",
        "ECU", "Peru", "PER", "PER"))
        .filteredOn(e -> e.trigger().startsWith("meeting"))
        .extracting(EventFixtures::src, EventFixtures::tgt).containsExactly(tuple("PER", "ECU"));
  }

  @Test
  void takesTheSubjectOfBeingTheTargetOfAnAttackAsItsTarget() {
    assertThat(events("Kuwait has been the target of an Iranian attack since March.", "Kuwait", "KWT", "KWT",
        "Iranian", "IRN", "IRN"))
        .filteredOn(e -> e.trigger().startsWith("attack"))
        .extracting(EventFixtures::src, EventFixtures::tgt).containsExactly(tuple("IRN", "KWT"));
    assertThat(events("Kuwait has become a frequent target of attacks by Iranian gunboats.", "Kuwait", "KWT", "KWT",
        "Iranian gunboats", "IRNMIL", "IRN"))
        .filteredOn(e -> e.trigger().startsWith("attacks"))
        .extracting(EventFixtures::src, EventFixtures::tgt).containsExactly(tuple("IRNMIL", "KWT"));
  }

  @Test
  void takesTheActorBeforeAnAppositionOfTheTargetOfAnAttackAsItsTarget() {
    assertThat(events("Kuwait, the target of an attack by Iranian gunboats, closed its ports.", "Kuwait", "KWT",
        "KWT", "Iranian gunboats", "IRNMIL", "IRN"))
        .filteredOn(e -> e.trigger().startsWith("attack"))
        .extracting(EventFixtures::src, EventFixtures::tgt).containsExactly(tuple("IRNMIL", "KWT"));
  }

  @Test
  void takesTheAgentOfAnOpeningParticipleOfSupportAsTheSourceOnTheSubject() {
    assertThat(events("Supported by Chile, Peru rejected the border proposal.", "Chile", "CHL", "CHL", "Peru",
        "PER", "PER"))
        .filteredOn(e -> e.trigger().startsWith("Supported"))
        .extracting(e -> e.cameo().substring(0, 2), EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("05", "CHL", "PER"));
    assertThat(events("Supported by Chile and Bolivia, Peru rejected the border proposal.", "Chile", "CHL", "CHL",
        "Bolivia", "BOL", "BOL", "Peru", "PER", "PER"))
        .filteredOn(e -> e.trigger().startsWith("Supported"))
        .extracting(EventFixtures::src, EventFixtures::tgt)
        .containsExactlyInAnyOrder(tuple("CHL", "PER"), tuple("BOL", "PER"));
  }

  @Test
  void takesTheAgentOfAnOpeningParticipleOfCriticismAsTheSourceOnTheSubject() {
    assertThat(events("Criticised by Chile, Peru withdrew the border proposal.", "Chile", "CHL", "CHL", "Peru",
        "PER", "PER"))
        .filteredOn(e -> e.trigger().startsWith("Criticised"))
        .extracting(e -> e.cameo().substring(0, 2), EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("11", "CHL", "PER"));
  }

  @Test
  void takesTheAgentOfAParticipleInAnAppositionAsTheSourceOnTheSubject() {
    assertThat(events("Bolivia, urged by the World Bank, agreed to cut public spending.", "Bolivia", "BOL", "BOL",
        "World Bank", "IGOWSTWBK", null))
        .filteredOn(e -> e.trigger().startsWith("urged"))
        .extracting(e -> e.cameo().substring(0, 2), EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("02", "IGOWSTWBK", "BOL"));
  }

  @Test
  void takesTheSubjectAroundTalksWithTheOtherSideInsideTheClause() {
    assertThat(events("Peru, in talks with Chile, agreed to extend the fishing accord.", "Chile", "CHL", "CHL", "Peru",
        "PER", "PER"))
        .filteredOn(e -> e.trigger().startsWith("talks"))
        .extracting(EventFixtures::src, EventFixtures::tgt).containsExactly(tuple("PER", "CHL"));
    assertThat(events("Peru agreed after talks with Chile to extend the fishing accord.", "Chile", "CHL", "CHL",
        "Peru", "PER", "PER"))
        .filteredOn(e -> e.trigger().startsWith("talks"))
        .extracting(EventFixtures::src, EventFixtures::tgt).containsExactly(tuple("PER", "CHL"));
  }

  @Test
  void takesTheSubjectAfterAnOpeningVisitAsTheVisitor() {
    assertThat(events("During a visit to Peru, the Chilean foreign minister signed a treaty.", "Peru", "PER", "PER",
        "Chilean foreign minister", "CHLGOV", "CHL"))
        .filteredOn(e -> e.trigger().startsWith("visit"))
        .extracting(e -> e.cameo().substring(0, 3), EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("042", "CHLGOV", "PER"));
  }

  @Test
  void takesTheSubjectAfterAnOpeningCriticismAsItsTargetNotASecondCritic() {
    assertThat(events("Despite criticism from Chile, Peru went ahead with the plan.", "Chile", "CHL", "CHL", "Peru",
        "PER", "PER"))
        .filteredOn(e -> e.trigger().startsWith("criticism"))
        .extracting(EventFixtures::src, EventFixtures::tgt).containsExactly(tuple("CHL", "PER"));
  }

  @Test
  void takesNoSubjectAfterTheCommaClosingAnAttacksAgentAsASecondAttacker() {
    assertThat(events("After an attack by Iranian gunboats, Kuwait closed its ports.", "Iranian gunboats", "IRNMIL",
        "IRN", "Kuwait", "KWT", "KWT"))
        .filteredOn(e -> e.trigger().startsWith("attack"))
        .extracting(EventFixtures::src).containsExactly("IRNMIL");
  }

  @Test
  void takesTheBearerOfTargetsForAnAttackOverAnActorAfterIt() {
    assertThat(events("The navy will escort Kuwaiti tankers, regular targets for an Iranian attack in the war with "
        + "Iraq.", "navy", "USAMIL", "USA", "Kuwaiti tankers", "KWTBUS", "KWT", "Iranian", "IRN", "IRN", "Iraq", "IRQ",
        "IRQ"))
        .filteredOn(e -> e.trigger().startsWith("attack"))
        .extracting(EventFixtures::src, EventFixtures::tgt).containsExactly(tuple("IRN", "KWTBUS"));
  }
}
