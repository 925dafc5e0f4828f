package org.herald.stage.token;

import java.util.Set;
import org.herald.model.Article;
import org.herald.model.LayerKey;
import org.herald.pipeline.Stage;

/** Adds tokens and sentences to a clean article (see {@link Tokenizer} for the rules). Thread-safe. */
public final class TokenStage implements Stage {
  private final Tokenizer tokenizer = new Tokenizer();

  @Override
  public String name() {
    return "tokens";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(Article.TOKENS, Article.SENTENCES);
  }

  @Override
  public Article apply(Article in) {
    Tokenizer.Result r = tokenizer.tokenize(in.text());
    return in.withTokens(r.starts(), r.ends(), r.sentenceStarts());
  }
}
