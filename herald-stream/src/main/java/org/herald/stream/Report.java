package org.herald.stream;

/**
 * One event report on its way to cross-article linking: what {@link EventLinker} needs of an extracted event.
 * A Flink POJO; not thread-safe.
 */
public class Report {
  /** {@code EventLinkRule.key}: source code, target code and CAMEO code. */
  public String key;
  /** The event's epoch day by {@code EventLinkRule.day}, or null when it has none (then it is never linked). */
  public Long day;
  /** The reporting article's id. */
  public String article;
  /** The event's article-local id ({@code V1}). */
  public String event;
  /** The reporting source: the article URL's host, or empty when it has no URL. */
  public String host;
  /** Who acts: actor code, and name as written. */
  public String sourceCode;
  /** Who acts, as named in the first report. */
  public String sourceName;
  /** Who is acted on: actor code, or empty when there is no target. */
  public String targetCode;
  /** Who is acted on, as named in the first report, or null. */
  public String targetName;
  /** CAMEO event code. */
  public String cameo;
  /** PLOVER event type. */
  public String plover;
  /** 1 to 4. */
  public int quadClass;
  /** -10 to 10. */
  public double goldstein;

  /** For Flink's POJO serializer. */
  public Report() {
  }
}
