package org.herald.stage.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Article;
import org.herald.pipeline.Stage;
import org.herald.stage.name.Entity;
import org.herald.stage.name.EntityType;
import org.herald.stage.name.Mention;
import org.herald.stage.name.MentionKind;
import org.herald.stage.name.NameStage;
import org.herald.testkit.ArticleFixtures;
import org.herald.testkit.StageContract;
import org.junit.jupiter.api.Test;

class QuoteStageTest extends StageContract {
  /** A seed-like article: a leader's op-ed with direct, partial and reported quotes. */
  private static final String OPED = String.join("\n",
      "Lee outlines aims of Oslo visit",
      "Seoul and Oslo will expand shipping and energy links, free from outside pressure, Korean President "
          + "Min-jun Lee has said, before his trip to Norway on Friday. The Korean president set out his aims "
          + "in a column printed by the Norwegian daily Aftenposten.",
      "To bring “more openness and trust to northern trade,” Korea and Norway “will build new payment "
          + "channels free of outside control, oppose unfair sanctions together, and shape a fair order of "
          + "security in the Arctic,” Lee wrote.",
      "He also promised to widen “student exchange” between the two nations, including “research "
          + "mobility” between universities, travel, “as well as cultural, youth and sports contacts” to "
          + "build trust and goodwill.",
      "Lee reminded Norwegians that Korean sailors helped rescue their fishermen in 1962 and that Seoul "
          + "was among the first to open an embassy in Oslo.",
      "“Korea has steadily backed and will back the Norwegian people in their quest for a clean and "
          + "free future,” the Korean president wrote.",
      "According to the Blue House, the delegation will also include Trade Minister Ji-ho Park.");

  @Override
  protected Stage createStage() {
    return new QuoteStage();
  }

  @Override
  protected boolean spansStayInSentences() {
    return false; // quotes run over sentences and paragraphs
  }

  @Override
  protected List<Article> contractArticles() {
    return List.of(oped(),
        withEntities(ArticleFixtures.article("“We will come,” he said, “and we will win.”\n“More,” she said")),
        withEntities(ArticleFixtures.article("He said \"yes\n\"and no\" ‘odd’ and 'x' Koreans’ rights.")),
        withEntities(ArticleFixtures.article("“Unclosed quote\nplain paragraph.")));
  }

  // ---------------------------------------------------------------- the seed-like article

  @Test
  void attributesBothDirectQuotesOfTheOpedToTheLeader() {
    List<Quote> direct = quotes(oped()).stream().filter(Quote::direct).toList();
    Quote first = find(direct, "more openness and trust to northern trade");
    assertThat(first.speaker()).isEqualTo("E1");
    assertThat(first.speakerName()).isEqualTo("Min-jun Lee");
    assertThat(first.cue()).isEqualTo("write");
    Quote second = find(direct, "will build new payment channels");
    assertThat(second.text()).endsWith("security in the Arctic");
    assertThat(second.speaker()).isEqualTo("E1");
    Quote last = find(direct, "Korea has steadily backed");
    assertThat(last.speaker()).isEqualTo("E1");
    assertThat(last.cue()).isEqualTo("write");
    assertThat(last.speakerSpan().textIn(oped())).isEqualTo("the Korean president");
  }

  @Test
  void attributesPartialQuotesToTheSentenceSubject() {
    Article a = oped();
    List<Quote> q = quotes(a);
    for (String s : List.of("student exchange", "research mobility", "as well as cultural, youth and sports contacts")) {
      Quote p = find(q, s);
      assertThat(p.text()).isEqualTo(s);
      assertThat(p.direct()).isTrue();
      assertThat(p.speaker()).as(s).isEqualTo("E1");
      assertThat(p.speakerSpan().textIn(a)).isEqualTo("He");
      assertThat(p.cue()).isEqualTo("promise");
    }
  }

  @Test
  void findsReportedSpeechAfterRemindThat() {
    Quote q = find(quotes(oped()), "Korean sailors helped");
    assertThat(q.direct()).isFalse();
    assertThat(q.speaker()).isEqualTo("E1");
    assertThat(q.cue()).isEqualTo("remind");
    assertThat(q.text()).isEqualTo("Korean sailors helped rescue their fishermen in 1962 and that Seoul was "
        + "among the first to open an embassy in Oslo");
  }

  @Test
  void findsReportedSpeechIntroducedByAccordingTo() {
    Article a = oped();
    Quote q = find(quotes(a), "the delegation will also include");
    assertThat(q.direct()).isFalse();
    assertThat(q.speaker()).isEqualTo("E3");
    assertThat(q.speakerName()).isEqualTo("Blue House");
    assertThat(q.cue()).isEqualTo("according to");
    assertThat(q.cueSpan().textIn(a)).isEqualTo("According to");
  }

  @Test
  void findsFrontedReportedSpeechBeforeSubjectAndCue() {
    Quote q = find(quotes(oped()), "Seoul and Oslo will expand");
    assertThat(q.direct()).isFalse();
    assertThat(q.text()).isEqualTo("Seoul and Oslo will expand shipping and energy links, free from outside "
        + "pressure");
    assertThat(q.speaker()).isEqualTo("E1");
    assertThat(q.cue()).isEqualTo("say");
  }

  @Test
  void returnsQuotesSortedByStart() {
    List<Quote> q = quotes(oped());
    assertThat(q).hasSize(9);
    assertThat(q).isSortedAccordingTo(java.util.Comparator.comparingInt(Quote::start));
  }

