/**
 * Sources: where raw documents come from (files, folders, standard input, feeds, WARC and JSON Lines files, and
 * http(s) URLs fetched politely by {@link org.herald.source.Fetcher}; {@link org.herald.source.FeedWatcher}
 * polls feeds for new items). A source never stops a batch for one bad input. Nothing here returns null unless
 * its Javadoc says so.
 */
package org.herald.source;
