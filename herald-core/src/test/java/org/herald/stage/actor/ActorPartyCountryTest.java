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
 * Parties whose names many countries' parties bear (issue 6, round 5; {@code actor-parties-v1.tsv}): "Labour",
 * "Conservatives", "Democrats" are the country's the sentence is plainly about. Sentences written for this test; it
 * runs the pipeline up to the actor stage.
 */
class ActorPartyCountryTest {
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
    Article a = pipeline.process(RawDocument.text("party", text));
    int at = a.text().indexOf(words);
    int end = at + words.length();
    return a.layer(ActorStage.ACTORS).stream().filter(x -> x.start() < end && at < x.end()).map(Actor::code)
        .toList();
  }

  @Test
  void givesAPartyTheCountryNamedRightBeforeItAsOneActor() {
    assertThat(codesAt("New Zealand's Labour party won the vote on Sunday.", "Labour")).containsExactly("NZLPTY");
    assertThat(codesAt("New Zealand's Labour party won the vote on Sunday.", "New Zealand"))
        .containsExactly("NZLPTY");
    assertThat(codesAt("On Monday the Danish Conservatives voted against the budget.", "Conservatives")).containsExactly("DNKPTY");
  }

  @Test
  void givesAPartyTheCountryOfTheBodyItSitsIn() {
    assertThat(codesAt("The Democrats in the Philippine senate blocked the bill.", "Democrats"))
        .containsExactly("PHLPTY");
  }

  @Test
  void givesAPartyTheCountryOpeningItsSentence() {
    assertThat(codesAt("In Norway, the Conservatives lost ground in the election.", "Conservatives"))
        .containsExactly("NORPTY");
  }

  @Test
  void givesAPartyTheOnlyOtherCountryWhosePoliticalBodyItsSentenceNames() {
    assertThat(codesAt("The Union of Farmers (Conservatives) urged the Estonian parliament to act.", "Conservatives"))
        .containsExactly("ESTPTY");
  }

  @Test
  void keepsAPartyItsOwnCountryWhenTheSentenceNamesNoOtherBody() {
    assertThat(codesAt("Labour attacked the Tories over the war in Iraq.", "Labour")).containsExactly("GBRPTY");
    assertThat(codesAt("Labour members criticised the Estonian parliament, the British press said.", "Labour"))
        .containsExactly("GBRPTY");
  }

  @Test
  void readsAGenericPartyBeforeGovernmentAsTheGovernmentItLeads() {
    assertThat(codesAt("Norway's Conservatives attacked the Labour government.", "Labour government"))
        .containsExactly("NORGOV");
  }
}
