package org.herald.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import org.herald.source.FetchOptions;
import org.herald.source.Fetcher;
import org.herald.source.FileSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.herald.model.Article;
import org.herald.model.MediaType;
import org.herald.model.RawDocument;
import org.herald.pipeline.Pipeline;
import org.herald.store.Ingested;
import org.herald.store.Store;
import org.herald.store.StoredArticle;

/**
 * {@code GET /api/articles/{id}}: an article's text with its annotations; {@code POST /api/articles}: extract a
 * JSON article ({@code {"url","title","published","text"|"html"}}) and store it, or, given only a {@code url},
 * fetch the page (or feed) politely and store what it holds.
 */
final class ArticleRoutes {
  private static final Set<String> FIELDS = Set.of("url", "title", "published", "text", "html");
  private final Store store;
  private final ServerConfig config;
  private final Supplier<Pipeline> pipeline;
  private volatile Fetcher fetcher;

  ArticleRoutes(Store store, ServerConfig config, Supplier<Pipeline> pipeline) {
    this.store = store;
    this.config = config;
    this.pipeline = pipeline;
  }

  /** The {@code {id}} path parameter as a positive number. */
  static long id(Context ctx) {
    String v = ctx.pathParam("id");
    try {
      long id = Long.parseLong(v);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiException.badParameter("id '" + v + "' is not a positive whole number");
  }

  void article(Context ctx) {
    long id = id(ctx);
    StoredArticle a = store.article(id);
    if (a == null) {
      throw ApiException.notFound("no article " + id);
    }
    Json.ok(ctx, g -> write(a, g));
  }

  void post(Context ctx) {
    guard(ctx);
    String type = ctx.contentType();
    // only JSON: a cross-site form cannot send it without the browser asking first (CSRF on a local server)
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      throw new ApiException(415, ServerCodes.MEDIA_TYPE, "send the article as application/json, not "
          + (type == null ? "no content type" : type));
    }
    long declared = ctx.contentLength();
    if (declared > config.maxBodyBytes()) {
      throw tooLarge();
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length > config.maxBodyBytes()) {
      throw tooLarge();
    }
    JsonNode root = parseObject(body);
    if (root.hasNonNull("url") && !root.hasNonNull("text") && !root.hasNonNull("html")) {
      postUrl(ctx, root);
      return;
    }
    RawDocument raw = parse(root);
    Article article = pipeline.get().process(raw);
    Ingested in = store.put(article);
    boolean created = in.outcome() == Ingested.Outcome.STORED || in.outcome() == Ingested.Outcome.UPDATED;
    Json.send(ctx, created ? 201 : 200, g -> {
      g.writeStartObject();
      g.writeNumberField("id", in.articleId());
      g.writeStringField("outcome", in.outcome().name().toLowerCase(java.util.Locale.ROOT));
      g.writeStringField("href", "/api/articles/" + in.articleId());
      g.writeNumberField("entities", article.layer(org.herald.stage.name.NameStage.ENTITIES).size());
      g.writeNumberField("quotes", article.layer(org.herald.stage.quote.QuoteStage.QUOTES).size());
      g.writeNumberField("events", article.layer(org.herald.stage.event.EventStage.EVENTS).size());
      g.writeEndObject();
    });
  }

