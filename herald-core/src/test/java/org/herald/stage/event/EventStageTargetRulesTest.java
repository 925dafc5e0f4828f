package org.herald.stage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.herald.Herald;
import org.herald.model.Article;
import org.herald.model.RawDocument;
import org.herald.pipeline.Pipeline;
import org.herald.pipeline.Resources;
import org.junit.jupiter.api.Test;

/**
 * Targets and unnamed agents the event target probe measures (issue 6, round 5): where talks are held is no party
 * to them, and an unnamed attacker is of the place it acted in, never of its victims when they may be abroad.
 * Sentences written for this test, actors given.
 */
class EventStageTargetRulesTest extends EventStageContract {
  @Override
  protected List<Article> contractArticles() {
    return List.of(EventFixtures.article("Chadian envoys held talks in Jeddah.", "Chadian envoys", "TCDGOV", "TCD",
        "Jeddah", "SAU", "SAU"));
  }

  @Test
  void issue6_readsACityWhereTalksAreHeldAsTheirPlaceNotTheirTarget() {
    assertThat(events("Eritrean negotiators went back to Geneva for talks on the border.", "Eritrean negotiators",
        "ERIGOV", "ERI", "Geneva", "CHE", "CHE"))
        .extracting(EventFixtures::src, EventFixtures::tgt).containsOnly(tuple("ERIGOV", null));
    assertThat(events("Malian army officers held talks with Tuareg leaders in Algiers.", "Malian army", "MLIMIL",
        "MLI", "Tuareg leaders", "MLIREB", "MLI", "Algiers", "DZAGOV", "DZA"))
        .extracting(EventFixtures::src, EventFixtures::tgt).containsOnly(tuple("MLIMIL", "MLIREB"));
    assertThat(events("Chadian envoys held talks in Jeddah.", "Chadian envoys", "TCDGOV", "TCD", "Jeddah", "SAU",
        "SAU")).extracting(EventFixtures::tgt).containsOnly((String) null);
    // a capital too, when the other party is named or an organisation of no country holds them
    assertThat(events("Chadian envoys held talks with rebel leaders in Doha.", "Chadian envoys", "TCDGOV", "TCD",
        "Doha", "QATGOV", "QAT")).extracting(EventFixtures::tgt).containsOnly((String) null);
    assertThat(events("African Union envoys held talks in Doha.", "African Union", "IGOAFRAU", null, "Doha",
        "QATGOV", "QAT")).extracting(EventFixtures::tgt).containsOnly((String) null);
  }

  @Test
  void issue6_readsACapitalWhereAnEnvoyHoldsTalksAsItsGovernment() {
    assertThat(events("Chadian envoys held talks in Doha.", "Chadian envoys", "TCDGOV", "TCD", "Doha", "QATGOV",
        "QAT")).extracting(EventFixtures::tgt).containsOnly("QAT");
  }

  @Test
  void issue6_placesTalksInTheCityTheirPartiesWentTo() {
    try (Pipeline p = Herald.pipelineFor(Resources.classpath(), EventStage.EVENTS)) {
      List<Event> events = p.process(RawDocument.text("t", "Iranian negotiators returned to Geneva on Monday for "
          + "talks on the nuclear programme.")).layer(EventStage.EVENTS);
      assertThat(events).extracting(EventFixtures::tgt, e -> e.location() == null ? null : e.location().name())
          .containsOnly(tuple(null, "Geneva"));
    }
  }

  @Test
  void issue6_keepsTheHostOfAVisitAndOfTalksWithACapitalAsTheTarget() {
    assertThat(events("The Chilean president flew to Lima on Monday.", "Chilean president", "CHLGOV", "CHL", "Lima",
        "PERGOV", "PER")).extracting(EventFixtures::tgt).containsOnly("PERGOV");
    assertThat(events("Kiev held talks with Moscow on Friday.", "Kiev", "UKRGOV", "UKR", "Moscow", "RUSGOV", "RUS"))
        .extracting(EventFixtures::tgt).containsOnly("RUSGOV");
  }

