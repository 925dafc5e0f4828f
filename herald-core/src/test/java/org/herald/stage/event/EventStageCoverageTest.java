package org.herald.stage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.herald.model.Article;
import org.junit.jupiter.api.Test;

/** Trigger coverage and clause rules of the event stage (issue 6, sixth round), on sentences written for it. */
class EventStageCoverageTest extends EventStageContract {
  @Override
  protected List<Article> contractArticles() {
    return List.of(EventFixtures.article("Chilean rebels received weapons from Peru.", "Chilean rebels", "CHLREB", "CHL",
        "Peru", "PER", "PER"));
  }

  @Test
  void issue6_readsAnUnnamedDomesticGroupAsTheSentencesCountry() {
    assertThat(events("Peruvian soldiers beat villagers in Lima.", "Peruvian soldiers", "PERMIL", "PER"))
        .extracting(EventFixtures::src, EventFixtures::tgt, Event::cameo)
        .containsExactly(tuple("PERMIL", "PERCVL", "182"));
    assertThat(events("Rebels attacked Peru.", "Peru", "PER", "PER"))
        .extracting(EventFixtures::src, EventFixtures::tgt).containsExactly(tuple("PERREB", "PER"));
  }

  @Test
  void issue6_leavesADomesticNounOfANamedPeopleOrOfAnotherPlaceToThem() {
    assertThat(events("Peru attacked dissidents from Chile.", "Peru", "PER", "PER", "Chile", "CHL", "CHL"))
        .extracting(EventFixtures::tgt).isNotEmpty().doesNotContain("PEROPP");
    assertThat(events("Chilean prisoners rioted in Peru.", "Peru", "PER", "PER"))
        .extracting(EventFixtures::src).isNotEmpty().doesNotContain("PERCVL");
  }

  @Test
  void issue6_codesTheCommonWirePhrasingsOfActsReachedInOneWordingOnly() {
    // third coverage round: an article inside a light-verb phrase, an inflected form that keeps its own lemma,
    // an explosion with no named agent, the blockade and the ceasefire agreed without "to"
    assertThat(events("Chilean prisoners went on a hunger strike.", "Chilean prisoners", "CHLCVL", "CHL"))
        .extracting(Event::cameo).containsExactly("142");
    assertThat(events("The Chilean government backed down on Monday.", "Chilean government", "CHLGOV", "CHL"))
        .extracting(Event::cameo).containsExactly("080");
    assertThat(events("A bomb exploded at a market in Peru.", "Peru", "PER", "PER"))
        .extracting(Event::cameo, EventFixtures::src).containsExactly(tuple("183", "PERUAF"));
    assertThat(events("Peru eased its blockade of Chile.", "Peru", "PER", "PER", "Chile", "CHL", "CHL"))
        .extracting(Event::cameo, EventFixtures::tgt).containsExactly(tuple("0872", "CHL"));
    assertThat(events("Peru and Chile agreed a ceasefire.", "Peru", "PER", "PER", "Chile", "CHL", "CHL"))
        .extracting(Event::cameo).containsOnly("0871");
    assertThat(events("Peru launched a missile barrage against Chile.", "Peru", "PER", "PER", "Chile", "CHL", "CHL"))
        .extracting(Event::cameo, EventFixtures::tgt).containsExactly(tuple("194", "CHL"));
  }

  @Test
  void issue6_matchesEachPhraseOfAPatternThatOnceListedPhrasesAsOneSlotsAlternatives() {
    // "accuse * of war crimes|genocide" read as "war" then "crimes|genocide": "of genocide" never matched
    assertThat(events("Peru accused Chile of genocide.", "Peru", "PER", "PER", "Chile", "CHL", "CHL"))
        .extracting(Event::cameo).containsExactly("1124");
    assertThat(events("Peru sought loans from Chile.", "Peru", "PER", "PER", "Chile", "CHL", "CHL"))
        .extracting(Event::cameo).containsExactly("0231");
    assertThat(events("Peru imposed a state of emergency.", "Peru", "PER", "PER"))
        .extracting(Event::cameo).containsExactly("1724");
  }

  @Test
  void issue6_letsAPatternGapRunOverAParticipleRightBeforeItsNoun() {
    assertThat(events("Peru returned looted artefacts to Chile.", "Peru", "PER", "PER", "Chile", "CHL", "CHL"))
        .extracting(Event::cameo, EventFixtures::tgt).containsExactly(tuple("0842", "CHL"));
  }

  @Test
  void issue6_leavesExplosionsOfNoWeaponAndMissileTestsOnAWeekdayAlone() {
    assertThat(events("Protests exploded across Peru.", "Peru", "PER", "PER")).isEmpty();
    assertThat(events("Peru launched a missile on Tuesday.", "Peru", "PER", "PER"))
        .extracting(Event::cameo).containsExactly("150");
  }

