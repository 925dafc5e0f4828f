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
  /** Distinct reporting articles' ids. */
  public String[] articles;
  /** Distinct reporting hosts (empty string: articles without a URL, one source). */
  public String[] sources;

  /** For Flink's POJO serializer. */
  public Link() {
  }
}
