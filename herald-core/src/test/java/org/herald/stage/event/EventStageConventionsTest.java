package org.herald.stage.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.model.Article;
import org.junit.jupiter.api.Test;

/**
 * CAMEO's coding conventions as {@link CameoConventions} applies them (issue 6): violence by protesters is a riot,
 * a claim that someone attacked is an accusation, fighting that kills soldiers is military force, a trip to a
 * sports or arts occasion is no visit. Sentences written for this test; actors given by hand.
 */
class EventStageConventionsTest extends EventStageContract {
  @Override
  protected List<Article> contractArticles() {
    return List.of(EventFixtures.article("Protesters stormed the parliament building in Lima on Tuesday.",
        "Protesters", "PEROPP", "PER", "parliament", "PERLEG", "PER"));
  }

  private static List<String> dyads(List<Event> events) {
    return events.stream().map(e -> e.cameo() + " " + e.source().code() + ">" + EventFixtures.tgt(e)).toList();
  }

  // ---- one country "beating" another won a match or a vote ----

  @Test
  void readsOneCountryBeatingAnotherAsAContestNotABeating() {
    assertThat(events("Peru beat Chile on penalties to reach the final.", "Peru", "PER", "PER", "Chile", "CHL",
        "CHL")).isEmpty();
    assertThat(events("Peru beat Chile 2-1 in Lima on Sunday.", "Peru", "PER", "PER", "Chile", "CHL", "CHL"))
        .isEmpty();
    assertThat(dyads(events("Police beat protesters with batons in Lima.", "Police", "PERCOP", "PER", "protesters",
        "PERCVL", "PER"))).containsExactly("182 PERCOP>PERCVL");
  }

  // ---- violence by protesters is a violent protest (CAMEO 145) ----

  @Test
  void codesProtestersStormingAParliamentAsARiot() {
    assertThat(dyads(events("Protesters stormed the parliament building in Lima on Tuesday.", "Protesters",
        "PEROPP", "PER", "parliament", "PERLEG", "PER"))).containsExactly("145 PEROPP>PERLEG");
  }

  @Test
  void codesDemonstratorsSettingFireToAnEmbassyAsARiot() {
    assertThat(dyads(events("Angry demonstrators set fire to the Chilean embassy in Lima.", "demonstrators",
        "PERCVL", "PER", "Chilean embassy", "CHLGOV", "CHL"))).containsExactly("145 PERCVL>CHLGOV");
  }

  @Test
  void codesABuildingDemolishedByAProtesterAsARiotOfTheProtestersCountry() {
    assertThat(dyads(events("The Chilean consulate was demolished by a Peruvian protester.", "Chilean consulate",
        "CHLGOV", "CHL", "Peruvian", "PER", "PER"))).containsExactly("145 PER>CHLGOV");
  }

  @Test
  void codesFarmersBattlingPoliceDuringAMarchAsARiot() {
    assertThat(dyads(events("Thousands of Peruvian farmers battled police in Cusco during a march on Monday.",
        "Peruvian farmers", "PERAGR", "PER", "police", "PERCOP", "PER"))).containsExactly("145 PERAGR>PERCOP");
    assertThat(dyads(events("Peruvian farmers battled police in Cusco on Monday.", "Peruvian farmers", "PERAGR",
        "PER", "police", "PERCOP", "PER"))).noneMatch(d -> d.startsWith("145"));
  }

  @Test
  void codesProtestersThreateningToStormAsAThreatOfProtest() {
    assertThat(dyads(events("Protesters threatened to storm the parliament in Lima.", "Protesters", "PEROPP",
        "PER", "parliament", "PERLEG", "PER"))).containsExactly("133 PEROPP>PERLEG");
  }

  @Test
  void keepsViolenceAgainstProtestersAsTheAssaultItIs() {
    assertThat(dyads(events("Police attacked the protesters in Lima.", "Police", "PERCOP", "PER", "protesters",
        "PERCVL", "PER"))).isNotEmpty().noneMatch(d -> d.startsWith("145"));
  }

  // ---- a claim that someone attacked is an accusation (CAMEO 112) ----

  @Test
  void addsTheClaimantsAccusationToAClaimedAttack() {
    assertThat(dyads(events("Peru claimed that Chile had attacked Bolivia.", "Peru", "PER", "PER", "Chile", "CHL",
        "CHL", "Bolivia", "BOL", "BOL"))).contains("112 PER>CHL").anyMatch(d -> d.startsWith("19"));
    assertThat(dyads(events("The Peruvian government alleged that Chilean troops had attacked Bolivia.",
        "Peruvian government", "PERGOV", "PER", "Chilean troops", "CHLMIL", "CHL", "Bolivia", "BOL", "BOL")))
        .contains("112 PERGOV>CHLMIL").doesNotContain("112 PERGOV>null");
  }

