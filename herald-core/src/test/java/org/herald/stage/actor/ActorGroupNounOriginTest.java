package org.herald.stage.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.Herald;
import org.herald.model.Article;
import org.herald.model.RawDocument;
import org.herald.pipeline.Pipeline;
import org.herald.pipeline.Resources;
import org.junit.jupiter.api.Test;

/**
 * People named by what they do and where they come from (issue 6, round 5): "a missionary from Calgary" is
 * Canada's, wherever the sentence has them arrested. Sentences written for this test; it runs the pipeline up to the
 * actor stage.
 */
class ActorGroupNounOriginTest {
  private static List<String> codesAt(String text, String words) {
    try (Pipeline p = Herald.pipelineFor(Resources.classpath(), ActorStage.ACTORS)) {
      Article a = p.process(RawDocument.text("origin", text));
      int at = a.text().indexOf(words);
      int end = at + words.length();
      return a.layer(ActorStage.ACTORS).stream().filter(x -> x.start() < end && at < x.end()).map(Actor::code)
          .toList();
    }
  }

  @Test
  void givesAMissionaryOrTouristTheCountryTheyComeFrom() {
    assertThat(codesAt("A Baptist missionary from Calgary was detained in Eritrea.", "missionary"))
        .containsExactly("CANREL");
    assertThat(codesAt("Two tourists from Spain were kidnapped in Yemen.", "tourists")).containsExactly("ESPCVL");
  }
}
