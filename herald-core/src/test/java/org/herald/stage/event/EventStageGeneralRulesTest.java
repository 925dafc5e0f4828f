package org.herald.stage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Article;
import org.herald.model.Span;
import org.herald.pipeline.Stage;
import org.herald.stage.actor.Actor;
import org.herald.stage.actor.ActorStage;
import org.herald.stage.date.DateStage;
import org.herald.stage.name.NameStage;
import org.herald.stage.quote.QuoteStage;
import org.herald.testkit.ArticleFixtures;
import org.herald.testkit.StageContract;
import org.junit.jupiter.api.Test;

/** General coding rules of the event stage (issue 6, fifth round), each on sentences written for this test. */
class EventStageGeneralRulesTest extends StageContract {
  @Override
  protected Stage createStage() {
    return new EventStage();
  }

  @Override
  protected List<Article> contractArticles() {
    return List.of(article("Oxfam International demanded that Peru free the farmers.", "Oxfam International",
        "NGO", null, "Peru", "PER", "PER"));
  }

  /** An article of one sentence with actors given as (phrase, code, country) triples, first occurrences. */
  private static Article article(String text, String... actorsCodeCountry) {
    Article base = ArticleFixtures.article(text, "2024-06-17");
    List<Actor> actors = new ArrayList<>();
    for (int i = 0; i < actorsCodeCountry.length; i += 3) {
      int at = text.indexOf(actorsCodeCountry[i]);
      if (at < 0) {
        throw new IllegalArgumentException("no '" + actorsCodeCountry[i] + "'");
      }
      Span s = Span.of(at, at + actorsCodeCountry[i].length());
      actors.add(new Actor(s.start(), s.end(), actorsCodeCountry[i], null, actorsCodeCountry[i + 1],
          actorsCodeCountry[i + 2]));
    }
    actors.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return base.with(NameStage.ENTITIES, List.of()).with(QuoteStage.QUOTES, List.of())
        .with(ActorStage.ACTORS, actors).with(DateStage.TIMEX, List.of());
  }

  private List<Event> events(String text, String... actorsCodeCountry) {
    return stage.apply(article(text, actorsCodeCountry)).layer(EventStage.EVENTS);
  }

  private static String src(Event e) {
    return e.source().code();
  }

  private static String tgt(Event e) {
    return e.target() == null ? null : e.target().code();
  }

  @Test
  void readsAVerbAfterANameEndingInAnAdjectiveAsTheVerb() {
    assertThat(events("Oxfam International demanded that Peru free the farmers.", "Oxfam International", "NGO",
        null, "Peru", "PER", "PER")).filteredOn(e -> e.cameo().startsWith("10"))
        .extracting(EventStageGeneralRulesTest::src, EventStageGeneralRulesTest::tgt)
        .containsExactly(tuple("NGO", "PER"));
  }

  @Test
  void joinsACompoundSubjectWhoseSecondNameHasATitleBeforeIt() {
    assertThat(events("Chilean leader Rosa Vidal and Peruvian President Tomas Quispe signed a treaty.",
        "Chilean leader Rosa Vidal", "CHLGOV", "CHL", "Tomas Quispe", "PERGOV", "PER"))
        .extracting(EventStageGeneralRulesTest::src, Event::cameo)
        .containsExactlyInAnyOrder(tuple("CHLGOV", "057"), tuple("PERGOV", "057"));
  }
}
