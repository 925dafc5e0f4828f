package org.herald.stage.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.herald.model.Article;
import org.herald.model.Sentence;
import org.herald.pipeline.Resources;
import org.herald.testkit.ArticleFixtures;

class SyntaxProperties {
  private static final SyntaxStage STAGE = new SyntaxStage();
  private static final Syntax SYNTAX = Syntax.load(Resources.classpath());

  static {
    STAGE.open(Resources.classpath());
  }

  @Provide
  Arbitrary<String> newsLikeText() {
    Arbitrary<String> word = Arbitraries.of("Russia", "the", "troops", "attacked", "was", "killed", "by", "and",
        "not", "will", "to", "meet", "in", "Moscow", ",", ".", "“", "”", "\"", "—", "who", "said", "3,000", "U.S.",
        "n't", "'s", "(", ")", "Talks", "ended", "?", "xyzzy", "Ünïcode", "-");
    return word.list().ofMinSize(0).ofMaxSize(60).map(ws -> String.join(" ", ws));
  }

  @Property(tries = 200)
  void chunksNeverOverlapAndStayInsideTheirSentence(@ForAll("newsLikeText") String text) {
    Article a = STAGE.apply(ArticleFixtures.article(text));
    int prevEnd = 0;
    for (Chunk c : a.layer(SyntaxStage.CHUNKS)) {
      assertThat(c.firstToken()).isGreaterThanOrEqualTo(prevEnd);
      assertThat(c.endToken()).isLessThanOrEqualTo(a.tokenCount());
      Sentence s = a.sentence(a.sentenceOfToken(c.firstToken()));
      assertThat(c.endToken()).as("%s inside %s", c, s).isLessThanOrEqualTo(s.endToken());
      prevEnd = c.endToken();
    }
    assertThat(a.layer(SyntaxStage.POS)).hasSize(a.tokenCount());
  }

  @Property(tries = 200)
  void theTaggerIsDeterministicAndTagsEveryToken(@ForAll("newsLikeText") String text) {
    Article a = ArticleFixtures.article(text);
    String[] tokens = a.tokens().stream().map(t -> t.text()).toArray(String[]::new);
    String[] once = SYNTAX.model().tag(tokens);
    assertThat(SYNTAX.model().tag(tokens)).containsExactly(once);
    assertThat(once).hasSize(tokens.length).doesNotContainNull();
  }

  @Property(tries = 200)
  void everyClauseIndexLiesInsideItsSentence(@ForAll("newsLikeText") String text) {
    Article a = ArticleFixtures.article(text);
    for (int si = 0; si < a.sentenceCount(); si++) {
      Sentence s = a.sentence(si);
      for (Clause c : SYNTAX.sentence(a, si).clauses()) {
        assertThat(c.verbStart()).isGreaterThanOrEqualTo(s.firstToken());
        assertThat(c.verbEnd()).isLessThanOrEqualTo(s.endToken());
        for (List<Phrase> ps : List.of(c.subject(), c.object(), c.agent())) {
          for (Phrase p : ps) {
            assertThat(p.firstToken()).isGreaterThanOrEqualTo(s.firstToken());
            assertThat(p.endToken()).isLessThanOrEqualTo(s.endToken());
          }
        }
      }
    }
  }
}
