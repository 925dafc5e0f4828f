package org.herald.source;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link Fetcher} behaves on the web (issue 7: politely). Immutable; the {@code with*} methods return
 * copies.
 *
 * @param userAgent the {@code User-Agent} header; its first product token (before {@code /}) is the name matched
 *     against robots.txt groups
 * @param connectTimeout the longest wait to open a connection
 * @param readTimeout the longest wait for the response headers, and again for the whole body
 * @param maxBytes the largest body accepted, in bytes; longer bodies are refused while they stream
 * @param maxRedirects the most redirects followed for one fetch
 * @param perHostInterval the least time between two requests to one host (robots.txt {@code Crawl-delay} may
 *     lengthen it, up to a minute)
 * @param validatorCache the file remembering ETag / Last-Modified per URL for conditional GETs, or null to keep
 *     them in memory only
 * @param robots whether robots.txt is honoured (always, outside tests)
 */
public record FetchOptions(String userAgent, Duration connectTimeout, Duration readTimeout, long maxBytes,
                           int maxRedirects, Duration perHostInterval, Path validatorCache, boolean robots) {
  /** The user agent sent unless configured otherwise. */
  public static final String DEFAULT_USER_AGENT = "Herald/0.1 (+https://example.org/herald)";

  public FetchOptions {
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(perHostInterval, "perHostInterval");
    if (userAgent.isBlank()) {
      throw new IllegalArgumentException("blank user agent");
    }
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    if (maxRedirects < 0 || maxRedirects > 20) {
      throw new IllegalArgumentException("maxRedirects must be 0..20: " + maxRedirects);
    }
    if (perHostInterval.isNegative()) {
      throw new IllegalArgumentException("negative perHostInterval: " + perHostInterval);
    }
  }

  /**
   * The defaults: the Herald user agent, 10 s to connect, 30 s to read, 32 MB, 5 redirects, one request a second
   * per host, validators in the user's cache folder, robots.txt honoured.
   */
  public static FetchOptions defaults() {
    return new FetchOptions(DEFAULT_USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(30),
        FileSource.DEFAULT_MAX_BYTES, 5, Duration.ofSeconds(1), cacheFolder().resolve("http-validators.tsv"), true);
  }

  /**
   * The user's cache folder for Herald: {@code $XDG_CACHE_HOME/herald}, else {@code ~/.cache/herald} (on
   * Windows {@code %LOCALAPPDATA%\herald}). Not created here.
   */
  public static Path cacheFolder() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "herald");
    }
    String local = System.getenv("LOCALAPPDATA");
    if (local != null && !local.isBlank() && System.getProperty("os.name", "").startsWith("Windows")) {
      return Path.of(local, "herald");
    }
    return Path.of(System.getProperty("user.home"), ".cache", "herald");
  }

  /** The name matched against robots.txt: the user agent's first product token, lower-cased. */
  public String robotName() {
    String token = userAgent.strip().split("[/\\s]", 2)[0];
    return token.toLowerCase(java.util.Locale.ROOT);
  }

  public FetchOptions withUserAgent(String ua) {
    return new FetchOptions(ua, connectTimeout, readTimeout, maxBytes, maxRedirects, perHostInterval,
        validatorCache, robots);
  }

  public FetchOptions withTimeouts(Duration connect, Duration read) {
    return new FetchOptions(userAgent, connect, read, maxBytes, maxRedirects, perHostInterval, validatorCache,
        robots);
  }

  public FetchOptions withMaxBytes(long max) {
    return new FetchOptions(userAgent, connectTimeout, readTimeout, max, maxRedirects, perHostInterval,
        validatorCache, robots);
  }

  public FetchOptions withMaxRedirects(int max) {
    return new FetchOptions(userAgent, connectTimeout, readTimeout, maxBytes, max, perHostInterval,
        validatorCache, robots);
  }

  public FetchOptions withPerHostInterval(Duration interval) {
    return new FetchOptions(userAgent, connectTimeout, readTimeout, maxBytes, maxRedirects, interval,
        validatorCache, robots);
  }

  /** A copy remembering validators in {@code file}, or in memory only when null. */
  public FetchOptions withValidatorCache(Path file) {
    return new FetchOptions(userAgent, connectTimeout, readTimeout, maxBytes, maxRedirects, perHostInterval, file,
        robots);
  }

  public FetchOptions withRobots(boolean honoured) {
    return new FetchOptions(userAgent, connectTimeout, readTimeout, maxBytes, maxRedirects, perHostInterval,
        validatorCache, honoured);
  }
}
