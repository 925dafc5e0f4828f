package org.herald.store;

/**
 * The source or target of a stored event.
 *
 * @param code CAMEO actor code ({@code RUSGOV})
 * @param name the actor as named in the first report
 * @param country ISO 3166-1 alpha-3 code, or null
 * @param lat latitude of the actor's entity when it is a place with coordinates, or null
 * @param lon longitude, or null
 */
public record StoredActor(String code, String name, String country, Double lat, Double lon) {
}
