package org.herald.stage.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.herald.model.Article;
import org.herald.pipeline.Pipeline;
import org.herald.pipeline.Resources;
import org.herald.Herald;

/** Properties of the DATE grammar's matcher. */
class GrammarPropertiesTest {
  private static final Lexicon LEXICON = new Lexicon(Resources.classpath().lines(DateStage.WORDS));
  private static final Grammar GRAMMAR = new Grammar(Resources.classpath().lines(DateStage.GRAMMAR), LEXICON);
  private static final Pipeline SENTENCES = Herald.pipelineFor(Resources.classpath(), Article.SENTENCES);

  @Provide
  Arbitrary<String> jumble() {
    Arbitrary<String> piece = Arbitraries.of("the", "a", "about", "almost", "two", "three", "twenty", "nineteen",
        "ninety-seven", "years", "year", "weeks", "day", "ago", "earlier", "later", "or", "so", "to", "1/2", "5",
        "and", "half", "three-and-a-half", "next", "past", "last", "previous", "following", "Friday", "March",
        "eighth", "of", "5 p.m. EST", "Nov. 9", "each", "July", "Tuesday", "nights", "every", "other", "few",
        "end-March", "2023", "'s", "fourth", "quarter", "fiscal", "financial", "a while", "trading", "days",
        "o'clock", "twelve", "around", "since", "morning", "night", "Easter", "week", "quarter-to-quarter", ",");
    return piece.list().ofMinSize(1).ofMaxSize(14).map(l -> String.join(" ", l));
  }

  /** Each match as "rule from-to", in the order found. */
  private static List<String> matches(String text, boolean prefilter) {
    Article a = SENTENCES.apply(Article.builder("t", text).build());
    List<String> out = new ArrayList<>();
    for (int s = 0; s < a.sentenceCount(); s++) {
      Units u = Units.of(a, a.sentence(s), LEXICON);
      GRAMMAR.match(u, f -> {
        out.add(f.rule().index() + " " + f.from() + "-" + f.to());
        return true;
      }, prefilter);
    }
    return out;
  }

  @Property(tries = 400)
  void skippingRulesWhoseRequiredWordsAreAbsentChangesNoMatch(@ForAll("jumble") String text) {
    assertThat(matches(text, true)).isEqualTo(matches(text, false));
  }
}
