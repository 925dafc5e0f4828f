package org.herald.stage.name;

import java.util.List;
import java.util.Objects;

/**
 * A person, organisation, place or other named thing, with all its mentions in one article.
 *
 * @param id article-local id: {@code E1}, {@code E2}… in order of first mention
 * @param type what kind of entity
 * @param name canonical full name ("Vladimir Putin", not "Putin")
 * @param country ISO 3166-1 alpha-3 code of the country it belongs to or is, or null
 * @param roles titles and roles, most specific first ("Foreign Minister", "head of Roscosmos"); may be empty
 * @param geo coordinates of a place, or null
 * @param mentions every mention, in text order, at least one
 */
public record Entity(String id, EntityType type, String name, String country, List<String> roles, Geo geo,
                     List<Mention> mentions) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    roles = List.copyOf(roles);
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("entity " + id + " has no mention");
    }
  }

  /** The first mention. */
  public Mention first() {
    return mentions.get(0);
  }
}
