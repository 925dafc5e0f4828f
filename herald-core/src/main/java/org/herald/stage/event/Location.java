package org.herald.stage.event;

import java.util.Objects;

/**
 * Where an event took place, as stated in its sentence.
 *
 * @param name the place as named
 * @param country ISO 3166-1 alpha-3 code, or null
 * @param lat latitude in degrees, or null when unknown
 * @param lon longitude in degrees, or null when unknown
 */
public record Location(String name, String country, Double lat, Double lon) {
  public Location {
    Objects.requireNonNull(name, "name");
  }
}
