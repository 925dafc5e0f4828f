package org.herald.stage.actor;

import java.util.List;
import java.util.Set;
import org.herald.model.Article;
import org.herald.model.LayerKey;
import org.herald.pipeline.Stage;
import org.herald.stage.name.NameStage;

/** PLACEHOLDER: replaced by the real stage. */
public final class ActorStage implements Stage {
  /** The layer this stage adds. */
  public static final LayerKey<Actor> ACTORS = LayerKey.of("actors", Actor.class);

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(NameStage.ENTITIES);
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(ACTORS);
  }

  @Override
  public Article apply(Article in) {
    return in.with(ACTORS, List.of());
  }
}
