package org.herald.stage.clean;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class MetaLineTest {
  @Test
  void recognisesBylinesInSeveralLanguages() {
    assertThat(MetaLine.matches("By Ann Lee")).isTrue();
    assertThat(MetaLine.matches("By ANN LEE and TOM WU, Associated Press")).isTrue();
    assertThat(MetaLine.matches("Von Anna Schmidt")).isTrue();
    assertThat(MetaLine.matches("Por María Gómez")).isTrue();
    assertThat(MetaLine.matches("De Ana Ruiz")).isTrue();
  }

  @Test
  void leavesPhrasesThatOnlyStartLikeABylineAlone() {
    assertThat(MetaLine.matches("By the end of the year")).isFalse();
    assertThat(MetaLine.matches("Por qué sube el precio")).isFalse();
    assertThat(MetaLine.matches("De nuevo en la calle")).isFalse();
    assertThat(MetaLine.matches("By then, the trams had stopped running and the station was closed.")).isFalse();
  }

  @Test
  void recognisesDateLines() {
    assertThat(MetaLine.matches("Updated 10:32 AM ET, March 3, 2024")).isTrue();
    assertThat(MetaLine.matches("Published: 03/03/2024")).isTrue();
    assertThat(MetaLine.matches("Tuesday 5 March 2024 14:20 GMT")).isTrue();
    assertThat(MetaLine.matches("5 hours ago")).isTrue();
    assertThat(MetaLine.matches("Mis à jour le 5 mars 2024")).isTrue();
  }

  @Test
  void leavesShortSentencesWithNumbersAlone() {
    assertThat(MetaLine.matches("Five people were hurt on March 3.")).isFalse();
    assertThat(MetaLine.matches("The vote is on 12 May")).isFalse();
    assertThat(MetaLine.matches("Updates on the tram line")).isFalse();
  }

  @Test
  void recognisesPhotoCredits() {
    assertThat(MetaLine.matches("Tom Wu/AFP/Getty Images")).isTrue();
    assertThat(MetaLine.matches("Photo: Ann Lee")).isTrue();
    assertThat(MetaLine.matches("(AP Photo/Tom Wu)")).isTrue();
    assertThat(MetaLine.matches("Reuters")).isFalse();
    assertThat(MetaLine.matches("Either/or decisions")).isFalse();
  }

  @Test
  void treatsLinesWithoutLettersAsFurniture() {
    assertThat(MetaLine.matches("12")).isTrue();
    assertThat(MetaLine.matches("|")).isTrue();
    assertThat(MetaLine.matches("Tram line")).isFalse();
  }

  @Test
  void recognisesAGallerysPosition() {
    assertThat(MetaLine.matches("1 of 12")).isTrue();
    assertThat(MetaLine.matches("3/7")).isTrue();
    assertThat(MetaLine.matches("1 of the best")).isFalse();
  }

  @Property(tries = 500)
  void neverThrowsAndNeverCallsALongLineFurniture(@ForAll @StringLength(max = 200) String line) {
    boolean furniture = MetaLine.matches(line);
    if (line.strip().split("\\s+").length > MetaLine.MAX_WORDS && line.chars().anyMatch(Character::isLetter)) {
      assertThat(furniture).isFalse();
    }
  }
}
