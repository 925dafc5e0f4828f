/**
 * The actor stage: every span that can take part in an event (people, countries, capitals used for their
 * governments, demonyms with a sector noun, organisations) with its CAMEO actor code. Methods return null only
 * where documented ("or null").
 */
package org.herald.stage.actor;
