package org.herald;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herald.model.Article;
import org.herald.model.LayerKey;
import org.herald.model.RawDocument;
import org.herald.pipeline.Pipeline;
import org.herald.pipeline.Resources;
import org.herald.pipeline.Stage;
import org.herald.stage.actor.ActorDictionary;
import org.herald.stage.actor.ActorStage;
import org.herald.stage.clean.CleanStage;
import org.herald.stage.date.DateStage;
import org.herald.stage.event.EventStage;
import org.herald.stage.event.VerbDictionary;
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
    return pipeline(resources, ActorDictionary.EMPTY, VerbDictionary.EMPTY);
  }

  /**
   * The default pipeline whose actor and event stages also read a user's PETRARCH/TABARI dictionaries (actors and
   * agents; verbs), so researchers can reuse theirs beside the built-in ones.
   */
  public static Pipeline pipeline(Resources resources, ActorDictionary actors, VerbDictionary verbs) {
    Pipeline.Builder b = Pipeline.builder(new CleanStage(resources)).resources(resources);
    defaultStages(actors, verbs).forEach(b::add);
    return b.build();
  }

  /**
   * The part of the default pipeline needed to produce {@code layers}, for jobs that want only some annotations
   * (tagging names needs tokens and names, not events).
   */
  public static Pipeline pipelineFor(Resources resources, LayerKey<?>... layers) {
    List<Stage> all = defaultStages(ActorDictionary.EMPTY, VerbDictionary.EMPTY);
    Set<LayerKey<?>> needed = new HashSet<>(Arrays.asList(layers));
    List<Stage> chosen = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0; i--) {
      Stage s = all.get(i);
      if (s.produces().stream().anyMatch(needed::contains)) {
        chosen.add(0, s);
        needed.addAll(s.requires());
      }
    }
    Pipeline.Builder b = Pipeline.builder(new CleanStage(resources)).resources(resources);
    chosen.forEach(b::add);
    return b.build();
  }

  /** New, unopened instances of the default stages, in order. */
  private static List<Stage> defaultStages(ActorDictionary actors, VerbDictionary verbs) {
    return List.of(new TokenStage(), new NameStage(), new DateStage(), new QuoteStage(), new ActorStage(actors),
        new EventStage(verbs));
  }

  /** Extracts everything from one plain text, for quick experiments; builds a pipeline each call. */
  public static Article extract(String text) {
    try (Pipeline p = pipeline()) {
      return p.process(RawDocument.text("text", text));
    }
  }
}