  /** Fetches the page or feed at the body's {@code url} and stores each article it holds. */
  private void postUrl(Context ctx, JsonNode root) {
    for (var it = root.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!f.equals("url")) {
        throw ApiException.badParameter("to fetch a URL send only 'url'; '" + f + "' needs text or html beside it");
      }
    }
    String url = field(root, "url");
    List<org.herald.source.Read> reads = fetcher().fetch(Fetcher.parse(url)).documents();
    List<Ingested> stored = new java.util.ArrayList<>();
    List<String> skipped = new java.util.ArrayList<>();
    for (org.herald.source.Read r : reads) {
      if (!r.isOk()) {
        skipped.add(r.origin() + ": " + r.error().getMessage());
        continue;
      }
      stored.add(store.put(pipeline.get().process(r.document())));
    }
    if (stored.isEmpty()) {
      throw ApiException.badParameter(url + " holds no article" + (skipped.isEmpty() ? "" : ": " + skipped.get(0)));
    }
    boolean changed = stored.stream().anyMatch(i -> i.outcome() == Ingested.Outcome.STORED
        || i.outcome() == Ingested.Outcome.UPDATED);
    Json.send(ctx, changed ? 201 : 200, g -> {
      g.writeStartObject();
      g.writeStringField("url", url);
      g.writeArrayFieldStart("articles");
      for (Ingested in : stored) {
        g.writeStartObject();
        g.writeNumberField("id", in.articleId());
        g.writeStringField("outcome", in.outcome().name().toLowerCase(java.util.Locale.ROOT));
        g.writeStringField("href", "/api/articles/" + in.articleId());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("skipped");
      for (String s : skipped) {
        g.writeString(s);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  /** One polite fetcher for the server's life (robots.txt and per-host pacing are remembered across requests). */
  private Fetcher fetcher() {
    Fetcher f = fetcher;
    if (f == null) {
      synchronized (this) {
        if (fetcher == null) {
          fetcher = new Fetcher(FetchOptions.defaults());
        }
        f = fetcher;
      }
    }
    return f;
  }

  private ApiException tooLarge() {
    return new ApiException(413, ServerCodes.TOO_LARGE, "the body is larger than " + config.maxBodyBytes()
        + " bytes");
  }

  /** The token rule: open on loopback without a token; beyond it, closed unless a token is set and sent. */
  private void guard(Context ctx) {
    if (config.token() == null) {
      if (config.isLoopback()) {
        return;
      }
      throw new ApiException(403, ServerCodes.FORBIDDEN, "ingestion is closed: the server listens beyond "
          + "localhost and has no token (set HERALD_TOKEN)");
    }
    String auth = ctx.header("Authorization");
    String sent = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip() : null;
    if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
        config.token().getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, ServerCodes.UNAUTHORIZED, sent == null
          ? "this server needs a token: send 'Authorization: Bearer TOKEN'" : "the token is wrong");
    }
  }

  private static JsonNode parseObject(byte[] body) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiException.badParameter("the body is not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ApiException.badParameter("cannot read the body: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw ApiException.badParameter("the body must be a JSON object with text or html");
    }
    return root;
  }

  private static RawDocument parse(JsonNode root) {
    for (var it = root.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!FIELDS.contains(f)) {
        throw ApiException.badParameter("unknown field '" + f + "'; the fields are " + String.join(", ",
            FIELDS.stream().sorted().toList()));
      }
    }
    String url = field(root, "url");
    String title = field(root, "title");
    String text = field(root, "text");
    String html = field(root, "html");
    String published = field(root, "published");
    if ((text == null) == (html == null)) {
      throw ApiException.badParameter("give exactly one of text and html");
    }
    if (url != null && !(url.startsWith("http://") || url.startsWith("https://"))) {
      throw ApiException.badParameter("url '" + url + "' is not an http(s) URL");
    }
    LocalDate day = null;
    if (published != null) {
      try {
        day = LocalDate.parse(published.length() > 10 ? published.substring(0, 10) : published);
      } catch (DateTimeParseException e) {
        throw ApiException.badParameter("published '" + published + "' is not a date (YYYY-MM-DD)");
      }
    }
    String content = text != null ? text : html;
    if (content.isBlank()) {
      throw ApiException.badParameter("the article's " + (text != null ? "text" : "html") + " is empty");
    }
    String id = url != null ? url : "api:" + FileSource.contentId(content.getBytes(StandardCharsets.UTF_8));
    return new RawDocument(id, null, url, title, day, content, text != null ? MediaType.TEXT : MediaType.HTML,
        List.of());
  }

