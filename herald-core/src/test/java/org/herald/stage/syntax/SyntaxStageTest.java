package org.herald.stage.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.herald.model.Article;
import org.herald.pipeline.Resources;
import org.herald.pipeline.Stage;
import org.herald.testkit.ArticleFixtures;
import org.herald.testkit.StageContract;
import org.junit.jupiter.api.Test;

class SyntaxStageTest extends StageContract {
  private static final Syntax SYNTAX = Syntax.load(Resources.classpath());

  @Override
  protected Stage createStage() {
    return new SyntaxStage();
  }

  @Override
  protected List<Article> contractArticles() {
    return List.of(
        ArticleFixtures.article("Russian troops attacked the city on Monday. “We will not retreat,” the "
            + "commander said.\nTalks in Geneva — the third round — ended without a deal."),
        ArticleFixtures.article("(Reuters) - U.S. officials didn't comment... 3,000 people were evacuated!"));
  }

  private static String tagged(String text) {
    Article a = ArticleFixtures.article(text);
    String[] tokens = a.tokens().stream().map(t -> t.text()).toArray(String[]::new);
    String[] tags = SYNTAX.model().tag(tokens);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < tokens.length; i++) {
      b.append(i == 0 ? "" : " ").append(tokens[i]).append('/').append(tags[i]);
    }
    return b.toString();
  }

  private static String chunked(String text) {
    Article a = ArticleFixtures.run(ArticleFixtures.article(text), new SyntaxStage());
    return a.layer(SyntaxStage.CHUNKS).stream().map(c -> "[" + c.type() + " " + c.textIn(a) + "]")
        .collect(Collectors.joining(" "));
  }

  @Test
  void tagsANewsSentence() {
    assertThat(tagged("The minister signed the agreement in Moscow on Tuesday."))
        .isEqualTo("The/DT minister/NN signed/VBD the/DT agreement/NN in/IN Moscow/NNP on/IN Tuesday/NNP ./.");
  }

  @Test
  void tagsHeraldsCurlyQuotesAndSplitNegationsAsTheTreebankDoes() {
    assertThat(tagged("“We won’t attack,” she said."))
        .isEqualTo("“/`` We/PRP wo/MD n’t/RB attack/VB ,/, ”/'' she/PRP said/VBD ./.");
  }

  @Test
  void chunksANewsSentenceIntoPhrases() {
    assertThat(chunked("Russian troops have attacked the city of Kharkiv."))
        .isEqualTo("[NP Russian troops] [VP have attacked] [NP the city] [PP of] [NP Kharkiv]");
  }

  @Test
  void addsOnePosTagPerTokenAndChunksInsideSentences() {
    Article a = ArticleFixtures.run(ArticleFixtures.article("Iran seized a tanker. Britain protested."),
        new SyntaxStage());
    assertThat(a.layer(SyntaxStage.POS)).hasSize(a.tokenCount());
    assertThat(a.layer(SyntaxStage.POS).get(1).tag()).isEqualTo("VBD");
    assertThat(a.layer(SyntaxStage.POS).get(1).isVerb()).isTrue();
    assertThat(a.layer(SyntaxStage.CHUNKS)).extracting(Chunk::type)
        .containsExactly(ChunkType.NP, ChunkType.VP, ChunkType.NP, ChunkType.NP, ChunkType.VP);
  }

  @Test
  void theSentenceApiGivesTheSameAnalysisWithOrWithoutTheStagesLayers() {
    Article plain = ArticleFixtures.article("Officials said rebels who attacked the convoy fled. Nobody was hurt.");
    Article layered = ArticleFixtures.run(plain, new SyntaxStage());
    for (int s = 0; s < plain.sentenceCount(); s++) {
      assertThat(SYNTAX.sentence(layered, s)).isEqualTo(SYNTAX.sentence(plain, s));
    }
  }

  @Test
  void findsTheClauseOfATriggerWithItsActorAndTarget() {
    Article a = ArticleFixtures.article("On Monday, the Russian army shelled the port of Odesa, officials said.");
    SentenceSyntax s = SYNTAX.sentence(a, 0);
    int shelled = indexOf(a, "shelled");
    Clause c = s.clauseOf(shelled);
    assertThat(c).isNotNull();
    assertThat(c.head()).isEqualTo(shelled);
    assertThat(text(a, c.actor())).containsExactly("the Russian army");
    assertThat(text(a, c.patient())).containsExactly("the port of Odesa");
    assertThat(s.clauseOf(indexOf(a, "Odesa"))).isNull();
  }

  @Test
  void readsAPassiveWithItsAgentFromRawText() {
    Article a = ArticleFixtures.article("Two soldiers were killed by a roadside bomb in Kandahar.");
    Clause c = SYNTAX.sentence(a, 0).clauseOf(indexOf(a, "killed"));
    assertThat(c.voice()).isEqualTo(Voice.PASSIVE);
    assertThat(text(a, c.actor())).containsExactly("a roadside bomb");
    assertThat(text(a, c.patient())).containsExactly("Two soldiers");
    assertThat(c.attachments()).extracting(Attachment::word).containsExactly("in");
  }

  @Test
  void readsNegationAndIntentFromRawText() {
    Article a = ArticleFixtures.article("North Korea has not agreed to resume talks, and Iran vowed to retaliate.");
    SentenceSyntax s = SYNTAX.sentence(a, 0);
    Clause resume = s.clauseOf(indexOf(a, "resume"));
    assertThat(resume.isNegated()).isTrue();
    assertThat(resume.modality()).isEqualTo("agree");
    assertThat(text(a, resume.subject())).containsExactly("North Korea");
    Clause retaliate = s.clauseOf(indexOf(a, "retaliate"));
    assertThat(retaliate.modality()).isEqualTo("promise");
    assertThat(text(a, retaliate.subject())).containsExactly("Iran");
  }

  private static int indexOf(Article a, String word) {
    for (int i = 0; i < a.tokenCount(); i++) {
      if (a.tokenText(i).equals(word)) {
        return i;
      }
    }
    throw new AssertionError("no token " + word);
  }

  private static List<String> text(Article a, List<Phrase> phrases) {
    return phrases.stream().map(p -> a.text().substring(a.tokenStart(p.firstToken()), a.tokenEnd(p.endToken() - 1)))
        .toList();
  }
}
