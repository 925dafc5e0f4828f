package org.herald.stage.date;

import java.util.List;
import java.util.Set;
import org.herald.model.Article;
import org.herald.model.LayerKey;
import org.herald.pipeline.Stage;


/** PLACEHOLDER: replaced by the real stage. */
public final class DateStage implements Stage {
  /** The layer this stage adds. */
  public static final LayerKey<TimeExpression> TIMEX = LayerKey.of("dates", TimeExpression.class);

  @Override
  public String name() {
    return "dates";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Article.TOKENS, Article.SENTENCES);
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(TIMEX);
  }

  @Override
  public Article apply(Article in) {
    return in.with(TIMEX, List.of());
  }
}
