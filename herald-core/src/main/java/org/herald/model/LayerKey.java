package org.herald.model;

import java.util.Objects;

/**
 * A typed name for one layer of annotations on an {@link Article}: {@code article.layer(DateStage.TIMEX)}
 * returns a {@code List<TimeExpression>}. Keys are declared as constants beside the stage that produces them
 * and compare by identity of name.
 *
 * @param name unique, lower-case layer name such as {@code "dates"}
 * @param type the element type of the layer's list
 * @param <T> the element type
 */
public record LayerKey<T>(String name, Class<T> type) {
  public LayerKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (name.isBlank()) {
      throw new IllegalArgumentException("layer name is blank");
    }
  }

  /** Declares a layer key. */
  public static <T> LayerKey<T> of(String name, Class<T> type) {
    return new LayerKey<>(name, type);
  }

  @Override
  public String toString() {
    return name;
  }
}
