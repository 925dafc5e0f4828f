package org.herald.stage.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.model.Article;
import org.herald.pipeline.Resources;
import org.herald.pipeline.Stage;
import org.herald.stage.name.NameStage;
import org.herald.testkit.ArticleFixtures;
import org.herald.testkit.StageContract;
import org.junit.jupiter.api.Test;

/** The actor stage with a user's PETRARCH-format dictionaries (issue 6, deliverable 2). */
class ActorStageUserDictionaryTest extends StageContract {
  private static final NameStage NAMES = new NameStage();

  static {
    NAMES.open(Resources.classpath());
  }

  /** A tiny actor file in the TABARI format, with made-up places. */
  static final List<String> ACTORS = List.of(
      "<!-- test actors -->",
      "# a comment line",
      "VELMORA_  [VLM]",
      "+VELMORAN",
      "KESTRAND [KST] # a stem: Kestrandi, Kestrandian",
      "QUILLON",
      "+QUILLON_CITY",
      "\t[QLN < 950601]",
      "\t[QLNGOV 19950601 - 19990815]",
      "\t[QLNREB > 990816]",
      "ORB  [---]");

  static final List<String> AGENTS = List.of(
      "!PERSON! = MAN, MEN, WOMAN, WOMEN",
      "POLICE {} [~COP]",
      "FOREIGN_MINISTER [~GOVFRM]",
      "CONGRESS!PERSON! [~LEG]",
      "AID_WORKER [NGO~]");

  @Override
  protected Stage createStage() {
    return new ActorStage(ActorDictionary.parse(ACTORS, AGENTS));
  }

  @Override
  protected List<Article> contractArticles() {
    return List.of(named("Velmora police met Kestrandi officials."), named("Nothing to see here."));
  }

  private static Article named(String text) {
    return NAMES.apply(ArticleFixtures.article(text));
  }

  private String code(String text, String actorText) {
    Article a = stage.apply(named(text));
    return a.layer(ActorStage.ACTORS).stream().filter(x -> x.textIn(a).equals(actorText)).findFirst()
        .map(Actor::code).orElseThrow(() -> new AssertionError("no actor '" + actorText + "' in "
            + a.layer(ActorStage.ACTORS)));
  }

  @Test
  void findsUserActorsBySynonymAndStem() {
    assertThat(code("Velmoran envoys left.", "Velmoran")).isEqualTo("VLM");
    assertThat(code("The Kestrandian envoys left.", "Kestrandian")).isEqualTo("KST");
  }

  @Test
  void anExactPhraseDoesNotMatchALongerWord() {
    Article a = stage.apply(named("Velmorax envoys left."));
    assertThat(a.layer(ActorStage.ACTORS)).noneMatch(x -> x.code().equals("VLM"));
  }

  @Test
  void addsAnAgentAfterTheActorOrBeforeOfTheActor() {
    assertThat(code("Velmora police arrested him.", "Velmora police")).isEqualTo("VLMCOP");
    assertThat(code("Velmora's foreign minister left.", "Velmora's foreign minister")).isEqualTo("VLMGOVFRM");
    assertThat(code("The foreign minister of Velmora left.", "foreign minister of Velmora")).isEqualTo("VLMGOVFRM");
  }

  @Test
  void givesAnAgentTheCountryItComesFromOrIsIn() {
    assertThat(code("Police from Velmora arrested him.", "Police from Velmora")).isEqualTo("VLMCOP");
    assertThat(code("Police in Velmora arrested him.", "Police in Velmora")).isEqualTo("VLMCOP");
    assertThat(code("Police arrested him.", "Police")).isEqualTo("---COP");
  }

  @Test
  void expandsMacrosAndPluralsOfAgents() {
    assertThat(code("Velmora congresswomen left.", "Velmora congresswomen")).isEqualTo("VLMLEG");
    assertThat(code("Policemen and police left.", "police")).isEqualTo("---COP");
  }

  @Test
  void aPrefixAgentReplacesTheCountry() {
    assertThat(code("Velmora aid workers left.", "Velmora aid workers")).isEqualTo("NGO");
  }

  @Test
  void picksTheCodeThatHoldsOnThePublicationDate() {
    assertThat(ActorDictionary.parse(ACTORS, List.of()).actorCount()).isEqualTo(5);
    Article before = stage.apply(NAMES.apply(ArticleFixtures.article("Quillon left.", "1994-01-01")));
    Article during = stage.apply(NAMES.apply(ArticleFixtures.article("Quillon left.", "1997-01-01")));
    Article after = stage.apply(NAMES.apply(ArticleFixtures.article("Quillon left.", "2001-01-01")));
    assertThat(before.layer(ActorStage.ACTORS).get(0).code()).isEqualTo("QLN");
    assertThat(during.layer(ActorStage.ACTORS).get(0).code()).isEqualTo("QLNGOV");
    assertThat(after.layer(ActorStage.ACTORS).get(0).code()).isEqualTo("QLNREB");
  }

  @Test
  void skipsTheNoActorCode() {
    Article a = stage.apply(named("Orb left."));
    assertThat(a.layer(ActorStage.ACTORS)).isEmpty();
  }

  @Test
  void theEmptyDictionaryChangesNothing() {
    ActorStage plain = new ActorStage();
    plain.open(Resources.classpath());
    ActorStage empty = new ActorStage(ActorDictionary.EMPTY);
    empty.open(Resources.classpath());
    Article a = named("Russian troops met Velmora officials in Moscow.");
    assertThat(empty.apply(a).layer(ActorStage.ACTORS)).isEqualTo(plain.apply(a).layer(ActorStage.ACTORS))
        .isNotEmpty();
  }
}
