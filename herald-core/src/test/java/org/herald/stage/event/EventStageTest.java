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
import org.herald.stage.date.TimeExpression;
import org.herald.stage.date.TimexType;
import org.herald.stage.name.Entity;
import org.herald.stage.name.EntityType;
import org.herald.stage.name.Geo;
import org.herald.stage.name.Mention;
import org.herald.stage.name.MentionKind;
import org.herald.stage.name.NameStage;
import org.herald.stage.quote.Quote;
import org.herald.stage.quote.QuoteStage;
import org.herald.testkit.ArticleFixtures;
import org.herald.testkit.StageContract;
import org.junit.jupiter.api.Test;

class EventStageTest extends StageContract {
  private static final String PUBLISHED = "2024-06-17";

  /** A paragraph written for this test with the structures of the seed article. */
  private static final String PARAGRAPH = String.join(" ",
      "Moscow and Pyongyang will develop trade ties, President Vladimir Putin has said ahead of his visit to"
          + " North Korea on Tuesday.",
      "On Tuesday Putin will make his first trip to North Korea since 2000, when he met with Kim Jong-Il.",
      "Last September, he hosted the North Korean leader Kim Jong-un at the Vostochny cosmodrome in the Amur"
          + " region.",
      "Putin recalled that the Soviet army helped liberate the peninsula from foreign rule in 1945 and that"
          + " Moscow was the first capital to recognize the DPRK.",
      "The USSR also helped rebuild the country after the Korean War (1950-1953).",
      "He also pledged to increase contacts between the two countries.");

  @Override
  protected Stage createStage() {
    return new EventStage();
  }

  @Override
  protected List<Article> contractArticles() {
    return List.of(paragraph(), layered(ArticleFixtures.article("Nothing happens here.", PUBLISHED)),
        compound());
  }

  // ---- fixtures ----

  /** Builds the actor, date, quote and name layers by hand. */
  private static final class Layers {
    final Article base;
    final List<Actor> actors = new ArrayList<>();
    final List<TimeExpression> timex = new ArrayList<>();
    final List<Quote> quotes = new ArrayList<>();
    final List<Entity> entities = new ArrayList<>();

    Layers(String text) {
      base = ArticleFixtures.article(text, PUBLISHED);
    }

    Span find(String phrase, int nth) {
      int at = -1;
      for (int i = 0; i <= nth; i++) {
        at = base.text().indexOf(phrase, at + 1);
        if (at < 0) {
          throw new IllegalArgumentException("no " + nth + "th '" + phrase + "'");
        }
      }
      return Span.of(at, at + phrase.length());
    }

    Layers actor(String phrase, int nth, String name, String entity, String code, String country) {
      Span s = find(phrase, nth);
      actors.add(new Actor(s.start(), s.end(), name, entity, code, country));
      return this;
    }

    /** An actor on {@code word} inside the first {@code context}: "he" in "when he met". */
    Layers actorWord(String context, String word, String name, String entity, String code, String country) {
      Span c = find(context, 0);
      int at = c.start() + (" " + context + " ").indexOf(" " + word + " ");
      actors.add(new Actor(at, at + word.length(), name, entity, code, country));
      return this;
    }

    Layers actor(String phrase, String code, String country) {
      return actor(phrase, 0, phrase, null, code, country);
    }

    Layers date(String phrase, String value) {
      Span s = find(phrase, 0);
      timex.add(new TimeExpression(s.start(), s.end(), phrase, TimexType.DATE, value, null, null));
      return this;
    }

    Layers range(String phrase, String value, String endValue) {
      Span s = find(phrase, 0);
      timex.add(new TimeExpression(s.start(), s.end(), phrase, TimexType.DATE, value, endValue, null));
      return this;
    }

    Article build() {
      actors.sort((a, b) -> Integer.compare(a.start(), b.start()));
      timex.sort((a, b) -> Integer.compare(a.start(), b.start()));
      return base.with(NameStage.ENTITIES, entities).with(QuoteStage.QUOTES, quotes)
          .with(ActorStage.ACTORS, actors).with(DateStage.TIMEX, timex);
    }
  }

