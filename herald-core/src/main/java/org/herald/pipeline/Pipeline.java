package org.herald.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.herald.ErrorCodes;
import org.herald.HeraldException;
import org.herald.model.Article;
import org.herald.model.LayerKey;
import org.herald.model.RawDocument;

/**
 * A cleaner followed by stages, checked for order when built and opened once. The same object serves the CLI,
 * the server and the distributed job; after {@link Builder#build()} it is thread-safe. See the package
 * documentation for an example.
 */
public final class Pipeline implements AutoCloseable {
  private final Cleaner cleaner;
  private final List<Stage> stages;

  private Pipeline(Cleaner cleaner, List<Stage> stages) {
    this.cleaner = cleaner;
    this.stages = List.copyOf(stages);
  }

  /** Starts a pipeline that cleans raw documents with {@code cleaner}. */
  public static Builder builder(Cleaner cleaner) {
    return new Builder(cleaner);
  }

  /** The stages, in the order they run. */
  public List<Stage> stages() {
    return stages;
  }

  /** Cleans {@code raw} and runs every stage on it. */
  public Article process(RawDocument raw) {
    return apply(cleaner.clean(raw));
  }

  /**
   * Runs every stage on an article that is already clean. A stage whose layers are all present already is
   * skipped, so a pre-tokenised article (such as a CoNLL sentence) keeps its tokens.
   *
   * @throws HeraldException with {@link ErrorCodes#STAGE_FAILED} naming the stage and the article
   */
  public Article apply(Article article) {
    Article a = article;
    for (Stage stage : stages) {
      if (stage.produces().stream().allMatch(a::has)) {
        continue;
      }
      try {
        a = stage.apply(a);
      } catch (HeraldException e) {
        throw e;
      } catch (RuntimeException | StackOverflowError e) {
        throw new HeraldException(ErrorCodes.STAGE_FAILED,
            "stage '" + stage.name() + "' failed on " + a.id() + ": " + e, e);
      }
    }
    return a;
  }

  /** Closes every stage, in reverse order. */
  @Override
  public void close() {
    for (int i = stages.size() - 1; i >= 0; i--) {
      stages.get(i).close();
    }
  }

  /** Collects stages in the order they will run. */
  public static final class Builder {
    private final Cleaner cleaner;
    private final List<Stage> stages = new ArrayList<>();
    private Resources resources = Resources.classpath();

    private Builder(Cleaner cleaner) {
      this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
    }

    /** Appends {@code stage}. */
    public Builder add(Stage stage) {
      stages.add(Objects.requireNonNull(stage, "stage"));
      return this;
    }

    /** Where stages load their dictionaries and models (default: the classpath). */
    public Builder resources(Resources resources) {
      this.resources = Objects.requireNonNull(resources, "resources");
      return this;
    }

    /**
     * Checks that every stage's required layers come from an earlier stage, then opens the stages.
     *
     * @throws IllegalStateException naming the missing layer, the stage that needs it and the stage that
     *     provides it when one is in the list but later
     */
    public Pipeline build() {
      Set<LayerKey<?>> available = new HashSet<>();
      for (int i = 0; i < stages.size(); i++) {
        Stage stage = stages.get(i);
        Set<LayerKey<?>> missing = new LinkedHashSet<>(stage.requires());
        missing.removeAll(available);
        if (!missing.isEmpty()) {
          LayerKey<?> key = missing.iterator().next();
          String provider = stages.stream().filter(s -> s.produces().contains(key)).map(Stage::name)
              .findFirst().map(n -> "stage '" + n + "' provides it; add it before '" + stage.name() + "'")
              .orElse("no stage in this pipeline provides it");
          throw new IllegalStateException(
              "stage '" + stage.name() + "' requires layer '" + key + "': " + provider);
        }
        available.addAll(stage.produces());
      }
      List<Stage> opened = new ArrayList<>();
      try {
        for (Stage stage : stages) {
          stage.open(resources);
          opened.add(stage);
        }
      } catch (RuntimeException e) {
        for (Stage s : opened) {
          s.close();
        }
        throw e;
      }
      return new Pipeline(cleaner, stages);
    }
  }
}