  @Test
  void issue6_readsAnIngFormAfterBeAsTheVerbEvenWhenItIsAlsoATriggerNoun() {
    assertThat(events("Peru is training the Chilean army.", "Peru", "PER", "PER", "Chilean army", "CHLMIL", "CHL"))
        .extracting(EventFixtures::src, EventFixtures::tgt, Event::cameo)
        .containsExactly(tuple("PER", "CHLMIL", "062"));
  }

  @Test
  void issue6_letsAPatternGapRunOverAParticipleAdjectiveAfterAPossessive() {
    assertThat(events("Peru placed its armed forces on high alert.", "Peru", "PER", "PER"))
        .extracting(Event::cameo).containsExactly("152");
  }

  @Test
  void issue6_codesNoActForAParticipleThatModifiesANoun() {
    assertThat(events("Peru handed over to Chile a suspect arrested in Lima last month.", "Peru", "PER", "PER",
        "Chile", "CHL", "CHL")).extracting(Event::cameo).doesNotContain("173");
    assertThat(events("There were ten Peruvian soldiers killed in Chile today.", "Peruvian soldiers", "PERMIL",
        "PER", "Chile", "CHL", "CHL")).extracting(EventFixtures::src).doesNotContain("PERMIL");
  }

  @Test
  void issue6_readsWillingToAsAnIntent() {
    assertThat(events("Peru is willing to work with Chile.", "Peru", "PER", "PER", "Chile", "CHL", "CHL"))
        .extracting(Event::cameo, Event::status).containsExactly(tuple("060", EventStatus.INTENDED));
  }

  @Test
  void issue6_codesAnOfferWithoutACodedActAsIntentToCooperate() {
    assertThat(events("Peru has offered to resume reunions of families.", "Peru", "PER", "PER"))
        .extracting(Event::cameo).containsExactly("030");
  }

  @Test
  void issue6_countsANameOfSeveralWordsOnceInAPatternGap() {
    assertThat(events("Peru accepted an Organization of American States peace plan.", "Peru", "PER", "PER",
        "Organization of American States", "IGOOAS", null)).extracting(Event::cameo).containsExactly("030");
    assertThat(events("Peru accepted a long and winding and very old plan.", "Peru", "PER", "PER")).isEmpty();
  }

  @Test
  void makesTheGiverTheSourceOfWhatWasReceivedFromIt() {
    assertThat(events("Chilean rebels received weapons from Peru.", "Chilean rebels", "CHLREB", "CHL", "Peru",
        "PER", "PER")).extracting(EventFixtures::src, EventFixtures::tgt, Event::cameo)
        .containsExactly(tuple("PER", "CHLREB", "072"));
    assertThat(events("Chile received weapons last year.", "Chile", "CHL", "CHL")).isEmpty();
  }

  @Test
  void matchesEveryAlternativeOfAPatternWithAPhrasalVerb() {
    assertThat(events("Peru cut off trade with Chile.", "Peru", "PER", "PER", "Chile", "CHL", "CHL"))
        .extracting(Event::cameo).containsExactly("163");
    assertThat(events("Peru halted imports from Chile.", "Peru", "PER", "PER", "Chile", "CHL", "CHL"))
        .extracting(Event::cameo).containsExactly("163");
    assertThat(events("Chile will not accept refugees.", "Chile", "CHL", "CHL"))
        .extracting(Event::cameo, Event::status).containsExactly(tuple("075", EventStatus.NEGATED));
  }

  @Test
  void takesTheSubjectOfALightVerbAsTheSourceOfItsNoun() {
    assertThat(events("Peru announced a suspension of flights to Chile.", "Peru", "PER", "PER", "Chile", "CHL",
        "CHL")).extracting(EventFixtures::src, Event::cameo).containsExactly(tuple("PER", "163"));
  }

  @Test
  void readsANounBeforeTheSubjectsNameAsPartOfTheSubject() {
    assertThat(events("Rights group Oxfam condemned Peru.", "Oxfam", "NGO", null, "Peru", "PER", "PER"))
        .extracting(EventFixtures::src, EventFixtures::tgt, Event::cameo)
        .containsExactly(tuple("NGO", "PER", "111"));
  }

  @Test
  void readsThePossessorOfTheSubjectAsPartOfTheSubject() {
    assertThat(events("Juan Perez's Shining Path movement attacked Peru.", "Shining Path", "PERREB", "PER",
        "Peru", "PER", "PER")).extracting(EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("PERREB", "PER"));
  }

  @Test
  void keepsTheSubjectOfEngagedInAsTheSource() {
    assertThat(events("Peruvian troops were engaged in ethnic cleansing against Chileans.", "Peruvian troops",
        "PERMIL", "PER")).extracting(EventFixtures::src, Event::cameo)
        .containsExactly(tuple("PERMIL", "203"));
  }