  private static Article layered(Article a) {
    return a.with(NameStage.ENTITIES, List.of()).with(QuoteStage.QUOTES, List.of())
        .with(ActorStage.ACTORS, List.of()).with(DateStage.TIMEX, List.of());
  }

  private static Article paragraph() {
    Layers l = new Layers(PARAGRAPH);
    l.actor("Moscow", 0, "Russia", "E1", "RUS", "RUS")
        .actor("Pyongyang", 0, "North Korea", "E2", "PRK", "PRK")
        .actor("President Vladimir Putin", 0, "Vladimir Putin", "E3", "RUSGOV", "RUS")
        .actor("his", 0, "Vladimir Putin", "E3", "RUSGOV", "RUS")
        .actor("North Korea", 0, "North Korea", "E2", "PRK", "PRK")
        .actor("Putin", 1, "Vladimir Putin", "E3", "RUSGOV", "RUS")
        .actor("North Korea", 1, "North Korea", "E2", "PRK", "PRK")
        .actorWord("when he met", "he", "Vladimir Putin", "E3", "RUSGOV", "RUS")
        .actor("Kim Jong-Il", 0, "Kim Jong-Il", "E4", "PRKGOV", "PRK")
        .actorWord("he hosted", "he", "Vladimir Putin", "E3", "RUSGOV", "RUS")
        .actor("North Korean leader Kim Jong-un", 0, "Kim Jong-un", "E5", "PRKGOV", "PRK")
        .actorWord("Putin recalled", "Putin", "Vladimir Putin", "E3", "RUSGOV", "RUS")
        .actor("Soviet army", 0, "Soviet army", null, "RUSMIL", "RUS")
        .actor("Moscow", 1, "Russia", "E1", "RUS", "RUS")
        .actor("DPRK", 0, "North Korea", "E2", "PRK", "PRK")
        .actor("USSR", 0, "Soviet Union", "E6", "RUS", "RUS")
        .actorWord("He also", "He", "Vladimir Putin", "E3", "RUSGOV", "RUS");
    l.date("Tuesday", "2024-06-18").date("2000", "2000").date("Last September", "2023-09").date("1945", "1945")
        .range("1950-1953", "1950", "1953");
    l.timex.add(at(l, "Tuesday", 1, "2024-06-18"));
    Span cosmodrome = l.find("Vostochny cosmodrome", 0);
    l.entities.add(new Entity("E7", EntityType.LOCATION, "Vostochny Cosmodrome", "RUS", List.of(),
        new Geo(51.88, 128.33), List.of(new Mention(cosmodrome.start(), cosmodrome.end(), MentionKind.NAME))));
    Span amur = l.find("Amur region", 0);
    l.entities.add(new Entity("E8", EntityType.LOCATION, "Amur Oblast", "RUS", List.of(), null,
        List.of(new Mention(amur.start(), amur.end(), MentionKind.NAME))));
    return l.build();
  }

  private static TimeExpression at(Layers l, String phrase, int nth, String value) {
    Span s = l.find(phrase, nth);
    return new TimeExpression(s.start(), s.end(), phrase, TimexType.DATE, value, null, null);
  }

  private static Article compound() {
    Layers l = new Layers("Russia and North Korea will develop joint payment mechanisms, jointly oppose"
        + " unilateral restrictions and shape a new security order, Putin wrote.");
    l.actor("Russia", "RUS", "RUS").actor("North Korea", "PRK", "PRK").actor("Putin", "RUSGOV", "RUS");
    return l.build();
  }

  private List<Event> events(Article a) {
    return stage.apply(a).layer(EventStage.EVENTS);
  }

  private List<Event> events(String text, String... actorsCodeCountry) {
    Layers l = new Layers(text);
    for (int i = 0; i < actorsCodeCountry.length; i += 3) {
      l.actor(actorsCodeCountry[i], actorsCodeCountry[i + 1], actorsCodeCountry[i + 2]);
    }
    return events(l.build());
  }

  @Test
  void issue6_codesACondemnationOnlyWithSomeoneCondemned() {
    assertThat(events("Peru condemned the decision.", "Peru", "PER", "PER")).isEmpty();
    assertThat(events("Peru condemned Chile.", "Peru", "PER", "PER", "Chile", "CHL", "CHL"))
        .extracting(EventStageTest::tgt, Event::cameo).containsExactly(tuple("CHL", "111"));
  }

