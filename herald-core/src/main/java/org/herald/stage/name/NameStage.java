package org.herald.stage.name;

import java.util.List;
import java.util.Set;
import org.herald.model.Article;
import org.herald.model.LayerKey;
import org.herald.pipeline.Stage;


/** PLACEHOLDER: replaced by the real stage. */
public final class NameStage implements Stage {
  /** The layer this stage adds. */
  public static final LayerKey<Entity> ENTITIES = LayerKey.of("entities", Entity.class);

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Article.TOKENS, Article.SENTENCES);
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(ENTITIES);
  }

  @Override
  public Article apply(Article in) {
    return in.with(ENTITIES, List.of());
  }
}
