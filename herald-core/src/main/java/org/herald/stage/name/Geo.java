package org.herald.stage.name;

/**
 * A point on the Earth.
 *
 * @param lat latitude in degrees, -90 to 90
 * @param lon longitude in degrees, -180 to 180
 */
public record Geo(double lat, double lon) {
  public Geo {
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      throw new IllegalArgumentException("bad coordinates " + lat + "," + lon);
    }
  }
}
