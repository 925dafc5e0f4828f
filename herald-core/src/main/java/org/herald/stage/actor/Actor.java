package org.herald.stage.actor;

import java.util.Objects;
import org.herald.model.Span;

/**
 * A stretch of text that can take part in an event, resolved to a CAMEO actor code: a person with a role
 * ("Foreign Minister Sergey Lavrov" → RUSGOV), a country or its capital used for its government ("Moscow" →
 * RUS), a demonym ("Russian troops" → RUSMIL), an organisation ("NATO" → IGOWSTNAT).
 *
 * @param start char offset, inclusive
 * @param end char offset, exclusive
 * @param name the canonical name of the actor ("Vladimir Putin", "Russia")
 * @param entity id of the entity in {@code NameStage.ENTITIES} this actor is, or null
 * @param code CAMEO actor code: country (or IGO/NGO/…) plus optional sectors, such as {@code RUSGOV}
 * @param country ISO 3166-1 alpha-3 code, or null for actors with no country (IGOs, NGOs)
 */
public record Actor(int start, int end, String name, String entity, String code, String country) implements Span {
  public Actor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(code, "code");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad actor span [" + start + "," + end + ")");
    }
  }
}
