package org.herald.store;

/**
 * The stable error codes of the store's {@link org.herald.HeraldException}s (the rest live in
 * {@link org.herald.ErrorCodes}). Never renumber: users search for them.
 */
public final class StoreCodes {
  /** The store path cannot be used: a folder, an unwritable place, a parent that cannot be made. */
  public static final String PATH = "H-STORE-001";
  /** There is no store at the path (queries never create one). */
  public static final String MISSING = "H-STORE-002";
  /** Another process holds the store's write lock for longer than the busy timeout. */
  public static final String LOCKED = "H-STORE-003";
  /** The file is not a Herald store: corrupt, not SQLite, or another program's database. */
  public static final String CORRUPT = "H-STORE-004";
  /** The store was written by a newer Herald (its schema version is unknown here). */
  public static final String TOO_NEW = "H-STORE-005";
  /** Writing one article failed; it was rolled back and nothing of it is stored. */
  public static final String WRITE = "H-STORE-006";
  /** A query is malformed (full-text syntax, a filter value). */
  public static final String QUERY = "H-STORE-007";

  private StoreCodes() {
  }
}
