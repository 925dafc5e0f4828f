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
 * Names the name stage types otherwise than they are (issue 6, round 5): an organisation of the tables typed MISC
 * ("the Arab League"), a two-word people before a sector noun ("Iraqi Kurdish leaders"), a place of the tables typed
 * as an organisation ("the Niger Delta"). Sentences written for this test; it runs the pipeline up to the actor
 * stage.
 */
class ActorMiscNameTest {
  private static List<String> codesAt(String text, String words) {
    try (Pipeline p = Herald.pipelineFor(Resources.classpath(), ActorStage.ACTORS)) {
      Article a = p.process(RawDocument.text("misc", text));
      int at = a.text().indexOf(words);
      int end = at + words.length();
      return a.layer(ActorStage.ACTORS).stream().filter(x -> x.start() < end && at < x.end()).map(Actor::code)
          .toList();
    }
  }

  @Test
  void readsAnOrganisationOfTheTablesTypedMiscAsThatOrganisation() {
    assertThat(codesAt("The Arab League called for an end to the siege of the town.", "Arab League"))
        .containsExactly("IGOARBALE");
  }

  @Test
  void readsATwoWordPeopleBeforeASectorNounAsTheDemonymsSector() {
    assertThat(codesAt("Iraqi Kurdish leaders met Turkish officials on Monday.", "Iraqi Kurdish leaders"))
        .containsExactly("IRQGOV");
  }

  @Test
  void readsAPlaceOfTheTablesTypedAsAnOrganisationAsThatPlace() {
    assertThat(codesAt("Kidnappers in the Niger Delta seized three Filipino sailors.", "Niger Delta"))
        .containsExactly("NGA");
  }
}
