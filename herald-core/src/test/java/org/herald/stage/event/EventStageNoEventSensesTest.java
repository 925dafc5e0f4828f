package org.herald.stage.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Senses that are no event ("-" patterns of event-verbs-v1.tsv): markets, money and audiences, where a trigger word
 * stands in no political act, and an insistence that is no demand on anyone (issue 6, precision on business and
 * political news). Sentences written for this test.
 */
class EventStageNoEventSensesTest extends EventStageContract {
  @Override
  protected List<Article> contractArticles() {
    return List.of(EventFixtures.article("Chile said its exports now meet European standards.", "Chile", "CHL", "CHL"));
  }

  @Test
  void findsNoMeetingWhenRulesMeetStandardsOrTargets() {
    assertThat(codes("Chilean officials said the rules now meet European Union standards.", "Chilean officials",
        "CHLGOV", "CHL", "European Union", "IGOEUREEC", null)).isEmpty();
    assertThat(codes("Peru will meet the Chilean targets.", "Peru", "PER", "PER", "Chilean", "CHL", "CHL"))
        .isEmpty();
  }

  @Test
  void stillCodesAMeetingWithAnActor() {
    assertThat(codes("Chile will meet Peru in Lima.", "Chile", "CHL", "CHL", "Peru", "PER", "PER")).contains("040");
  }

  @Test
  void findsNoDemandOrPressureInMarketWords() {
    assertThat(codes("Chile said demand for copper would stay weak as pressure on prices grew.", "Chile", "CHL",
        "CHL")).isEmpty();
    assertThat(codes("The Chilean government pledged to stimulate domestic demand.", "Chilean government",
        "CHLGOV", "CHL")).noneMatch(c -> c.startsWith("10"));
  }

  @Test
  void readsAnInsistenceWithoutATargetAsNoDemand() {
    assertThat(codes("The Chilean minister insisted the budget was affordable.", "Chilean minister", "CHLGOV",
        "CHL")).isEmpty();
    assertThat(codes("Chile insisted on the release of the fishermen.", "Chile", "CHL", "CHL")).contains("100");
  }
}
