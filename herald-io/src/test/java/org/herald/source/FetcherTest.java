package org.herald.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.herald.HeraldException;
import org.herald.model.MediaType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetcherTest {
  private static final String PAGE = "<html><head><title>Envoys meet</title></head><body><article>"
      + "<h1>Envoys meet</h1><p>The envoys met in a lakeside town on Tuesday and agreed to talk again.</p>"
      + "</article></body></html>";

  private HttpServer server;
  private String base;
  /** Request lines seen, as "METHOD path UA|If-None-Match". */
  private final List<String> requests = new CopyOnWriteArrayList<>();

  @TempDir
  Path dir;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", this::route);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void route(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    requests.add(path + " " + x.getRequestHeaders().getFirst("User-Agent") + " "
        + x.getRequestHeaders().getFirst("If-None-Match"));
    switch (path) {
      case "/robots.txt" -> send(x, 200, "text/plain",
          "User-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\nDisallow: /\n");
      case "/page", "/private/page" -> send(x, 200, "text/html; charset=utf-8", PAGE);
      case "/latin" -> {
        byte[] b = "<html><body><p>Caf\u00e9 talks resumed in the capital.</p></body></html>"
            .getBytes(StandardCharsets.ISO_8859_1);
        x.getResponseHeaders().set("Content-Type", "text/html; charset=ISO-8859-1");
        x.sendResponseHeaders(200, b.length);
        try (OutputStream o = x.getResponseBody()) {
          o.write(b);
        }
      }
      case "/tagged" -> {
        if ("\"v1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
          x.sendResponseHeaders(304, -1);
          x.close();
        } else {
          x.getResponseHeaders().set("ETag", "\"v1\"");
          send(x, 200, "text/html", PAGE);
        }
      }
      case "/loop-a" -> redirect(x, "/loop-b");
      case "/loop-b" -> redirect(x, "/loop-a");
      case "/hop" -> redirect(x, "page");
      case "/to-private" -> redirect(x, "/private/page");
      case "/big" -> {
        x.getResponseHeaders().set("Content-Type", "text/html");
        x.sendResponseHeaders(200, 0); // chunked: the size is only known while streaming
        try (OutputStream o = x.getResponseBody()) {
          byte[] chunk = "<p>filler text</p>".repeat(100).getBytes(StandardCharsets.UTF_8);
          for (int i = 0; i < 200; i++) {
            o.write(chunk);
          }
        } catch (IOException e) {
          // the client hung up, as it should
        }
      }
      case "/slow" -> {
        sleep(3000);
        send(x, 200, "text/html", PAGE);
      }
      case "/error" -> send(x, 500, "text/plain", "boom");
      case "/image" -> send(x, 200, "image/png", "\u0089PNG");
      default -> send(x, 404, "text/plain", "no");
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void redirect(HttpExchange x, String to) throws IOException {
    x.getResponseHeaders().set("Location", to);
    x.sendResponseHeaders(302, -1);
    x.close();
  }

  private static void send(HttpExchange x, int status, String type, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", type);
    x.sendResponseHeaders(status, b.length);
    try (OutputStream o = x.getResponseBody()) {
      o.write(b);
    } catch (IOException e) {
      // the client gave up
    }
  }

  private FetchOptions options() {
    return FetchOptions.defaults().withPerHostInterval(Duration.ZERO).withValidatorCache(dir.resolve("v.tsv"))
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private static String code(Runnable r) {
    try {
      r.run();
    } catch (HeraldException e) {
      assertThat(e.getMessage()).doesNotContain("\n");
      return e.code();
    }
    throw new AssertionError("no failure");
  }

  @Test
  void fetchesAPageWithItsUserAgentAndReadsItAsHtml() {
    Fetcher f = new Fetcher(options());
    Fetched page = f.fetch(uri("/page"));
    assertThat(page.status()).isEqualTo(200);
    List<Read> docs = page.documents();
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0).document().url()).isEqualTo(base + "/page");
    assertThat(docs.get(0).document().mediaType()).isEqualTo(MediaType.HTML);
    assertThat(requests).anyMatch(r -> r.startsWith("/page Herald/0.1 (+https://example.org/herald)"));
  }

  @Test
  void readsRobotsTxtFirstAndOnlyOncePerHost() {
    Fetcher f = new Fetcher(options());
    f.fetch(uri("/page"));
    f.fetch(uri("/page"));
    assertThat(requests.get(0)).startsWith("/robots.txt");
    assertThat(requests.stream().filter(r -> r.startsWith("/robots.txt"))).hasSize(1);
  }

  @Test
  void refusesAPathRobotsTxtDisallows() {
    Fetcher f = new Fetcher(options());
    assertThat(code(() -> f.fetch(uri("/private/page")))).isEqualTo(Fetcher.ROBOTS);
    assertThat(requests).noneMatch(r -> r.startsWith("/private/"));
  }

  @Test
  void appliesRobotsTxtToEveryRedirectHop() {
    Fetcher f = new Fetcher(options());
    assertThat(code(() -> f.fetch(uri("/to-private")))).isEqualTo(Fetcher.ROBOTS);
  }

  @Test
  void honoursTheGroupForItsOwnConfiguredName() {
    Fetcher f = new Fetcher(options().withUserAgent("OtherBot/2.0"));
    assertThat(code(() -> f.fetch(uri("/page")))).isEqualTo(Fetcher.ROBOTS);
  }

  @Test
  void getsA304OnTheSecondConditionalFetchAndRemembersTheEtagInItsCacheFile() {
    Fetcher f = new Fetcher(options());
    Fetched first = f.fetch(uri("/tagged"), true);
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.documents()).hasSize(1);
    assertThat(new Fetcher(options()).fetch(uri("/tagged"), true).status()).as("not remembered yet").isEqualTo(200);
    f.remember(first);
    assertThat(dir.resolve("v.tsv")).exists();
    // a new fetcher (a later run) reads the validators back from the cache file
    Fetched second = new Fetcher(options()).fetch(uri("/tagged"), true);
    assertThat(second.isNotModified()).isTrue();
    assertThat(second.documents()).isEmpty();
    assertThat(requests).anyMatch(r -> r.startsWith("/tagged") && r.endsWith("\"v1\""));
  }

  @Test
  void followsARelativeRedirect() {
    Fetched page = new Fetcher(options()).fetch(uri("/hop"));
    assertThat(page.uri().toString()).isEqualTo(base + "/page");
    assertThat(page.requested().toString()).isEqualTo(base + "/hop");
  }

  @Test
  void stopsARedirectLoop() {
    assertThat(code(() -> new Fetcher(options()).fetch(uri("/loop-a")))).isEqualTo(Fetcher.REDIRECTS);
  }

  @Test
  void boundsTheNumberOfRedirects() {
    assertThat(code(() -> new Fetcher(options().withMaxRedirects(0)).fetch(uri("/hop"))))
        .isEqualTo(Fetcher.REDIRECTS);
  }

  @Test
  void refusesABodyOverTheLimitWhileItStreams() {
    Fetcher f = new Fetcher(options().withMaxBytes(64 * 1024));
    assertThat(code(() -> f.fetch(uri("/big")))).isEqualTo(Fetcher.TOO_LARGE);
  }

  @Test
  void givesUpOnASlowServer() {
    Fetcher f = new Fetcher(options().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)));
    long t0 = System.nanoTime();
    assertThat(code(() -> f.fetch(uri("/slow")))).isEqualTo(Fetcher.TIMEOUT);
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(2500));
  }

  @Test
  void reportsNotFoundAndServerErrorsWithTheStatus() {
    Fetcher f = new Fetcher(options());
    HeraldException e404 = (HeraldException) org.assertj.core.api.Assertions.catchThrowable(
        () -> f.fetch(uri("/missing")));
    assertThat(e404.code()).isEqualTo(Fetcher.STATUS);
    assertThat(e404.getMessage()).isEqualTo("HTTP 404 (not found)");
    assertThat(code(() -> f.fetch(uri("/error")))).isEqualTo(Fetcher.STATUS);
  }

  @Test
  void reportsAnUnreachableHost() throws IOException {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    assertThat(code(() -> new Fetcher(options()).fetch(URI.create("http://127.0.0.1:" + port + "/x"))))
        .isEqualTo(Fetcher.CONNECTION);
  }

  @Test
  void decodesByTheCharsetInTheHeader() {
    Read r = new Fetcher(options()).fetch(uri("/latin")).documents().get(0);
    assertThat(r.document().content()).contains("Caf\u00e9 talks");
  }

  @Test
  void refusesAnImage() {
    Fetched img = new Fetcher(options()).fetch(uri("/image"));
    assertThatThrownBy(img::documents).isInstanceOf(HeraldException.class).hasMessageContaining("image/png");
  }

  @Test
  void spacesRequestsToOneHost() {
    Fetcher f = new Fetcher(options().withPerHostInterval(Duration.ofMillis(250)));
    long t0 = System.nanoTime();
    f.fetch(uri("/page")); // robots.txt, then the page: two slots
    f.fetch(uri("/page"));
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(500));
  }

  @Test
  void rejectsWhatIsNotAnHttpUrl() {
    assertThat(code(() -> Fetcher.parse("ftp://example.org/a"))).isEqualTo(Fetcher.BAD_URL);
    assertThat(Fetcher.isUrl("HTTPS://example.org/")).isTrue();
    assertThat(Fetcher.isUrl("page.html")).isFalse();
  }

  @Test
  void readsUrlsAmongFileInputs() throws IOException {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "Talks ended.");
    Fetcher fetcher = new Fetcher(options());
    List<Read> reads = new java.util.ArrayList<>();
    Sources.files(List.of(f.toString(), base + "/page", base + "/missing"), System.in, fetcher).forEach(reads::add);
    assertThat(reads).hasSize(3);
    assertThat(reads.get(1).isOk()).isTrue();
    assertThat(reads.get(2).error().code()).isEqualTo(Fetcher.STATUS);
  }
}
