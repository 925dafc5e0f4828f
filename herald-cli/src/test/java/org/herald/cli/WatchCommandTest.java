package org.herald.cli;

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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchCommandTest {
  private HttpServer server;
  private String base;
  private final List<String> items = new CopyOnWriteArrayList<>();

  @TempDir
  Path dir;

  private static String item(int n, String text) {
    return "<item><title>Council vote " + n + "</title><link>https://city.example/council/" + n + "</link>"
        + "<pubDate>Mon, 17 Jun 2024 09:00:00 GMT</pubDate><description>" + text + "</description></item>";
  }

  @BeforeEach
  void start() throws IOException {
    items.add(item(1, "The city council approved the new budget on Monday after a long debate."));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", x -> {
      if (x.getRequestURI().getPath().equals("/news.rss")) {
        send(x, 200, "application/rss+xml; charset=utf-8", "<rss version=\"2.0\"><channel><title>City</title>"
            + String.join("", items) + "</channel></rss>");
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

  private static void send(HttpExchange x, int status, String type, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", type);
    x.sendResponseHeaders(status, b.length);
    try (OutputStream o = x.getResponseBody()) {
      o.write(b);
    }
  }

  private CliRun watchOnce(Path out) {
    return CliRun.of("watch", "--once", "--host-interval", "0s", "--state", dir.resolve("state.txt").toString(),
        "--out", out.toString(), base + "/news.rss");
  }

  @Test
  void writesOnlyTheNewItemsOfAFeedThatGainedOne() throws IOException {
    Path out = dir.resolve("out.jsonl");
    CliRun first = watchOnce(out);
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.err()).isEmpty();
    assertThat(Files.readAllLines(out)).hasSize(1).first().asString().contains("\"title\":\"Council vote 1\"");

    items.add(0, item(2, "The council then voted to close the old bridge to lorries from next month."));
    CliRun second = watchOnce(out);
    assertThat(second.code()).as(second.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).contains("\"title\":\"Council vote 2\"").contains("https://city.example/council/2");

    assertThat(watchOnce(out).code()).isZero();
    assertThat(Files.readAllLines(out)).as("nothing new, nothing written").hasSize(2);
  }

  @Test
  void reportsADuplicateItemOnStandardError() throws IOException {
    items.add(item(9, "The city council approved the new budget on Monday after a long debate."));
    Path out = dir.resolve("out.jsonl");
    CliRun r = watchOnce(out);
    assertThat(r.code()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(1);
    assertThat(r.err().strip()).isEqualTo("herald: duplicate https://city.example/council/9: same text as "
        + "https://city.example/council/1");
  }

  @Test
  void reportsAMissingFeedAndExitsOneAfterOnce() {
    CliRun r = CliRun.of("watch", "--once", "--host-interval", "0s", "--state", dir.resolve("s").toString(),
        base + "/gone.rss");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip()).matches("herald: skipped .*/gone.rss: HTTP 404 \\(not found\\) \\[H-FETCH-003\\]");
  }

  @Test
  void refusesATooShortIntervalAsBadUsage() {
    CliRun r = CliRun.of("watch", "--interval", "1s", base + "/news.rss");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("at least 10s");
    assertThat(CliRun.of("watch", "--interval", "soon", base + "/news.rss").code()).isEqualTo(2);
  }

  @Test
  void readsDurationsAsPeopleWriteThem() {
    WatchCommand.DurationConverter c = new WatchCommand.DurationConverter();
    assertThat(c.convert("15m")).hasMinutes(15);
    assertThat(c.convert("90s")).hasSeconds(90);
    assertThat(c.convert("2h")).hasHours(2);
    assertThat(c.convert("PT5M")).hasMinutes(5);
    assertThat(c.convert("500ms")).hasMillis(500);
  }

  @Test
  void aTerminatedWatchStopsBetweenPollsAndKeepsItsState() throws Exception {
    Path feed = dir.resolve("local.rss");
    Files.writeString(feed, "<rss version=\"2.0\"><channel>" + items.get(0) + "</channel></rss>");
    Path state = dir.resolve("state.txt");
    Path out = dir.resolve("out.jsonl");
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "watch", "--interval", "10m", "--state", state.toString(), "--out", out.toString(), feed.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(state) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(state).as("the first poll saved its state").exists();
    long t0 = System.nanoTime();
    p.toHandle().destroy(); // SIGTERM: the same shutdown path as Ctrl-C
    assertThat(p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(java.time.Duration.ofNanos(System.nanoTime() - t0)).isLessThan(java.time.Duration.ofSeconds(5));
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(err).contains("herald: interrupted; 1 articles written, state saved");
    assertThat(Files.readAllLines(out)).hasSize(1);
    assertThat(Files.readString(state)).contains("//city.example/council/1");
  }
}
