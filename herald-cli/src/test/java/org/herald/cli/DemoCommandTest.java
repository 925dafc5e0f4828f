package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.herald.HeraldException;
import org.herald.store.Filter;
import org.herald.store.SearchHit;
import org.herald.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code herald demo --live}: today's news from feeds, here served by a loopback server (no network in tests). */
class DemoCommandTest {
  private static final Map<String, String> PAGES = Map.of(
      "/news/1.html", "<html><head><title>Ministers meet</title></head><body><article><h1>Ministers meet</h1>"
          + "<p>Foreign Minister Lena Brandt of Germany met Polish leaders in Warsaw on Tuesday to discuss "
          + "border trade.</p><p>\"We want open roads and open markets,\" Brandt said after the talks.</p>"
          + "</article></body></html>",
      "/news/2.html", "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>"
          + "<p>The port authority of Rotterdam reopened the northern harbour on Wednesday after a week of "
          + "repairs.</p><p>Ships queued outside the harbour for several days.</p></article></body></html>");

  private HttpServer server;
  private String base;
  private final List<String> requests = new CopyOnWriteArrayList<>();

  @TempDir
  Path dir;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", x -> {
      String path = x.getRequestURI().getPath();
      requests.add(path);
      if (path.equals("/robots.txt")) {
        send(x, 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
      } else if (path.equals("/world.rss")) {
        send(x, 200, "application/rss+xml; charset=utf-8", "<rss version=\"2.0\"><channel><title>World</title>"
            + item("Ministers meet", "/news/1.html", "Tue, 18 Jun 2024 09:00:00 GMT", "Ministers met in Warsaw.")
            + item("Harbour reopens", "/news/2.html", "Wed, 19 Jun 2024 10:00:00 GMT", "The harbour reopened.")
            + item("Gone page", "/news/3.html", "Wed, 19 Jun 2024 11:00:00 GMT",
                "The mayor of Lyon opened a new library on Wednesday.")
            + item("Private page", "/private/4.html", "Wed, 19 Jun 2024 12:00:00 GMT",
                "A private note that robots.txt keeps us from fetching.")
            + "</channel></rss>");
      } else if (PAGES.containsKey(path)) {
        send(x, 200, "text/html; charset=utf-8", PAGES.get(path));
      } else {
        send(x, 404, "text/plain", "none");
      }
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String item(String title, String path, String date, String text) {
    return "<item><title>" + title + "</title><link>" + base + path + "</link><pubDate>" + date
        + "</pubDate><description>" + text + "</description></item>";
  }

  private static void send(HttpExchange x, int status, String type, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", type);
    x.sendResponseHeaders(status, b.length);
    try (OutputStream o = x.getResponseBody()) {
      o.write(b);
    }
  }

  /** A loopback port nothing listens on: connecting to it is refused, as with no network. */
  private static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Test
  void liveDemoStoresTodaysItemsAndReportsEachUnreachableFeedOnOneLine() throws IOException {
    Path feeds = dir.resolve("feeds.tsv");
    Files.writeString(feeds, "# my feeds\nLoopback World\t" + base + "/world.rss\n\n"
        + "Nowhere News\thttp://127.0.0.1:" + closedPort() + "/feed.rss\n");
    Path db = dir.resolve("live.db");
    CliRun r = CliRun.of("demo", "--live", "--feeds", feeds.toString(), "--store", db.toString(),
        "--host-interval", "0s");

    assertThat(r.code()).as(r.err()).isEqualTo(1);
    List<String> nowhere = r.err().lines().filter(l -> l.contains("Nowhere News")).toList();
    assertThat(nowhere).singleElement().asString()
        .startsWith("herald: cannot read feed Nowhere News (http://127.0.0.1:").contains("[H-FETCH-");
    assertThat(r.err()).contains("4 articles extracted", "from 1 of 2 feeds", "stored in the demo store",
        "http://127.0.0.1:7777/");
    assertThat(r.err()).contains("cannot fetch " + base + "/news/3.html").contains("using the feed's summary");
    assertThat(requests).as("robots.txt is honoured").doesNotContain("/private/4.html").contains("/robots.txt");
    assertThat(r.out()).contains("Lena Brandt", "We want open roads and open markets");

    try (Store s = Store.openExisting(db)) {
      assertThat(s.stats().articles()).isEqualTo(4);
      List<SearchHit> hits = s.search("warsaw", Filter.all());
      assertThat(hits).singleElement().satisfies(h -> {
        assertThat(h.title()).isEqualTo("Ministers meet");
        assertThat(h.published()).as("the feed's date").isEqualTo(LocalDate.of(2024, 6, 18));
      });
      assertThat(s.search("library lyon", Filter.all())).as("a page gone: the feed's summary").hasSize(1);
      assertThat(s.entity("Lena Brandt", null, 5)).isNotEmpty();
    }
  }

  @Test
  void itemsPerFeedAreCapped() throws IOException {
    Path feeds = dir.resolve("feeds.tsv");
    Files.writeString(feeds, "Loopback World\t" + base + "/world.rss\n");
    CliRun r = CliRun.of("demo", "--live", "--feeds", feeds.toString(), "--store", dir.resolve("a.db").toString(),
        "--host-interval", "0s", "--items", "2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("2 articles extracted", "from 1 of 1 feeds");
  }

  @Test
  void withNoFeedReachableItSaysSoAndStoresNothing() throws IOException {
    Path feeds = dir.resolve("feeds.tsv");
    Files.writeString(feeds, "Nowhere News\thttp://127.0.0.1:" + closedPort() + "/feed.rss\n");
    CliRun r = CliRun.of("demo", "--live", "--feeds", feeds.toString(), "--store", dir.resolve("a.db").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("cannot read feed Nowhere News", "0 articles extracted", "from 0 of 1 feeds",
        "no feed could be read; is this machine online?", "herald demo --live --serve");
  }

  @Test
  void badUsageIsRefused() throws IOException {
    Path feeds = dir.resolve("feeds.tsv");
    Files.writeString(feeds, "Loopback World\t" + base + "/world.rss\n");
    assertThat(CliRun.of("demo", "--feeds", feeds.toString()).err()).contains("--feeds needs --live");
    assertThat(CliRun.of("demo", "--live", "--dir", dir.toString()).err()).contains("cannot be used together");
    assertThat(CliRun.of("demo", "--live", "--feeds", dir.resolve("none.tsv").toString()).err())
        .contains("no such feed list");
  }

  @Test
  void theBuiltInFeedListNamesHttpsFeeds() throws IOException {
    String text;
    try (InputStream in = DemoCommand.class.getResourceAsStream(DemoCommand.BUILT_IN_FEEDS)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<DemoCommand.Feed> feeds = DemoCommand.parseFeeds(text, "built-in");
    assertThat(feeds).hasSizeGreaterThanOrEqualTo(5)
        .allSatisfy(f -> assertThat(f.url()).startsWith("https://"))
        .extracting(DemoCommand.Feed::name).doesNotHaveDuplicates();
  }

  @Test
  void aFeedListLineWithoutAUrlIsNamed() {
    assertThatThrownBy(() -> DemoCommand.parseFeeds("# c\nGood\thttps://a.example/rss\nBad line here\n", "f.tsv"))
        .isInstanceOf(HeraldException.class).hasMessageContaining("f.tsv line 3");
    assertThatThrownBy(() -> DemoCommand.parseFeeds("# only a comment\n", "f.tsv"))
        .hasMessageContaining("lists no feed");
  }
}
