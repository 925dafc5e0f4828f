package org.herald;

import org.herald.model.Article;
import org.herald.model.RawDocument;
import org.herald.pipeline.Pipeline;
import org.herald.pipeline.Resources;
import org.herald.stage.actor.ActorStage;
import org.herald.stage.clean.CleanStage;
import org.herald.stage.date.DateStage;
import org.herald.stage.event.EventStage;
import org.herald.stage.name.NameStage;
import org.herald.stage.quote.QuoteStage;
import org.herald.stage.token.TokenStage;

/**
 * Herald's front door: the default pipeline (clean → tokens → names → dates → quotes → actors → events) and a
 * one-call extraction for small jobs.
 */
public final class Herald {
  /** The output schema name written with every extracted article. */
  public static final String SCHEMA = "herald/1";

  private Herald() {
  }

  /** The default pipeline with the bundled dictionaries, opened and ready. Close it when done. */
  public static Pipeline pipeline() {
    return pipeline(Resources.classpath());
  }

  /** The default pipeline loading its dictionaries and models from {@code resources}. */
  public static Pipeline pipeline(Resources resources) {
    return Pipeline.builder(new CleanStage(resources))
        .resources(resources)
        .add(new TokenStage())
        .add(new NameStage())
        .add(new DateStage())
        .add(new QuoteStage())
        .add(new ActorStage())
        .add(new EventStage())
        .build();
  }

  /** Extracts everything from one plain text, for quick experiments; builds a pipeline each call. */
  public static Article extract(String text) {
    try (Pipeline p = pipeline()) {
      return p.process(RawDocument.text("text", text));
    }
  }
}
