package org.herald.stage.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.model.Article;
import org.herald.pipeline.Resources;
import org.herald.testkit.ArticleFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A titled person takes a country the text gives them, not the country of whatever the sentence names after them. */
class NameStageTitleCountryTest {
  private static NameStage stage;

  @BeforeAll
  static void open() {
    stage = new NameStage();
    stage.open(Resources.classpath());
  }

  @AfterAll
  static void close() {
    stage.close();
  }

  private static Entity person(String text, String name) {
    Article a = stage.apply(ArticleFixtures.article(text));
    List<Entity> found = a.layer(NameStage.ENTITIES);
    return found.stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + found));
  }

  @Test
  void aPresidentDoesNotTakeTheCountryHeThreatens() {
    assertThat(person("President Arvo Lind threatened new measures against Norway on Tuesday.", "Arvo Lind")
        .country()).isNotEqualTo("NOR");
  }

  @Test
  void aDemonymBeforeTheTitleStillGivesTheCountry() {
    assertThat(person("Norwegian President Arvo Lind threatened new measures on Tuesday.", "Arvo Lind").country())
        .isEqualTo("NOR");
  }

  @Test
  void anAppositionAfterTheNameStillGivesTheCountry() {
    assertThat(person("Arvo Lind, the president of Norway, threatened new measures on Tuesday.", "Arvo Lind")
        .country()).isEqualTo("NOR");
  }

  @Test
  void aCountryNamedBeforeThePersonInTheSentenceStillGivesTheirs() {
    assertThat(person("The Norwegian delegation will include Trade Minister Arvo Lind.", "Arvo Lind").country())
        .isEqualTo("NOR");
  }

  @Test
  void theOneCountryOfTheSentenceStillGivesTheirsWhenItIsNotTheOtherSide() {
    assertThat(person("President Arvo Lind banned Norwegian opposition parties from the vote.", "Arvo Lind")
        .country()).isEqualTo("NOR");
  }

  @Test
  void aKnownLeaderKeepsTheirOwnCountry() {
    assertThat(person("President Bill Clinton imposed sanctions on Sudan.", "Bill Clinton").country())
        .isEqualTo("USA");
  }

  @Test
  void anInternationalOfficialTakesNoCountryFromTheSentence() {
    assertThat(person("UN Secretary-General Antonio Guterres said he would withdraw inspectors from Iraq.",
        "Antonio Guterres").country()).isNull();
  }
}