  @Test
  void keepsOneAccusationWhenItsElaborationNamesNoOne() {
    assertThat(dyads(events("Peru accused Chile of spreading lies by alleging that Lima had armed the rebels.",
        "Peru", "PER", "PER", "Chile", "CHL", "CHL"))).containsExactly("112 PER>CHL");
  }

  @Test
  void readsAnAttackThatTheVictimReportsAsItsAccusation() {
    assertThat(dyads(events("Peru said that Chilean troops had attacked Peruvian soldiers near the border.",
        "Peru", "PER", "PER", "Chilean troops", "CHLMIL", "CHL", "Peruvian soldiers", "PERMIL", "PER")))
        .contains("112 PER>CHLMIL");
  }

  @Test
  void findsNoAccusationInAPlainReportOrAClaimOfResponsibility() {
    assertThat(dyads(events("Peru said that Chile had attacked Bolivia.", "Peru", "PER", "PER", "Chile", "CHL",
        "CHL", "Bolivia", "BOL", "BOL"))).noneMatch(d -> d.startsWith("112"));
    assertThat(dyads(events("The rebels claimed responsibility for an attack on Chilean troops.", "rebels",
        "PERREB", "PER", "Chilean troops", "CHLMIL", "CHL"))).noneMatch(d -> d.startsWith("112"));
    assertThat(dyads(events("Interior Minister Ana Ruiz said the worst violence was in Lima, where demonstrators "
        + "attacked the Peruvian government.", "Interior Minister Ana Ruiz", "PERGOV", "PER", "demonstrators",
        "PERCVL", "PER", "Peruvian government", "PERGOV", "PER"))).contains("145 PERCVL>PERGOV")
        .noneMatch(d -> d.startsWith("112"));
  }

  // ---- sorrow and sympathy are empathetic comments (CAMEO 018) ----

  @Test
  void codesSadnessOverATragedyAsAnEmpatheticComment() {
    assertThat(dyads(events("President Ana Ruiz expressed sadness over the floods in Chile.",
        "President Ana Ruiz", "PERGOV", "PER", "Chile", "CHL", "CHL"))).anyMatch(d -> d.startsWith("018"));
    assertThat(dyads(events("President Ana Ruiz conveyed her sorrow to Chile after the mine collapse.",
        "President Ana Ruiz", "PERGOV", "PER", "Chile", "CHL", "CHL"))).contains("018 PERGOV>CHL");
  }

  // ---- killing soldiers in fighting is military force (CAMEO 19x) ----

  @Test
  void codesKillingSoldiersInFightingAsMilitaryForce() {
    assertThat(dyads(events("Rebels killed ten Peruvian soldiers near Ayacucho.", "Rebels", "PERREB", "PER",
        "Peruvian soldiers", "PERMIL", "PER"))).containsExactly("190 PERREB>PERMIL");
  }

  @Test
  void keepsABombingOfSoldiersAndAKillingOfVillagersAsAssaults() {
    assertThat(dyads(events("Rebels killed two Peruvian soldiers with a roadside bomb.", "Rebels", "PERREB",
        "PER", "Peruvian soldiers", "PERMIL", "PER"))).isNotEmpty().allMatch(d -> d.startsWith("18"));
    assertThat(dyads(events("Rebels killed ten villagers near Ayacucho.", "Rebels", "PERREB", "PER", "villagers",
        "PERCVL", "PER"))).isNotEmpty().allMatch(d -> d.startsWith("18"));
  }

  // ---- a trip to a sports or arts occasion is no visit ----

  @Test
  void findsNoVisitInATripToTheOpeningOfTheGames() {
    assertThat(events("President Ana Ruiz flies to Chile for the opening of the Pan American Games.",
        "President Ana Ruiz", "PERGOV", "PER", "Chile", "CHL", "CHL")).isEmpty();
  }

  @Test
  void keepsATripForTalksAsAVisit() {
    assertThat(dyads(events("President Ana Ruiz flies to Chile for a summit with the Chilean government.",
        "President Ana Ruiz", "PERGOV", "PER", "Chile", "CHL", "CHL", "Chilean government", "CHLGOV", "CHL")))
        .anyMatch(d -> d.startsWith("04"));
  }
}
