package org.herald.stage.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.Herald;
import org.herald.model.Article;
import org.herald.model.RawDocument;
import org.herald.pipeline.Pipeline;
import org.herald.pipeline.Resources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Titled people the tables do not know (issue 6, round 5): a head of government met on someone else's visit is of
 * the country visited; one the sentence gives no country stays without one. Names made up for this test; it runs
 * the pipeline up to the actor stage.
 */
class ActorTitledPersonTest {
  private static Pipeline pipeline;

  @BeforeAll
  static void open() {
    pipeline = Herald.pipelineFor(Resources.classpath(), ActorStage.ACTORS);
  }

  @AfterAll
  static void close() {
    pipeline.close();
  }

  /** The codes of the actors overlapping the first occurrence of {@code words} in {@code text}. */
  private static List<String> codesAt(String text, String words) {
    Article a = pipeline.process(RawDocument.text("titled", text));
    int at = a.text().indexOf(words);
    int end = at + words.length();
    return a.layer(ActorStage.ACTORS).stream().filter(x -> x.start() < end && at < x.end()).map(Actor::code)
        .toList();
  }

  @Test
  void givesAPresidentMetOnAForeignersVisitTheHostsCountry() {
    assertThat(codesAt("The German foreign minister met President Tomas Ruel on a visit to Quito.", "Tomas Ruel"))
        .containsExactly("ECUGOV");
    assertThat(codesAt("A Japanese envoy arrived in Ghana on Monday for talks with President Kofi Mensa.",
        "Kofi Mensa")).containsExactly("GHAGOV");
  }

  @Test
  void givesAPresidentWhoIsHimselfTheVisitorNoCountryOfThePlaceVisited() {
    assertThat(codesAt("President Tomas Ruel, on a visit to Berlin, met German business leaders.", "Tomas Ruel"))
        .isEmpty();
    assertThat(codesAt("President Tomas Ruel met business leaders on Monday.", "Tomas Ruel")).isEmpty();
  }
}
