package org.herald.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.model.Span;
import org.herald.stage.name.Entity;
import org.herald.stage.name.EntityType;
import org.herald.stage.name.Mention;
import org.herald.stage.name.MentionKind;
import org.herald.stage.quote.Quote;
import org.junit.jupiter.api.Test;

class QuoteScorerTest {
  static final String TEXT = PolnearReaderTest.TEXT;
  static final PolnearArticle GOLD = new PolnearArticle("a", "x", TEXT, null,
      PolnearReader.parse(PolnearReaderTest.ANN, TEXT.length()));
  static final Entity SILVA = new Entity("E1", EntityType.PERSON, "Ana Silva", null, List.of(), null,
      List.of(new Mention(6, 15, MentionKind.NAME)));

  static Quote quote(int start, int end, boolean direct, String id, String name, Span speakerSpan) {
    return new Quote(start, end, TEXT.substring(start, end), direct, id, name, speakerSpan, "say", null);
  }

  @Test
  void countsContentInOrBesideQuoteMarksAsDirect() {
    assertThat(QuoteScorer.isDirect(GOLD.attributions().get(0), TEXT)).isFalse();
    assertThat(QuoteScorer.isDirect(GOLD.attributions().get(1), TEXT)).isTrue();
    PolnearAttribution inside = new PolnearAttribution("E9", List.of(), List.of(), List.of(Span.of(48, 60)));
    assertThat(QuoteScorer.isDirect(inside, TEXT)).isTrue();
  }

  @Test
  void scoresDetectionByOverlapAndSpeakersThroughTheEntity() {
    QuoteScorer s = new QuoteScorer(true);
    s.add(GOLD, List.of(
        quote(21, 44, false, "E1", "Ana Silva", Span.of(6, 15)), // right reported speaker
        quote(48, 60, true, "E1", "Ana Silva", Span.of(63, 66)), // "she" overlaps the gold source
        quote(74, 86, true, null, null, null),                   // same attribution, smaller overlap
        quote(16, 20, true, null, null, null)),                  // no gold direct content: a false alarm
        List.of(SILVA));
    assertThat(s.direct().gold()).isEqualTo(1);
    assertThat(s.direct().found()).isEqualTo(1);
    assertThat(s.direct().judged()).isEqualTo(1);
    assertThat(s.direct().speakerAccuracy()).isEqualTo(1.0);
    assertThat(s.directPredicted()).isEqualTo(3);
    assertThat(s.directPrecision()).isEqualTo(2 / 3.0);
    assertThat(s.reported().gold()).isEqualTo(2);
    assertThat(s.reported().found()).isEqualTo(1);
    assertThat(s.reported().judged()).isEqualTo(1);
    assertThat(s.reported().speakerCorrect()).isEqualTo(1);
    assertThat(s.reportedPredicted()).isEqualTo(1);
    assertThat(s.reportedPrecision()).isEqualTo(1.0);
    assertThat(s.errors()).anyMatch(l -> l.startsWith("MISS reported\ta@0\tMayor\tcue=Ana source="))
        .anyMatch(l -> l.startsWith("FALSE direct\ta@16\tsaid"));
  }

  @Test
  void aSpeakerIsRightByMentionOrByTheSameName() {
    List<Span> source = List.of(Span.of(6, 15));
    Quote elsewhere = quote(21, 44, false, "E1", "Ana Silva", Span.of(63, 66));
    assertThat(QuoteScorer.isRightSpeaker(elsewhere, source, List.of(SILVA), TEXT)).isTrue();
    Quote byName = quote(21, 44, false, null, "Silva", null);
    assertThat(QuoteScorer.isRightSpeaker(byName, source, List.of(), TEXT)).isTrue();
    Quote other = quote(21, 44, false, null, "Rui Silva", null);
    assertThat(QuoteScorer.isRightSpeaker(other, source, List.of(), TEXT)).isFalse();
    Quote none = quote(21, 44, false, null, null, null);
    assertThat(QuoteScorer.isRightSpeaker(none, source, List.of(), TEXT)).isFalse();
  }

  @Test
  void theTrailingNameDropsTitlesDescriptionsAndPossessives() {
    assertThat(QuoteScorer.trailingName("campaign manager Sen. Ana Silva's"))
        .containsExactlyInAnyOrder("ana", "silva");
    assertThat(QuoteScorer.trailingName("the mayor")).isEmpty();
  }

  @Test
  void theTrailingNameLooksPastAPartyParenthesis() {
    assertThat(QuoteScorer.trailingName("Rep. Ana Silva (D-Wis.)")).containsExactlyInAnyOrder("ana", "silva");
  }

  @Test
  void aNameHeadingAnAppositionIsTheSamePerson() {
    String text = "Before Ana Silva, the harbour's chief engineer, spoke.";
    List<Span> source = List.of(Span.of(7, 47));
    assertThat(QuoteScorer.leadingName(text.substring(7, 47))).containsExactlyInAnyOrder("ana", "silva");
    Quote right = quote(0, 6, false, null, "Ana Silva", null);
    assertThat(QuoteScorer.isRightSpeaker(right, source, List.of(), text)).isTrue();
    Quote wrong = quote(0, 6, false, null, "Harbour Authority", null);
    assertThat(QuoteScorer.isRightSpeaker(wrong, source, List.of(), text)).isFalse();
  }
}
