package org.herald.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herald.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API's contract over loopback on a free port, with a store of the bundled samples. */
class ApiTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  @TempDir
  static Path dir;
  static Store store;
  static HeraldServer server;
  static String base;

  @BeforeAll
  static void start() {
    store = TestStore.samples(dir);
    server = HeraldServer.start(store, ServerConfig.local(0).limits(64 * 1024, 50), null);
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode ok(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(
        "application/json"));
    return JSON.readTree(r.body());
  }

  static void error(HttpResponse<String> r, int status, String code) throws IOException {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    JsonNode e = JSON.readTree(r.body());
    assertThat(e.get("code").asText()).isEqualTo(code);
    assertThat(e.get("message").asText()).isNotBlank();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Test
  void searchFindsArticlesWithSnippets() throws Exception {
    JsonNode page = ok("/api/search?q=" + enc("talks"));
    assertThat(page.get("items")).isNotEmpty();
    JsonNode hit = page.get("items").get(0);
    assertThat(hit.get("article").asLong()).isPositive();
    assertThat(hit.get("snippet").asText()).contains("[");
  }

  @Test
  void searchPagesThroughHits() throws Exception {
    JsonNode all = ok("/api/search?q=" + enc("the") + "&limit=50");
    int n = all.get("items").size();
    assertThat(n).isGreaterThan(3);
    JsonNode first = ok("/api/search?q=the&limit=2");
    JsonNode second = ok("/api/search?q=the&limit=2&offset=2");
    assertThat(first.get("hasMore").asBoolean()).isTrue();
    assertThat(first.get("items")).hasSize(2);
    assertThat(second.get("items").get(0).get("article")).isEqualTo(all.get("items").get(2).get("article"));
    JsonNode last = ok("/api/search?q=the&limit=2&offset=" + (n - 1));
    assertThat(last.get("hasMore").asBoolean()).isFalse();
  }

  @Test
  void searchFiltersByCountry() throws Exception {
    JsonNode page = ok("/api/search?q=the&country=EGY&limit=50");
    assertThat(page.get("items")).isNotEmpty();
    for (JsonNode h : page.get("items")) {
      assertThat(h.get("title").asText() + h.get("snippet").asText()).isNotBlank();
    }
    assertThat(page.get("items").size()).isLessThan(ok("/api/search?q=the&limit=50").get("items").size());
  }

  @Test
  void searchWithoutQueryIsABadParameter() throws Exception {
    error(get("/api/search"), 400, ServerCodes.BAD_PARAMETER);
    error(get("/api/search?q=x&limit=0"), 400, ServerCodes.BAD_PARAMETER);
    error(get("/api/search?q=x&limit=51"), 400, ServerCodes.BAD_PARAMETER);
    error(get("/api/search?q=x&from=yesterday"), 400, ServerCodes.BAD_PARAMETER);
    error(get("/api/search?q=x&from=2024-02-01&to=2024-01-01"), 400, ServerCodes.BAD_PARAMETER);
    error(get("/api/search?q=x&country=" + enc("R'S")), 400, ServerCodes.BAD_PARAMETER);
    error(get("/api/search?q=x&offset=-1"), 400, ServerCodes.BAD_PARAMETER);
  }

  @Test
  void articleCarriesTextAndAnnotationsWithOffsets() throws Exception {
    long id = ok("/api/search?q=" + enc("Beijing")).get("items").get(0).get("article").asLong();
    JsonNode a = ok("/api/articles/" + id);
    String text = a.get("text").asText();
    assertThat(a.get("id").asLong()).isEqualTo(id);
    assertThat(a.get("entities")).isNotEmpty();
    for (JsonNode e : a.get("entities")) {
      for (JsonNode m : e.get("mentions")) {
        assertThat(m.get("start").asInt()).isBetween(0, m.get("end").asInt());
        assertThat(m.get("end").asInt()).isLessThanOrEqualTo(text.length());
      }
    }
    assertThat(a.get("events")).isNotEmpty();
    for (JsonNode v : a.get("events")) {
      assertThat(text.substring(v.get("start").asInt(), v.get("end").asInt())).isEqualTo(v.get("trigger").asText());
      assertThat(v.get("plover").asText()).isNotBlank();
    }
    assertThat(a.get("dates")).isNotEmpty();
    for (JsonNode d : a.get("dates")) {
      assertThat(text.substring(d.get("start").asInt(), d.get("end").asInt())).isEqualTo(d.get("text").asText());
    }
  }

  @Test
  void unknownArticleIsNotFoundAndABadIdIsABadParameter() throws Exception {
    error(get("/api/articles/999999"), 404, ServerCodes.NOT_FOUND);
    error(get("/api/articles/abc"), 400, ServerCodes.BAD_PARAMETER);
    error(get("/api/articles/0"), 400, ServerCodes.BAD_PARAMETER);
  }

  @Test
  void unknownEndpointIsNotFoundAsJson() throws Exception {
    error(get("/api/nothing"), 404, ServerCodes.NOT_FOUND);
  }

  @Test
  void eventsPageNewestFirstAndFilter() throws Exception {
    JsonNode all = ok("/api/events?limit=50");
    assertThat(all.get("items").size()).isGreaterThan(10);
    List<String> days = new ArrayList<>();
    all.get("items").forEach(v -> days.add(v.get("day").asText()));
    assertThat(days).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    JsonNode p2 = ok("/api/events?limit=5&offset=5");
    assertThat(p2.get("items").get(0).get("id")).isEqualTo(all.get("items").get(5).get("id"));
    assertThat(p2.get("hasMore").asBoolean()).isTrue();

    JsonNode consult = ok("/api/events?type=consult&limit=50");
    assertThat(consult.get("items")).isNotEmpty();
    consult.get("items").forEach(v -> assertThat(v.get("plover").asText()).isEqualTo("CONSULT"));

    JsonNode chn = ok("/api/events?actor=CHN&limit=50");
    assertThat(chn.get("items")).isNotEmpty();
    chn.get("items").forEach(v -> assertThat(v.get("source").get("code").asText()
        + (v.get("target").isNull() ? "" : v.get("target").get("code").asText())).contains("CHN"));

    JsonNode range = ok("/api/events?from=2025-01-01&to=2025-03-31&limit=50");
    range.get("items").forEach(v -> assertThat(v.get("day").asText()).isBetween("2025-01-01", "2025-03-31"));
    error(get("/api/events?limit=500"), 400, ServerCodes.BAD_PARAMETER);
    error(get("/api/events?offset=10001"), 400, ServerCodes.BAD_PARAMETER);
  }

  @Test
  void eventReportsNameTheirArticles() throws Exception {
    long id = ok("/api/events?limit=1").get("items").get(0).get("id").asLong();
    JsonNode r = ok("/api/events/" + id + "/reports");
    assertThat(r.get("reports")).isNotEmpty();
    assertThat(r.get("reports").get(0).get("article").asLong()).isPositive();
    error(get("/api/events/999999/reports"), 404, ServerCodes.NOT_FOUND);
  }

  @Test
  void entitiesAreFoundByPrefixAndProfiled() throws Exception {
    JsonNode found = ok("/api/entities?name=xi");
    assertThat(found.get("items")).anySatisfy(e -> assertThat(e.get("name").asText()).isEqualTo("Xi Jinping"));
    JsonNode p = ok("/api/entities/" + enc("Xi Jinping"));
    JsonNode profile = p.get("profiles").get(0);
    assertThat(profile.get("type").asText()).isEqualTo("PERSON");
    assertThat(profile.get("eventCount").asInt()).isPositive();
    error(get("/api/entities/" + enc("Nobody Atall")), 404, ServerCodes.NOT_FOUND);
  }

  @Test
  void quotesListAndFilterBySpeaker() throws Exception {
    JsonNode all = ok("/api/quotes?limit=50");
    assertThat(all.get("items")).isNotEmpty();
    String speaker = null;
    for (JsonNode q : all.get("items")) {
      if (!q.get("speaker").isNull()) {
        speaker = q.get("speaker").asText();
        break;
      }
    }
    assertThat(speaker).isNotNull();
    JsonNode mine = ok("/api/quotes?speaker=" + enc(speaker));
    assertThat(mine.get("items")).isNotEmpty();
    for (JsonNode q : mine.get("items")) {
      assertThat(q.get("speaker").asText()).isEqualTo(speaker);
    }
  }

  @Test
  void statsCountTheStore() throws Exception {
    JsonNode s = ok("/api/stats");
    assertThat(s.get("articles").asInt()).isEqualTo(14);
    assertThat(s.get("events").asInt()).isPositive();
    assertThat(s.get("types").size()).isPositive();
  }

  @Test
  void timelineCountsEventsByTypeOverTime() throws Exception {
    JsonNode t = ok("/api/timeline");
    assertThat(t.get("bucket").asText()).isEqualTo("month");
    int periods = t.get("periods").size();
    assertThat(periods).isGreaterThan(3);
    int sum = 0;
    for (JsonNode s : t.get("series")) {
      assertThat(s.get("counts")).hasSize(periods);
      for (JsonNode c : s.get("counts")) {
        sum += c.asInt();
      }
    }
    assertThat(sum).isEqualTo(t.get("events").asInt()).isPositive();
    assertThat(ok("/api/timeline?bucket=day&from=2024-12-01&to=2024-12-31").get("bucket").asText()).isEqualTo("day");
    error(get("/api/timeline?bucket=year"), 400, ServerCodes.BAD_PARAMETER);
  }

  @Test
  void networkJoinsCountriesAndPeople() throws Exception {
    JsonNode n = ok("/api/network");
    assertThat(n.get("nodes")).anySatisfy(x -> assertThat(x.get("kind").asText()).isEqualTo("person"));
    assertThat(n.get("nodes")).anySatisfy(x -> assertThat(x.get("id").asText()).isEqualTo("CHN"));
    assertThat(n.get("edges")).isNotEmpty();
    for (JsonNode e : n.get("edges")) {
      assertThat(e.get("cooperation").asInt() + e.get("conflict").asInt()).isPositive();
    }
  }

  @Test
  void placesPutEventsOnTheMap() throws Exception {
    JsonNode p = ok("/api/places");
    assertThat(p.get("places")).isNotEmpty();
    JsonNode first = p.get("places").get(0);
    assertThat(first.get("lat").asDouble()).isBetween(-90.0, 90.0);
    assertThat(p.get("countries").size()).isPositive();
  }

  @Test
  void openApiDescribesEveryEndpoint() throws Exception {
    JsonNode spec = ok("/api/openapi.json");
    assertThat(spec.get("openapi").asText()).startsWith("3.");
    List<String> paths = new ArrayList<>();
    spec.get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).contains("/api/search", "/api/articles", "/api/articles/{id}", "/api/entities",
        "/api/entities/{name}", "/api/quotes", "/api/events", "/api/stats", "/api/timeline", "/api/network",
        "/api/places");
    // each described GET answers something other than "no endpoint"
    for (String path : paths) {
      if (!spec.get("paths").get(path).has("get")) {
        continue;
      }
      String concrete = path.replace("{id}", "1").replace("{name}", "Xi%20Jinping");
      int status = get(concrete + (path.equals("/api/search") ? "?q=talks" : "")).statusCode();
      assertThat(status).as(concrete).isIn(200, 404);
      if (status == 404) {
        assertThat(get(concrete).body()).doesNotContain("no endpoint");
      }
    }
  }

  @Test
  void uiAndWebJarsAreServed() throws Exception {
    HttpResponse<String> index = get("/");
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.body()).contains("Herald").doesNotContain("https://");
    assertThat(index.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
        v -> assertThat(v).contains("default-src 'self'"));
    assertThat(get("/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode()).isEqualTo(200);
    assertThat(get("/vendor/world.js").statusCode()).isEqualTo(200);
  }
}
