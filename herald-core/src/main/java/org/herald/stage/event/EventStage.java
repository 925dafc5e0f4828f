package org.herald.stage.event;

import java.util.List;
import java.util.Set;
import org.herald.model.Article;
import org.herald.model.LayerKey;
import org.herald.pipeline.Stage;
import org.herald.stage.actor.ActorStage;
import org.herald.stage.date.DateStage;
import org.herald.stage.quote.QuoteStage;

/** PLACEHOLDER: replaced by the real stage. */
public final class EventStage implements Stage {
  /** The layer this stage adds. */
  public static final LayerKey<Event> EVENTS = LayerKey.of("events", Event.class);

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Article.SENTENCES, ActorStage.ACTORS, DateStage.TIMEX, QuoteStage.QUOTES);
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(EVENTS);
  }

  @Override
  public Article apply(Article in) {
    return in.with(EVENTS, List.of());
  }
}
