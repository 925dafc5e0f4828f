/**
 * The name stage: people, organisations, places and other names, with roles, countries and coordinates, linked
 * within an article; plus the country, organisation and title lookups other stages share. Methods return null
 * only where documented ("or null").
 */
package org.herald.stage.name;
