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
import org.herald.stage.quote.Quote;
import org.herald.stage.quote.QuoteStage;
import org.herald.testkit.ArticleFixtures;
import org.herald.testkit.StageContract;
import org.junit.jupiter.api.Test;

/** Quotes feed events (issue 5, item 4): statement cues with a target, and acts inside a speaker's quote. */
class EventStageQuotesTest extends StageContract {
  @Override
  protected Stage createStage() {
    return new EventStage();
  }

  @Override
  protected List<Article> contractArticles() {
    return List.of(told(), demandInQuote());
  }

  /** Builds an article with actors on phrases (phrase, code triples) and one quote. */
  private static final class Builder {
    final Article base;
    final List<Actor> actors = new ArrayList<>();
    final List<Quote> quotes = new ArrayList<>();

    Builder(String text) {
      base = ArticleFixtures.article(text, "2024-06-17");
    }

    Span find(String phrase) {
      int at = base.text().indexOf(phrase);
      if (at < 0) {
        throw new IllegalArgumentException("no '" + phrase + "'");
      }
      return Span.of(at, at + phrase.length());
    }

    Builder actor(String phrase, String code) {
      Span s = find(phrase);
      actors.add(new Actor(s.start(), s.end(), phrase, null, code, code.substring(0, 3)));
      return this;
    }

    /** A quote of {@code content} said by the actor on {@code speaker}, with its cue word. */
    Builder quote(String content, boolean direct, String speaker, String cueLemma, String cueWord) {
      Span c = find(content);
      quotes.add(new Quote(c.start(), c.end(), content, direct, null, speaker, find(speaker), cueLemma,
          find(cueWord)));
      return this;
    }

    Article build() {
      actors.sort((a, b) -> Integer.compare(a.start(), b.start()));
      return base.with(NameStage.ENTITIES, List.of()).with(QuoteStage.QUOTES, quotes)
          .with(ActorStage.ACTORS, actors).with(DateStage.TIMEX, List.of());
    }
  }

  private static Article told() {
    return new Builder("The Velmoran premier told Kestra that the border would stay open.")
        .actor("The Velmoran premier", "VLMGOV").actor("Kestra", "KST")
        .quote("the border would stay open", false, "The Velmoran premier", "tell", "told").build();
  }

  private static Article demandInQuote() {
    return new Builder("\"Kestra must withdraw its ships,\" the Velmoran minister said.")
        .actor("Kestra", "KST").actor("the Velmoran minister", "VLMGOV")
        .quote("Kestra must withdraw its ships,", true, "the Velmoran minister", "say", "said").build();
  }

  private List<Event> events(Article a) {
    return stage.apply(a).layer(EventStage.EVENTS);
  }

  @Test
  void aStatementToAPoliticalAddresseeIsAMakeStatementEvent() {
    assertThat(events(told())).extracting(e -> e.source().code(), e -> e.target() == null ? null : e.target().code(), Event::cameo,
        Event::trigger).containsExactly(tuple("VLMGOV", "KST", "010", "told"));
  }

  @Test
  void aStatementToANewsOrganisationIsNoEvent() {
    Article toPress = new Builder("The Velmoran premier told Kestra Radio that the border would stay open.")
        .actor("The Velmoran premier", "VLMGOV").actor("Kestra Radio", "KSTMED")
        .quote("the border would stay open", false, "The Velmoran premier", "tell", "told").build();
    assertThat(events(toPress)).extracting(Event::cameo).doesNotContain("010");
  }

  @Test
  void aStatementAboutAnActorNeedsThePreposition() {
    Article about = new Builder("The Velmoran premier said of Kestra that talks had gone well.")
        .actor("The Velmoran premier", "VLMGOV").actor("Kestra", "KST")
        .quote("talks had gone well", false, "The Velmoran premier", "say", "said").build();
    assertThat(events(about)).extracting(Event::cameo, e -> e.target() == null ? null : e.target().code()).contains(tuple("010", "KST"));
    Article plain = new Builder("The Velmoran premier said on Monday that the weather was fine.")
        .actor("The Velmoran premier", "VLMGOV")
        .quote("the weather was fine", false, "The Velmoran premier", "say", "said").build();
    assertThat(events(plain)).isEmpty();
  }

  @Test
  void aDemandInsideAQuoteIsTheSpeakers() {
    assertThat(events(demandInQuote())).extracting(e -> e.source().code(), e -> e.target() == null ? null : e.target().code(), Event::cameo)
        .contains(tuple("VLMGOV", "KST", "100"));
  }

  @Test
  void anAccusationByTheSpeakersSideInsideAQuoteIsTheSpeakers() {
    Article a = new Builder("\"Our government accuses Kestra of spying,\" the Velmoran minister said.")
        .actor("Kestra", "KST").actor("the Velmoran minister", "VLMGOV")
        .quote("Our government accuses Kestra of spying,", true, "the Velmoran minister", "say", "said").build();
    assertThat(events(a)).extracting(e -> e.source().code(), e -> e.target() == null ? null : e.target().code(), e -> e.cameo().substring(0, 3))
        .contains(tuple("VLMGOV", "KST", "112"));
  }

  @Test
  void aThreatByWeInsideAQuoteIsTheSpeakers() {
    Article a = new Builder("\"We will impose sanctions on Kestra,\" the Velmoran minister said.")
        .actor("Kestra", "KST").actor("the Velmoran minister", "VLMGOV")
        .quote("We will impose sanctions on Kestra,", true, "the Velmoran minister", "say", "said").build();
    assertThat(events(a)).extracting(e -> e.source().code(), e -> e.target() == null ? null : e.target().code(), Event::status)
        .contains(tuple("VLMGOV", "KST", EventStatus.INTENDED));
  }
}
