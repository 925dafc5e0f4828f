package org.herald.stage.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.herald.model.Article;
import org.herald.model.Span;
import org.herald.pipeline.Resources;
import org.herald.stage.name.Entity;
import org.herald.stage.name.EntityType;
import org.herald.stage.name.Mention;
import org.herald.stage.name.MentionKind;
import org.herald.stage.name.NameStage;
import org.herald.testkit.ArticleFixtures;
import org.junit.jupiter.api.Test;

class QuoteSpeakerRankerTest {
  /** Own articles: two people in a sentence, then a quote with no cue: {text, first person, second person}. */
  private static final String[][] CUELESS = {
      {"Ana Silva met John Doe at the port. \u201cThe bridge will open in May.\u201d", "Ana Silva", "John Doe"},
      {"Omar Haddad waited for Lena Park at the gate. \u201cThe ferry runs again on Friday.\u201d", "Omar Haddad",
          "Lena Park"},
      {"Tom Berg thanked Ines Costa in the hall. \u201cThe school needs two more teachers.\u201d", "Tom Berg",
          "Ines Costa"},
      {"Mia Novak called Paul Weber after lunch. \u201cThe harbour fees go up next year.\u201d", "Mia Novak",
          "Paul Weber"},
      {"Karl Olsen visited Rosa Lima on the farm. \u201cThe dry summer cost us the wheat.\u201d", "Karl Olsen",
          "Rosa Lima"},
      {"Eva Stone greeted Ivan Petrov at the station. \u201cThe trains leave late every morning.\u201d", "Eva Stone",
          "Ivan Petrov"},
  };
  private static final String[] HELD_OUT = {
      "Nora Hill walked with Sam Reed by the river. \u201cThe flood wall must be higher.\u201d", "Nora Hill",
      "Sam Reed"};

  private static final CueLexicon CUES = CueLexicon.load(Resources.classpath());

  /** {@code text} as an article whose persons are {@code names}, entity ids E1, E2… in order. */
  private static Article article(String text, String... names) {
    Article a = ArticleFixtures.article(text);
    List<Entity> es = new ArrayList<>();
    for (int k = 0; k < names.length; k++) {
      int i = text.indexOf(names[k]);
      es.add(new Entity("E" + (k + 1), EntityType.PERSON, names[k], null, List.of(), null,
          List.of(new Mention(i, i + names[k].length(), MentionKind.NAME))));
    }
    return a.with(NameStage.ENTITIES, es);
  }

  private static Span span(String text, String part) {
    int i = text.indexOf(part);
    return Span.of(i, i + part.length());
  }

  /** The cueless articles, the quote's gold source the first person ({@code first}) or the second. */
  private static List<QuoteSpeakerRanker.Example> examples(boolean first) {
    List<QuoteSpeakerRanker.Example> out = new ArrayList<>();
    for (String[] row : CUELESS) {
      String t = row[0];
      String quote = t.substring(t.indexOf('\u201c') + 1, t.indexOf('\u201d'));
      out.add(new QuoteSpeakerRanker.Example(article(t, row[1], row[2]), List.of(List.of(span(t, quote))),
          List.of(List.of(span(t, first ? row[1] : row[2])))));
    }
    return out;
  }

  private static QuoteSpeakerRanker trained(boolean first) {
    return QuoteSpeakerRanker.train(examples(first), examples(first), new QuoteSpeakerRanker.Options(5, 12, 3, 2),
        Resources.classpath(), line -> { });
  }

  private static Quote directQuote(Article a, QuoteSpeakerRanker ranker) {
    List<Quote> qs = new QuoteFinder(a, CUES, MentionIndex.of(a.layer(NameStage.ENTITIES)), null, ranker).find();
    return qs.stream().filter(Quote::direct).findFirst().orElseThrow();
  }

  private static byte[] bytes(QuoteSpeakerRanker r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.write(out);
    return out.toByteArray();
  }

  @Test
  void leavesACuelessQuoteAfterTwoPeopleWithoutSpeakerByTheRulesAlone() {
    Article a = article(HELD_OUT[0], HELD_OUT[1], HELD_OUT[2]);
    assertThat(directQuote(a, null).speaker()).isNull();
  }

  @Test
  void learnsFromTrainingThatTheNearerPersonSpeaks() {
    Article a = article(HELD_OUT[0], HELD_OUT[1], HELD_OUT[2]);
    Quote q = directQuote(a, trained(false));
    assertThat(q.speakerName()).isEqualTo("Sam Reed");
    assertThat(q.speakerSpan().textIn(a)).isEqualTo("Sam Reed");
  }

