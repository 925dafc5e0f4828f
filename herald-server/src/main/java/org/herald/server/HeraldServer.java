package org.herald.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.herald.ErrorCodes;
import org.herald.Herald;
import org.herald.HeraldException;
import org.herald.pipeline.Pipeline;
import org.herald.store.Store;
import org.herald.store.StoreCodes;

/**
 * Herald's HTTP server: the REST API under {@code /api/} and the web UI at {@code /}, over one store. Start it with
 * {@link #start}; {@link #close()} stops it (the store stays open: its owner closes it). The extraction pipeline
 * for {@code POST /api/articles} opens on first use. Thread-safe.
 */
public final class HeraldServer implements AutoCloseable {
  private static final String CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
      + "object-src 'none'; frame-ancestors 'none'; base-uri 'none'";
  private final Javalin app;
  private final ServerConfig config;
  private final Lazy pipeline;

  private HeraldServer(Store store, ServerConfig config, Supplier<Pipeline> pipelines) {
    this.config = config;
    this.pipeline = new Lazy(pipelines);
    byte[] openapi = resource("/org/herald/server/openapi.json");
    Explorer explorer = new Explorer(store, Countries.load());
    SearchRoutes search = new SearchRoutes(store, config);
    ArticleRoutes articles = new ArticleRoutes(store, config, pipeline);
    EntityRoutes entities = new EntityRoutes(store, config);
    QuoteRoutes quotes = new QuoteRoutes(store, config);
    EventRoutes events = new EventRoutes(store, config);
    StatsRoutes stats = new StatsRoutes(store);
    ExploreRoutes explore = new ExploreRoutes(explorer);

    app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.startupWatcherEnabled = false;
      // Javalin's own cap sits above ours so that ours answers with the API's error shape
      cfg.http.maxRequestSize = config.maxBodyBytes() + 1;
      cfg.router.ignoreTrailingSlashes = true;
      cfg.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = "/web";
        sf.location = Location.CLASSPATH;
        sf.headers = Map.of("Content-Security-Policy", CSP, "X-Content-Type-Options", "nosniff",
            "Cache-Control", "no-cache");
      });
      // front-end libraries from WebJars on the classpath, at /webjars/NAME/VERSION/…
      cfg.staticFiles.enableWebjars();
    });
    app.get("/api/search", search::search);
    app.get("/api/articles/{id}", articles::article);
    app.post("/api/articles", articles::post);
    app.get("/api/entities", entities::find);
    app.get("/api/entities/{name}", entities::profile);
    app.get("/api/quotes", quotes::quotes);
    app.get("/api/events", events::events);
    app.get("/api/events/{id}/reports", events::reports);
    app.get("/api/stats", stats::stats);
    app.get("/api/timeline", explore::timeline);
    app.get("/api/network", explore::network);
    app.get("/api/places", explore::places);
    app.get("/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openapi));
    app.get("/api/<rest>", HeraldServer::unknown);
    app.post("/api/<rest>", HeraldServer::unknown);
    app.after("/api/*", ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Cache-Control", "no-store");
    });

    app.exception(ApiException.class, (e, ctx) -> Json.error(ctx, e.status(), e.code(), e.getMessage()));
    app.exception(HeraldException.class, (e, ctx) -> Json.error(ctx, status(e), e.code(), e.getMessage()));
    app.exception(IllegalArgumentException.class, (e, ctx) ->
        Json.error(ctx, 400, ServerCodes.BAD_PARAMETER, e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> Json.error(ctx, e.getStatus(),
        e.getStatus() == 413 ? ServerCodes.TOO_LARGE : e.getStatus() == 404 ? ServerCodes.NOT_FOUND
            : ServerCodes.BAD_PARAMETER, e.getStatus() == 413 ? "the body is larger than " + config.maxBodyBytes()
            + " bytes" : e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> Json.error(ctx, 500, ServerCodes.INTERNAL,
        "internal error: " + e.getClass().getSimpleName()));
    app.error(405, ctx -> Json.error(ctx, 405, ServerCodes.METHOD, ctx.method() + " is not allowed on "
        + ctx.path()));
  }

  private static void unknown(Context ctx) {
    throw ApiException.notFound("no endpoint " + ctx.method() + " " + ctx.path() + "; see /api/openapi.json");
  }

  /** The HTTP status of a user-facing failure: bad input and queries are the client's, the rest the server's. */
  static int status(HeraldException e) {
    String code = e.code();
    if (code.equals(StoreCodes.QUERY) || code.startsWith("H-INPUT") || code.startsWith("H-USAGE")) {
      return code.equals(ErrorCodes.INPUT_TOO_LARGE) ? 413 : 400;
    }
    if (code.equals(StoreCodes.LOCKED)) {
      return 503;
    }
    if (code.equals("H-FETCH-001")) {
      return 400; // not an http(s) URL: the client's mistake
    }
    if (code.startsWith("H-FETCH")) {
      return 502; // the page the client asked us to fetch could not be had: a bad gateway, not our failure
    }
    return 500;
  }

  /**
   * Starts a server over {@code store}; {@code pipelines} makes the extraction pipeline on the first POST
   * (null: Herald's default pipeline).
   *
   * @throws HeraldException {@link ErrorCodes#USAGE_VALUE} when the address cannot be bound
   */
  public static HeraldServer start(Store store, ServerConfig config, Supplier<Pipeline> pipelines) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(config, "config");
    HeraldServer s = new HeraldServer(store, config, pipelines == null ? Herald::pipeline : pipelines);
    try {
      s.app.start(config.bind(), config.port());
    } catch (RuntimeException e) {
      s.app.stop();
      throw new HeraldException(ErrorCodes.USAGE_VALUE, "cannot listen on " + config.bind() + ":" + config.port()
          + ": " + rootMessage(e), e);
    }
    return s;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }

  /** The port it listens on (the one chosen when configured with 0). */
  public int port() {
    return app.port();
  }

  /** The UI's address, such as {@code http://127.0.0.1:7777/}. */
  public String url() {
    String host = config.bind();
    if (host.equals("0.0.0.0") || host.equals("::")) {
      host = "127.0.0.1";
    } else if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return "http://" + host + ":" + port() + "/";
  }

  /** Stops serving and closes the pipeline if one was opened. */
  @Override
  public void close() {
    app.stop();
    pipeline.close();
  }

  private static byte[] resource(String name) {
    try (InputStream in = HeraldServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource missing: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pipeline, opened on first use. */
  private static final class Lazy implements Supplier<Pipeline> {
    private final Supplier<Pipeline> make;
    private Pipeline value;

    Lazy(Supplier<Pipeline> make) {
      this.make = make;
    }

    @Override
    public synchronized Pipeline get() {
      if (value == null) {
        value = make.get();
      }
      return value;
    }

    synchronized void close() {
      if (value != null) {
        value.close();
        value = null;
      }
    }
  }
}
