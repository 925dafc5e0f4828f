package org.herald.stage.actor;

import java.util.List;
import org.herald.Herald;
import org.herald.model.Article;
import org.herald.model.RawDocument;
import org.herald.pipeline.Pipeline;
import org.herald.pipeline.Resources;

/**
 * The actor tests' one pipeline (up to the actor stage, opened once for the test run) and the codes of the actors
 * it finds on a phrase.
 */
final class ActorCodes {
  private static Pipeline pipeline;

  private ActorCodes() {}

  /** Runs the pipeline up to the actor stage on {@code text}. */
  static synchronized Article process(String text) {
    if (pipeline == null) {
      pipeline = Herald.pipelineFor(Resources.classpath(), ActorStage.ACTORS);
    }
    return pipeline.process(RawDocument.text("actor-test", text));
  }

  /** Runs the pipeline up to the actor stage on {@code text} published on {@code published}. */
  static synchronized Article process(String text, java.time.LocalDate published) {
    process(""); // opens the pipeline
    return pipeline.process(RawDocument.text("actor-test", text).withPublished(published));
  }

  /** The codes of the actors overlapping the first occurrence of {@code words} in {@code text}. */
  static List<String> at(String text, String words) {
    return at(process(text), words);
  }

  /** The codes of the actors of {@code a} overlapping the first occurrence of {@code words} in its text. */
  static List<String> at(Article a, String words) {
    int at = a.text().indexOf(words);
    if (at < 0) {
      throw new IllegalArgumentException("no '" + words + "' in: " + a.text());
    }
    int end = at + words.length();
    return a.layer(ActorStage.ACTORS).stream().filter(x -> x.start() < end && at < x.end()).map(Actor::code)
        .toList();
  }
}
