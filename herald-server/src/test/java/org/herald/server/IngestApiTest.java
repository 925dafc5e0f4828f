package org.herald.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.herald.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/articles}: extraction into the store, validation, body limit and the token rule. */
class IngestApiTest {
  static final String ARTICLE = "{\"url\":\"https://news.example/a1\",\"title\":\"Ministers meet in Oslo\","
      + "\"published\":\"2024-03-11\",\"text\":\"Norway's foreign minister Ingrid Dahl met her Swedish counterpart "
      + "in Oslo on Monday. \\\"We will work together,\\\" Dahl said after the talks.\"}";

  @TempDir
  Path dir;

  static HttpResponse<String> post(String base, String body, String contentType, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api/articles"))
        .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType);
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return ApiTest.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void postedArticleIsExtractedStoredAndIdempotent() throws Exception {
    try (Store store = Store.open(dir.resolve("h.db"));
         HeraldServer server = HeraldServer.start(store, ServerConfig.local(0).limits(4096, 50), null)) {
      String base = "http://127.0.0.1:" + server.port();
      HttpResponse<String> r = post(base, ARTICLE, "application/json", null);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      JsonNode in = ApiTest.JSON.readTree(r.body());
      assertThat(in.get("outcome").asText()).isEqualTo("stored");
      long id = in.get("id").asLong();
      HttpResponse<String> again = post(base, ARTICLE, "application/json; charset=utf-8", null);
      assertThat(again.statusCode()).isEqualTo(200);
      assertThat(ApiTest.JSON.readTree(again.body()).get("id").asLong()).isEqualTo(id);
      HttpResponse<String> a = ApiTest.HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/articles/" + id))
          .build(), HttpResponse.BodyHandlers.ofString());
      JsonNode article = ApiTest.JSON.readTree(a.body());
      assertThat(article.get("title").asText()).isEqualTo("Ministers meet in Oslo");
      assertThat(article.get("published").asText()).isEqualTo("2024-03-11");
      assertThat(article.get("entities")).anySatisfy(e -> assertThat(e.get("name").asText()).contains("Dahl"));

      ApiTest.error(post(base, ARTICLE, "text/plain", null), 415, ServerCodes.MEDIA_TYPE);
      ApiTest.error(post(base, "{not json", "application/json", null), 400, ServerCodes.BAD_PARAMETER);
      ApiTest.error(post(base, "[]", "application/json", null), 400, ServerCodes.BAD_PARAMETER);
      ApiTest.error(post(base, "{\"text\":\"a\",\"html\":\"<p>a</p>\"}", "application/json", null), 400,
          ServerCodes.BAD_PARAMETER);
      ApiTest.error(post(base, "{\"text\":\"a\",\"author\":\"b\"}", "application/json", null), 400,
          ServerCodes.BAD_PARAMETER);
      ApiTest.error(post(base, "{\"text\":\"a\",\"published\":\"soon\"}", "application/json", null), 400,
          ServerCodes.BAD_PARAMETER);
      ApiTest.error(post(base, "{\"text\":\"" + "x".repeat(5000) + "\"}", "application/json", null), 413,
          ServerCodes.TOO_LARGE);
      // html is cleaned like a file
      HttpResponse<String> html = post(base, "{\"html\":\"<html><head><title>Talks in Rome</title></head><body>"
          + "<p>Italy and Spain agreed on Tuesday to expand trade.</p></body></html>\"}", "application/json", null);
      assertThat(html.statusCode()).as(html.body()).isEqualTo(201);
    }
  }

  @Test
  void postedUrlIsFetchedPolitelyAndStored() throws Exception {
    com.sun.net.httpserver.HttpServer site = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    site.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      String body;
      int status = 200;
      String type = "text/html; charset=utf-8";
      if (path.equals("/robots.txt")) {
        body = "User-agent: *\nDisallow: /private/\n";
        type = "text/plain";
      } else if (path.equals("/news/talks")) {
        body = "<html><head><title>Envoys meet in Geneva</title>"
            + "<meta property=\"article:published_time\" content=\"2024-05-02T08:00:00Z\"></head><body><article>"
            + "<h1>Envoys meet in Geneva</h1><p>Swiss Foreign Minister Anna Keller hosted envoys from Ghana and "
            + "Peru in Geneva on Wednesday. “We made progress,” Keller said after the talks.</p></article></body></html>";
      } else {
        body = "not here";
        status = 404;
      }
      byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", type);
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    site.start();
    String page = "http://127.0.0.1:" + site.getAddress().getPort();
    try (Store store = Store.open(dir.resolve("url.db"));
         HeraldServer server = HeraldServer.start(store, ServerConfig.local(0), null)) {
      String base = "http://127.0.0.1:" + server.port();
      HttpResponse<String> r = post(base, "{\"url\":\"" + page + "/news/talks\"}", "application/json", null);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      long id = ApiTest.JSON.readTree(r.body()).get("articles").get(0).get("id").asLong();
      JsonNode article = ApiTest.JSON.readTree(ApiTest.HTTP.send(HttpRequest.newBuilder(
          URI.create(base + "/api/articles/" + id)).build(), HttpResponse.BodyHandlers.ofString()).body());
      assertThat(article.get("title").asText()).isEqualTo("Envoys meet in Geneva");
      assertThat(article.get("published").asText()).isEqualTo("2024-05-02");
      assertThat(article.get("text").asText()).contains("Anna Keller hosted envoys");
      HttpResponse<String> again = post(base, "{\"url\":\"" + page + "/news/talks\"}", "application/json", null);
      assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
      // robots.txt is honoured, a missing page is the remote site's failure (502), not a 500 of ours
      ApiTest.error(post(base, "{\"url\":\"" + page + "/private/x\"}", "application/json", null), 502,
          "H-FETCH-002");
      ApiTest.error(post(base, "{\"url\":\"" + page + "/gone\"}", "application/json", null), 502, "H-FETCH-003");
      ApiTest.error(post(base, "{\"url\":\"ftp://example.org/x\"}", "application/json", null), 400,
          "H-FETCH-001");
    } finally {
      site.stop(0);
    }
  }

  @Test
  void beyondLocalhostPostNeedsTheToken() throws Exception {
    try (Store store = Store.open(dir.resolve("t.db"));
         HeraldServer open = HeraldServer.start(store, ServerConfig.local(0).bind("0.0.0.0"), null)) {
      ApiTest.error(post("http://127.0.0.1:" + open.port(), ARTICLE, "application/json", null), 403,
          ServerCodes.FORBIDDEN);
    }
    try (Store store = Store.open(dir.resolve("u.db"));
         HeraldServer guarded = HeraldServer.start(store, ServerConfig.local(0).bind("0.0.0.0").token("s3cret"),
             null)) {
      String base = "http://127.0.0.1:" + guarded.port();
      HttpResponse<String> none = post(base, ARTICLE, "application/json", null);
      ApiTest.error(none, 401, ServerCodes.UNAUTHORIZED);
      assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
      ApiTest.error(post(base, ARTICLE, "application/json", "wrong"), 401, ServerCodes.UNAUTHORIZED);
      assertThat(post(base, ARTICLE, "application/json", "s3cret").statusCode()).isEqualTo(201);
      // reading stays open
      assertThat(ApiTest.HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/stats")).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aTakenPortIsAUsageError() {
    try (Store store = Store.open(dir.resolve("p.db"));
         HeraldServer first = HeraldServer.start(store, ServerConfig.local(0), null)) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() ->
              HeraldServer.start(store, ServerConfig.local(first.port()), null))
          .isInstanceOf(org.herald.HeraldException.class).hasMessageContaining("cannot listen");
    }
  }
}
