package org.herald.store;

/**
 * A canonical name and country in the store, for finding entities by name.
 *
 * @param name canonical name
 * @param country ISO 3166-1 alpha-3 code, or null
 * @param type the type most of its entities have
 * @param articles how many articles mention it
 */
public record EntitySummary(String name, String country, String type, int articles) {
}