  @Test
  void issue6_keepsADateBetweenARefusalAndItsActInTheRefusal() {
    Layers l = new Layers("Peru refused on Friday to extradite the suspect to Chile.");
    l.actor("Peru", "PER", "PER").actor("Chile", "CHL", "CHL").date("Friday", "2024-06-14");
    assertThat(events(l.build())).extracting(Event::cameo, Event::status)
        .containsExactly(tuple("063", EventStatus.NEGATED));
  }

  private static String src(Event e) {
    return e.source().code();
  }

  private static String tgt(Event e) {
    return e.target() == null ? null : e.target().code();
  }

  // ---- the seed structures ----

  @Test
  void codesTheSeedLikeParagraph() {
    List<Event> ev = events(paragraph());
    assertThat(ev).extracting(Event::trigger, EventStageTest::src, EventStageTest::tgt, Event::cameo,
        Event::status, Event::date).containsExactly(
        tuple("develop trade", "RUS", "PRK", "061", EventStatus.INTENDED, null),
        tuple("develop trade", "PRK", "RUS", "061", EventStatus.INTENDED, null),
        tuple("visit to", "RUSGOV", "PRK", "042", EventStatus.INTENDED, "2024-06-18"),
        tuple("met with", "RUSGOV", "PRKGOV", "040", EventStatus.ASSERTED, "2000"),
        tuple("hosted", "RUSGOV", "PRKGOV", "043", EventStatus.ASSERTED, "2023-09"),
        tuple("helped liberate", "RUSMIL", null, "074", EventStatus.ASSERTED, "1945"),
        tuple("recognize", "RUS", "PRK", "054", EventStatus.ASSERTED, null),
        tuple("helped rebuild", "RUS", null, "070", EventStatus.ASSERTED, "1950/1953"),
        tuple("increase contacts", "RUSGOV", "PRK", "030", EventStatus.INTENDED, null));
    assertThat(ev).extracting(Event::id).startsWith("V1", "V2", "V3");
    Event hosted = ev.get(4);
    assertThat(hosted.plover()).isEqualTo("CONSULT");
    assertThat(hosted.location()).isEqualTo(new Location("Vostochny Cosmodrome", "RUS", 51.88, 128.33));
  }

  @Test
  void codesIntendedVisitWithFutureDate() {
    Layers l = new Layers("Putin will visit North Korea on Tuesday.");
    l.actor("Putin", "RUSGOV", "RUS").actor("North Korea", "PRK", "PRK").date("Tuesday", "2024-06-18");
    List<Event> ev = events(l.build());
    assertThat(ev).hasSize(1);
    Event e = ev.get(0);
    assertThat(e.source().code()).isEqualTo("RUSGOV");
    assertThat(e.target().country()).isEqualTo("PRK");
    assertThat(e.cameo()).isEqualTo("042");
    assertThat(e.plover()).isEqualTo("CONSULT");
    assertThat(e.mode()).isEqualTo("visit");
    assertThat(e.quadClass()).isEqualTo(1);
    assertThat(e.status()).isEqualTo(EventStatus.INTENDED);
    assertThat(e.date()).isEqualTo("2024-06-18");
  }

  @Test
  void codesPossessiveTripWithTheDateBeforeIt() {
    Layers l = new Layers("Tuesday’s visit will be Putin’s first trip to North Korea since 2000.");
    l.actor("Putin", "RUSGOV", "RUS").actor("North Korea", "PRK", "PRK").date("Tuesday", "2024-06-18")
        .date("2000", "2000");
    List<Event> ev = events(l.build());
    assertThat(ev).extracting(Event::trigger, EventStageTest::src, EventStageTest::tgt, Event::status,
        Event::date).containsExactly(tuple("trip to", "RUSGOV", "PRK", EventStatus.INTENDED, "2024-06-18"));
  }

