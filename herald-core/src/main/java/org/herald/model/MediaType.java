package org.herald.model;

/** What kind of markup a raw document's content is in. */
public enum MediaType {
  TEXT,
  HTML
}
