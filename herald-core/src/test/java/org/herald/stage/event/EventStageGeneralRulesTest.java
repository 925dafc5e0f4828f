package org.herald.stage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.herald.model.Article;
import org.junit.jupiter.api.Test;

/** General coding rules of the event stage (issue 6, fifth round), each on sentences written for this test. */
class EventStageGeneralRulesTest extends EventStageContract {
  @Override
  protected List<Article> contractArticles() {
    return List.of(EventFixtures.article("Oxfam International demanded that Peru free the farmers.", "Oxfam International",
        "NGO", null, "Peru", "PER", "PER"));
  }

  @Test
  void readsAVerbAfterANameEndingInAnAdjectiveAsTheVerb() {
    assertThat(events("Oxfam International demanded that Peru free the farmers.", "Oxfam International", "NGO",
        null, "Peru", "PER", "PER")).filteredOn(e -> e.cameo().startsWith("10"))
        .extracting(EventFixtures::src, EventFixtures::tgt)
        .containsExactly(tuple("NGO", "PER"));
  }

  @Test
  void endsAPatternsGapAtAPrepositionOfTime() {
    assertThat(events("Chile lifted sanctions against Peru imposed after martial law.", "Chile", "CHL", "CHL", "Peru",
        "PER", "PER")).extracting(Event::cameo).contains("085").doesNotContain("1724");
    assertThat(events("Peru imposed martial law on Friday.", "Peru", "PER", "PER")).extracting(Event::cameo)
        .contains("1724");
  }

  @Test
  void joinsACompoundSubjectWhoseSecondNameHasATitleBeforeIt() {
    assertThat(events("Chilean leader Rosa Vidal and Peruvian President Tomas Quispe signed a treaty.",
        "Chilean leader Rosa Vidal", "CHLGOV", "CHL", "Tomas Quispe", "PERGOV", "PER"))
        .extracting(EventFixtures::src, Event::cameo)
        .containsExactlyInAnyOrder(tuple("CHLGOV", "057"), tuple("PERGOV", "057"));
  }

  @Test
  void codesNewTriggersAcrossTheRoots() {
    assertThat(codes("Peru expressed deep sorrow for the victims.", "Peru", "PER", "PER")).containsExactly("018");
    assertThat(codes("Lima asked Chile to help Bolivia.", "Lima", "PERGOV", "PER", "Chile", "CHL", "CHL",
        "Bolivia", "BOL", "BOL")).containsExactly("023");
    assertThat(codes("The Chilean government welcomed Lima's latest statement.", "Chilean government", "CHLGOV",
        "CHL", "Lima", "PERGOV", "PER")).containsExactly("051");
    assertThat(codes("Chilean doctors handed over ten tons of medicine to Peru.", "Chilean doctors", "CHLHLH", "CHL",
        "Peru", "PER", "PER")).containsExactly("073");
    assertThat(codes("Peru received a mission of observers from Chile.", "Peru", "PER", "PER", "Chile", "CHL",
        "CHL")).containsExactly("0862");
    assertThat(codes("Peruvian police prevented a demonstration by Chilean students.", "Peruvian police", "PERCOP",
        "PER", "Chilean students", "CHLEDU", "CHL")).containsExactly("1721");
    // villagers: soldiers wounded by troops are military force, 190 (CameoConventions)
    assertThat(codes("Chilean troops wounded two Peruvian villagers.", "Chilean troops", "CHLMIL", "CHL",
        "Peruvian villagers", "PERCVL", "PER")).containsExactly("182");
    assertThat(codes("Chilean troops captured the town near the border.", "Chilean troops", "CHLMIL", "CHL"))
        .containsExactly("192");
    assertThat(codes("Peru has issued arrest warrants for two Chilean men.", "Peru", "PER", "PER")).containsExactly(
        "173");
  }

  @Test
  void codesFiringAtSomeoneAsAnAttackNotATest() {
    assertThat(codes("Peruvian rebels launched missiles at the Peruvian government.", "Peruvian rebels", "PERREB",
        "PER", "Peruvian government", "PERGOV", "PER")).containsExactly("194");
    assertThat(codes("Lima fired artillery batteries at Chile.", "Lima", "PERGOV", "PER", "Chile", "CHL", "CHL"))
        .containsExactly("190");
  }

  @Test
  void codesMobilisingOnlyArmedForcesAsAShowOfForce() {
    assertThat(codes("Peru has mobilized lobby groups in Chile.", "Peru", "PER", "PER", "Chile", "CHL", "CHL"))
        .doesNotContain("154");
    assertThat(codes("Peru has mobilized its reservists.", "Peru", "PER", "PER")).containsExactly("154");
    assertThat(codes("Peruvian troops remained on alert.", "Peruvian troops", "PERMIL", "PER"))
        .containsExactly("152");
  }

  @Test
  void codesAnActHeldOverSomeoneUnlessTheyActAsAThreat() {
    List<Event> ev = events("Peru said it will withdraw its envoys from Chile unless Santiago pays its debt.", "Peru", "PER",
        "PER", "Chile", "CHL", "CHL", "Santiago", "CHLGOV", "CHL");
    assertThat(ev).extracting(e -> e.cameo().substring(0, 2), Event::status)
        .containsExactly(tuple("13", EventStatus.ASSERTED));
    assertThat(events("Peru said it will withdraw its envoys from Chile.", "Peru", "PER", "PER", "Chile", "CHL",
        "CHL")).extracting(Event::cameo, Event::status).containsExactly(tuple("0872", EventStatus.INTENDED));
  }

  @Test
  void takesThePlaceOfAnActWithoutTargetAsItsTarget() {
    assertThat(events("The Peruvian president imposed a curfew in Cusco.", "Peruvian president", "PERGOV", "PER",
        "Cusco", "PER", "PER")).extracting(EventFixtures::tgt, Event::cameo)
        .containsExactly(tuple("PER", "1723"));
    assertThat(events("Chilean troops remained on alert in Bolivia.", "Chilean troops", "CHLMIL", "CHL", "Bolivia",
        "BOL", "BOL")).extracting(EventFixtures::tgt).containsExactly("BOL");
  }
}
