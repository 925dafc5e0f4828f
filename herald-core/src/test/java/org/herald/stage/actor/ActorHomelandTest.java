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
 * Groups of stateless and ethnic peoples named with their people (issue 6, round 5; {@code actor-homelands-v1.tsv}):
 * the actors of the people's homeland wherever the sentence places them. Sentences written for this test; it runs
 * the pipeline up to the actor stage.
 */
class ActorHomelandTest {
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
    Article a = pipeline.process(RawDocument.text("homeland", text));
    int at = a.text().indexOf(words);
    int end = at + words.length();
    return a.layer(ActorStage.ACTORS).stream().filter(x -> x.start() < end && at < x.end()).map(Actor::code)
        .toList();
  }

  @Test
  void givesAnArmedGroupOfAPeopleItsHomelandsCodeWhereverItIs() {
    assertThat(codesAt("Chechen fighters crossed into Georgia overnight.", "Chechen fighters"))
        .containsExactly("RUSREB");
    assertThat(codesAt("Troops shelled a Kachin rebel camp near the Chinese border.", "Kachin rebel"))
        .containsExactly("MMRREB");
    assertThat(codesAt("Baloch separatists blew up a gas pipeline in Iran.", "Baloch separatists"))
        .containsExactly("PAKSEP");
    assertThat(codesAt("Artillery pounded Tamil positions near Jaffna.", "Tamil positions")).containsExactly("LKAREB");
  }

  @Test
  void givesSettlersNamedByTheirFaithTheirStatesCode() {
    assertThat(codesAt("Jewish settlers uprooted olive trees near Hebron.", "Jewish settlers"))
        .containsExactly("ISRCVL");
  }

  @Test
  void leavesOtherNounsOfAPeopleToTheRestOfTheStage() {
    // a Jewish community is no settlers' group: no homeland code for it
    assertThat(codesAt("Jewish leaders in France condemned the attack.", "Jewish")).doesNotContain("ISR", "ISRCVL");
  }
}
