package org.herald.source;

import java.io.InputStream;
import java.util.List;

/** Factories of sources. */
public final class Sources {
  private Sources() {
  }

  /** Files, folders (recursively) and {@code -} for {@code stdin}, with the default size limit. */
  public static FileSource files(List<String> inputs, InputStream stdin) {
    return new FileSource(inputs, stdin, FileSource.DEFAULT_MAX_BYTES);
  }

  /**
   * Files, folders, {@code -} and http(s) URLs (pages or feeds), the URLs fetched by {@code fetcher} (polite:
   * robots.txt, per-host rate limit, size and time limits).
   */
  public static FileSource files(List<String> inputs, InputStream stdin, Fetcher fetcher) {
    return new FileSource(inputs, stdin, FileSource.DEFAULT_MAX_BYTES, fetcher == null ? null : () -> fetcher);
  }

  /** The pages of a WARC or WARC.gz file, streamed; close it when done. */
  public static WarcSource warc(java.nio.file.Path file) {
    return new WarcSource(file, FileSource.DEFAULT_MAX_BYTES);
  }

  /** The articles of a JSON Lines file, streamed; close it when done. */
  public static JsonLinesSource jsonLines(java.nio.file.Path file) {
    return new JsonLinesSource(file);
  }

  /** A raw document from bytes that came from somewhere other than a file (a classpath resource, a request). */
  public static org.herald.model.RawDocument bytes(byte[] bytes, String name, String origin) {
    return FileSource.document(bytes, null, name, origin);
  }
}
