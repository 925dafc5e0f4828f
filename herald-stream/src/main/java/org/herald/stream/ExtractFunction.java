package org.herald.stream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.herald.ErrorCodes;
import org.herald.Herald;
import org.herald.HeraldException;
import org.herald.model.Article;
import org.herald.pipeline.Pipeline;
import org.herald.sink.ArticleJson;
import org.herald.source.Read;
import org.herald.source.Sources;
import org.herald.stage.event.Event;
import org.herald.stage.event.EventStage;
import org.herald.store.EventLinkRule;

/**
 * Runs Herald's pipeline over raw articles in the JSON Lines format (one JSON object a record): emits the extracted
 * article ({@code articles}, the {@code herald/1} contract of {@link ArticleJson}) and its events, quotes and
 * entities ({@code events}, {@code quotes}, {@code entities}: one record per article holding {@code "article"},
 * {@code "url"}, {@code "published"} and the array of the same objects as in the article; none when the array is
 * empty), all keyed by article id; a record that is not an article goes to {@code errors}. Each event also goes to the side
 * output {@link #REPORTS} for linking. The pipeline is {@link Herald#pipeline()}, the CLI's (with the user's
 * dictionaries when given, as {@code herald extract --actors --agents --verbs}), built once per task in
 * {@link #open}; one instance is used by one task thread.
 */
public final class ExtractFunction extends ProcessFunction<String, Message> {
  private static final long serialVersionUID = 1L;

  /** The event reports, for {@link EventLinker}. */
  public static final OutputTag<Report> REPORTS = new OutputTag<>("reports") {
    private static final long serialVersionUID = 1L;
  };

  /** The article's arrays that also go to their own topics, one record per article each. */
  private static final String[] PARTS = {"events", "quotes", "entities"};

  private final Dictionaries dictionaries;
  private transient Pipeline pipeline;
  private transient JsonFactory json;
  /** Reused for every record this task writes (one task thread uses it). */
  private transient ByteArrayBuilder bytes;

  /** Runs the default pipeline with the built-in dictionaries. */
  public ExtractFunction() {
    this(Dictionaries.NONE);
  }

  /** Runs the default pipeline with {@code dictionaries} beside the built-in ones. */
  public ExtractFunction(Dictionaries dictionaries) {
    this.dictionaries = java.util.Objects.requireNonNull(dictionaries, "dictionaries");
  }

  @Override
  public void open(OpenContext context) {
    pipeline = dictionaries.pipeline();
    json = new JsonFactory();
    bytes = new ByteArrayBuilder(16 * 1024);
  }

  @Override
  public void close() {
    if (pipeline != null) {
      pipeline.close();
    }
  }

  @Override
  public void processElement(String line, Context ctx, Collector<Message> out) throws IOException {
    Read read = Sources.jsonLine(line, "message");
    if (!read.isOk()) {
      out.collect(error(read.document() == null ? null : read.document().id(), read.error()));
      return;
    }
    Article a;
    try {
      a = pipeline.process(read.document());
    } catch (HeraldException e) {
      out.collect(error(read.document().id(), e));
      return;
    } catch (RuntimeException e) {
      // a stage's bug on one article must not fail the job into a restart loop over the same record
      out.collect(error(read.document().id(), new HeraldException(ErrorCodes.STAGE_FAILED,
          "the pipeline failed on this article: " + e)));
      return;
    }
    emit(a, out, ctx);
  }

  /** Writes {@code a}'s records to {@code out} and its event reports to {@code ctx}'s side output (when not null). */
  void emit(Article a, Collector<Message> out, Context ctx) throws IOException {
    // the article's tokens once, replayed into each record as UTF-8 bytes: no tree of nodes, no String of 14 KB
    // to encode again for Kafka (docs/scale-out.md, "Throughput")
    TokenBuffer tokens = new TokenBuffer(null, false);
    ArticleJson.write(a, tokens);
    String id = a.id();
    JsonGenerator g = generator();
    tokens.serialize(g);
    out.collect(new Message("articles", id, done(g)));
    // one record per article and topic, not per item: an article has tens of entities, and each Kafka record
    // costs the task, the producer and the broker a few microseconds whatever its size (docs/scale-out.md)
    try (JsonParser p = tokens.asParser()) {
      p.nextToken(); // the article's START_OBJECT
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (p.currentToken() == JsonToken.START_ARRAY && isPart(field)) {
          if (p.nextToken() == JsonToken.END_ARRAY) {
            continue; // no record for an empty part
          }
          g = generator();
          g.writeStartObject();
          g.writeStringField("schema", Herald.SCHEMA);
          g.writeStringField("article", id);
          // as ArticleJson writes them, so the fields equal the article record's
          g.writeStringField("url", a.url());
          g.writeStringField("published", a.published() == null ? null : a.published().toString());
          g.writeArrayFieldStart(field);
          do {
            g.copyCurrentStructure(p);
          } while (p.nextToken() != JsonToken.END_ARRAY);
          g.writeEndArray();
          g.writeEndObject();
          out.collect(new Message(field, id, done(g)));
        } else {
          p.skipChildren();
        }
      }
    }
    if (ctx != null) {
      String host = host(a.url());
      for (Event v : a.layer(EventStage.EVENTS)) {
        ctx.output(REPORTS, report(v, a.id(), host, EventLinkRule.day(v.date(), a.published())));
      }
    }
  }

  private static boolean isPart(String field) {
    for (String p : PARTS) {
      if (p.equals(field)) {
        return true;
      }
    }
    return false;
  }

  /** A generator writing UTF-8 into {@link #bytes}, emptied first. */
  private JsonGenerator generator() throws IOException {
    bytes.reset();
    return json.createGenerator(bytes, JsonEncoding.UTF8);
  }

  /** Closes {@code g} and returns what it wrote. */
  private byte[] done(JsonGenerator g) throws IOException {
    g.close();
    return bytes.toByteArray();
  }

  static Report report(Event v, String article, String host, Long day) {
    Report r = new Report();
    r.sourceCode = v.source().code();
    r.sourceName = v.source().name();
    r.targetCode = v.target() == null ? "" : v.target().code();
    r.targetName = v.target() == null ? null : v.target().name();
    r.key = EventLinkRule.key(r.sourceCode, r.targetCode, v.cameo());
    r.day = day;
    r.article = article;
    r.event = v.id();
    r.host = host;
    r.cameo = v.cameo();
    r.plover = v.plover();
    r.quadClass = v.quadClass();
    r.goldstein = v.goldstein();
    return r;
  }

  /** The host of {@code url}, lower case, or empty when there is none (files without a URL count as one source). */
  static String host(String url) {
    if (url == null) {
      return "";
    }
    try {
      String h = URI.create(url.trim()).getHost();
      return h == null ? "" : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private Message error(String id, HeraldException e) throws IOException {
    JsonGenerator g = generator();
    g.writeStartObject();
    g.writeStringField("code", e.code());
    g.writeStringField("message", e.getMessage());
    g.writeEndObject();
    String key = id == null ? "" : id;
    return new Message("errors", key, done(g));
  }
}
