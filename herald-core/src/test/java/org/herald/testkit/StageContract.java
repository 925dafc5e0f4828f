package org.herald.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.model.Article;
import org.herald.model.LayerKey;
import org.herald.model.Sentence;
import org.herald.model.Span;
import org.herald.pipeline.Resources;
import org.herald.pipeline.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every stage test inherits: offsets in range and in order, spans inside one sentence where the
 * stage says so, earlier layers unchanged, same output for the same input, and the empty article accepted.
 * A subclass says how to make the stage and gives articles to check (with the layers the stage requires).
 */
public abstract class StageContract {
  protected Stage stage;

  /** A new, unopened stage. */
  protected abstract Stage createStage();

  /** Articles with the stage's required layers set; the contract runs the stage on each. */
  protected abstract List<Article> contractArticles();

  /** Whether every span of the stage's layers must lie inside one sentence (false for quotes across sentences). */
  protected boolean spansStayInSentences() {
    return true;
  }

  @BeforeEach
  void openStage() {
    stage = createStage();
    stage.open(Resources.classpath());
  }

  @AfterEach
  void closeStage() {
    stage.close();
  }

  @Test
  void producesItsLayersWithOffsetsInRangeAndInOrder() {
    for (Article in : contractArticles()) {
      Article out = stage.apply(in);
      for (LayerKey<?> key : stage.produces()) {
        assertThat(out.has(key)).as("layer %s present", key).isTrue();
        int prevStart = -1;
        for (Object o : out.layer(key)) {
          if (o instanceof Span s) {
            assertThat(s.start()).as("%s start of %s", key, o).isBetween(0, out.text().length());
            assertThat(s.end()).as("%s end of %s", key, o).isBetween(s.start(), out.text().length());
            if (orderedLayers()) {
              assertThat(s.start()).as("%s in text order at %s", key, o).isGreaterThanOrEqualTo(prevStart);
            }
            prevStart = s.start();
            if (spansStayInSentences() && s.end() > s.start()) {
              Sentence sent = out.sentenceAt(s.start());
              assertThat(sent).as("sentence of %s", o).isNotNull();
              assertThat(sent.contains(s)).as("%s inside %s", o, sent).isTrue();
            }
          }
        }
      }
    }
  }

  /** Whether the stage's span layers are sorted by start offset. */
  protected boolean orderedLayers() {
    return true;
  }

  @Test
  void leavesEarlierLayersUnchanged() {
    for (Article in : contractArticles()) {
      Article out = stage.apply(in);
      assertThat(out.text()).isEqualTo(in.text());
      if (in.isTokenized()) {
        assertThat(out.tokens()).isEqualTo(in.tokens());
        assertThat(out.sentences()).isEqualTo(in.sentences());
      }
      for (LayerKey<?> key : in.layerKeys()) {
        assertThat(out.layer(key)).as("layer %s", key).isEqualTo(in.layer(key));
      }
    }
  }

  @Test
  void givesTheSameOutputForTheSameInput() {
    for (Article in : contractArticles()) {
      Article a = stage.apply(in);
      Article b = stage.apply(in);
      for (LayerKey<?> key : stage.produces()) {
        assertThat(a.layer(key)).as("layer %s", key).isEqualTo(b.layer(key));
      }
    }
  }

  @Test
  void acceptsTheEmptyArticle() {
    Article in = Article.builder("empty", "").build();
    if (stage.requires().contains(Article.TOKENS) || stage.requires().contains(Article.SENTENCES)) {
      in = ArticleFixtures.empty();
    }
    for (LayerKey<?> key : stage.requires()) {
      if (!in.has(key)) {
        in = withEmpty(in, key);
      }
    }
    Article out = stage.apply(in);
    for (LayerKey<?> key : stage.produces()) {
      assertThat(out.has(key)).isTrue();
    }
  }

  private static <T> Article withEmpty(Article a, LayerKey<T> key) {
    return a.with(key, List.of());
  }
}
