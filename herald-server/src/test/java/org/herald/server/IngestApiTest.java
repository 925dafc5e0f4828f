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
