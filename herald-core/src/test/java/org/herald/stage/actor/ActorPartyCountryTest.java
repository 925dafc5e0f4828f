package org.herald.stage.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Parties whose names many countries' parties bear (issue 6, round 5; {@code actor-parties-v1.tsv}): "Labour",
 * "Conservatives", "Democrats" are the country's the sentence is plainly about. Sentences written for this test; it
 * runs the pipeline up to the actor stage.
 */
class ActorPartyCountryTest {
  @Test
  void givesAPartyTheCountryNamedRightBeforeItAsOneActor() {
    assertThat(ActorCodes.at("New Zealand's Labour party won the vote on Sunday.", "Labour")).containsExactly("NZLPTY");
    assertThat(ActorCodes.at("New Zealand's Labour party won the vote on Sunday.", "New Zealand"))
        .containsExactly("NZLPTY");
    assertThat(ActorCodes.at("On Monday the Danish Conservatives voted against the budget.", "Conservatives")).containsExactly("DNKPTY");
  }

  @Test
  void givesAPartyTheCountryOfTheBodyItSitsIn() {
    assertThat(ActorCodes.at("The Democrats in the Philippine senate blocked the bill.", "Democrats"))
        .containsExactly("PHLPTY");
  }

  @Test
  void givesAPartyTheCountryOpeningItsSentence() {
    assertThat(ActorCodes.at("In Norway, the Conservatives lost ground in the election.", "Conservatives"))
        .containsExactly("NORPTY");
  }

  @Test
  void givesAPartyTheOnlyOtherCountryWhosePoliticalBodyItsSentenceNames() {
    assertThat(ActorCodes.at("The Union of Farmers (Conservatives) urged the Estonian parliament to act.", "Conservatives"))
        .containsExactly("ESTPTY");
  }

  @Test
  void keepsAPartyItsOwnCountryWhenTheSentenceNamesNoOtherBody() {
    assertThat(ActorCodes.at("Labour attacked the Tories over the war in Iraq.", "Labour")).containsExactly("GBRPTY");
    assertThat(ActorCodes.at("Labour members criticised the Estonian parliament, the British press said.", "Labour"))
        .containsExactly("GBRPTY");
  }

  @Test
  void readsAGenericPartyBeforeGovernmentAsTheGovernmentItLeads() {
    assertThat(ActorCodes.at("Norway's Conservatives attacked the Labour government.", "Labour government"))
        .containsExactly("NORGOV");
  }
}