  @Test
  void codesPassiveVoiceWithAgentAsSource() {
    List<Event> ev = events("Kim Jong-un was hosted by Russia at a summit.", "Kim Jong-un", "PRKGOV", "PRK",
        "Russia", "RUS", "RUS");
    assertThat(ev).extracting(EventStageTest::src, EventStageTest::tgt, Event::cameo)
        .containsExactly(tuple("RUS", "PRKGOV", "043"));
    List<Event> attacked = events("Ukrainian villages were attacked by Russian troops.", "Ukrainian villages",
        "UKRCVL", "UKR", "Russian troops", "RUSMIL", "RUS");
    assertThat(attacked).extracting(EventStageTest::src, EventStageTest::tgt, Event::cameo)
        .containsExactly(tuple("RUSMIL", "UKRCVL", "190"));
  }

  @Test
  void splitsCompoundSourcesIntoOneEventEach() {
    List<Event> condemned = events("Russia and China condemned Japan.", "Russia", "RUS", "RUS", "China", "CHN",
        "CHN", "Japan", "JPN", "JPN");
    assertThat(condemned).extracting(EventStageTest::src, EventStageTest::tgt, Event::cameo)
        .containsExactly(tuple("RUS", "JPN", "111"), tuple("CHN", "JPN", "111"));
    List<Event> jointly = events(compound());
    assertThat(jointly).extracting(Event::trigger, EventStageTest::src, EventStageTest::tgt, Event::status)
        .containsExactly(
            tuple("develop joint payment mechanisms", "RUS", "PRK", EventStatus.INTENDED),
            tuple("develop joint payment mechanisms", "PRK", "RUS", EventStatus.INTENDED),
            tuple("shape a new security order", "RUS", "PRK", EventStatus.INTENDED),
            tuple("shape a new security order", "PRK", "RUS", EventStatus.INTENDED));
  }

  @Test
  void marksDidNotMeetAsNegated() {
    String[] actors = {"Putin", "RUSGOV", "RUS", "Kim Jong-un", "PRKGOV", "PRK"};
    assertThat(events("Putin did not meet Kim Jong-un.", actors)).extracting(Event::cameo, Event::status)
        .containsExactly(tuple("040", EventStatus.NEGATED));
    assertThat(events("Putin refused to sign a treaty with Kim Jong-un.", actors))
        .extracting(Event::cameo, Event::status).containsExactly(tuple("057", EventStatus.NEGATED));
    assertThat(events("Putin could meet Kim Jong-un.", actors)).extracting(Event::status)
        .containsExactly(EventStatus.HYPOTHETICAL);
    assertThat(events("Putin plans to meet Kim Jong-un.", actors)).extracting(Event::status)
        .containsExactly(EventStatus.INTENDED);
  }

  @Test
  void codesThreatsToActAsThreatsNotAsTheAct() {
    List<Event> ev = events("The United States threatened to impose new sanctions on Russia.",
        "The United States", "USA", "USA", "Russia", "RUS", "RUS");
    assertThat(ev).extracting(Event::cameo, EventStageTest::tgt, Event::status, Event::plover)
        .containsExactly(tuple("1312", "RUS", EventStatus.ASSERTED, "THREATEN"));
  }

  @Test
  void datesHistoricalClauseWithItsOwnYear() {
    List<Event> ev = events(paragraph());
    assertThat(ev).filteredOn(e -> e.trigger().equals("met with")).extracting(Event::date)
        .containsExactly("2000");
    assertThat(ev).filteredOn(e -> e.trigger().equals("helped liberate")).extracting(Event::date)
        .containsExactly("1945");
    assertThat(ev).filteredOn(e -> e.trigger().equals("helped rebuild")).extracting(Event::date)
        .containsExactly("1950/1953");
    assertThat(ev).filteredOn(e -> e.trigger().equals("recognize")).extracting(Event::date)
        .containsOnlyNulls();
  }

  @Test
  void datesPresentPerfectWithThePublicationDate() {
    List<Event> ev = events("Russia has expelled two Japanese diplomats.", "Russia", "RUS", "RUS",
        "Japanese diplomats", "JPNGOV", "JPN");
    assertThat(ev).extracting(Event::cameo, Event::date).containsExactly(tuple("161", PUBLISHED));
    assertThat(events("Russia expelled two Japanese diplomats.", "Russia", "RUS", "RUS", "Japanese diplomats",
        "JPNGOV", "JPN")).extracting(Event::date).containsOnlyNulls();
  }

