package org.herald.stage.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.Herald;
import org.herald.model.Article;
import org.herald.model.RawDocument;
import org.herald.pipeline.Pipeline;
import org.herald.pipeline.Resources;
import org.herald.stage.name.EntityType;
import org.herald.stage.name.NameStage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Places of the bundled tables whose names are also common words, other names' first words or people's names
 * (issue 6): in ordinary use they are neither places nor actors of the place's country. Sentences written for
 * this test; it runs the pipeline up to the actor stage.
 */
class ActorPlaceAmbiguityTest {
  private static Pipeline pipeline;

  @BeforeAll
  static void open() {
    pipeline = Herald.pipelineFor(Resources.classpath(), ActorStage.ACTORS);
  }

  @AfterAll
  static void close() {
    pipeline.close();
  }

  private static Article run(String text) {
    return pipeline.process(RawDocument.text("ambiguity", text));
  }

  /** The codes of the actors overlapping the first occurrence of {@code words}. */
  private static List<String> codesAt(Article a, String words) {
    int at = a.text().indexOf(words);
    if (at < 0) {
      throw new IllegalArgumentException("no '" + words + "' in: " + a.text());
    }
    int end = at + words.length();
    return a.layer(ActorStage.ACTORS).stream().filter(x -> x.start() < end && at < x.end()).map(Actor::code)
        .toList();
  }

  private static boolean isPlace(Article a, String words) {
    return a.layer(NameStage.ENTITIES).stream()
        .anyMatch(e -> e.type() == EntityType.LOCATION && e.name().equals(words));
  }

  @Test
  void readsTheLebaneseCityTyreButNotTyresOnAStreetOrATyreOpeningASentence() {
    assertThat(codesAt(run("Hezbollah fighters fired rockets from Tyre on Monday."), "Tyre")).containsExactly("LBN");
    Article tyres = run("Protesters burned tyres outside the ministry.");
    assertThat(codesAt(tyres, "tyres")).isEmpty();
    Article tyre = run("Tyre damage was found on the plane after landing.");
    assertThat(isPlace(tyre, "Tyre")).isFalse();
    assertThat(codesAt(tyre, "Tyre")).isEmpty();
  }

  @Test
  void leavesLowerCaseWordsThatArePlacesElsewhereAlone() {
    assertThat(codesAt(run("She ordered a tamale and a coffee."), "tamale")).isEmpty();
    assertThat(codesAt(run("Police seized ganja at the port of Kingston."), "ganja")).isEmpty();
    assertThat(codesAt(run("Refugees returned to the camp near Goma."), "camp")).isEmpty();
    assertThat(codesAt(run("Upper house lawmakers voted against the bill."), "Upper house")).isEmpty();
  }

  @Test
  void keepsAPoliticianWhoseSurnameBeginsPlaceNamesTheActorOfHisOwnCountry() {
    // "Khan" opens "Khan Younis" and "Khan Sheikhoun"; Imran Khan stays Pakistan's
    assertThat(codesAt(run("Imran Khan said the election had been rigged."), "Imran Khan")).containsExactly("PAKGOV");
  }

  @Test
  void givesAPersonNamedLikeATownNoCountryOfTheTown() {
    Article gao = run("Gao Feng, a spokesman for the commerce ministry, said talks would resume.");
    assertThat(codesAt(gao, "Gao Feng")).doesNotContain("MLI");
    // Keren, a town in Eritrea, is left out of the tables: as a given name it made "Keren Peles" Eritrea's
    Article keren = run("Keren Peles sang at the ceremony in Tel Aviv.");
    assertThat(codesAt(keren, "Keren Peles")).doesNotContain("ERI");
  }

  @Test
  void makesNoCountryActorOfARiverOrARegionAcrossBorders() {
    Article a = run("Kurdish fighters crossed the Tigris near Mosul.");
    assertThat(codesAt(a, "Tigris")).isEmpty();
    assertThat(codesAt(a, "Mosul")).containsExactly("IRQ");
    assertThat(codesAt(run("Farmers in Punjab protested against the new law."), "Punjab")).isEmpty();
  }

  @Test
  void doesNotTakeACommonWordOpeningASentenceForATownOfThatName() {
    assertThat(isPlace(run("Mobile phone sales rose in Lagos last year."), "Mobile")).isFalse();
    assertThat(isPlace(run("Reading the report, the minister said the plan was sound."), "Reading")).isFalse();
  }
}
