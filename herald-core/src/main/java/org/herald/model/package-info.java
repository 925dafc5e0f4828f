/**
 * The document model: an immutable {@link org.herald.model.Article} with clean text, tokens, sentences and
 * typed annotation layers. Nothing here is null unless its Javadoc says so; lists are never null.
 */
package org.herald.model;