  @Test
  void takesTheQuoteSpeakerAsSourceOfWe() {
    Layers l = new Layers("“We will sign the treaty with North Korea,” Putin said.");
    l.actor("North Korea", "PRK", "PRK").actor("Putin", 0, "Vladimir Putin", "E1", "RUSGOV", "RUS");
    Span content = l.find("We will sign the treaty with North Korea,", 0);
    Span putin = l.find("Putin", 0);
    l.quotes.add(new Quote(content.start(), content.end(), content.textIn(l.base), true, "E1",
        "Vladimir Putin", putin, "say", l.find("said", 0)));
    List<Event> ev = events(l.build());
    assertThat(ev).extracting(EventStageTest::src, EventStageTest::tgt, Event::cameo, Event::status)
        .containsExactly(tuple("RUSGOV", "PRK", "057", EventStatus.INTENDED));
  }

  @Test
  void emitsNoEventWhenNoPatternFits() {
    assertThat(events("Putin reminded Koreans of their shared history.", "Putin", "RUSGOV", "RUS", "Koreans",
        "PRK", "PRK")).isEmpty();
    assertThat(events("According to the Kremlin, the delegation will include Sergey Lavrov.", "Kremlin",
        "RUSGOV", "RUS", "Sergey Lavrov", "RUSGOV", "RUS")).isEmpty();
    assertThat(events("The Russian president outlined his goals in an article.", "Russian president",
        "RUSGOV", "RUS")).isEmpty();
  }

  @Test
  void emitsNoSelfEvents() {
    assertThat(events("Russia praised the Russian president.", "Russia", "RUS", "RUS", "Russian president",
        "RUSGOV", "RUS")).isEmpty();
  }

  @Test
  void mergesTheSameEventSaidTwice() {
    Layers l = new Layers("Putin will visit North Korea on Tuesday. Putin’s visit to North Korea on Tuesday"
        + " will be his first in years.");
    l.actor("Putin", 0, "Vladimir Putin", "E1", "RUSGOV", "RUS")
        .actor("North Korea", 0, "North Korea", "E2", "PRK", "PRK")
        .actor("Putin", 1, "Vladimir Putin", "E1", "RUSGOV", "RUS")
        .actor("North Korea", 1, "North Korea", "E2", "PRK", "PRK")
        .date("Tuesday", "2024-06-18");
    l.timex.add(at(l, "Tuesday", 1, "2024-06-18"));
    List<Event> ev = events(l.build());
    assertThat(ev).hasSize(1);
    assertThat(ev.get(0).trigger()).isEqualTo("visit");
    assertThat(ev.get(0).status()).isEqualTo(EventStatus.INTENDED);
    assertThat(ev.get(0).start()).isEqualTo(l.base.text().indexOf("visit"));
  }

  @Test
  void codesAnAttackAndItsTarget() {
    List<Event> ev = events("Russian forces shelled Kharkiv on Monday.", "Russian forces", "RUSMIL", "RUS",
        "Kharkiv", "UKR", "UKR");
    assertThat(ev).extracting(EventStageTest::src, EventStageTest::tgt, Event::cameo, Event::quadClass)
        .containsExactly(tuple("RUSMIL", "UKR", "194", 4));
  }

  // ---- rules for the sample articles' structures (samples/EXPECTED.md) ----

  @Test
  void keepsThePledgedActsOwnCodeWithIntendedStatus() {
    assertThat(events("Spain will send Morocco three more air defence systems.", "Spain", "ESP", "ESP",
        "Morocco", "MAR", "MAR")).extracting(EventStageTest::src, EventStageTest::tgt, Event::cameo,
        Event::status).containsExactly(tuple("ESP", "MAR", "072", EventStatus.INTENDED));
  }

  @Test
  void takesAnActorInsideThePatternAsTarget() {
    assertThat(events("Chile could expel Peruvian diplomats.", "Chile", "CHL", "CHL", "Peruvian diplomats",
        "PERGOV", "PER")).extracting(EventStageTest::tgt, Event::cameo, Event::status)
        .containsExactly(tuple("PERGOV", "161", EventStatus.HYPOTHETICAL));
    assertThat(events("The president is expected to attend a NATO summit in July.", "The president", "POLGOV",
        "POL", "NATO", "IGOWSTNAT", null)).extracting(EventStageTest::tgt, Event::cameo, Event::status)
        .containsExactly(tuple("IGOWSTNAT", "040", EventStatus.INTENDED));
  }

