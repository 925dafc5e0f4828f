/**
 * The embedded store: one SQLite file (WAL, FTS5) holding articles, their annotations and the links between
 * reports of one event, with the query service the CLI (and later the server) calls. {@link org.herald.store.Store}
 * is the front door. Nothing here returns null unless its Javadoc says so; record components documented as
 * "or null" may be null.
 */
package org.herald.store;
