package org.herald.stage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.herald.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The event stage's group references of the actor round 2 (issue 6): "both governments" opening a sentence, "both
 * men", and a group right after the verb of a trigger that spans it, each the two countries named before.
 */
class EventStageGroupReferenceTest extends EventStageContract {
  @Override
  protected List<Article> contractArticles() {
    return List.of(EventFixtures.article("Peru and Chile met in Lima. Both governments signed a trade pact.", "Peru",
        "PER", "PER", "Chile", "CHL", "CHL", "Lima", "PERGOV", "PER"));
  }

  @Test
  void readsBothGovernmentsOpeningASentenceAsTheTwoCountriesNamedBefore() {
    assertThat(events("Peru and Chile restored ties last year. Both governments signed a trade pact.", "Peru", "PER",
        "PER", "Chile", "CHL", "CHL")).filteredOn(e -> e.cameo().startsWith("057"))
        .extracting(e -> e.source().country(), e -> e.target().country())
        .containsExactlyInAnyOrder(tuple("PER", "CHL"), tuple("CHL", "PER"));
  }

  @Test
  void readsBothMenAsTheTwoCountriesNamedBefore() {
    assertThat(events("Peru and Chile met in Lima. Both men signed a trade pact.", "Peru", "PER", "PER", "Chile",
        "CHL", "CHL", "Lima", "PERGOV", "PER")).filteredOn(e -> e.cameo().startsWith("057"))
        .extracting(e -> e.source().country(), e -> e.target().country())
        .containsExactlyInAnyOrder(tuple("PER", "CHL"), tuple("CHL", "PER"));
  }

  @Test
  void takesTheTwoCountriesRightAfterAnAppealsVerbAsItsTargets() {
    assertThat(events("Peru and Chile exchanged fire last week. Brazil urged the two countries to show restraint.",
        "Peru", "PER", "PER", "Chile", "CHL", "CHL", "Brazil", "BRA", "BRA"))
        .filteredOn(e -> e.cameo().startsWith("02"))
        .extracting(e -> e.source().country(), e -> e.target().country())
        .containsExactlyInAnyOrder(tuple("BRA", "PER"), tuple("BRA", "CHL"));
  }
}