  @Test
  void readsTheSubjectAfterAReportingVerbOrAClauseConjunction() {
    assertThat(events("The spokesman said Peru had imposed sanctions on Chile.", "Peru", "PER", "PER", "Chile",
        "CHL", "CHL")).extracting(EventStageTest::src, EventStageTest::tgt, Event::cameo)
        .containsExactly(tuple("PER", "CHL", "163"));
    assertThat(events("It came a week after Lima accused Santiago of spying.", "Lima", "PERGOV", "PER",
        "Santiago", "CHLGOV", "CHL")).extracting(EventStageTest::src, EventStageTest::tgt, Event::cameo)
        .containsExactly(tuple("PERGOV", "CHLGOV", "1125"));
    assertThat(events("The ministry said it had expelled a Chilean diplomat.", "ministry", "PERGOV", "PER"))
        .extracting(EventStageTest::src, EventStageTest::tgt, Event::cameo)
        .containsExactly(tuple("PERGOV", "CHLGOV", "161"));
  }

  @Test
  void makesCountryActorsOfDemonymsTheActorLayerLeftOut() {
    assertThat(events("Chilean soldiers arrested nine Peruvian fishermen.", "Chilean soldiers", "CHLMIL", "CHL"))
        .extracting(EventStageTest::src, EventStageTest::tgt, Event::cameo)
        .containsExactly(tuple("CHLMIL", "PER", "173"));
    assertThat(events("Peruvian and Chilean troops exchanged fire on Monday.", "Chilean troops", "CHLMIL",
        "CHL")).extracting(EventStageTest::src, EventStageTest::tgt, Event::cameo)
        .containsExactly(tuple("PERMIL", "CHLMIL", "193"), tuple("CHLMIL", "PERMIL", "193"));
  }

  @Test
  void makesSymmetricActsOfACompoundSubjectMutual() {
    assertThat(events("Peru and Chile clashed over the border in 1879.", "Peru", "PER", "PER", "Chile", "CHL",
        "CHL")).extracting(EventStageTest::src, EventStageTest::tgt, Event::cameo)
        .containsExactly(tuple("PER", "CHL", "190"), tuple("CHL", "PER", "190"));
    // a condemnation is no mutual act (and, with no one condemned, no event at all: issue 6)
    assertThat(events("Peru and Chile condemned the decision.", "Peru", "PER", "PER", "Chile", "CHL", "CHL"))
        .extracting(EventStageTest::tgt).doesNotContain("PER", "CHL");
  }

  @Test
  void readsTheTwoCountriesAsTheArticlesPair() {
    List<Event> ev = events("Peru and Chile met in Lima. The two countries signed a fishing pact.", "Peru",
        "PER", "PER", "Chile", "CHL", "CHL");
    assertThat(ev).filteredOn(e -> e.cameo().equals("057"))
        .extracting(EventStageTest::src, EventStageTest::tgt)
        .containsExactly(tuple("PER", "CHL"), tuple("CHL", "PER"));
    assertThat(events("Peru and Chile clashed at sea. Brazil's envoy called on both countries to show restraint.",
        "Peru", "PER", "PER", "Chile", "CHL", "CHL", "Brazil", "BRA", "BRA"))
        .filteredOn(e -> e.cameo().startsWith("02"))
        .extracting(EventStageTest::tgt).containsExactlyInAnyOrder("PER", "CHL");
  }

  @Test
  void codesJointDrillsAsCooperationAndOneSidesAsAShowOfForce() {
    assertThat(events("Peru and Chile began naval exercises on Monday.", "Peru", "PER", "PER", "Chile", "CHL",
        "CHL")).extracting(EventStageTest::src, Event::cameo).containsExactly(tuple("PER", "062"),
        tuple("CHL", "062"));
  }

  @Test
  void codesDomesticProtestAgainstItsOwnGovernmentAndPoliceArrests() {
    List<Event> ev = events("Hundreds of people marched through Lima. Police arrested 30 protesters in Peru.",
        "Lima", "PERGOV", "PER", "Peru", "PER", "PER");
    assertThat(ev).extracting(EventStageTest::src, EventStageTest::tgt, Event::cameo)
        .contains(tuple("PERCVL", "PERGOV", "141"), tuple("PERCOP", "PERCVL", "173"));
  }

