package org.herald.stage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.herald.model.Article;
import org.junit.jupiter.api.Test;

/** Who takes part in an event (issue 6, sixth round): sentences written for this test, actors given. */
class EventStageParticipantRulesTest extends EventStageContract {
  @Override
  protected List<Article> contractArticles() {
    return List.of(EventFixtures.article("Thousands of Peruvians rallied in Lima to protest rising prices.", "Peruvians", "PER",
        "PER"));
  }

  @Test
  void issue6_readsTheHeadOfASubjectBeforeARegionOfACountry() {
    assertThat(events("The Hungarians of northern Serbia demanded autonomy from Belgrade.", "Hungarians", "SRBCVL",
        "SRB", "Serbia", "SRB", "SRB", "Belgrade", "SRBGOV", "SRB"))
        .isNotEmpty().extracting(EventFixtures::src, EventFixtures::tgt)
        .containsOnly(tuple("SRBCVL", "SRBGOV"));
  }

  @Test
  void takesNoMeetingPlaceAsTheSourceOfTheActItsVisitorsMetFor() {
    assertThat(events("The ministers of Peru met in Quito to discuss fishing rights with Chilean officials.",
        "Peru", "PER", "PER", "Quito", "ECU", "ECU", "Chilean officials", "CHLGOV", "CHL"))
        .extracting(EventFixtures::src).doesNotContain("ECU");
  }

  @Test
  void issue6_takesTheTargetOfAListOfWeaponsAfterItsCommas() {
    assertThat(events("Syrian forces fired rockets, shells, and drones against Turkish posts.", "Syrian forces",
        "SYRMIL", "SYR", "Turkish posts", "TURMIL", "TUR"))
        .isNotEmpty().extracting(EventFixtures::src, EventFixtures::tgt)
        .containsOnly(tuple("SYRMIL", "TURMIL"));
    // a participle clause after the comma is another act; its object is not the first one's target
    assertThat(events("Syrian forces shelled the town, killing Turkish soldiers.", "Syrian forces", "SYRMIL", "SYR",
        "Turkish soldiers", "TURMIL", "TUR"))
        .filteredOn(e -> e.trigger().startsWith("shelled"))
        .extracting(EventFixtures::tgt).doesNotContain("TURMIL");
  }

  @Test
  void issue6_aimsCallingOffADomesticStrikeAtTheOwnGovernment() {
    assertThat(events("Chilean dockworkers called off their strike on Friday.", "Chilean dockworkers", "CHLLAB",
        "CHL"))
        .isNotEmpty().extracting(EventFixtures::src, EventFixtures::tgt)
        .containsOnly(tuple("CHLLAB", "CHLGOV"));
  }

  @Test
  void issue6_readsAnUntaggedUsAsTheCountryNotAsWe() {
    assertThat(events("The senator gave a speech on US trade with Asia and met Chinese officials.", "senator",
        "USALEG", "USA", "Chinese officials", "CHNGOV", "CHN"))
        .filteredOn(e -> e.trigger().startsWith("met")).isNotEmpty().extracting(EventFixtures::src, EventFixtures::tgt)
        .containsOnly(tuple("USALEG", "CHNGOV"));
  }

  @Test
  void issue6_readsTheHeadOfANounCompoundAsANounNotAsTheReportersVerb() {
    // "a mortar bomb was fired": Iraq reports the attack, it does not bomb
    assertThat(events("Iraq said a mortar bomb was fired at its embassy on Tuesday.", "Iraq", "IRQ", "IRQ"))
        .extracting(EventFixtures::src).doesNotContain("IRQ");
    assertThat(events("Kurdish rebels bomb police posts near Diyarbakir every week.", "Kurdish rebels", "TURREB",
        "TUR", "police", "TURCOP", "TUR"))
        .extracting(EventFixtures::src, EventFixtures::tgt).contains(tuple("TURREB", "TURCOP"));
  }

  @Test
  void issue6_leavesOutTheSidesThatReportTheActWithoutAComma() {
    assertThat(events("Kenya and Somalia agreed on a ceasefire. Rebels attacked a convoy on Sunday sources on both "
        + "sides said.", "Kenya", "KEN", "KEN", "Somalia", "SOM", "SOM", "Rebels", "SOMREB", "SOM"))
        .filteredOn(e -> e.trigger().startsWith("attacked"))
        .extracting(EventFixtures::tgt).doesNotContain("KEN", "SOM");
  }

  @Test
  void issue6_givesAnActAskedOrAllowedByANounToItsAddresseeAsHypothetical() {
    assertThat(events("Chile refused permission to Peru to attack Bolivia.", "Chile", "CHL", "CHL", "Peru", "PER",
        "PER", "Bolivia", "BOL", "BOL"))
        .filteredOn(e -> e.cameo().startsWith("19"))
        .extracting(EventFixtures::src, EventFixtures::tgt, Event::status)
        .containsExactly(tuple("PER", "BOL", EventStatus.HYPOTHETICAL));
  }

  @Test
  void leavesOutWhoeverReportsTheActAfterAComma() {
    assertThat(events("Chile has trained soldiers capable of attacking Peru, Bolivia's defence ministry said.",
        "Chile", "CHL", "CHL", "Peru", "PER", "PER", "Bolivia's defence ministry", "BOLMIL", "BOL"))
        .filteredOn(e -> e.cameo().startsWith("19"))
        .extracting(EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("CHL", "PER"));
  }

