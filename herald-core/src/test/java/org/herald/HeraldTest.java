package org.herald;

import static org.assertj.core.api.Assertions.assertThat;

import org.herald.model.Article;
import org.herald.pipeline.Pipeline;
import org.herald.pipeline.Resources;
import org.herald.pipeline.Stage;
import org.herald.stage.event.EventStage;
import org.herald.stage.name.NameStage;
import org.junit.jupiter.api.Test;

class HeraldTest {
  @Test
  void theDefaultPipelineRunsEveryStageInOrder() {
    try (Pipeline p = Herald.pipeline()) {
      assertThat(p.stages()).extracting(Stage::name)
          .containsExactly("tokens", "entities", "dates", "quotes", "actors", "events");
    }
  }

  @Test
  void aPipelineForSomeLayersHoldsOnlyTheStagesTheyNeed() {
    try (Pipeline p = Herald.pipelineFor(Resources.classpath(), NameStage.ENTITIES)) {
      assertThat(p.stages()).extracting(Stage::name).containsExactly("tokens", "entities");
    }
    try (Pipeline p = Herald.pipelineFor(Resources.classpath(), EventStage.EVENTS)) {
      assertThat(p.stages()).hasSize(6);
    }
  }

  @Test
  void extractFindsWhoDidWhatToWhom() {
    Article a = Herald.extract("Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Tuesday.");
    assertThat(a.layer(NameStage.ENTITIES)).extracting(e -> e.name()).contains("Vladimir Putin", "Xi Jinping", "Beijing");
    assertThat(a.layer(EventStage.EVENTS)).anySatisfy(v -> {
      assertThat(v.source().country()).isEqualTo("RUS");
      assertThat(v.target().country()).isEqualTo("CHN");
      assertThat(v.cameo()).startsWith("04");
    });
  }
}