  @Test
  void marksNoIntentionOfDoingAsNegated() {
    assertThat(events("Lima had no intention of expelling Chilean diplomats.", "Lima", "PERGOV", "PER",
        "Chilean diplomats", "CHLGOV", "CHL")).extracting(Event::cameo, Event::status)
        .containsExactly(tuple("161", EventStatus.NEGATED));
  }

  @Test
  void takesTheObjectOfUrgeAsTheDoerOfItsToVerb() {
    assertThat(events("Lima urged Chile to send more troops.", "Lima", "PERGOV", "PER", "Chile", "CHL", "CHL"))
        .filteredOn(e -> e.cameo().startsWith("07")).extracting(EventStageTest::src).containsExactly("CHL");
  }

  @Test
  void readsNoVerbInAnAdjectiveNounOrAYearNounPhrase() {
    assertThat(events("Peru and Chile agreed to avoid accidental clashes.", "Peru", "PER", "PER", "Chile", "CHL",
        "CHL")).filteredOn(e -> e.cameo().startsWith("19")).isEmpty();
    assertThat(events("Peru and Chile will update their 2015 free trade agreement.", "Peru", "PER", "PER",
        "Chile", "CHL", "CHL")).filteredOn(e -> e.cameo().startsWith("08")).isEmpty();
  }

  @Test
  void cameoTableLoadsWithAllTwentyRootsAndValidGoldsteinRange() {
    CameoTable table = ((EventStage) stage).cameo();
    assertThat(table.size()).isGreaterThan(300);
    for (int root = 1; root <= 20; root++) {
      String r = String.format("%02d", root);
      CameoCode c = table.get(r);
      assertThat(c).as("root %s", r).isNotNull();
      assertThat(c.quadClass()).isEqualTo(CameoCode.quadOfRoot(root));
    }
    assertThat(table.all()).allSatisfy(c -> {
      assertThat(c.goldstein()).isBetween(-10.0, 10.0);
      assertThat(c.plover()).isNotIn("DEMAND", "DISAPPROVE");
    });
    assertThat(table.get("042")).extracting(CameoCode::plover, CameoCode::mode).containsExactly("CONSULT", "visit");
    assertThat(table.get("1041").plover()).isEqualTo("REQUEST");
    assertThat(table.get("111").plover()).isEqualTo("ACCUSE");
    assertThat(table.get("190").quadClass()).isEqualTo(4);
    assertThat(table.get("057").quadClass()).isEqualTo(1);
  }

  // ---- issue 6, third round: subjects, targets, statuses and codes ----

  @Test
  void takesThePeopleAfterAGroupOfAsTheSubject() {
    assertThat(events("A group of Peruvian diplomats held talks with Chile.", "Peruvian diplomats", "PERGOV", "PER",
        "Chile", "CHL", "CHL")).extracting(EventStageTest::src, EventStageTest::tgt, Event::cameo)
        .containsExactly(tuple("PERGOV", "CHL", "046"));
  }

  @Test
  void resolvesAPronounAfterSaidAndATimeExpression() {
    Layers l = new Layers("Lima said on Monday it had expelled two Chilean diplomats.");
    l.actor("Lima", "PERGOV", "PER").actor("Chilean diplomats", "CHLGOV", "CHL").date("Monday", "2024-06-17");
    assertThat(events(l.build())).extracting(EventStageTest::src, EventStageTest::tgt, Event::cameo)
        .containsExactly(tuple("PERGOV", "CHLGOV", "161"));
  }

  @Test
  void takesTheAuthorOfRejectedCallsAsTheTarget() {
    assertThat(events("Lima rejected recent calls by Chile for a new border commission.", "Lima", "PERGOV", "PER",
        "Chile", "CHL", "CHL")).extracting(EventStageTest::src, EventStageTest::tgt, e -> e.cameo().substring(0, 2))
        .containsExactly(tuple("PERGOV", "CHL", "12"));
  }

