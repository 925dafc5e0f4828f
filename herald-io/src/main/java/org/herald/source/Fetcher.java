package org.herald.source;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.herald.HeraldException;

/**
 * Fetches web pages and feeds politely (issue 7): sends its user agent, honours robots.txt (crawler-commons)
 * on every hop, waits between requests to one host, follows at most a few redirects by hand, bounds connect and
 * read time and the body size (refused while it streams), and can send the ETag / Last-Modified remembered from
 * the last fetch so an unchanged feed costs a 304. Failures are {@link HeraldException}s with one-line messages
 * and the {@code H-FETCH-*} codes below. Thread-safe; one fetcher should serve a whole run so its per-host clock
 * and robots.txt cache are shared.
 */
public final class Fetcher {
  /** The input is not an http(s) URL. */
  public static final String BAD_URL = "H-FETCH-001";
  /** robots.txt disallows the URL for our user agent. */
  public static final String ROBOTS = "H-FETCH-002";
  /** The server answered with an error status (4xx, 5xx) or an unusable one. */
  public static final String STATUS = "H-FETCH-003";
  /** Connecting, or waiting for the headers or the body, took too long. */
  public static final String TIMEOUT = "H-FETCH-004";
  /** The body is larger than the limit. */
  public static final String TOO_LARGE = "H-FETCH-005";
  /** Too many redirects, or a redirect loop. */
  public static final String REDIRECTS = "H-FETCH-006";
  /** The host cannot be reached (DNS, refused connection, reset). */
  public static final String CONNECTION = "H-FETCH-007";

  /** Longest Crawl-delay honoured, so a hostile robots.txt cannot stall a run. */
  private static final long MAX_CRAWL_DELAY_MS = 60_000;
  /** robots.txt files are small; longer ones are cut here (Google reads 500 KiB). */
  private static final int MAX_ROBOTS_BYTES = 512 * 1024;
  /** How long a host's robots.txt is trusted. */
  private static final long ROBOTS_TTL_NANOS = TimeUnit.HOURS.toNanos(1);

