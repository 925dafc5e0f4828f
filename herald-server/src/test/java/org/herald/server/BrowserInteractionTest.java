package org.herald.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.herald.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's session with the web UI, driven through the Chrome DevTools Protocol in headless Chromium: real mouse
 * clicks and typing (Input.*), state read back with Runtime.evaluate, every wait a polled condition with a
 * timeout. Where {@link BrowserTest} loads each view by its URL, this test gets there the way a reader does: typing
 * a query, pressing Enter, clicking a result, unticking a highlight, choosing a filter and pressing Apply, clicking
 * the tabs. Skips, saying so, only when no Chromium is installed.
 */
class BrowserInteractionTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Duration WAIT = Duration.ofSeconds(30);
  static final Path SHOTS = Path.of("target", "screenshots");
  @TempDir
  static Path dir;
  static Store store;
  static HeraldServer server;
  static String base;
  static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    String chromium = BrowserTest.find();
    if (chromium == null) {
      return;
    }
    Files.createDirectories(SHOTS);
    store = TestStore.samples(dir);
    server = HeraldServer.start(store, ServerConfig.local(0), null);
    base = "http://127.0.0.1:" + server.port() + "/";
    browser = Browser.launch(chromium, Files.createTempDirectory(dir, "chromium"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
      store.close();
    }
  }

  @BeforeEach
  void home() throws Exception {
    assumeTrue(browser != null, "chromium is not installed: the browser interaction tests are skipped "
        + "(apt-get install -y chromium; CI installs it)");
    browser.send("Page.navigate", Map.of("url", base + "#/"));
    browser.waitFor("the home page", "document.body.dataset.view === 'home' && document.body.dataset.ready === '1'");
  }

  @Test
  void searchingOpeningAResultAndUntickingDatesHidesTheirHighlights() throws Exception {
    browser.click("#search-box");
    browser.type("Beijing");
    browser.pressEnter();
    browser.waitFor("search results for Beijing", "location.hash.startsWith('#/search?q=Beijing')"
        + " && document.body.dataset.view === 'search' && document.body.dataset.ready === '1'"
        + " && document.querySelectorAll('#hits li').length > 0");
    assertThat(browser.eval("document.querySelectorAll('#hits mark').length").asInt()).isPositive();
    String title = browser.eval("document.querySelector('#hits a.title').textContent").asText();

    browser.click("#hits a.title");
    browser.waitFor("the first result's article", "location.hash.startsWith('#/article/')"
        + " && document.body.dataset.view === 'article' && document.body.dataset.ready === '1'");
    assertThat(browser.eval("document.querySelector('#view h1').textContent").asText()).isEqualTo(title);
    for (String kind : List.of("person", "date", "trigger")) {
      assertThat(browser.eval("document.querySelectorAll('#article-text .ann." + kind + "').length").asInt())
          .as(kind + " highlights").isPositive();
    }
    // a span that is only a date: its look comes from the date highlight alone
    String dateLook = "[...document.querySelectorAll('#article-text span.ann.date')].filter(s => s.classList.length === 2)"
        + ".map(s => getComputedStyle(s)).map(c => c.backgroundColor + '|' + c.boxShadow)";
    String shown = "document.querySelectorAll('#article-text span.ann.date').length > 0 && " + dateLook
        + ".every(l => l !== 'rgba(0, 0, 0, 0)|none')";
    assertThat(browser.eval(dateLook + ".length").asInt()).as("spans highlighted as dates only").isPositive();
    assertThat(browser.eval(shown).asBoolean()).as("dates are highlighted").isTrue();
    String personBefore = browser.eval(personLook()).asText();

    String dates = legendBox("date", "Dates");
    assertThat(browser.eval("document.querySelector(" + quote(dates) + ").checked").asBoolean()).isTrue();
    browser.click(dates);
    browser.waitFor("date highlights gone", dateLook + ".every(l => l === 'rgba(0, 0, 0, 0)|none')");
    assertThat(browser.eval("document.querySelector(" + quote(dates) + ").checked").asBoolean()).isFalse();
    assertThat(browser.eval(personLook()).asText()).as("people stay highlighted").isEqualTo(personBefore);
    browser.screenshot("interaction-article-dates-off");

    browser.click(dates);
    browser.waitFor("date highlights back", shown);
  }

  @Test
  void eventsTypeChosenAndAppliedShowsOnlyThatType() throws Exception {
    browser.click(".tabs a[data-view=events]");
    browser.waitFor("the events view", "location.hash === '#/events'"
        + " && document.body.dataset.view === 'events' && document.body.dataset.ready === '1'");
    int all = browser.eval("document.querySelectorAll('#events-table tbody tr').length").asInt();
    assertThat(all).isPositive();
    String types = "[...document.querySelectorAll('#events-table tbody tr')].map(r => r.cells[3].textContent)";
    assertThat(browser.eval("new Set(" + types + ").size").asInt()).as("types shown unfiltered").isGreaterThan(1);

    browser.chooseOption("#filters select[name=type]", "CONSULT");
    browser.click("#filters button[type=submit]");
    browser.waitFor("only CONSULT events", "location.hash.includes('type=CONSULT')"
        + " && document.body.dataset.view === 'events' && document.body.dataset.ready === '1'"
        + " && document.querySelectorAll('#events-table tbody tr').length > 0"
        + " && " + types + ".every(t => t === 'CONSULT')");
    assertThat(browser.eval("document.querySelectorAll('#events-table tbody tr').length").asInt())
        .isPositive().isLessThan(all);
    assertThat(browser.eval("document.querySelector('#filters select[name=type]').value").asText())
        .as("the filter keeps its choice").isEqualTo("CONSULT");
    browser.screenshot("interaction-events-consult");
  }

  @Test
  void timelineNetworkAndMapTabsDrawChartsWithData() throws Exception {
    for (String tab : List.of("timeline", "network", "map")) {
      browser.click(".tabs a[data-view=" + tab + "]");
      browser.waitFor("the " + tab + " chart", "location.hash === '#/" + tab + "'"
          + " && document.body.dataset.view === '" + tab + "' && document.body.dataset.ready === '1'"
          + " && !!echarts.getInstanceByDom(document.getElementById('chart'))");
      assertThat(browser.eval("document.querySelector('.tabs a.active').dataset.view").asText()).isEqualTo(tab);
      assertThat(browser.eval("document.querySelectorAll('#chart canvas').length").asInt()).as(tab).isPositive();
      JsonNode series = browser.eval("echarts.getInstanceByDom(document.getElementById('chart')).getOption().series"
          + ".map(s => ({type: s.type, data: (s.data || []).length, links: (s.links || []).length}))");
      assertThat(series).as(tab + " series").isNotEmpty();
      switch (tab) {
        case "timeline" -> assertThat(series).allSatisfy(s -> {
          assertThat(s.get("type").asText()).isEqualTo("bar");
          assertThat(s.get("data").asInt()).isPositive();
        });
        case "network" -> {
          assertThat(series.get(0).get("type").asText()).isEqualTo("graph");
          assertThat(series.get(0).get("data").asInt()).isGreaterThan(3);
          assertThat(series.get(0).get("links").asInt()).isPositive();
        }
        default -> {
          assertThat(series.get(0).get("type").asText()).isEqualTo("map");
          assertThat(series.get(0).get("data").asInt()).as("shaded countries").isPositive();
          assertThat(series.get(1).get("type").asText()).isEqualTo("scatter");
          assertThat(series.get(1).get("data").asInt()).as("places").isPositive();
        }
      }
    }
  }

  /** The legend's check box for the highlight kind {@code kind}, checked to be labelled {@code label}. */
  static String legendBox(String kind, String label) throws Exception {
    String selector = "#view .legend input[data-kind=" + kind + "]";
    assertThat(browser.eval("document.querySelector(" + quote(selector) + ").closest('label').textContent").asText())
        .isEqualTo(label);
    return selector;
  }

  static String personLook() {
    return "[...document.querySelectorAll('#article-text span.ann.person')].filter(s => s.classList.length === 2)"
        + ".map(s => getComputedStyle(s).backgroundColor).join(',')";
  }

  static String quote(String s) {
    try {
      return JSON.writeValueAsString(s);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One headless Chromium with one page, spoken to over its DevTools WebSocket on loopback. */
  static final class Browser implements WebSocket.Listener, AutoCloseable {
    final Process process;
    final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    final AtomicInteger ids = new AtomicInteger();
    final StringBuilder partial = new StringBuilder();
    WebSocket socket;

    private Browser(Process process) {
      this.process = process;
    }

    static Browser launch(String chromium, Path profile) throws Exception {
      Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
          "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
          "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=1440,1000",
          "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "about:blank")
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      Browser b = new Browser(p);
      try {
        CompletableFuture<String> listening = new CompletableFuture<>();
        Thread drain = new Thread(() -> {
          try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
              int at = line.indexOf("DevTools listening on ws://");
              if (at >= 0) {
                listening.complete(line.substring(at + "DevTools listening on ".length()).trim());
              }
            }
          } catch (IOException e) {
            // the browser has gone; the waits below say so
          }
          listening.completeExceptionally(new IllegalStateException("chromium exited without a DevTools endpoint"));
        }, "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        URI endpoint = URI.create(listening.get(60, TimeUnit.SECONDS));
        assertThat(endpoint.getHost()).as("DevTools listens on loopback").isEqualTo("127.0.0.1");
        HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
        String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.getPort() + "/json/list"))
            .timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString()).body();
        String page = null;
        for (JsonNode t : JSON.readTree(list)) {
          if (t.path("type").asText().equals("page")) {
            page = t.get("webSocketDebuggerUrl").asText();
            break;
          }
        }
        assertThat(page).as("a page target in " + list).isNotNull();
        b.socket = http.newWebSocketBuilder().connectTimeout(WAIT).buildAsync(URI.create(page), b)
            .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        b.send("Page.enable", Map.of());
        b.send("Runtime.enable", Map.of());
        return b;
      } catch (Exception | AssertionError e) {
        b.close();
        throw e;
      }
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String message = partial.toString();
        partial.setLength(0);
        try {
          JsonNode m = JSON.readTree(message);
          if (m.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
            if (f != null) {
              if (m.has("error")) {
                f.completeExceptionally(new IllegalStateException("DevTools: " + m.get("error")));
              } else {
                f.complete(m.get("result"));
              }
            }
          }
        } catch (IOException e) {
          pending.values().forEach(f -> f.completeExceptionally(e));
        }
      }
      ws.request(1);
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      pending.values().forEach(f -> f.completeExceptionally(error));
    }

    JsonNode send(String method, Map<String, ?> params) throws Exception {
      int id = ids.incrementAndGet();
      ObjectNode m = JSON.createObjectNode().put("id", id).put("method", method);
      m.set("params", JSON.valueToTree(params));
      CompletableFuture<JsonNode> answer = new CompletableFuture<>();
      pending.put(id, answer);
      socket.sendText(JSON.writeValueAsString(m), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
      try {
        return answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        pending.remove(id);
        throw new AssertionError("DevTools did not answer " + method + " within " + WAIT, e);
      }
    }

    /** The value of the page's JavaScript {@code expression} (JSON-serialisable; promises awaited). */
    JsonNode eval(String expression) throws Exception {
      JsonNode r = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
          "awaitPromise", true));
      if (r.has("exceptionDetails")) {
        throw new AssertionError("the page threw on " + expression + ": " + r.get("exceptionDetails"));
      }
      return r.path("result").path("value");
    }

    /** Polls {@code condition} (an expression) until it is true, failing after {@link #WAIT}. */
    void waitFor(String what, String condition) throws Exception {
      long until = System.nanoTime() + WAIT.toNanos();
      String guarded = "(() => { try { return !!(" + condition + "); } catch (e) { return false; } })()";
      while (!eval(guarded).asBoolean()) {
        if (System.nanoTime() > until) {
          fail("waited " + WAIT.toSeconds() + " s for " + what + "; the page is at "
              + eval("location.hash + ' view=' + document.body.dataset.view + ' ready=' + document.body.dataset.ready"
                  + " + ' ' + document.getElementById('view').innerText.slice(0, 300)").asText());
        }
        Thread.sleep(50);
      }
    }

    /** A real left click in the middle of the element {@code selector} names, scrolled into view first. */
    void click(String selector) throws Exception {
      waitFor(selector + " on screen", "document.querySelector(" + quote(selector) + ")");
      JsonNode at = eval("(() => { const el = document.querySelector(" + quote(selector) + ");"
          + " el.scrollIntoView({block: 'center', inline: 'center'}); const r = el.getBoundingClientRect();"
          + " return {x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width, h: r.height}; })()");
      assertThat(at.get("w").asDouble() * at.get("h").asDouble()).as(selector + " is visible").isPositive();
      double x = at.get("x").asDouble();
      double y = at.get("y").asDouble();
      // the element under the pointer must be the one meant (or inside it), not something covering it
      assertThat(eval("(() => { const el = document.querySelector(" + quote(selector) + "); const hit ="
          + " document.elementFromPoint(" + x + ", " + y + "); return el === hit || el.contains(hit)"
          + " || (hit && hit.contains(el) && hit.tagName === 'LABEL'); })()").asBoolean())
          .as(selector + " is what the pointer hits").isTrue();
      send("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
      send("Input.dispatchMouseEvent", Map.of("type", "mousePressed", "x", x, "y", y, "button", "left",
          "buttons", 1, "clickCount", 1));
      send("Input.dispatchMouseEvent", Map.of("type", "mouseReleased", "x", x, "y", y, "button", "left",
          "buttons", 0, "clickCount", 1));
    }

    /** Types {@code text} into the focused element, as an input method would. */
    void type(String text) throws Exception {
      send("Input.insertText", Map.of("text", text));
    }

    void key(String key, String code, int keyCode, String text) throws Exception {
      send("Input.dispatchKeyEvent", text == null
          ? Map.of("type", "rawKeyDown", "key", key, "code", code, "windowsVirtualKeyCode", keyCode)
          : Map.of("type", "keyDown", "key", key, "code", code, "windowsVirtualKeyCode", keyCode, "text", text));
      send("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", key, "code", code, "windowsVirtualKeyCode", keyCode));
    }

    void pressEnter() throws Exception {
      key("Enter", "Enter", 13, "\r");
    }

    /**
     * Chooses {@code value} in the closed drop-down {@code selector} with the keyboard (focus, Home, then the down
     * arrow), as a reader without a mouse would; a headless browser has no pop-up list to click in.
     */
    void chooseOption(String selector, String value) throws Exception {
      String el = "document.querySelector(" + quote(selector) + ")";
      int index = eval("[..." + el + ".options].findIndex(o => o.value === " + quote(value) + ")").asInt();
      assertThat(index).as(value + " is offered by " + selector).isPositive();
      eval(el + ".focus()");
      assertThat(eval("document.activeElement === " + el).asBoolean()).as(selector + " has the focus").isTrue();
      key("Home", "Home", 36, null);
      for (int i = 0; i < 200 && eval(el + ".selectedIndex").asInt() < index; i++) {
        key("ArrowDown", "ArrowDown", 40, null);
      }
      assertThat(eval(el + ".value").asText()).as("chosen in " + selector).isEqualTo(value);
    }

    void screenshot(String name) throws Exception {
      JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png"));
      Files.write(SHOTS.resolve(name + ".png"), Base64.getDecoder().decode(shot.get("data").asText()));
    }

    @Override
    public void close() {
      if (socket != null) {
        socket.abort();
      }
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