  @Test
  void issue6_givesAnUnnamedAttackerTheCountryOfATownNamedAfterItsKind() {
    assertThat(events("A roadside bomb near the town of Mosul killed two Danish soldiers.", "Mosul", "IRQ", "IRQ",
        "Danish soldiers", "DNKMIL", "DNK"))
        .extracting(EventFixtures::src, EventFixtures::tgt).containsOnly(tuple("IRQ", "DNKMIL"));
  }

  @Test
  void issue6_givesAnUnnamedAttackerOfSoldiersNoCountryWhenNoPlaceIsNamed() {
    assertThat(events("A roadside bomb killed two Danish soldiers on Sunday.", "Danish soldiers", "DNKMIL", "DNK"))
        .extracting(EventFixtures::src, e -> e.source().country()).containsOnly(tuple("UAF", null));
    // villagers are at home: their country is where it happened
    assertThat(events("A roadside bomb killed two Afghan villagers on Sunday.", "Afghan villagers", "AFGCVL", "AFG"))
        .extracting(EventFixtures::src).containsOnly("AFGUAF");
  }

  @Test
  void issue6_takesTheOwnerOfTheBuildingsAnAttackHitsAsItsTarget() {
    assertThat(events("Militants set fire to the offices of Afghan election officials overnight.", "Militants",
        "AFGREB", "AFG", "Afghan election officials", "AFGGOV", "AFG"))
        .extracting(EventFixtures::tgt).containsOnly("AFGGOV");
    assertThat(events("Rebels burned the homes of Congolese soldiers near Goma.", "Rebels", "CODREB", "COD",
        "Congolese soldiers", "CODMIL", "COD", "Goma", "COD", "COD"))
        .extracting(EventFixtures::tgt).containsOnly("CODMIL");
  }

  @Test
  void issue6_readsAProtestOutsideAnEmbassyAsAgainstItsCountry() {
    assertThat(events("Kenyan traders protested outside the Chinese embassy in Nairobi.", "Kenyan traders", "KENBUS",
        "KEN", "Chinese embassy", "CHNGOV", "CHN", "Nairobi", "KENGOV", "KEN"))
        .extracting(EventFixtures::tgt).containsOnly("CHNGOV");
  }

  @Test
  void issue6_givesRebelsPairedByBetweenWithAGovernmentThatGovernmentsCountry() {
    try (Pipeline p = Herald.pipelineFor(Resources.classpath(), EventStage.EVENTS)) {
      List<Event> events = p.process(RawDocument.text("t", "Kenya hosted talks between the Ethiopian government "
          + "and the rebels on Monday.")).layer(EventStage.EVENTS);
      assertThat(events).extracting(EventFixtures::tgt).contains("ETHREB").doesNotContain("KENREB");
    }
  }

  @Test
  void issue6_placesAnEventInTheCountryTheSentenceGivesATownOfTwoCountries() {
    try (Pipeline p = Herald.pipelineFor(Resources.classpath(), EventStage.EVENTS)) {
      List<Event> events = p.process(RawDocument.text("t", "Gunmen shot dead two soldiers in Tripoli, the Lebanese "
          + "port, on Monday.")).layer(EventStage.EVENTS);
      assertThat(events).isNotEmpty().extracting(e -> e.location() == null ? null : e.location().country())
          .containsOnly("LBN");
    }
  }

  @Test
  void issue6_readsAPeopleNamedByItsCountryAsAnotherSideThanThatCountrysForces() {
    try (Pipeline p = Herald.pipelineFor(Resources.classpath(), EventStage.EVENTS)) {
      List<Event> events = p.process(RawDocument.text("t", "Bosnian Croats demanded a ceasefire with Bosnian police "
          + "near Mostar.")).layer(EventStage.EVENTS);
      assertThat(events).extracting(EventFixtures::src, EventFixtures::tgt).contains(tuple("BIHCVL", "BIHCOP"));
    }
  }
}
