package org.herald.stream;

/**
 * The state of one linked event held by {@link EventLinker}: its first report's coding and its counts so far.
 * A Flink POJO (arrays, not collections, so no generic serializer is needed); not thread-safe.
 */
public class Link {
  /** Stable id: link key, {@code @}, day ({@code USA|CHN|042@2024-06-17}), the same after a restart. */
  public String id;
  /** The linked event's epoch day: its first report's. */
  public long day;
  /** The first report. */
  public Report first;
  /** Reports, counting repeats within an article. */
  public int mentions;
  /**
   * Distinct reporting articles, as 64-bit hashes of their ids ({@link EventLinker#hash}), ascending: a big story's
   * linked event has thousands of reports, and its state is copied and written at every checkpoint, so 8 bytes an
   * article rather than its id (two ids share a hash with odds of about n² / 2⁶⁵: 3 in 10⁸ for a million).
   */
  public long[] articleHashes;
  /** Distinct reporting hosts, hashed as the articles (the empty host: articles without a URL, one source). */
  public long[] sourceHashes;

  /** Whether reports changed it since it last emitted its state. */
  public boolean changed;
  /**
   * The reports that joined it since it last emitted its state, as "article id, NUL, event id" (the emitted record
   * lists them, so readers such as the JDBC sink learn each report's linked event); emptied at each emission.
   */
  public String[] pending;

  /** For Flink's POJO serializer. */
  public Link() {
  }
}
