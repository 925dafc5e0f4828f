package org.herald.stage.quote;

import java.util.List;
import java.util.Set;
import org.herald.model.Article;
import org.herald.model.LayerKey;
import org.herald.pipeline.Stage;
import org.herald.stage.name.NameStage;

/** PLACEHOLDER: replaced by the real stage. */
public final class QuoteStage implements Stage {
  /** The layer this stage adds. */
  public static final LayerKey<Quote> QUOTES = LayerKey.of("quotes", Quote.class);

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Article.SENTENCES, NameStage.ENTITIES);
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(QUOTES);
  }

  @Override
  public Article apply(Article in) {
    return in.with(QUOTES, List.of());
  }
}