  /** Closes streams whose body outlives the read timeout; daemon, shared by all fetchers. */
  private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "herald-fetch-watchdog");
    t.setDaemon(true);
    return t;
  });

  private final FetchOptions options;
  private final HttpClient client;
  private final ValidatorCache validators;
  private final Map<String, Long> nextSlot = new ConcurrentHashMap<>();
  private final Map<String, Robots> robots = new ConcurrentHashMap<>();

  private record Robots(BaseRobotRules rules, long fetchedAt) {
  }

  public Fetcher(FetchOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.client = HttpClient.newBuilder()
        .connectTimeout(options.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    this.validators = new ValidatorCache(options.validatorCache());
  }

  public FetchOptions options() {
    return options;
  }

  /** Whether {@code input} names an http or https URL (rather than a file). */
  public static boolean isUrl(String input) {
    String s = input.strip().toLowerCase(Locale.ROOT);
    return s.startsWith("http://") || s.startsWith("https://");
  }

  /** Parses {@code input} as an absolute http(s) URL. */
  public static URI parse(String input) {
    try {
      URI u = new URI(input.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
        throw new HeraldException(BAD_URL, "not an http(s) URL: " + input);
      }
      return u;
    } catch (URISyntaxException e) {
      throw new HeraldException(BAD_URL, "not a valid URL: " + input);
    }
  }

  /** Fetches {@code uri} unconditionally. */
  public Fetched fetch(URI uri) {
    return fetch(uri, false);
  }

  /**
   * Fetches {@code uri}, following redirects.
   *
   * @param conditional whether to send the validators {@link #remember remembered} for {@code uri}, so an
   *     unchanged resource comes back as a 304 with an empty body
   * @throws HeraldException with one of this class's codes when the fetch fails or is not allowed
   */
  public Fetched fetch(URI uri, boolean conditional) {
    Objects.requireNonNull(uri, "uri");
    ValidatorCache.Validators sent = conditional ? validators.get(uri.toString()) : null;
    Set<URI> seen = new HashSet<>();
    URI current = uri;
    for (int hop = 0; ; hop++) {
      if (!seen.add(current)) {
        throw new HeraldException(REDIRECTS, "redirect loop at " + current);
      }
      HttpResponse<InputStream> response;
      try {
        checkRobots(current);
        response = send(current, sent);
      } catch (HeraldException e) {
        throw hop == 0 ? e : new HeraldException(e.code(), e.getMessage() + " (redirected to " + current + ")");
      }
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        close(response);
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null) {
          throw new HeraldException(STATUS, "HTTP " + status + " without a Location");
        }
        if (hop >= options.maxRedirects()) {
          throw new HeraldException(REDIRECTS, "more than " + options.maxRedirects() + " redirects");
        }
        try {
          current = current.resolve(new URI(location.strip())).normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
          throw new HeraldException(STATUS, "bad redirect Location " + location);
        }
        String scheme = current.getScheme() == null ? "" : current.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
          throw new HeraldException(REDIRECTS, "redirect to a non-http URL " + current);
        }
        continue;
      }
      if (status == 304) {
        close(response);
        if (sent == null) {
          throw new HeraldException(STATUS, "HTTP 304 to an unconditional request");
        }
        return new Fetched(uri, current, 304, new byte[0], null, null, null);
      }
      if (status != 200 && status != 203) {
        close(response);
        throw new HeraldException(STATUS, "HTTP " + status + reason(status)
            + (hop == 0 ? "" : " (redirected to " + current + ")"));
      }
      byte[] body = readBody(current, response);
      return new Fetched(uri, current, status, body, response.headers().firstValue("Content-Type").orElse(null),
          response.headers().firstValue("ETag").orElse(null),
          response.headers().firstValue("Last-Modified").orElse(null));
    }
  }

  /**
   * Remembers {@code f}'s validators for the next conditional fetch of the URL it was asked for (and saves the
   * cache file). Separate from fetching so a caller commits them only once it has used the body: a feed
   * whose items were lost to a crash must not come back as a 304.
   */
  public void remember(Fetched f) {
    if (!f.isNotModified()) {
      validators.put(f.requested().toString(), new ValidatorCache.Validators(f.etag(), f.lastModified()));
    }
  }

  private static String reason(int status) {
    return switch (status) {
      case 401 -> " (unauthorised)";
      case 403 -> " (forbidden)";
      case 404 -> " (not found)";
      case 410 -> " (gone)";
      case 429 -> " (too many requests)";
      case 500 -> " (server error)";
      case 502 -> " (bad gateway)";
      case 503 -> " (unavailable)";
      case 504 -> " (gateway timeout)";
      default -> "";
    };
  }

  private HttpResponse<InputStream> send(URI uri, ValidatorCache.Validators sent) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri)
        .timeout(options.readTimeout())
        .header("User-Agent", options.userAgent())
        .header("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
            + "application/xml;q=0.9, text/*;q=0.8, */*;q=0.1")
        .GET();
    if (sent != null) {
      if (sent.etag() != null) {
        b.header("If-None-Match", sent.etag());
      }
      if (sent.lastModified() != null) {
        b.header("If-Modified-Since", sent.lastModified());
      }
    }
    waitForTurn(uri);
    try {
      return client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      throw new HeraldException(TIMEOUT, "no connection within " + seconds(options.connectTimeout()));
    } catch (HttpTimeoutException e) {
      throw new HeraldException(TIMEOUT, "no response within " + seconds(options.readTimeout()));
    } catch (ConnectException e) {
      throw new HeraldException(CONNECTION, "cannot connect to " + uri.getHost());
    } catch (IOException e) {
      throw new HeraldException(CONNECTION, "" + message(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HeraldException(CONNECTION, "interrupted");
    }
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replace('\n', ' ');
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  /** Reads the body, refusing it once it passes the size limit or outlives the read timeout. */
  private byte[] readBody(URI uri, HttpResponse<InputStream> response) {
    long max = options.maxBytes();
    OptionalLong declared = response.headers().firstValueAsLong("Content-Length");
    if (declared.isPresent() && declared.getAsLong() > max) {
      close(response);
      throw tooLarge(uri, max);
    }
    AtomicBoolean expired = new AtomicBoolean();
    InputStream in = response.body();
    ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
      expired.set(true);
      quietlyClose(in);
    }, options.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(
          (int) Math.min(max, declared.orElse(16 * 1024)));
      byte[] buf = new byte[16 * 1024];
      long total = 0;
      int n;
      while ((n = in.read(buf)) >= 0) {
        total += n;
        if (total > max) {
          throw tooLarge(uri, max);
        }
        out.write(buf, 0, n);
      }
      if (expired.get()) {
        throw new IOException("closed");
      }
      return out.toByteArray();
    } catch (IOException e) {
      if (expired.get()) {
        throw new HeraldException(TIMEOUT, "body not read within " + seconds(options.readTimeout()));
      }
      throw new HeraldException(CONNECTION, "body cut off: " + message(e));
    } finally {
      watchdog.cancel(false);
    }
  }

  private static HeraldException tooLarge(URI uri, long max) {
    String limit = max >= 1024 * 1024 ? max / (1024 * 1024) + " MB" : max >= 1024 ? max / 1024 + " KB"
        : max + " bytes";
    return new HeraldException(TOO_LARGE, "body over the " + limit + " limit");
  }

  private static void close(HttpResponse<InputStream> response) {
    quietlyClose(response.body());
  }

  private static void quietlyClose(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // nothing more to do with a stream we are abandoning
    }
  }

  /** Sleeps until this host's next slot; slots are spaced by the interval (or the host's Crawl-delay). */
  private void waitForTurn(URI uri) {
    String host = hostKey(uri);
    long interval = options.perHostInterval().toNanos();
    Robots r = robots.get(host);
    if (r != null && r.rules().getCrawlDelay() > 0) {
      interval = Math.max(interval, TimeUnit.MILLISECONDS.toNanos(Math.min(r.rules().getCrawlDelay(),
          MAX_CRAWL_DELAY_MS)));
    }
    long gap = interval;
    long now = System.nanoTime();
    long[] slot = new long[1];
    nextSlot.compute(host, (h, next) -> {
      slot[0] = next == null || next - now < 0 ? now : next;
      return slot[0] + gap;
    });
    long wait = slot[0] - now;
    if (wait > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new HeraldException(CONNECTION, "interrupted");
      }
    }
  }

  private static String hostKey(URI uri) {
    return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port(uri);
  }

  private static int port(URI uri) {
    return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  private void checkRobots(URI uri) {
    if (!options.robots()) {
      return;
    }
    BaseRobotRules rules = rules(uri);
    if (!rules.isAllowed(uri.toString())) {
      throw new HeraldException(ROBOTS, "disallowed by robots.txt for " + options.robotName());
    }
  }

  private BaseRobotRules rules(URI uri) {
    String key = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + hostKey(uri);
    Robots r = robots.get(key);
    if (r != null && System.nanoTime() - r.fetchedAt() < ROBOTS_TTL_NANOS) {
      return r.rules();
    }
    BaseRobotRules rules = fetchRobots(uri);
    Robots fresh = new Robots(rules, System.nanoTime());
    robots.put(key, fresh);
    robots.put(hostKey(uri), fresh); // for the crawl delay, which is per host
    return rules;
  }

  /**
   * Reads a host's robots.txt the usual way: a 2xx body is parsed; 4xx means no rules; 5xx means stay away for
   * now; an unreachable host is left for the page fetch itself to report.
   */
  private BaseRobotRules fetchRobots(URI page) {
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser(MAX_CRAWL_DELAY_MS, 5);
    URI current = page.resolve("/robots.txt");
    for (int hop = 0; hop <= options.maxRedirects(); hop++) {
      HttpResponse<InputStream> response;
      try {
        response = send(current, null);
      } catch (HeraldException e) {
        return parser.failedFetch(404);
      }
      int status = response.statusCode();
      if (status >= 300 && status < 400) {
        close(response);
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null) {
          return parser.failedFetch(404);
        }
        try {
          current = current.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
          return parser.failedFetch(404);
        }
        continue;
      }
      if (status >= 200 && status < 300) {
        byte[] body;
        try (InputStream in = response.body()) {
          body = in.readNBytes(MAX_ROBOTS_BYTES);
        } catch (IOException e) {
          return parser.failedFetch(503);
        }
        return parser.parseContent(current.toString(), body,
            response.headers().firstValue("Content-Type").orElse("text/plain"), List.of(options.robotName()));
      }
      close(response);
      return parser.failedFetch(status);
    }
    return parser.failedFetch(404);
  }
}
