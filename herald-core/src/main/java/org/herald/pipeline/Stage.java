package org.herald.pipeline;

import java.util.Set;
import org.herald.model.Article;
import org.herald.model.LayerKey;

/**
 * One pure step of the pipeline that adds one kind of annotation. {@link #apply} returns a new article with the
 * layers of {@link #produces()} added, earlier layers untouched, and gives the same output for the same input.
 * Heavy resources load in {@link #open}; after it a stage is thread-safe. A stage knows nothing of the CLI, the
 * store or the server.
 */
public interface Stage extends AutoCloseable {
  /** Short name for messages, such as {@code dates}. */
  String name();

  /** Layers that must be present before this stage runs. */
  Set<LayerKey<?>> requires();

  /** Layers this stage adds. */
  Set<LayerKey<?>> produces();

  /** Loads dictionaries and models. Called once before the first {@link #apply}. */
  default void open(Resources resources) {
  }

  /** Annotates one article. */
  Article apply(Article in);

  /** Releases what {@link #open} loaded. */
  @Override
  default void close() {
  }
}
