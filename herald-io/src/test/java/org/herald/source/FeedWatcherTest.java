package org.herald.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedWatcherTest {
  private HttpServer server;
  private String base;
  private final List<String> items = new CopyOnWriteArrayList<>();
  private final AtomicInteger notModified = new AtomicInteger();

  @TempDir
  Path dir;

  static String item(int n) {
    return "<item><title>Harbour story " + n + "</title><link>https://news.example/harbour/" + n + "?utm_source=rss"
        + "</link><description>Dock workers in the harbour town voted on offer number " + n
        + " from the port authority.</description></item>";
  }

  @BeforeEach
  void start() throws IOException {
    items.add(item(1));
    items.add(item(2));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", x -> {
      String path = x.getRequestURI().getPath();
      if (path.equals("/feed.xml")) {
        String etag = "\"n" + items.size() + "\"";
        if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
          notModified.incrementAndGet();
          x.sendResponseHeaders(304, -1);
          x.close();
          return;
        }
        x.getResponseHeaders().set("ETag", etag);
        send(x, 200, "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
            + "<title>Harbour news</title>" + String.join("", items) + "</channel></rss>");
      } else if (path.equals("/page.html")) {
        send(x, 200, "text/html", "<html><body><p>Not a feed.</p></body></html>");
      } else {
        send(x, 404, "text/plain", "no");
      }
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static void send(HttpExchange x, int status, String type, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", type);
    x.sendResponseHeaders(status, b.length);
    try (OutputStream o = x.getResponseBody()) {
      o.write(b);
    }
  }

  private Fetcher fetcher() {
    return new Fetcher(FetchOptions.defaults().withPerHostInterval(Duration.ZERO)
        .withValidatorCache(dir.resolve("validators.tsv")));
  }

  private static List<String> titles(List<Read> reads) {
    return reads.stream().map(r -> r.document().title()).toList();
  }

  @Test
  void handsOnOnlyTheItemsNotSeenBeforeAcrossRuns() {
    Path state = dir.resolve("state.txt");
    FeedWatcher w = new FeedWatcher(List.of(base + "/feed.xml"), fetcher(), state);
    List<Read> first = w.poll();
    assertThat(titles(first)).containsExactly("Harbour story 1", "Harbour story 2");
    first.forEach(w::markSeen);
    w.commit();

    assertThat(w.poll()).as("unchanged feed: a 304").isEmpty();
    assertThat(notModified).hasValue(1);

    items.add(0, item(3));
    // a later run: a new watcher and fetcher reading the state and validators back
    FeedWatcher later = new FeedWatcher(List.of(base + "/feed.xml"), fetcher(), state);
    List<Read> second = later.poll();
    assertThat(titles(second)).containsExactly("Harbour story 3");
    assertThat(second.get(0).document().url()).isEqualTo("https://news.example/harbour/3?utm_source=rss");
  }

  @Test
  void anInterruptedPollIsReadInFullAgainAndYieldsTheUnmarkedItems() {
    Path state = dir.resolve("state.txt");
    FeedWatcher w = new FeedWatcher(List.of(base + "/feed.xml"), fetcher(), state);
    List<Read> first = w.poll();
    w.markSeen(first.get(0));
    w.save(); // interrupted before the second item: validators not committed
    FeedWatcher again = new FeedWatcher(List.of(base + "/feed.xml"), fetcher(), state);
    assertThat(titles(again.poll())).containsExactly("Harbour story 2");
  }

  @Test
  void reportsAFeedThatFailsAndGoesOnWithTheOthers() throws IOException {
    Path file = dir.resolve("local.rss");
    Files.writeString(file, "<rss version=\"2.0\"><channel>" + item(7) + "</channel></rss>");
    FeedWatcher w = new FeedWatcher(List.of(base + "/missing.xml", base + "/page.html", file.toString()),
        fetcher(), null);
    List<Read> reads = w.poll();
    assertThat(reads).hasSize(3);
    assertThat(reads.get(0).error().code()).isEqualTo(Fetcher.STATUS);
    assertThat(reads.get(1).error().getMessage()).contains("not an RSS or Atom feed");
    assertThat(reads.get(2).document().title()).isEqualTo("Harbour story 7");
  }

  @Test
  void handsOnAnItemInTwoFeedsOnce() throws IOException {
    Path a = dir.resolve("a.rss");
    Path b = dir.resolve("b.rss");
    Files.writeString(a, "<rss version=\"2.0\"><channel>" + item(4) + "</channel></rss>");
    Files.writeString(b, "<rss version=\"2.0\"><channel>" + item(4).replace("?utm_source=rss", "")
        + item(5) + "</channel></rss>");
    FeedWatcher w = new FeedWatcher(List.of(a.toString(), b.toString()), fetcher(), null);
    assertThat(titles(w.poll())).containsExactly("Harbour story 4", "Harbour story 5");
  }
}
