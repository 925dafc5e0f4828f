/**
 * Duplicate detection (issue 7): the same article reached twice, by another URL, as a feed item and a page, or
 * as a syndicated copy, is recognised exactly (normalised URL, hash of the normalised text) or nearly (MinHash
 * over word shingles). Nothing here returns null unless its Javadoc says so.
 */
package org.herald.dedupe;
