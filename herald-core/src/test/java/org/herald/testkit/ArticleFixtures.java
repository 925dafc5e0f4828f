package org.herald.testkit;

import java.time.LocalDate;
import java.util.List;
import org.herald.model.Article;
import org.herald.model.LayerKey;
import org.herald.model.RawDocument;
import org.herald.pipeline.Stage;
import org.herald.stage.clean.CleanStage;
import org.herald.stage.token.TokenStage;

/**
 * Builds articles by hand for stage tests: clean text, tokenised, with whatever layers a test sets, so a stage
 * is tested without running the stages before it.
 */
public final class ArticleFixtures {
  private static final TokenStage TOKENS = new TokenStage();

  private ArticleFixtures() {
  }

  /** A tokenised article of {@code text} with no publication date. */
  public static Article article(String text) {
    return TOKENS.apply(Article.builder("fixture", text).build());
  }

  /** A tokenised article of {@code text} published on {@code published} (ISO date). */
  public static Article article(String text, String published) {
    return TOKENS.apply(Article.builder("fixture", text).published(LocalDate.parse(published)).build());
  }

  /** The empty article, tokenised: every stage must accept it. */
  public static Article empty() {
    return article("");
  }

  /** A tokenised article cleaned from raw text by the real clean stage. */
  public static Article cleaned(RawDocument raw) {
    return TOKENS.apply(new CleanStage().clean(raw));
  }

  /** {@code article} with layer {@code key} set to {@code values}. */
  public static <T> Article with(Article article, LayerKey<T> key, List<? extends T> values) {
    return article.with(key, values);
  }

  /** Runs {@code stages} in order on {@code article}, opening each with the bundled resources. */
  public static Article run(Article article, Stage... stages) {
    Article a = article;
    for (Stage s : stages) {
      s.open(org.herald.pipeline.Resources.classpath());
      a = s.apply(a);
    }
    return a;
  }
}