  @Test
  void codesKillingsByArmedForcesAsMilitaryForceAndByRebelsAsKillings() {
    assertThat(events("Chilean troops killed three Peruvian farmers.", "Chilean troops", "CHLMIL", "CHL",
        "Peruvian farmers", "PERAGR", "PER"))
        .extracting(Event::cameo).containsExactly("190");
    assertThat(events("Rebels killed three Chilean farmers.", "Rebels", "PERREB", "PER", "Chilean farmers",
        "CHLAGR", "CHL"))
        .extracting(Event::cameo).containsExactly("1823");
  }

  @Test
  void readsAReportedMustAsTheSpeakersDemand() {
    List<Event> ev = events("Lima said Chile must withdraw its troops from the border.", "Lima", "PERGOV", "PER",
        "Chile", "CHL", "CHL");
    assertThat(ev).filteredOn(e -> e.cameo().equals("100")).extracting(EventStageTest::src, EventStageTest::tgt,
        Event::trigger, Event::status).containsExactly(tuple("PERGOV", "CHL", "must", EventStatus.ASSERTED));
    assertThat(ev).filteredOn(e -> e.cameo().startsWith("087")).extracting(Event::status)
        .doesNotContain(EventStatus.ASSERTED);
  }

  @Test
  void doesNotAssertWhatIsDemandedOrWhatARejectedClaimSays() {
    assertThat(events("Lima rejected suggestions that Chile was helping Bolivia.", "Lima", "PERGOV", "PER", "Chile",
        "CHL", "CHL", "Bolivia", "BOL", "BOL")).filteredOn(e -> e.cameo().startsWith("07"))
        .extracting(Event::status).containsExactly(EventStatus.HYPOTHETICAL);
    assertThat(events("Lima demanded that Chile release the fishermen.", "Lima", "PERGOV", "PER", "Chile", "CHL",
        "CHL")).filteredOn(e -> !e.cameo().startsWith("10")).extracting(Event::status)
        .doesNotContain(EventStatus.ASSERTED);
  }

  @Test
  void joinsAThreatToItsActAcrossATimeExpressionAndKeepsTheActsTarget() {
    Layers l = new Layers("Lima threatened on Monday to break relations with Chile.");
    l.actor("Lima", "PERGOV", "PER").actor("Chile", "CHL", "CHL").date("Monday", "2024-06-17");
    assertThat(events(l.build())).extracting(EventStageTest::src, EventStageTest::tgt, Event::cameo)
        .containsExactly(tuple("PERGOV", "CHL", "1313"));
  }

  @Test
  void takesTheTargetOfAHungerStrikeFromWhatItProtests() {
    assertThat(events("Peruvian farmers began a hunger strike to protest Chile's decision.", "Peruvian farmers",
        "PERAGR", "PER", "Chile", "CHL", "CHL")).filteredOn(e -> e.cameo().equals("142"))
        .extracting(EventStageTest::src, EventStageTest::tgt).containsExactly(tuple("PERAGR", "CHL"));
  }

  @Test
  void codesWarGamesSharingAcceptingAndInvestigations() {
    assertThat(events("Peru and Chile launched war games off the coast.", "Peru", "PER", "PER", "Chile", "CHL",
        "CHL")).extracting(Event::cameo).containsOnly("062");
    assertThat(events("Lima shared intelligence with Chile.", "Lima", "PERGOV", "PER", "Chile", "CHL", "CHL"))
        .extracting(Event::cameo, EventStageTest::tgt).containsExactly(tuple("064", "CHL"));
    assertThat(events("Lima accepted a formula for ending the dispute.", "Lima", "PERGOV", "PER"))
        .extracting(Event::cameo).containsExactly("030");
    assertThat(events("A Peruvian judge opened investigations against Chilean officials.", "Peruvian judge",
        "PERJUD", "PER", "Chilean officials", "CHLGOV", "CHL")).extracting(Event::cameo, EventStageTest::tgt)
        .containsExactly(tuple("090", "CHLGOV"));
  }

  @Test
  void readsAParticipleAfterAPlainNounAsAPassiveWithoutSubject() {
    assertThat(events("Lima hoped several officials accused of bribery would resign.", "Lima", "PERGOV", "PER"))
        .filteredOn(e -> e.cameo().startsWith("11")).isEmpty();
  }
}