  // ---------------------------------------------------------------- quote marks

  @Test
  void coversTheContentInsideTheMarks() {
    Article a = withEntities(ArticleFixtures.article("“We are ready,” Ana said."));
    Quote q = quotes(a).get(0);
    assertThat(q.textIn(a)).isEqualTo("We are ready");
    assertThat(q.text()).isEqualTo("We are ready");
    assertThat(a.text().charAt(q.start() - 1)).isEqualTo('“');
  }

  @Test
  void continuesQuoteAcrossParagraphs() {
    Article a = withEntities(ArticleFixtures.article(
        "Ana Silva said: “The first part goes on.\n“The second part ends here.”\nShe left."));
    List<Quote> q = quotes(a).stream().filter(Quote::direct).toList();
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).startsWith("The first part goes on.").endsWith("The second part ends here.");
    assertThat(q.get(0).speakerName()).isEqualTo("Ana Silva");
  }

  @Test
  void endsUnclosedQuoteAtParagraphEndWhenNoQuoteFollows() {
    Article a = withEntities(ArticleFixtures.article("Ana Silva said: “It never closes here.\nNext line."));
    Quote q = quotes(a).get(0);
    assertThat(q.text()).isEqualTo("It never closes here.");
  }

  @Test
  void ignoresApostrophes() {
    Article a = withEntities(ArticleFixtures.article(
        "Putin’s trip helped the Koreans’ economy and the farmers' union, O’Neil said."));
    assertThat(quotes(a)).noneMatch(Quote::direct);
  }

  @Test
  void pairsClearSingleQuotesInShortQuotes() {
    Article a = withEntities(ArticleFixtures.article("Ana Silva said ‘we will not yield’ to critics."));
    Quote q = quotes(a).stream().filter(Quote::direct).findFirst().orElseThrow();
    assertThat(q.text()).isEqualTo("we will not yield");
    assertThat(q.speakerName()).isEqualTo("Ana Silva");
  }

  @Test
  void readsStraightDoubleQuotes() {
    Article a = withEntities(ArticleFixtures.article("\"We will see,\" said Ana Silva."));
    Quote q = quotes(a).get(0);
    assertThat(q.text()).isEqualTo("We will see");
    assertThat(q.speakerName()).isEqualTo("Ana Silva");
    assertThat(q.cue()).isEqualTo("say");
  }

  @Test
  void keepsSingleQuotesNestedInDoubleQuotesAsContent() {
    Article a = withEntities(ArticleFixtures.article("“They call it ‘the deal’ and laugh,” Ana said."));
    List<Quote> q = quotes(a);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).isEqualTo("They call it ‘the deal’ and laugh");
  }

  @Test
  void skipsShortTitleQuotesWithNoCueNear() {
    Article a = withEntities(ArticleFixtures.article("The cruiser “Moskva” sank in the Black Sea in April."));
    assertThat(quotes(a)).isEmpty();
  }

  @Test
  void keepsShortQuotesWithACueNear() {
    Article a = withEntities(ArticleFixtures.article("“Never,” Ana Silva said."));
    assertThat(quotes(a)).extracting(Quote::text).containsExactly("Never");
  }

  @Test
  void readsAClosingMarkTypedAsOpeningMark() {
    Article a = withEntities(ArticleFixtures.article("Ana Silva wrote:\n”We are not afraid of the vote.”"));
    assertThat(quotes(a)).extracting(Quote::text).containsExactly("We are not afraid of the vote.");
  }

  @Test
  void skipsTitlesAndNumbersWithoutAdjacentCue() {
    Article a = withEntities(ArticleFixtures.article(
        "Ana Silva appeared on “Face the Nation” on Sunday.\nShe shared “1474387200” online."));
    assertThat(quotes(a)).noneMatch(Quote::direct);
  }

  // ---------------------------------------------------------------- speakers of direct quotes

  @Test
  void attributesQuoteToSpeakerAfterClosingMark() {
    Article a = withEntities(ArticleFixtures.article("“The talks went well,” Ana Silva said on Monday."));
    Quote q = quotes(a).get(0);
    assertThat(q.speaker()).isEqualTo("E1");
    assertThat(q.speakerSpan().textIn(a)).isEqualTo("Ana Silva");
    assertThat(q.cueSpan().textIn(a)).isEqualTo("said");
  }

  @Test
  void attributesQuoteToSpeakerAfterInvertedCue() {
    Article a = withEntities(ArticleFixtures.article("“The talks went well,” said Ana Silva, the envoy."));
    assertThat(quotes(a).get(0).speaker()).isEqualTo("E1");
  }

  @Test
  void attributesQuoteToSpeakerBeforeColonOrComma() {
    Article a = withEntities(ArticleFixtures.article(
        "Ana Silva told reporters: “We will stay.”\nJohn Doe said, “We will leave.”"));
    List<Quote> q = quotes(a);
    assertThat(q).extracting(Quote::speakerName).containsExactly("Ana Silva", "John Doe");
    assertThat(q).extracting(Quote::cue).containsExactly("tell", "say");
  }

  @Test
  void attributesQuoteAfterASpeakerIntroducedInThePreviousParagraph() {
    Article a = withEntities(ArticleFixtures.article("John Doe said:\n“We will leave.”"));
    assertThat(quotes(a).get(0).speakerName()).isEqualTo("John Doe");
  }

  @Test
  void givesBothPartsOfAnInterruptedQuoteTheSameSpeaker() {
    Article a = withEntities(ArticleFixtures.article("“We will come,” John Doe said, “and we will win.”"));
    List<Quote> q = quotes(a);
    assertThat(q).extracting(Quote::text).containsExactly("We will come", "and we will win.");
    assertThat(q).extracting(Quote::speaker).containsExactly("E2", "E2");
  }

  @Test
  void carriesTheSpeakerForwardToAQuoteParagraphWithoutCue() {
    Article a = withEntities(ArticleFixtures.article(
        "“We will come back,” John Doe said.\n“And next time we will stay longer.”"));
    List<Quote> q = quotes(a);
    assertThat(q).hasSize(2);
    assertThat(q.get(1).speaker()).isEqualTo("E2");
    assertThat(q.get(1).cue()).isNull();
  }

  @Test
  void bindsPronounSpeakerToLastPerson() {
    Article a = withEntities(ArticleFixtures.article(
        "John Doe arrived late in Rome.\n“We are tired but happy,” he said."));
    Quote q = quotes(a).get(0);
    assertThat(q.speaker()).isEqualTo("E2");
    assertThat(q.speakerSpan().textIn(a)).isEqualTo("he");
  }

  @Test
  void takesTheNameBeforeAnApposition() {
    Article a = withEntities(ArticleFixtures.article("“It hurts,” Hugh Hill, a doctor, said."));
    Quote q = quotes(a).get(0);
    assertThat(q.speaker()).isNull();
    assertThat(q.speakerName()).isEqualTo("Hugh Hill");
    assertThat(q.speakerSpan().textIn(a)).isEqualTo("Hugh Hill");
  }

  @Test
  void skipsAParenthesisAfterTheSpeakersName() {
    Article a = withEntities(ArticleFixtures.article("“We object,” John Doe (D-Ohio) said."));
    assertThat(quotes(a).get(0).speaker()).isEqualTo("E2");
  }

  @Test
  void skipsTimeWordsAndAdverbsBetweenCueAndSpeaker() {
    Article a = withEntities(ArticleFixtures.article(
        "“We object,” said Monday John Doe.\n“We agree,” Ana Silva said firmly."));
    assertThat(quotes(a)).extracting(Quote::speaker).containsExactly("E2", "E1");
  }

  @Test
  void doesNotAttributeAcrossAFullStopInsideTheMarks() {
    Article a = withEntities(ArticleFixtures.article(
        "Ana Silva called the plan “a total failure.” Not that John Doe argued."));
    Quote q = quotes(a).get(0);
    assertThat(q.text()).isEqualTo("a total failure.");
    assertThat(q.speaker()).isEqualTo("E1");
    assertThat(q.cue()).isEqualTo("call");
  }

  @Test
  void attributesToOrganisation() {
    Article a = withEntities(ArticleFixtures.article(
        "“The claims are false,” the Kremlin said.\n“Nothing changed,” the ministry said."));
    List<Quote> q = quotes(a);
    assertThat(q.get(0).speaker()).isEqualTo("E3");
    assertThat(q.get(0).speakerName()).isEqualTo("Kremlin");
    assertThat(q.get(1).speaker()).isNull();
    assertThat(q.get(1).speakerName()).isEqualTo("the ministry");
    assertThat(q.get(1).speakerSpan().textIn(a)).isEqualTo("the ministry");
  }

  // ---------------------------------------------------------------- reported speech

  @Test
  void findsReportedSpeechAfterSaidThat() {
    Article a = withEntities(ArticleFixtures.article("Ana Silva said that the border would reopen soon."));
    Quote q = quotes(a).get(0);
    assertThat(q.direct()).isFalse();
    assertThat(q.text()).isEqualTo("the border would reopen soon");
    assertThat(q.speaker()).isEqualTo("E1");
    assertThat(q.cue()).isEqualTo("say");
  }

  @Test
  void findsReportedSpeechAfterSaidWithoutThat() {
    Article a = withEntities(ArticleFixtures.article("Ana Silva said on Tuesday the talks would resume."));
    assertThat(quotes(a)).extracting(Quote::text).containsExactly("the talks would resume");
  }

  @Test
  void findsReportedSpeechAfterToldListener() {
    Article a = withEntities(ArticleFixtures.article(
        "John Doe told reporters the deal was dead.\nAna Silva told the paper that she would run."));
    List<Quote> q = quotes(a);
    assertThat(q).extracting(Quote::text).containsExactly("the deal was dead", "she would run");
    assertThat(q).extracting(Quote::cue).containsExactly("tell", "tell");
    assertThat(q).extracting(Quote::speaker).containsExactly("E2", "E1");
  }

  @Test
  void findsReportedSpeechBeforeAccordingTo() {
    Article a = withEntities(ArticleFixtures.article("Prices rose by a tenth, according to the Kremlin."));
    Quote q = quotes(a).get(0);
    assertThat(q.text()).isEqualTo("Prices rose by a tenth");
    assertThat(q.speaker()).isEqualTo("E3");
  }

  @Test
  void ignoresCueWordsUsedAsNouns() {
    Article a = withEntities(ArticleFixtures.article(
        "The claims that the United States made were old. His warning that rain would come was right."));
    assertThat(quotes(a)).isEmpty();
  }

  @Test
  void findsWithTheTrainedTaggerAReportedStanceTheRulesMiss() {
    Article a = withEntities(ArticleFixtures.article("Ana Silva pressed the board to publish the accounts."));
    CueLexicon cues = CueLexicon.load(org.herald.pipeline.Resources.classpath());
    MentionIndex mentions = MentionIndex.of(a.layer(NameStage.ENTITIES));
    assertThat(new QuoteFinder(a, cues, mentions).find()).isEmpty();
    Quote q = find(quotes(a), "the board to publish the accounts");
    assertThat(q.direct()).isFalse();
    assertThat(q.speakerName()).isEqualTo("Ana Silva");
  }

  @Test
  void doesNotRepeatADirectQuoteAsReportedSpeech() {
    Article a = withEntities(ArticleFixtures.article("Ana Silva said: “We will stay.”"));
    assertThat(quotes(a)).hasSize(1).allMatch(Quote::direct);
  }

  // ---------------------------------------------------------------- fixtures

  // ---------------------------------------------------------------- issue 5, PolNeAR-driven rules

  @Test
  void issue5_readsTwoApostrophesAsDoubleQuoteMarks() {
    Article a = withEntities(ArticleFixtures.article(
        "''The harbour will open in spring,'' Ana Silva said on Monday."));
    Quote q = find(quotes(a), "harbour will open");
    assertThat(q.direct()).isTrue();
    assertThat(q.text()).isEqualTo("The harbour will open in spring");
    assertThat(q.speaker()).isEqualTo("E1");
  }

  @Test
  void issue5_takesTheSubjectRightAfterTheQuotePastItsApposition() {
    Article a = withEntities(ArticleFixtures.article(
        "John Doe spoke first.\n\u201cWe never gave up on the bridge,\u201d Ana Silva, now 70 and retired in "
            + "Porto, Portugal, said on Friday."));
    assertThat(find(quotes(a), "never gave up").speaker()).isEqualTo("E1");
  }

  @Test
  void issue5_aPossessorIsNotTheSpeaker() {
    Article a = withEntities(ArticleFixtures.article(
        "\u201cThat was a fair deal for the port,\u201d Ana Silva's former chief of staff said."));
    Quote q = find(quotes(a), "fair deal");
    assertThat(q.speaker()).isNull();
    assertThat(q.speakerName()).isEqualTo("Ana Silva's former chief of staff");
  }

  @Test
  void issue5_aDashAndANameAfterTheQuoteAttributeIt() {
    Article a = withEntities(ArticleFixtures.article(
        "Readers wrote to us.\n\u201cThe new ferry is the best thing this town has seen in years.\u201d \u2015 John Doe\n"
            + "\u201cI still miss the old bridge and its lights at night.\u201d \u2015 Ana Silva"));
    List<Quote> qs = quotes(a);
    assertThat(find(qs, "new ferry").speaker()).isEqualTo("E2");
    assertThat(find(qs, "old bridge").speaker()).isEqualTo("E1");
  }

  @Test
  void issue5_aColonWithoutCueGivesTheSentenceSubject() {
    Article a = withEntities(ArticleFixtures.article(
        "John Doe spoke first. Then Ana Silva scolded the board: \u201cYou have wasted three years of our time.\u201d"));
    assertThat(find(quotes(a), "wasted three years").speaker()).isEqualTo("E1");
  }

  @Test
  void issue5_neitherNumbersInQuotesNorTimePhrasesAreQuotesOrSpeakers() {
    Article a = withEntities(ArticleFixtures.article(
        "The post \"771316789665992704\" was removed, Ana Silva said.\n"
            + "\u201cWe will look at it again,\u201d Earlier this week said nothing."));
    List<Quote> qs = quotes(a);
    assertThat(qs).noneMatch(q -> q.direct() && q.text().contains("7713"));
    Quote q = find(qs, "look at it again");
    assertThat(q.speakerName()).isNotEqualTo("Earlier this week");
  }

  @Test
  void issue5_anAppositionBeforeSaidThatIsNotAnInvertedCue() {
    Article a = withEntities(ArticleFixtures.article(
        "Ana Silva, a professor of shipping at the harbour school, said that the new quay would be late."));
    Quote q = find(quotes(a), "new quay");
    assertThat(q.direct()).isFalse();
    assertThat(q.speaker()).isEqualTo("E1");
  }

  @Test
  void issue5_aCoordinatedCueTakesTheSentenceSubject() {
    Article a = withEntities(ArticleFixtures.article(
        "Ana Silva admitted the delay but said the ferries would run all winter."));
    Quote q = find(quotes(a), "ferries would run");
    assertThat(q.speaker()).isEqualTo("E1");
    assertThat(q.cue()).isEqualTo("say");
  }

  @Test
  void issue5_beliefsAndFindingsAreReportedToo() {
    Article a = withEntities(ArticleFixtures.article(
        "John Doe thinks the bridge will need another year. The Kremlin concluded that the talks had failed."));
    List<Quote> qs = quotes(a);
    assertThat(find(qs, "bridge will need").speaker()).isEqualTo("E2");
    assertThat(find(qs, "talks had failed").cue()).isEqualTo("conclude");
  }

  // ---------------------------------------------------------------- issue 5, reported speech (quote-cues-v2)

  @Test
  void issue5_aBareClauseAfterSaysNeedsNoThat() {
    Article a = withEntities(ArticleFixtures.article("Ana Silva says too much is made of the ferry delays."));
    Quote q = find(quotes(a), "too much");
    assertThat(q.text()).isEqualTo("too much is made of the ferry delays");
    assertThat(q.speaker()).isEqualTo("E1");
    assertThat(q.direct()).isFalse();
  }

  @Test
  void issue5_accordingToReachesItsCommaPastByX() {
    Article a = withEntities(ArticleFixtures.article(
        "According to a new report by the Kremlin, the harbour will close in winter."));
    Quote q = find(quotes(a), "harbour will close");
    assertThat(q.text()).isEqualTo("the harbour will close in winter");
    assertThat(q.cue()).isEqualTo("according to");
  }

  @Test
  void issue5_frontedContentBeforeSpeakerToldANamedListener() {
    Article a = withEntities(ArticleFixtures.article(
        "The port will reopen in May, Ana Silva told The Harbour Gazette on Friday."));
    Quote q = find(quotes(a), "port will reopen");
    assertThat(q.text()).isEqualTo("The port will reopen in May");
    assertThat(q.speaker()).isEqualTo("E1");
    assertThat(q.cue()).isEqualTo("tell");
  }

  @Test
  void issue5_aPronounSpeakerBindsToTheLastPerson() {
    Article a = withEntities(ArticleFixtures.article(
        "John Doe arrived late on Monday. He said the ferry had broken down twice."));
    Quote q = find(quotes(a), "ferry had broken");
    assertThat(q.speaker()).isEqualTo("E2");
    assertThat(q.speakerSpan().textIn(a)).isEqualTo("He");
  }

  @Test
  void issue5_theSubjectBeforeAnAppositionWithARelativeClauseSpeaks() {
    Article a = withEntities(ArticleFixtures.article(
        "But Ana Silva, a spokeswoman for the port, which runs the ferries, said the timetable would change."));
    assertThat(find(quotes(a), "timetable would change").speaker()).isEqualTo("E1");
  }

  @Test
  void issue5_anOrganisationWarnsThat() {
    Article a = withEntities(ArticleFixtures.article("The Kremlin warned that the talks could collapse soon."));
    Quote q = find(quotes(a), "talks could collapse");
    assertThat(q.speaker()).isEqualTo("E3");
    assertThat(q.cue()).isEqualTo("warn");
  }

  @Test
  void issue5_aRelativeWhoIsWhereTheSpeakerIsFound() {
    Article a = withEntities(ArticleFixtures.article(
        "The plan was drawn up by John Doe, who said it would save the port money."));
    Quote q = find(quotes(a), "save the port money");
    assertThat(q.speaker()).isEqualTo("E2");
    assertThat(q.speakerSpan().textIn(a)).isEqualTo("who");
  }

  @Test
  void issue5_aParentheticalAttributionSplitsItsSentence() {
    Article a = withEntities(ArticleFixtures.article("The ferry, Ana Silva said, will run all winter long."));
    Quote q = find(quotes(a), "all winter");
    assertThat(q.text()).isEqualTo("will run all winter long");
    assertThat(q.speaker()).isEqualTo("E1");
  }

  @Test
  void issue5_aLongFrontedClauseStaysTheContentWhateverFollowsTheCue() {
    Article a = withEntities(ArticleFixtures.article(
        "The two ports will share their ferries and pilots from next spring, Ana Silva has said, ahead of "
            + "her visit to Porto."));
    Quote q = find(quotes(a), "share their ferries");
    assertThat(q.text()).isEqualTo("The two ports will share their ferries and pilots from next spring");
    assertThat(q.speaker()).isEqualTo("E1");
  }

  @Test
  void issue5_aStraightMarkAfterACommaClosesACurlyQuote() {
    Article a = withEntities(ArticleFixtures.article(
        "\u201cThe deal is fair for the port,\" Ana Silva said, adding that it was \"a good start.\""));
    List<Quote> qs = quotes(a);
    Quote first = find(qs, "deal is fair");
    assertThat(first.text()).isEqualTo("The deal is fair for the port");
    assertThat(first.speaker()).isEqualTo("E1");
  }

  @Test
  void issue5_aCueWordAfterADeterminerIsANounThatAttributesNothing() {
    Article a = withEntities(ArticleFixtures.article(
        "\u201cWe need a new ferry,\u201d John Doe said, promising a \u201cmodern\u201d approach to the demands of the port."));
    assertThat(find(quotes(a), "modern").speaker()).isEqualTo("E2");
  }

  @Test
  void issue5_aRelativeWhoAfterAYearFindsItsAntecedent() {
    Article a = withEntities(ArticleFixtures.article(
        "The board met John Doe, who in 2010 said the port needed \u201cthree more cranes and a new quay.\u201d"));
    Quote q = find(quotes(a), "three more cranes");
    assertThat(q.speaker()).isEqualTo("E2");
    assertThat(q.speakerSpan().textIn(a)).isEqualTo("who");
  }

  @Test
  void issue5_aPartialQuoteRightAfterAnInnerCueBelongsToTheMainClause() {
    Article a = withEntities(ArticleFixtures.article(
        "Ana Silva said the ferry crews were calling \u201cevery fifteen minutes\u201d about the storm."));
    assertThat(find(quotes(a), "every fifteen minutes").speaker()).isEqualTo("E1");
  }

  @Test
  void issue5_aCueAfterAnEmbeddedQuoteDoesNotTakeIt() {
    Article a = withEntities(ArticleFixtures.article(
        "John Doe complained the vote had been \u201crigged\u201d against him, a charge that Ana Silva denied."));
    assertThat(find(quotes(a), "rigged").speaker()).isEqualTo("E2");
  }

  @Test
  void issue5_aParticipleAfterBeforeTakesTheClauseSubject() {
    Article a = withEntities(ArticleFixtures.article(
        "John Doe deflected questions about Ana Silva before saying, \u201cIt is time to move on.\u201d"));
    assertThat(find(quotes(a), "time to move on").speaker()).isEqualTo("E2");
  }

  @Test
  void issue5_firedBackIsACue() {
    Article a = withEntities(ArticleFixtures.article(
        "John Doe criticized the plan. Ana Silva fired back, \u201cThe plan is the only one we have.\u201d"));
    assertThat(find(quotes(a), "only one we have").speaker()).isEqualTo("E1");
  }

  @Test
  void issue5_addingAfterAnAttributionKeepsItsSpeaker() {
    Article a = withEntities(ArticleFixtures.article(
        "\u201cI respect John Doe a great deal,\u201d Ana Silva said, adding: \u201cI would welcome his help.\u201d"));
    assertThat(find(quotes(a), "welcome his help").speaker()).isEqualTo("E1");
  }

  @Test
  void issue5_aWhileClauseHasItsOwnSpeaker() {
    Article a = withEntities(ArticleFixtures.article(
        "John Doe suggested the port was too small, while Ana Silva said that the \u201cstakes are too high\u201d now."));
    assertThat(find(quotes(a), "stakes are too high").speaker()).isEqualTo("E1");
  }

  @Test
  void issue5_aStanceVerbTakesANounPhrase() {
    Article a = withEntities(ArticleFixtures.article("John Doe criticized the new ferry timetable."));
    Quote q = find(quotes(a), "timetable");
    assertThat(q.text()).isEqualTo("the new ferry timetable");
    assertThat(q.cue()).isEqualTo("criticize");
    assertThat(q.speaker()).isEqualTo("E2");
  }

  @Test
  void issue5_aParticipleAfterACommaTakesTheClauseSubject() {
    Article a = withEntities(ArticleFixtures.article(
        "During a visit to the docks, Ana Silva attacked the board over the delays, saying the ferries were unsafe."));
    Quote q = find(quotes(a), "ferries were unsafe");
    assertThat(q.speaker()).isEqualTo("E1");
    assertThat(q.cue()).isEqualTo("say");
  }

  @Test
  void issue5_aSecondCueJoinedByAndKeepsTheSubject() {
    Article a = withEntities(ArticleFixtures.article(
        "Officials announced the closure and said the port would reopen in May."));
    List<Quote> qs = quotes(a);
    Quote q = find(qs, "port would reopen");
    assertThat(q.text()).isEqualTo("the port would reopen in May");
    assertThat(q.speakerName()).isEqualTo("Officials");
    assertThat(find(qs, "closure").text()).isEqualTo("the closure");
  }

  @Test
  void issue5_aTitleAndAPartyParenthesisDoNotEndTheSentence() {
    Article a = withEntities(ArticleFixtures.article(
        "\u201cWe will stay open,\u201d Sen. Ana Silva (D-Wis.) said.\n"
            + "The port will not close, Sen. John Doe (R-S.C.) told reporters."));
    List<Quote> qs = quotes(a);
    assertThat(find(qs, "stay open").speaker()).isEqualTo("E1");
    Quote reported = find(qs, "will not close");
    assertThat(reported.direct()).isFalse();
    assertThat(reported.speaker()).isEqualTo("E2");
  }

  @Test
  void issue5_singleQuotesInTheHeadlineAreQuotations() {
    Article a = withEntities(ArticleFixtures.article(
        "Ana Silva Calls Ferry Plan \u2018A Disgrace\u2019\nThe harbour board met on Monday."));
    Quote q = find(quotes(a), "A Disgrace");
    assertThat(q.direct()).isTrue();
    assertThat(q.speaker()).isEqualTo("E1");
  }

  @Test
  void issue5_aPartialQuoteBelongsToTheMainClauseSpeaker() {
    Article a = withEntities(ArticleFixtures.article(
        "John Doe said Ana Silva once described the ferry as \u201cthe pride of the coast\u201d in a speech."));
    Quote q = find(quotes(a), "pride of the coast");
    assertThat(q.direct()).isTrue();
    assertThat(q.speaker()).isEqualTo("E2");
  }

  @Test
  void issue5_aCueAfterASubordinatorDoesNotAttributeTheQuoteBeforeIt() {
    Article a = withEntities(ArticleFixtures.article(
        "John Doe called the plan a \u201cdisgrace\u201d after Ana Silva defended it."));
    assertThat(find(quotes(a), "disgrace").speaker()).isEqualTo("E2");
  }

  @Test
  void issue5_anInvertedCuePastASubordinateClauseStillAttributes() {
    Article a = withEntities(ArticleFixtures.article(
        "\u201cIt would seal the deal\u201d if the ferry ran on time, said Ana Silva, a pollster at the port."));
    assertThat(find(quotes(a), "seal the deal").speaker()).isEqualTo("E1");
  }

  @Test
  void issue5_aLongAppositionBeforeTheCueKeepsTheNameAfterTheMark() {
    Article a = withEntities(ArticleFixtures.article("\u201cThe ruling protects every ferry worker,\u201d Ana Silva, "
        + "attorney for one of the four unions that filed suit over the harbour law last spring, said in a statement."));
    assertThat(find(quotes(a), "ruling protects").speaker()).isEqualTo("E1");
  }

  @Test
  void issue5_theListenerOfAnInvertedTellIsNotTheSpeaker() {
    Article a = withEntities(ArticleFixtures.article("\u201cThe ruling protects every ferry worker,\u201d a harbour "
        + "official who worked on the law for more than ten years in the city, told John Doe."));
    assertThat(find(quotes(a), "ruling protects").speaker()).isNotEqualTo("E2");
  }

  @Test
  void issue5_aParticipleRightAfterTheMarkTakesTheClauseSubject() {
    Article a = withEntities(ArticleFixtures.article(
        "Ana Silva hailed the vote as \u201cfantastic,\u201d telling John Doe that the port would grow."));
    assertThat(find(quotes(a), "fantastic").speaker()).isEqualTo("E1");
  }

  @Test
  void issue5_aMonthThatOpensANameIsNoDate() {
    Article a = ArticleFixtures.article(
        "April Mellody, a spokeswoman, said that the team would work with the police \u201cto keep every "
            + "delegate safe.\u201d");
    a = a.with(NameStage.ENTITIES, List.of());
    assertThat(find(quotes(a), "every delegate").speakerName()).isEqualTo("April Mellody");
  }

  @Test
  void issue5_aVerbOutsideTheLexiconBeforeACommaGivesItsSubject() {
    Article a = withEntities(ArticleFixtures.article(
        "During the first debate, Ana Silva cracked, \u201cI am a builder who gets ferries to sail.\u201d"));
    assertThat(find(quotes(a), "builder").speaker()).isEqualTo("E1");
  }

  @Test
  void issue5_aNameAfterADashBeforeTheColonSpeaks() {
    Article a = withEntities(ArticleFixtures.article("Polls were early, not wrong. FERRY POLLS WERE EARLY - "
        + "John Doe: \u201cThe polls ended too early to see the late swing.\u201d"));
    assertThat(find(quotes(a), "polls ended").speaker()).isEqualTo("E2");
  }

  @Test
  void issue5_aDatelineIsNotTheSubjectOfAParticiple() {
    Article a = withEntities(ArticleFixtures.article("OSLO (AP) \u2014 Ana Silva took a swipe at the ferry plan "
        + "on Friday, saying that \u201cbombastic comments\u201d do more harm than good."));
    assertThat(find(quotes(a), "bombastic").speaker()).isEqualTo("E1");
  }

  @Test
  void issue5_aCatenativeVerbLeadsBackToTheSubject() {
    Article a = withEntities(ArticleFixtures.article(
        "The debate was so calm that John Doe was prompted to say, \u201cI cannot believe how civil it is.\u201d"));
    assertThat(find(quotes(a), "cannot believe").speaker()).isEqualTo("E2");
  }

  @Test
  void issue5_eachTranscriptTurnIsAQuoteOfItsLabelledSpeaker() {
    Article a = ArticleFixtures.article("The interview, in part:\n\n\"DOE: Will the ferry sail on Monday?\n\n"
        + "\"SILVA: Well, look, it will sail when the harbour opens.\n\nThe ferry sailed on Tuesday.");
    a = a.with(NameStage.ENTITIES, List.of());
    List<Quote> q = quotes(a);
    assertThat(find(q, "Will the ferry").speakerName()).isEqualTo("DOE");
    assertThat(find(q, "Well, look").speakerName()).isEqualTo("SILVA");
    assertThat(find(q, "Well, look").text()).doesNotContain("Will the ferry");
  }

  @Test
  void issue5_moreFromANameBeforeTheColonSpeaks() {
    Article a = withEntities(ArticleFixtures.article("Ferry polls were early, not wrong. What it means for the "
        + "port - More from John Doe: \u201cThe polls ended too early to see the late swing.\u201d"));
    assertThat(find(quotes(a), "polls ended").speaker()).isEqualTo("E2");
  }

  @Test
  void issue5_aFrontedAdjunctRunsOnPastAPlaceAndATime() {
    Article a = withEntities(ArticleFixtures.article("At a campaign event in Ames, Iowa, on Sunday, Ana Silva tried "
        + "to expand on her plan, saying that the port should play \u201ca leading role\u201d in trade."));
    assertThat(find(quotes(a), "a leading role").speaker()).isEqualTo("E1");
  }

  @Test
  void issue5_aPastTenseVerbBeforeAndSaidHasTheSubject() {
    Article a = withEntities(ArticleFixtures.article(
        "Ana Silva met John Doe at the port. Once, he laughed and said, \u201cI never doubted it.\u201d"));
    assertThat(find(quotes(a), "never doubted").speakerSpan().textIn(a)).isEqualTo("he");
  }

  @Test
  void issue5_aNameAndColonOpeningTheHeadlineReportTheRest() {
    Article a = withEntities(ArticleFixtures.article("Ana Silva: Ferries must sail on time\n\nThe port is busy."));
    Quote q = find(quotes(a), "Ferries must sail on time");
    assertThat(q.direct()).isFalse();
    assertThat(q.speaker()).isEqualTo("E1");
  }

  @Test
  void issue5_aTitleCaseCueInTheHeadlineReportsItsClause() {
    Article a = withEntities(ArticleFixtures.article(
        "Ana Silva Says the Ferry Will Sail on Time\n\nThe port is busy. Ana Silva Says nothing more."));
    List<Quote> q = quotes(a);
    Quote h = find(q, "the Ferry Will Sail on Time");
    assertThat(h.direct()).isFalse();
    assertThat(h.speaker()).isEqualTo("E1");
    assertThat(q).noneMatch(x -> x.text().contains("nothing more")); // title case counts in the headline only
  }

  @Test
  void issue5_aPartialQuoteAfterAlthoughTakesItsOwnClausesCue() {
    Article a = withEntities(ArticleFixtures.article("John Doe said the port would open on Monday, although "
        + "Ana Silva wrote that she \u201crejects the plan\u201d for the harbour."));
    assertThat(find(quotes(a), "rejects the plan").speaker()).isEqualTo("E1");
  }

  @Test
  void issue5_aPartialQuoteWithoutCueTakesTheSubjectPastAFrontedAdjunct() {
    Article a = withEntities(ArticleFixtures.article(
        "Earlier this week, Ana Silva landed a sharp dig at \u201cmy dear friend in the harbour office.\u201d"));
    assertThat(find(quotes(a), "my dear friend").speaker()).isEqualTo("E1");
  }

  @Test
  void issue5_aParticipleAfterAWhenClauseTakesThatClausesSubject() {
    Article a = withEntities(ArticleFixtures.article("The first incident came during a speech at the port, when "
        + "John Doe interrupted the mayor, shouting \u201cthe ferry wins, we lose!\u201d"));
    assertThat(find(quotes(a), "the ferry wins").speaker()).isEqualTo("E2");
  }

  @Test
  void issue5_anyVerbRightAfterAClosingCommaAttributesTheQuote() {
    Article a = withEntities(ArticleFixtures.article("The port opened late.\n\n"
        + "\u201cThe ferry has never been this late,\u201d John Doe barked.\n\n"
        + "\u201cWill it sail at all?\u201d wondered Ana Silva.\n\n"
        + "The mayor praised the harbour, calling it \u201cthe pride of the coast,\u201d the oldest in the region."));
    List<Quote> q = quotes(a);
    assertThat(find(q, "never been this late").speaker()).isEqualTo("E2");
    assertThat(find(q, "Will it sail").speaker()).isEqualTo("E1");
    assertThat(find(q, "pride of the coast").speakerName()).isNotEqualTo("the oldest");
  }

  private List<Quote> quotes(Article a) {
    return stage.apply(a).layer(QuoteStage.QUOTES);
  }

  private static Quote find(List<Quote> quotes, String fragment) {
    return quotes.stream().filter(q -> q.text().contains(fragment)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote with '" + fragment + "' in " + quotes));
  }

  /** The op-ed with its entities built by hand, as the name stage would link them. */
  private static Article oped() {
    Article a = ArticleFixtures.article(OPED, "2024-06-17");
    String t = a.text();
    List<Mention> lee = new ArrayList<>();
    lee.add(mention(t, "Lee", 0, MentionKind.NAME));
    lee.add(mention(t, "Korean President Min-jun Lee", 0, MentionKind.NAME));
    lee.add(mention(t, "The Korean president", 0, MentionKind.ROLE));
    lee.add(mention(t, "Lee", 2, MentionKind.NAME));
    lee.add(mention(t, "He", 0, MentionKind.PRONOUN));
    lee.add(mention(t, "Lee", 3, MentionKind.NAME));
    lee.add(mention(t, "the Korean president", 0, MentionKind.ROLE));
    lee.sort(java.util.Comparator.comparingInt(Mention::start));
    return a.with(NameStage.ENTITIES, List.of(
        new Entity("E1", EntityType.PERSON, "Min-jun Lee", "KOR", List.of("President"), null, lee),
        new Entity("E2", EntityType.ORGANIZATION, "Aftenposten", "NOR", List.of(), null,
            List.of(mention(t, "Aftenposten", 0, MentionKind.NAME))),
        new Entity("E3", EntityType.ORGANIZATION, "Blue House", "KOR", List.of(), null,
            List.of(mention(t, "Blue House", 0, MentionKind.NAME))),
        new Entity("E4", EntityType.PERSON, "Ji-ho Park", "KOR", List.of("Trade Minister"), null,
            List.of(mention(t, "Ji-ho Park", 0, MentionKind.NAME)))));
  }

  /**
   * {@code a} with entities for the names these tests use, wherever they occur: Ana Silva (E1), John Doe (E2),
   * Kremlin (E3, organisation). Pronouns stay unlinked, as when the name stage misses them.
   */
  private static Article withEntities(Article a) {
    String t = a.text();
    List<Entity> es = new ArrayList<>();
    addIfMentioned(es, t, "E1", EntityType.PERSON, "Ana Silva", "Ana Silva", "Ana");
    addIfMentioned(es, t, "E2", EntityType.PERSON, "John Doe", "John Doe");
    addIfMentioned(es, t, "E3", EntityType.ORGANIZATION, "Kremlin", "Kremlin");
    return a.with(NameStage.ENTITIES, es);
  }

  private static void addIfMentioned(List<Entity> es, String t, String id, EntityType type, String name,
                                     String... forms) {
    List<Mention> ms = new ArrayList<>();
    for (String f : forms) {
      for (int i = t.indexOf(f); i >= 0; i = t.indexOf(f, i + f.length())) {
        int s = i;
        if (ms.stream().noneMatch(m -> m.start() <= s && s < m.end())) {
          ms.add(new Mention(i, i + f.length(), MentionKind.NAME));
        }
      }
    }
    if (!ms.isEmpty()) {
      ms.sort(java.util.Comparator.comparingInt(Mention::start));
      es.add(new Entity(id, type, name, null, List.of(), null, ms));
    }
  }

  /** The {@code nth} (from 0) occurrence of {@code s} in {@code text} as a mention. */
  private static Mention mention(String text, String s, int nth, MentionKind kind) {
    int i = text.indexOf(s);
    for (int k = 0; k < nth; k++) {
      i = text.indexOf(s, i + 1);
    }
    if (i < 0) {
      throw new IllegalArgumentException("no occurrence " + nth + " of " + s);
    }
    return new Mention(i, i + s.length(), kind);
  }
}
