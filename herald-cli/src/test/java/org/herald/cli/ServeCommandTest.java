package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code herald serve} and {@code herald demo}'s demo store. */
class ServeCommandTest {
  @TempDir
  Path dir;

  @Test
  void demoStoresTheSamplesAndSaysHowToExploreThem() {
    Path db = dir.resolve("demo.db");
    CliRun r = CliRun.of("demo", "--store", db.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("stored in the demo store", "herald serve --store");
    try (Store store = Store.openExisting(db)) {
      assertThat(store.stats().articles()).isEqualTo(14);
    }
    // again: the same articles, nothing new
    assertThat(CliRun.of("demo", "--store", db.toString()).code()).isZero();
    try (Store store = Store.openExisting(db)) {
      assertThat(store.stats().articles()).isEqualTo(14);
    }
  }

  @Test
  void serveAnswersTheApiUntilStopped() throws Exception {
    Path db = dir.resolve("h.db");
    assertThat(CliRun.of("ingest", "--store", db.toString(), Path.of("..", "samples").toString()).code()).isZero();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    AtomicInteger code = new AtomicInteger(-1);
    Thread t = new Thread(() -> code.set(HeraldCommand.run(new String[] {"serve", "--store", db.toString(),
        "--port", "0"}, Console.of(out, err, new ByteArrayInputStream(new byte[0])))));
    t.start();
    Pattern url = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");
    Matcher m = url.matcher("");
    for (int i = 0; i < 200 && !m.find(); i++) {
      Thread.sleep(50);
      m = url.matcher(err.toString(StandardCharsets.UTF_8));
    }
    assertThat(m.hitEnd() && m.start() < 0).isFalse();
    String base = m.group(1);
    HttpResponse<String> stats = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
        + "api/stats")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(stats.statusCode()).isEqualTo(200);
    assertThat(stats.body()).contains("\"articles\":14");
    t.interrupt();
    t.join(10_000);
    assertThat(t.isAlive()).isFalse();
    assertThat(code.get()).isZero();
  }

  @Test
  void aBadPortIsAUsageError() {
    CliRun r = CliRun.of("serve", "--store", dir.resolve("x.db").toString(), "--port", "70000");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--port");
  }
}
