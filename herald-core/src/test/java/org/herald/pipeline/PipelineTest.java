package org.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.herald.HeraldException;
import org.herald.model.Article;
import org.herald.model.LayerKey;
import org.herald.model.RawDocument;
import org.herald.stage.clean.CleanStage;
import org.herald.stage.token.TokenStage;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private static final LayerKey<String> WORDS = LayerKey.of("words", String.class);
  private static final LayerKey<String> SHOUTS = LayerKey.of("shouts", String.class);

  /** A stage that copies each token's text into a layer. */
  private static final class WordStage implements Stage {
    final AtomicInteger opened = new AtomicInteger();
    final AtomicInteger closed = new AtomicInteger();

    @Override
    public String name() {
      return "words";
    }

    @Override
    public Set<LayerKey<?>> requires() {
      return Set.of(Article.TOKENS);
    }

    @Override
    public Set<LayerKey<?>> produces() {
      return Set.of(WORDS);
    }

    @Override
    public void open(Resources resources) {
      opened.incrementAndGet();
    }

    @Override
    public Article apply(Article in) {
      return in.with(WORDS, in.tokens().stream().map(t -> t.text()).toList());
    }

    @Override
    public void close() {
      closed.incrementAndGet();
    }
  }

  /** A stage that needs the words layer and fails on request. */
  private static final class ShoutStage implements Stage {
    @Override
    public String name() {
      return "shouts";
    }

    @Override
    public Set<LayerKey<?>> requires() {
      return Set.of(WORDS);
    }

    @Override
    public Set<LayerKey<?>> produces() {
      return Set.of(SHOUTS);
    }

    @Override
    public Article apply(Article in) {
      if (in.text().contains("boom")) {
        throw new IllegalStateException("boom");
      }
      return in.with(SHOUTS, in.layer(WORDS).stream().map(String::toUpperCase).toList());
    }
  }

  @Test
  void runsStagesInOrderAndKeepsEveryLayer() {
    WordStage words = new WordStage();
    try (Pipeline p = Pipeline.builder(new CleanStage()).add(new TokenStage()).add(words).add(new ShoutStage()).build()) {
      Article a = p.process(RawDocument.text("x", "Envoys met."));
      assertThat(a.layer(WORDS)).containsExactly("Envoys", "met", ".");
      assertThat(a.layer(SHOUTS)).containsExactly("ENVOYS", "MET", ".");
      assertThat(words.opened).hasValue(1);
    }
    assertThat(words.closed).hasValue(1);
  }

  @Test
  void refusesStagesOutOfOrderNamingTheLayerAndItsProvider() {
    assertThatThrownBy(() -> Pipeline.builder(new CleanStage()).add(new TokenStage()).add(new ShoutStage())
        .add(new WordStage()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("stage 'shouts' requires layer 'words': stage 'words' provides it; add it before 'shouts'");
  }

  @Test
  void refusesAStageWhoseLayerNoStageProvides() {
    assertThatThrownBy(() -> Pipeline.builder(new CleanStage()).add(new WordStage()).build())
        .hasMessageContaining("requires layer 'tokens': no stage in this pipeline provides it");
  }

  @Test
  void skipsAStageWhoseLayersArePresentSoPretokenisedTextKeepsItsTokens() {
    Article given = Article.builder("conll", "U.S. troops").build().withTokens(new int[] {0, 5}, new int[] {4, 11}, new int[] {0});
    try (Pipeline p = Pipeline.builder(new CleanStage()).add(new TokenStage()).add(new WordStage()).build()) {
      assertThat(p.apply(given).layer(WORDS)).containsExactly("U.S.", "troops");
    }
  }

  @Test
  void wrapsAStageFailureNamingTheStageAndTheArticle() {
    try (Pipeline p = Pipeline.builder(new CleanStage()).add(new TokenStage()).add(new WordStage())
        .add(new ShoutStage()).build()) {
      assertThatThrownBy(() -> p.process(RawDocument.text("doc-7", "It went boom.")))
          .isInstanceOf(HeraldException.class)
          .hasMessageContaining("stage 'shouts' failed on doc-7");
    }
  }

  @Test
  void articleLayersAreWrittenOnceAndTyped() {
    Article a = Article.builder("x", "text").build().with(WORDS, List.of("a"));
    assertThatThrownBy(() -> a.with(WORDS, List.of("b"))).isInstanceOf(IllegalStateException.class);
    assertThat(a.layer(SHOUTS)).isEmpty();
  }
}
