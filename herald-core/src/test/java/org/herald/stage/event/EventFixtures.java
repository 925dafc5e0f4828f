package org.herald.stage.event;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Article;
import org.herald.model.Span;
import org.herald.stage.actor.Actor;
import org.herald.stage.actor.ActorStage;
import org.herald.stage.date.DateStage;
import org.herald.stage.name.NameStage;
import org.herald.stage.quote.QuoteStage;
import org.herald.testkit.ArticleFixtures;

/** Articles for event stage tests: one sentence, its actors given by hand, the other layers empty. */
final class EventFixtures {
  private EventFixtures() {
  }

  /** An article of one sentence with actors given as (phrase, code, country) triples, first occurrences. */
  static Article article(String text, String... actorsCodeCountry) {
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

  static String src(Event e) {
    return e.source().code();
  }

  static String tgt(Event e) {
    return e.target() == null ? null : e.target().code();
  }
}