  @Test
  void learnsFromTrainingThatTheSentenceSubjectSpeaks() {
    Article a = article(HELD_OUT[0], HELD_OUT[1], HELD_OUT[2]);
    assertThat(directQuote(a, trained(true)).speakerName()).isEqualTo("Nora Hill");
  }

  @Test
  void scoresItsTrainingQuotesAboveTheRules() {
    double[] s = trained(false).score(examples(false), Resources.classpath());
    assertThat(s[0]).isZero(); // the rules name nobody
    assertThat(s[1]).isEqualTo(1.0);
  }

  @Test
  void trainsTheSameBytesTwiceAndReadsBackWhatItWrote() throws IOException {
    byte[] once = bytes(trained(false));
    assertThat(bytes(trained(false))).isEqualTo(once);
    QuoteSpeakerRanker back = QuoteSpeakerRanker.read(new ByteArrayInputStream(once));
    assertThat(bytes(back)).isEqualTo(once);
    Article a = article(HELD_OUT[0], HELD_OUT[1], HELD_OUT[2]);
    assertThat(directQuote(a, back).speakerName()).isEqualTo("Sam Reed");
  }

  @Test
  void rejectsBytesThatAreNoSpeakerModel() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(new byte[] {1, 2, 3, 4, 0, 0, 0, 16});
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> QuoteSpeakerRanker.read(new ByteArrayInputStream(out.toByteArray())))
        .isInstanceOf(IOException.class).hasMessageContaining("not a quote speaker model");
  }

  @Test
  void offersTheRulesChoiceFirstThenNearbyPeopleAndPronouns() {
    String t = "John Doe arrived late. \u201cThe port will close,\u201d Ana Silva said, and she left.";
    Article a = article(t, "Ana Silva", "John Doe");
    List<SpeakerCandidates.Choice> cs = new QuoteFinder(a, CUES, MentionIndex.of(a.layer(NameStage.ENTITIES)))
        .choices(12);
    assertThat(cs).hasSize(1);
    SpeakerCandidates.Choice c = cs.get(0);
    assertThat(c.ruleFirst()).isTrue();
    assertThat(c.via()).isEqualTo(SpeakerCandidates.VIA_AFTER);
    List<String> spans = Arrays.stream(c.speakers()).map(s -> s.span().textIn(a)).toList();
    assertThat(spans.get(0)).isEqualTo("Ana Silva");
    assertThat(spans).containsExactlyInAnyOrder("Ana Silva", "John Doe", "she");
    for (int[] f : c.features()) {
      assertThat(f).isNotEmpty();
      assertThat(Arrays.stream(f).allMatch(r -> r >= 0 && r < 1 << 12)).isTrue();
    }
  }

  @Test
  void neverOffersTheListenerOfTellAsSpeaker() {
    String t = "\u201cThe port will close in May,\u201d a clerk told John Doe.";
    Article a = article(t, "John Doe");
    SpeakerCandidates.Choice c = new QuoteFinder(a, CUES, MentionIndex.of(a.layer(NameStage.ENTITIES)))
        .choices(12).get(0);
    assertThat(Arrays.stream(c.speakers()).map(s -> s.span().textIn(a))).doesNotContain("John Doe");
  }

  @Test
  void trustsTheRulesWhenTheCueStandsBesideTheMarks() {
    assertThat(SpeakerCandidates.isTrusted(SpeakerCandidates.VIA_AFTER, true)).isTrue();
    assertThat(SpeakerCandidates.isTrusted(SpeakerCandidates.VIA_BEFORE, true)).isTrue();
    assertThat(SpeakerCandidates.isTrusted(SpeakerCandidates.VIA_OWN_CLAUSE, true)).isTrue();
    assertThat(SpeakerCandidates.isTrusted(SpeakerCandidates.VIA_SENTENCE_CUE, true)).isTrue();
    assertThat(SpeakerCandidates.isTrusted(SpeakerCandidates.VIA_SHARE, true)).isFalse();
    assertThat(SpeakerCandidates.isTrusted(SpeakerCandidates.VIA_AFTER, false)).isFalse();
    assertThat(SpeakerCandidates.isTrusted(SpeakerCandidates.VIA_CARRY, true)).isFalse();
    assertThat(SpeakerCandidates.isTrusted(SpeakerCandidates.VIA_NONE, false)).isFalse();
  }

  @Test
  void keepsTheRulesSpeakerOfAQuoteWithItsCueBesideTheMarksWhateverTheModel() {
    String t = "Ana Silva met John Doe at the port. \u201cThe bridge will open in May,\u201d Ana Silva said.";
    Article a = article(t, "Ana Silva", "John Doe");
    assertThat(directQuote(a, trained(false)).speakerName()).isEqualTo("Ana Silva");
  }
}