  @Test
  void readsPluralDemonymsAndLedForcesAsActors() {
    assertThat(events("Young Peruvians blocked roads in Lima.")).extracting(EventFixtures::src,
        EventFixtures::tgt, Event::cameo).containsExactly(tuple("PERCVL", "PERGOV", "144"));
    assertThat(events("Chilean-led forces shelled Peru.", "Peru", "PER", "PER"))
        .extracting(EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("CHLMIL", "PER"));
  }

  @Test
  void codesRebelsAttackingTheirOwnCountryAndTwoSectorsOfOneCountry() {
    assertThat(events("Peruvian rebels fired rockets at the Peruvian army.", "Peruvian rebels", "PERREB", "PER",
        "Peruvian army", "PERMIL", "PER")).extracting(EventFixtures::tgt).containsExactly("PERMIL");
    assertThat(events("Rebels shelled Peru.", "Rebels", "PERREB", "PER", "Peru", "PER", "PER"))
        .extracting(EventFixtures::tgt).containsExactly("PER");
  }

  @Test
  void takesTheCapitalWhereForeignersProtestAsTheTarget() {
    assertThat(events("Chilean activists staged a protest in Lima.", "Chilean activists", "CHLOPP", "CHL",
        "Lima", "PERGOV", "PER")).extracting(EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("CHLOPP", "PER"));
  }

  @Test
  void joinsACompoundWhoseSecondNameHasModifiersBeforeIt() {
    assertThat(events("Peru and the mighty Chile condemned Bolivia.", "Peru", "PER", "PER", "Chile", "CHL", "CHL",
        "Bolivia", "BOL", "BOL")).extracting(EventFixtures::src).containsExactly("PER", "CHL");
  }

  @Test
  void readsTheyAfterACompoundsReportingVerbAsTheWholeCompound() {
    assertThat(events("Peru and Chile said they will attack Bolivia.", "Peru", "PER", "PER", "Chile", "CHL", "CHL",
        "Bolivia", "BOL", "BOL")).extracting(EventFixtures::src).containsExactlyInAnyOrder("PER", "CHL");
  }

  @Test
  void takesWhomAThreatIsHeldOverFromItsCondition() {
    assertThat(events("Peru threatened to halt the talks if Chile goes ahead with the plan.", "Peru", "PER", "PER",
        "Chile", "CHL", "CHL")).extracting(EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("PER", "CHL"));
  }

  @Test
  void takesTheCountryOfACapitalNamedAsThePlace() {
    assertThat(events("The Peruvian government imposed a curfew in Lima.", "Peruvian government", "PERGOV", "PER",
        "Lima", "PERGOV", "PER")).extracting(EventFixtures::tgt).containsExactly("PER");
  }

  @Test
  void codesAPeopleNamedByTwoDemonymsByWhereItLives() {
    assertThat(events("Bolivian Peruvians said they attacked Chile.", "Chile", "CHL", "CHL"))
        .extracting(e -> e.source().country()).containsExactly("BOL");
  }

  @Test
  void takesTheGroupAfterOfAsTheTargetOfAnActOnItsMembers() {
    assertThat(events("Peru expelled inspectors of the United Nations.", "Peru", "PER", "PER", "United Nations",
        "IGOUNO", null)).extracting(EventFixtures::tgt, Event::cameo).containsExactly(tuple("IGOUNO",
        "1662"));
  }

  @Test
  void takesTheActorAnAppositionDescribesAsTheSubject() {
    assertThat(events("Peru, a close Chilean ally in the region, condemned Bolivia.", "Peru", "PER", "PER",
        "Chilean", "CHL", "CHL", "Bolivia", "BOL", "BOL")).extracting(EventFixtures::src,
        EventFixtures::tgt).containsExactly(tuple("PER", "BOL"));
  }

  @Test
  void resolvesItToTheReportingSubjectAcrossAnApposition() {
    assertThat(events("The Peru Teachers Union, the main union of teachers, announced that it had called off a strike.",
        "Peru Teachers Union", "PEREDU", "PER")).extracting(EventFixtures::src, Event::cameo)
        .containsExactly(tuple("PEREDU", "082"));
  }

  @Test
  void codesARoleNounAfterADemonymWithItsSector() {
    assertThat(events("The Peruvian premier left for Chile on Sunday.", "Chile", "CHL", "CHL"))
        .extracting(EventFixtures::src, EventFixtures::tgt, Event::cameo)
        .containsExactly(tuple("PERGOV", "CHL", "042"));
  }

  @Test
  void findsNoEventWhereNoCategoryFits() {
    assertThat(events("Peru and Chile have a long coastline and many ports.", "Peru", "PER", "PER", "Chile",
        "CHL", "CHL")).isEmpty();
  }
}