  @Test
  void stillJoinsATargetListedAfterAComma() {
    assertThat(events("Chile attacked Peru, Bolivia and Ecuador on Monday.", "Chile", "CHL", "CHL", "Peru", "PER",
        "PER", "Bolivia", "BOL", "BOL", "Ecuador", "ECU", "ECU"))
        .extracting(EventFixtures::tgt).containsExactly("PER", "BOL", "ECU");
  }

  @Test
  void readsADemonymBeforeBorderAsAPlaceNotATarget() {
    assertThat(events("Chilean troops captured a rebel stronghold on the Peruvian border.", "Chilean troops",
        "CHLMIL", "CHL", "Peruvian", "PER", "PER"))
        .extracting(EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("CHLMIL", null));
  }

  @Test
  void issue6_aimsTroopsMassedOnOrPulledBackFromADemonymsBorderAtThatCountry() {
    assertThat(events("Chile massed troops on the Peruvian border.", "Chile", "CHL", "CHL", "Peruvian", "PER",
        "PER"))
        .isNotEmpty().extracting(EventFixtures::src, EventFixtures::tgt)
        .containsOnly(tuple("CHL", "PER"));
    assertThat(events("Chile pulled its troops back from the Peruvian border.", "Chile", "CHL", "CHL", "Peruvian",
        "PER", "PER"))
        .isNotEmpty().extracting(EventFixtures::src, EventFixtures::tgt)
        .containsOnly(tuple("CHL", "PER"));
  }

  @Test
  void issue6_readsTheCountryAPassiveExpulsionIsFromAsItsSource() {
    assertThat(events("Two Chilean diplomats were expelled from Peru.", "Chilean diplomats", "CHLGOV", "CHL", "Peru",
        "PER", "PER"))
        .isNotEmpty().extracting(EventFixtures::src, EventFixtures::tgt)
        .containsOnly(tuple("PER", "CHLGOV"));
    assertThat(events("The Chilean envoy was expelled from the party.", "Chilean envoy", "CHLGOV", "CHL")).isEmpty();
  }

  @Test
  void issue6_readsStoodAccusedByAsAPassiveWhoseAgentAccuses() {
    assertThat(events("Peru stood accused of war crimes by Chile.", "Peru", "PER", "PER", "Chile", "CHL", "CHL"))
        .isNotEmpty().extracting(EventFixtures::src, EventFixtures::tgt, Event::cameo)
        .containsOnly(tuple("CHL", "PER", "1124"));
  }

  @Test
  void aimsACountrysPeoplesProtestAtTheirOwnGovernment() {
    assertThat(events("Thousands of Peruvians rallied in Lima to protest rising prices.", "Peruvians", "PER", "PER"))
        .isNotEmpty().extracting(EventFixtures::src, EventFixtures::tgt)
        .containsOnly(tuple("PER", "PERGOV"));
  }

  @Test
  void takesWhomSomethingWasSeizedFromAsTheTarget() {
    assertThat(events("Peruvian police confiscated weapons from Chilean smugglers.", "Peruvian police", "PERCOP",
        "PER", "Chilean smugglers", "CHLCRM", "CHL"))
        .extracting(EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("PERCOP", "CHLCRM"));
  }

  @Test
  void codesNoEventBetweenTeamsInSportNews() {
    assertThat(events("Chile attacked Peru in Lima.", "Chile", "CHL", "CHL", "Peru", "PER", "PER")).isNotEmpty();
    assertThat(events("Chile attacked Peru in Lima. The striker scored twice and the coach praised the fans after the "
        + "match.", "Chile", "CHL", "CHL", "Peru", "PER", "PER")).isEmpty();
  }

  @Test
  void keepsAGovernmentsActInSportNews() {
    assertThat(events("The Peruvian government accused Chile of cheating. The striker scored twice and the coach "
        + "praised the fans after the match.", "Peruvian government", "PERGOV", "PER", "Chile", "CHL", "CHL"))
        .extracting(EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("PERGOV", "CHL"));
  }

  @Test
  void readsTheGroupAfterAPartitiveAsTheTarget() {
    assertThat(events("Chilean police beat dozens of Peruvian refugees.", "Chilean police", "CHLCOP", "CHL",
        "Peruvian refugees", "PERREF", "PER"))
        .extracting(EventFixtures::tgt).containsExactly("PERREF");
  }

  @Test
  void takesWhoMustActOnADemandedThingAsTheTarget() {
    assertThat(events("Chile demanded an apology by Peru on Monday.", "Chile", "CHL", "CHL", "Peru", "PER", "PER"))
        .extracting(EventFixtures::tgt).containsExactly("PER");
  }

  @Test
  void takesWhereAReceivedMissionCameFromAsTheTarget() {
    assertThat(events("The Chilean government received a mission of observers from Peru.", "Chilean government",
        "CHLGOV", "CHL", "Peru", "PER", "PER"))
        .extracting(EventFixtures::tgt).containsExactly("PER");
  }

  @Test
  void readsANominalTriggerBeforeAGroupNounAsAModifier() {
    assertThat(events("Chile has funded pressure groups in Peru.", "Chile", "CHL", "CHL", "Peru", "PER", "PER"))
        .extracting(Event::plover).doesNotContain("COERCE");
    assertThat(events("Chile put pressure on Peru.", "Chile", "CHL", "CHL", "Peru", "PER", "PER"))
        .extracting(Event::plover).contains("COERCE");
  }
}
