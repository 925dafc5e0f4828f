/**
 * The HTTP server: a REST API over the store ({@code /api/...}) and the web UI ({@code /}), bound to 127.0.0.1
 * unless told otherwise. {@link org.herald.server.HeraldServer} is the front door; handlers are method references
 * on {@code *Routes} classes. Nothing here returns null unless its Javadoc says so.
 */
package org.herald.server;
