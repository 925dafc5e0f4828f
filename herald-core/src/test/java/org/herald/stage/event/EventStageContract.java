package org.herald.stage.event;

import java.util.List;
import org.herald.pipeline.Stage;
import org.herald.testkit.StageContract;

/**
 * The stage contract for the event stage's rule tests, with the look-ups they share: the events the stage finds
 * in a sentence whose actors are given by hand, and their CAMEO codes.
 */
abstract class EventStageContract extends StageContract {
  @Override
  protected Stage createStage() {
    return new EventStage();
  }

  /** The events of {@code text}, its actors given as triples of words, code and country ({@link EventFixtures}). */
  protected List<Event> events(String text, String... actorsCodeCountry) {
    return stage.apply(EventFixtures.article(text, actorsCodeCountry)).layer(EventStage.EVENTS);
  }

  /** The CAMEO codes of the events of {@code text}, in the stage's order, its actors given as in {@link #events}. */
  protected List<String> codes(String text, String... actorsCodeCountry) {
    return events(text, actorsCodeCountry).stream().map(Event::cameo).toList();
  }
}
