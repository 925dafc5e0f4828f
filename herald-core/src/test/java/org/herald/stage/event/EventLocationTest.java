package org.herald.stage.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.Herald;
import org.herald.model.RawDocument;
import org.herald.pipeline.Pipeline;
import org.herald.pipeline.Resources;
import org.junit.jupiter.api.Test;

/** Where an event took place, as its sentence states it, through the whole pipeline. Sentences written for it. */
class EventLocationTest {
  private static List<Event> events(String text) {
    try (Pipeline p = Herald.pipelineFor(Resources.classpath(), EventStage.EVENTS)) {
      return p.process(RawDocument.text("t", text)).layer(EventStage.EVENTS);
    }
  }

  @Test
  void placesAnEventInTheTownItHappenedNearOrIn() {
    assertThat(events("Gunmen attacked a police post near Maiduguri on Sunday."))
        .extracting(e -> e.location() == null ? null : e.location().name()).containsExactly("Maiduguri");
    assertThat(events("Libyan forces shelled rebel positions in Sirte on Monday."))
        .extracting(e -> e.location() == null ? null : e.location().country()).containsExactly("LBY");
  }

  @Test
  void givesNoPlaceWhereTheSentenceStatesNone() {
    assertThat(events("Chile recalled its ambassador to Peru on Monday.")).isNotEmpty().extracting(Event::location)
        .containsOnlyNulls();
  }
}