  private static String field(JsonNode root, String name) {
    JsonNode n = root.get(name);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw ApiException.badParameter(name + " must be a string");
    }
    return n.asText();
  }


  /** An article as JSON: metadata, text, and annotation lists with char offsets into text. */
  static void write(StoredArticle a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("id", a.id());
    g.writeStringField("url", a.url());
    g.writeStringField("path", a.path());
    g.writeStringField("title", a.title());
    g.writeStringField("published", a.published() == null ? null : a.published().toString());
    g.writeStringField("language", a.language());
    g.writeStringField("ingestedAt", a.ingestedAt());
    g.writeStringField("text", a.text());
    g.writeArrayFieldStart("entities");
    for (var e : a.entities()) {
      g.writeStartObject();
      g.writeStringField("id", e.localId());
      g.writeStringField("type", e.type());
      g.writeStringField("name", e.name());
      g.writeStringField("country", e.country());
      g.writeArrayFieldStart("roles");
      for (String r : e.roles()) {
        g.writeString(r);
      }
      g.writeEndArray();
      if (e.lat() != null) {
        g.writeNumberField("lat", e.lat());
        g.writeNumberField("lon", e.lon());
      }
      g.writeArrayFieldStart("mentions");
      for (var m : e.mentions()) {
        g.writeStartObject();
        g.writeNumberField("start", m.start());
        g.writeNumberField("end", m.end());
        g.writeStringField("kind", m.kind());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("quotes");
    for (var q : a.quotes()) {
      g.writeStartObject();
      g.writeNumberField("start", q.start());
      g.writeNumberField("end", q.end());
      g.writeStringField("text", q.text());
      g.writeBooleanField("direct", q.direct());
      g.writeStringField("speaker", q.speakerName());
      span(g, "speakerSpan", q.speakerStart(), q.speakerEnd());
      g.writeStringField("cue", q.cue());
      span(g, "cueSpan", q.cueStart(), q.cueEnd());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("dates");
    for (var d : a.dates()) {
      g.writeStartObject();
      g.writeNumberField("start", d.start());
      g.writeNumberField("end", d.end());
      g.writeStringField("text", d.text());
      g.writeStringField("type", d.type());
      g.writeStringField("value", d.value());
      g.writeStringField("endValue", d.endValue());
      g.writeStringField("mod", d.mod());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("events");
    for (var v : a.events()) {
      g.writeStartObject();
      g.writeNumberField("id", v.id());
      g.writeNumberField("link", v.linkId());
      g.writeStringField("trigger", v.trigger());
      g.writeNumberField("start", v.start());
      g.writeNumberField("end", v.end());
      span(g, "sentence", v.sentenceStart(), v.sentenceEnd());
      g.writeObjectFieldStart("source");
      g.writeStringField("name", v.sourceName());
      g.writeStringField("code", v.sourceCode());
      g.writeEndObject();
      if (v.targetCode() == null) {
        g.writeNullField("target");
      } else {
        g.writeObjectFieldStart("target");
        g.writeStringField("name", v.targetName());
        g.writeStringField("code", v.targetCode());
        g.writeEndObject();
      }
      g.writeStringField("cameo", v.cameo());
      g.writeStringField("plover", v.plover());
      g.writeStringField("mode", v.mode());
      g.writeNumberField("quadClass", v.quadClass());
      g.writeNumberField("goldstein", v.goldstein());
      g.writeStringField("status", v.status());
      g.writeStringField("date", v.date());
      if (v.locationName() == null) {
        g.writeNullField("location");
      } else {
        g.writeObjectFieldStart("location");
        g.writeStringField("name", v.locationName());
        g.writeStringField("country", v.locationCountry());
        if (v.lat() != null) {
          g.writeNumberField("lat", v.lat());
          g.writeNumberField("lon", v.lon());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void span(JsonGenerator g, String field, Integer start, Integer end) throws IOException {
    if (start == null) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    g.writeNumberField("start", start);
    g.writeNumberField("end", end);
    g.writeEndObject();
  }
}
