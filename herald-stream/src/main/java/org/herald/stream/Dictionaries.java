package org.herald.stream;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.herald.Herald;
import org.herald.HeraldException;
import org.herald.pipeline.Pipeline;
import org.herald.pipeline.Resources;
import org.herald.source.Sources;
import org.herald.stage.actor.ActorDictionary;
import org.herald.stage.event.VerbDictionary;

/**
 * A user's PETRARCH/TABARI dictionaries (actors, agents, verbs), read once where the job is built and shipped with
 * it, so TaskManagers need no copy of the files; {@link #pipeline} builds the CLI's pipeline with them, as
 * {@code herald extract --actors --agents --verbs} does. Each list may be empty.
 *
 * @param actors the lines of an actor dictionary
 * @param agents the lines of an agent dictionary
 * @param verbs the lines of a verb dictionary
 */
public record Dictionaries(List<String> actors, List<String> agents, List<String> verbs) implements Serializable {
  /** No user dictionaries: the built-in ones alone. */
  public static final Dictionaries NONE = new Dictionaries(List.of(), List.of(), List.of());

  public Dictionaries {
    actors = List.copyOf(actors);
    agents = List.copyOf(agents);
    verbs = List.copyOf(verbs);
  }

  /**
   * Reads the named files (null: none).
   *
   * @throws HeraldException {@code H-INPUT-001} when one is missing, {@code H-INPUT-004} when unreadable
   */
  public static Dictionaries read(Path actors, Path agents, Path verbs) {
    return new Dictionaries(Sources.textLines(actors), Sources.textLines(agents), Sources.textLines(verbs));
  }

  /** The default pipeline, with these dictionaries beside the built-in ones; opened. */
  public Pipeline pipeline() {
    if (actors.isEmpty() && agents.isEmpty() && verbs.isEmpty()) {
      return Herald.pipeline();
    }
    ActorDictionary user = actors.isEmpty() && agents.isEmpty() ? ActorDictionary.EMPTY
        : ActorDictionary.parse(actors, agents);
    return Herald.pipeline(Resources.classpath(), user,
        verbs.isEmpty() ? VerbDictionary.EMPTY : VerbDictionary.parse(verbs));
  }

}
