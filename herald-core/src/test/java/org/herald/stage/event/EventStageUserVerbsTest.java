package org.herald.stage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Article;
import org.herald.model.Span;
import org.herald.pipeline.Stage;
import org.herald.stage.actor.Actor;
import org.herald.stage.actor.ActorStage;
import org.herald.stage.date.DateStage;
import org.herald.stage.name.NameStage;
import org.herald.stage.quote.QuoteStage;
import org.herald.testkit.ArticleFixtures;
import org.herald.testkit.StageContract;
import org.junit.jupiter.api.Test;

/** The event stage with a user verb dictionary in the PETRARCH format (issue 6, deliverable 2). */
class EventStageUserVerbsTest extends StageContract {
  /** A small verb file with made-up codes, written for this test. */
  static final List<String> VERBS = List.of(
      "<!-- test verbs -->",
      "&MONEY",
      "+CROWNS",
      "+SILVER_MARKS",
      "",
      "--- MEND  [064]  ---",
      "MEND    # a comment",
      "- * TRADE TIES  [061]",
      "- NOT * [112]",
      "",
      "--- GIFT  [---] ---",
      "GIFT",
      "- * &MONEY  [903]",
      "",
      "--- PARLEY  [031:032] ---",
      "PARLEY",
      "",
      "--- SCOLD  [1234] ---",
      "SCOLD",
      "- * FOOLISH  [xxx]");

  @Override
  protected Stage createStage() {
    return new EventStage(VerbDictionary.parse(VERBS));
  }

  @Override
  protected List<Article> contractArticles() {
    return List.of(article("Velmora mended ties with Kestra.", "Velmora", "VLM", "Kestra", "KST"),
        article("Nothing happens.", new String[0]));
  }

  private static Article article(String text, String... phraseCode) {
    Article base = ArticleFixtures.article(text, "2024-06-17");
    List<Actor> actors = new ArrayList<>();
    for (int i = 0; i < phraseCode.length; i += 2) {
      int at = text.indexOf(phraseCode[i]);
      if (at < 0) {
        continue;
      }
      Span s = Span.of(at, at + phraseCode[i].length());
      actors.add(new Actor(s.start(), s.end(), phraseCode[i], null, phraseCode[i + 1], phraseCode[i + 1]));
    }
    return base.with(NameStage.ENTITIES, List.of()).with(QuoteStage.QUOTES, List.of())
        .with(ActorStage.ACTORS, actors).with(DateStage.TIMEX, List.of());
  }

  private List<Event> events(String text) {
    return stage.apply(article(text, "Velmora", "VLM", "Kestra", "KST")).layer(EventStage.EVENTS);
  }

  @Test
  void codesAUserVerbWithItsOwnCode() {
    assertThat(events("Velmora mended relations with Kestra.")).extracting(e -> e.source().code(),
        e -> e.target().code(), Event::cameo).containsExactly(tuple("VLM", "KST", "064"));
  }

  @Test
  void theHeaviestMatchingPatternDecides() {
    assertThat(events("Velmora mended its old trade ties with Kestra.")).extracting(Event::cameo)
        .containsExactly("061");
    assertThat(events("Velmora did not mend relations with Kestra.")).extracting(Event::cameo)
        .containsExactly("112");
  }

  @Test
  void aSynsetMatchesAnyOfItsPhrases() {
    assertThat(events("Velmora gifted ten silver marks to Kestra.")).extracting(Event::cameo)
        .containsExactly("903");
    assertThat(events("Velmora gifted a horse to Kestra.")).isEmpty(); // [---]: the verb alone is no event
  }

  @Test
  void aPairedCodeCodesTheTargetsReplyToo() {
    assertThat(events("Velmora parleyed with Kestra.")).extracting(e -> e.source().code(),
        e -> e.target().code(), Event::cameo).containsExactly(tuple("VLM", "KST", "031"), tuple("KST", "VLM", "032"));
  }

  @Test
  void aCodeThatIsNotACodeDisablesItsPatternAndUserCodesOutsideCameoKeepTheirRootsClass() {
    List<Event> ev = events("Velmora scolded foolish Kestra.");
    assertThat(ev).extracting(Event::cameo).containsExactly("1234");
    assertThat(ev.get(0).quadClass()).isEqualTo(3);
  }

  @Test
  void aUserVerbWithoutATargetCodesNothingAsInPetrarch() {
    assertThat(events("Velmora mended its roads.")).isEmpty();
  }

  @Test
  void generatesRegularVerbForms() {
    assertThat(VerbDictionary.forms("mend")).contains("mends", "mended", "mending");
    assertThat(VerbDictionary.forms("parley")).contains("parleys", "parleyed");
    assertThat(VerbDictionary.forms("carry")).contains("carries", "carried");
    assertThat(VerbDictionary.forms("ban")).contains("banned", "banning");
  }

  @Test
  void addsEsOnlyAfterASibilantOrO() {
    assertThat(VerbDictionary.forms("fix")).contains("fixes").doesNotContain("fixs");
    assertThat(VerbDictionary.forms("veto")).contains("vetoes");
    assertThat(VerbDictionary.forms("mend")).doesNotContain("mendes");
  }
}
