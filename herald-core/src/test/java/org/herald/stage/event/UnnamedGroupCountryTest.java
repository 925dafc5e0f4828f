package org.herald.stage.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.herald.Herald;
import org.herald.model.Article;
import org.herald.pipeline.Pipeline;
import org.herald.pipeline.Resources;
import org.herald.stage.actor.Actor;
import org.herald.stage.actor.ActorStage;
import org.herald.testkit.ArticleFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The country of an unnamed group that opens a sentence ("Demonstrators", "Gunmen"), as the actor stage gives it
 * and the event stage reads it (issue 6, s6-roles): the place where the group acts, never the country of what it
 * acts on. Runs the stages up to the actors or the events on hand-written sentences.
 */
class UnnamedGroupCountryTest {
  private static Pipeline actors;
  private static Pipeline events;

  @BeforeAll
  static void open() {
    actors = Herald.pipelineFor(Resources.classpath(), ActorStage.ACTORS);
    events = Herald.pipelineFor(Resources.classpath(), EventStage.EVENTS);
  }

  @AfterAll
  static void close() {
    actors.close();
    events.close();
  }

  private static Actor actor(String text, String words) {
    Article a = actors.apply(ArticleFixtures.article(text, "2024-06-17"));
    return a.layer(ActorStage.ACTORS).stream().filter(x -> x.textIn(a).equals(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor '" + words + "' in " + a.layer(ActorStage.ACTORS)));
  }

  @Test
  void givesAGroupOpeningTheSentenceTheCountryOfThePlaceItActsIn() {
    assertThat(actor("Demonstrators set fire to the British embassy in Khartoum.", "Demonstrators").country())
        .isEqualTo("SDN");
  }

  @Test
  void takesNoCountryFromABuildingNamedAfterAPlacePreposition() {
    assertThat(actor("Protesters gathered outside the Canadian embassy in Lima.", "Protesters").country())
        .isEqualTo("PER");
  }

  @Test
  void stillGivesAGroupWithNoPlaceTheFirstCountryNamed() {
    assertThat(actor("Rebels attacked Malian troops near the border.", "Rebels").country()).isEqualTo("MLI");
  }

  @Test
  void issue6_codesArsonByDemonstratorsAsThePlacesPeopleAgainstTheForeignMission() {
    Article a = events.apply(ArticleFixtures.article("Demonstrators set fire to the British embassy in Khartoum.",
        "2024-06-17"));
    assertThat(a.layer(EventStage.EVENTS)).singleElement().satisfies(e -> {
      assertThat(e.source().country()).isEqualTo("SDN");
      assertThat(e.target().country()).isEqualTo("GBR");
    });
  }
}
