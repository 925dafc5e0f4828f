package org.herald.stage.event;

import java.util.Objects;

/**
 * The source or target of an event.
 *
 * @param name the actor as named ("Vladimir Putin", "Russia")
 * @param entity id of the entity in {@code NameStage.ENTITIES}, or null
 * @param code CAMEO actor code such as {@code RUSGOV}
 * @param country ISO 3166-1 alpha-3 code, or null
 */
public record Participant(String name, String entity, String code, String country) {
  public Participant {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(code, "code");
  }
}
