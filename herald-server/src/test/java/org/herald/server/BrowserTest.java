package org.herald.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.herald.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI in headless Chromium (Debian's {@code chromium}; CI installs it): each view loads its data and
 * renders, and a screenshot of each is saved under {@code target/screenshots/} (the README's come from there).
 * Skips, saying so, only when no Chromium is installed.
 */
class BrowserTest {
  @TempDir
  static Path dir;
  static Store store;
  static HeraldServer server;
  static String base;
  static String chromium;
  static final Path SHOTS = Path.of("target", "screenshots");

  @BeforeAll
  static void start() throws IOException {
    chromium = find();
    if (chromium == null) {
      return;
    }
    Files.createDirectories(SHOTS);
    store = TestStore.samples(dir);
    server = HeraldServer.start(store, ServerConfig.local(0), null);
    base = "http://127.0.0.1:" + server.port() + "/";
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
      store.close();
    }
  }

  static String find() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
        if (Files.isExecutable(Path.of(folder, name))) {
          return Path.of(folder, name).toString();
        }
      }
    }
    return null;
  }

  static void needChromium() {
    assumeTrue(chromium != null, "chromium is not installed: the browser tests are skipped "
        + "(apt-get install -y chromium; CI installs it)");
  }

  /** Runs headless Chromium on the UI at {@code hash} with {@code action} (--dump-dom or --screenshot=FILE). */
  static String chromium(String hash, String action) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(dir, "chromium");
    List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=1440,1000",
        "--virtual-time-budget=15000", action, base + "#/" + hash));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    return new String(out, StandardCharsets.UTF_8);
  }

  /** The rendered DOM of the view at {@code hash}, checked to be ready; also saves its screenshot as {@code shot}. */
  static String view(String hash, String name, String shot) throws Exception {
    String dom = chromium(hash, "--dump-dom");
    assertThat(dom).as(hash).contains("data-view=\"" + name + "\"").contains("data-ready=\"1\"");
    Path png = SHOTS.resolve(shot + ".png").toAbsolutePath();
    chromium(hash, "--screenshot=" + png);
    assertThat(png).exists();
    assertThat(Files.size(png)).isGreaterThan(10_000);
    return dom;
  }

  static int count(String dom) {
    var m = java.util.regex.Pattern.compile("data-count=\"(\\d+)\"").matcher(dom);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  @Test
  void homeShowsTheStore() throws Exception {
    needChromium();
    String dom = view("", "home", "home");
    assertThat(count(dom)).isEqualTo(14);
    assertThat(dom).contains("Latest events", "events-table");
  }

  @Test
  void searchListsMatchingArticles() throws Exception {
    needChromium();
    String dom = view("search?q=talks", "search", "search");
    assertThat(count(dom)).isPositive();
    assertThat(dom).contains("<mark>").contains("#/article/");
  }

  @Test
  void articleHighlightsItsAnnotations() throws Exception {
    needChromium();
    long id = store.search("Beijing", org.herald.store.Filter.all().limit(1)).get(0).articleId();
    String dom = view("article/" + id, "article", "article");
    assertThat(count(dom)).isPositive();
    assertThat(dom).contains("class=\"ann person", "ann location", "ann date", "ann quote", "ann trigger");
  }

  @Test
  void eventsTableFilters() throws Exception {
    needChromium();
    String all = view("events", "events", "events");
    String consult = chromium("events?type=CONSULT", "--dump-dom");
    assertThat(consult).contains("data-ready=\"1\"");
    assertThat(count(consult)).isPositive().isLessThan(count(all));
    assertThat(consult).doesNotContain(">ASSAULT</a>");
  }

  @Test
  void timelineNetworkAndMapRenderWithData() throws Exception {
    needChromium();
    assertThat(count(view("timeline", "timeline", "timeline"))).isPositive();
    assertThat(count(view("network", "network", "network"))).isGreaterThan(3);
    String map = view("map", "map", "map");
    assertThat(count(map)).isPositive();
    assertThat(map).contains("<canvas");
  }

  @Test
  void entityPageProfilesAPerson() throws Exception {
    needChromium();
    String dom = view("entity/Xi%20Jinping", "entity", "entity");
    assertThat(count(dom)).isPositive();
    assertThat(dom).contains("Xi Jinping", "person");
  }
}
