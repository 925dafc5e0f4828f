package org.herald.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.herald.ErrorCodes;
import org.herald.Herald;
import org.herald.HeraldException;
import org.herald.data.DataFolder;
import org.herald.model.Article;
import org.herald.model.RawDocument;
import org.herald.pipeline.Pipeline;
import org.herald.server.ServerConfig;
import org.herald.sink.Sink;
import org.herald.sink.Sinks;
import org.herald.source.FeedWatcher;
import org.herald.source.FetchOptions;
import org.herald.source.Fetcher;
import org.herald.source.Read;
import org.herald.source.Sources;
import org.herald.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code herald demo}: the main job on the bundled sample articles, or with {@code --live} on today's news from a
 * list of public world-news feeds, summarised for a person and stored in a demo store.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Extracts everything from the bundled sample articles (or a folder) and prints a readable "
        + "summary of each: people with roles, quotations with speakers, dates and events.",
        "With --live it reads today's news instead: the current items of a built-in, editable list of public "
            + "world-news feeds in English (or --feeds FILE), each article fetched politely (robots.txt, one "
            + "request a second per host); a feed that cannot be reached is reported on one line and skipped.",
        "It ends by storing them in a fresh demo store (demo.db beside the default store, or --store) and printing "
            + "how to explore it in the web UI; --serve serves the UI right away."})
final class DemoCommand extends ConsoleAware implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Mixin
  StoreOptions stores;

  @Option(names = "--dir", paramLabel = "FOLDER", description = "Read this folder instead of the bundled samples.")
  String dir;

  @Option(names = "--json", description = "Write JSON Lines (schema herald/1) instead of the summary.")
  boolean json;

  @Option(names = "--serve", description = "Keep serving the demo store's web UI and API until Ctrl-C.")
  boolean serve;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "7777",
      description = "The port the UI is served on with --serve (default ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(names = "--live", description = "Read today's news from the feeds instead of the samples.")
  boolean live;

  @Option(names = "--feeds", paramLabel = "FILE", description = "With --live: the feeds to read, one a line as "
      + "name<TAB>URL ('#' starts a comment), instead of the built-in list.")
  Path feedsFile;

  @Option(names = "--items", paramLabel = "N", defaultValue = "8",
      description = "With --live: the most items read from each feed (default ${DEFAULT-VALUE}).")
  int items;

  @Option(names = "--host-interval", paramLabel = "DURATION", defaultValue = "1s",
      converter = WatchCommand.DurationConverter.class,
      description = "With --live: least time between two requests to one host (default: ${DEFAULT-VALUE}).")
  Duration hostInterval;

  /** The feed list bundled with Herald. */
  static final String BUILT_IN_FEEDS = "/org/herald/cli/feeds-v1.tsv";

  private int feedsFailed;

  @Override
  public Integer call() throws IOException {
    long start = System.nanoTime();
    if (live && dir != null) {
      throw new HeraldException(ErrorCodes.USAGE_VALUE, "--live and --dir cannot be used together");
    }
    if (!live && (feedsFile != null)) {
      throw new HeraldException(ErrorCodes.USAGE_VALUE, "--feeds needs --live");
    }
    if (items < 1) {
      throw new HeraldException(ErrorCodes.USAGE_VALUE, "--items must be at least 1, not " + items);
    }
    List<Feed> feeds = live ? feeds() : List.of();
    // a fresh demo store beside the user's store, so the demo never mixes with real data; a store named with
    // --store is kept and added to (storing is idempotent), never deleted
    Path storePath = stores.store != null ? stores.store : stores.storePath().resolveSibling("demo.db");
    if (stores.store == null) {
      deleteStore(storePath);
    }
    try (Pipeline pipeline = Herald.pipeline(DataFolder.current().pipelineResources()); Sink sink = Sinks.jsonLines(console.out(), false);
         Store store = Store.open(storePath)) {
      Batch batch = new Batch(pipeline, console, null, common.verbose, common.debug);
      Iterable<Read> reads = live ? liveReads(feeds)
          : dir != null ? Sources.files(List.of(dir), console.in()) : bundledSamples();
      batch.run(reads, a -> {
        if (json) {
          sink.accept(a);
        } else {
          Summary.print(a, origin(a), console.out());
        }
        store.put(a);
      });
      double seconds = (System.nanoTime() - start) / 1e9;
      console.err().printf("herald: %d articles extracted in %.1f s%s%s%n", batch.done(), seconds,
          batch.skipped() > 0 ? ", " + batch.skipped() + " skipped" : "",
          live ? " from " + (feeds.size() - feedsFailed) + " of " + feeds.size() + " feeds" : "");
      if (live && feedsFailed == feeds.size()) {
        console.err().println("herald: no feed could be read; is this machine online?");
      }
      console.err().println("herald: stored in the demo store " + store.path());
      if (serve) {
        ServeCommand.serve(store, ServerConfig.local(port), console);
      } else {
        console.err().println("herald: explore it in the web UI: herald serve --store " + store.path()
            + "  (then open http://127.0.0.1:" + ServerConfig.DEFAULT_PORT + "/), or run 'herald demo"
            + (live ? " --live" : "") + " --serve'");
      }
      return batch.skipped() > 0 || feedsFailed > 0 ? 1 : 0;
    }
  }

  /** One news feed of the list: the name shown in messages and its URL. */
  record Feed(String name, String url) {
  }

  /** The feeds of {@code --feeds FILE}, else the built-in list. */
  private List<Feed> feeds() throws IOException {
    String text;
    String where;
    if (feedsFile != null) {
      where = feedsFile.toString();
      try {
        text = Files.readString(feedsFile, StandardCharsets.UTF_8);
      } catch (java.nio.file.NoSuchFileException e) {
        throw new HeraldException(ErrorCodes.INPUT_MISSING, "no such feed list: " + feedsFile);
      } catch (IOException e) {
        throw new HeraldException(ErrorCodes.INPUT_UNREADABLE, "cannot read " + feedsFile + ": " + e.getMessage());
      }
    } else {
      where = "the built-in feed list";
      try (InputStream in = DemoCommand.class.getResourceAsStream(BUILT_IN_FEEDS)) {
        if (in == null) {
          throw new HeraldException(ErrorCodes.RESOURCE, "the built-in feed list is missing from this build");
        }
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    return parseFeeds(text, where);
  }

  /** Parses a feed list: name TAB URL a line, '#' comments and blank lines skipped. */
  static List<Feed> parseFeeds(String text, String where) {
    List<Feed> out = new ArrayList<>();
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      String name = tab < 0 ? line : line.substring(0, tab).strip();
      String url = tab < 0 ? line : line.substring(tab + 1).strip();
      if (!Fetcher.isUrl(url)) {
        throw new HeraldException(ErrorCodes.USAGE_VALUE, where + " line " + (i + 1)
            + ": expected a name, a tab and an http(s) URL, not '" + line + "'");
      }
      out.add(new Feed(name.isEmpty() ? url : name, url));
    }
    if (out.isEmpty()) {
      throw new HeraldException(ErrorCodes.USAGE_VALUE, where + " lists no feed");
    }
    return out;
  }

  /**
   * The current items of every feed, at most {@link #items} each, taken in turns across the feeds so that one
   * host's rate limit is waited out while others are fetched. Each feed is read when this is called; each
   * article page is fetched as the batch reaches it, and an item whose page cannot be fetched falls back to what
   * the feed says of it. A feed that cannot be read gets one line on standard error and is skipped.
   */
  private Iterable<Read> liveReads(List<Feed> feeds) {
    FetchOptions options = FetchOptions.defaults().withPerHostInterval(hostInterval)
        .withValidatorCache(null); // a fresh demo store wants the whole feed, not a 304 from an earlier run
    Fetcher fetcher = new Fetcher(options);
    List<java.util.ArrayDeque<Read>> queues = new ArrayList<>();
    for (Feed feed : feeds) {
      java.util.ArrayDeque<Read> queue = new java.util.ArrayDeque<>();
      for (Read r : new FeedWatcher(List.of(feed.url()), fetcher, null).poll()) {
        if (r.isOk()) {
          if (queue.size() < items) {
            queue.add(r);
          }
        } else if (r.origin().equals(feed.url())) {
          feedsFailed++;
          console.err().println("herald: cannot read feed " + feed.name() + " (" + feed.url() + "): "
              + r.error().getMessage() + " [" + r.error().code() + "]");
        } else if (common.verbose) {
          console.err().println("herald: feed " + feed.name() + ": skipped an item: " + r.error().getMessage());
        }
      }
      if (common.verbose) {
        console.err().println("herald: feed " + feed.name() + ": " + queue.size() + " items");
      }
      queues.add(queue);
    }
    List<Read> order = new ArrayList<>();
    for (boolean any = true; any; ) {
      any = false;
      for (java.util.ArrayDeque<Read> q : queues) {
        if (!q.isEmpty()) {
          order.add(q.poll());
          any = true;
        }
      }
    }
    return () -> order.stream().map(r -> page(fetcher, r)).iterator();
  }

  /** The article page of a feed item, with the feed's title and date; the item itself when it has no page. */
  private Read page(Fetcher fetcher, Read item) {
    RawDocument d = item.document();
    if (d.url() == null || !Fetcher.isUrl(d.url())) {
      return item;
    }
    try {
      List<Read> docs = fetcher.fetch(Fetcher.parse(d.url())).documents();
      if (!docs.isEmpty() && docs.get(0).isOk() && !docs.get(0).document().content().isBlank()) {
        RawDocument p = docs.get(0).document();
        return new Read(d.url(), new RawDocument(p.id(), null, d.url(), d.title() != null ? d.title() : p.title(),
            d.published() != null ? d.published() : p.published(), p.content(), p.mediaType(), p.problems()),
            null);
      }
    } catch (HeraldException e) {
      console.err().println("herald: cannot fetch " + d.url() + ": " + e.getMessage() + " [" + e.code()
          + "]; using the feed's summary");
    }
    return item;
  }

  /** Removes an earlier demo store with its write-ahead files. */
  private static void deleteStore(Path path) throws IOException {
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      Files.deleteIfExists(Path.of(path + suffix));
    }
  }

  private static String origin(Article a) {
    return a.path() != null ? a.path() : a.url() != null ? a.url() : a.id();
  }

  /** The sample articles bundled in the jar (or in the classes folder when run from an IDE). */
  static List<Read> bundledSamples() throws IOException {
    URL url = DemoCommand.class.getResource("/org/herald/samples");
    if (url == null) {
      throw new HeraldException(ErrorCodes.RESOURCE, "the bundled samples are missing from this build");
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
          return readAll(fs.getPath("/org/herald/samples"));
        }
      }
      return readAll(Path.of(uri));
    } catch (URISyntaxException e) {
      throw new HeraldException(ErrorCodes.RESOURCE, "cannot locate the bundled samples: " + e.getMessage());
    }
  }

  private static List<Read> readAll(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList();
    }
    List<Read> reads = new ArrayList<>();
    for (Path p : files) {
      String name = p.getFileName().toString();
      try {
        org.herald.model.RawDocument raw = Sources.bytes(Files.readAllBytes(p), name, name);
        reads.add(new Read(name, new org.herald.model.RawDocument(raw.id(), "samples/" + name, raw.url(),
            raw.title(), raw.published(), raw.content(), raw.mediaType(), raw.problems()), null));
      } catch (HeraldException e) {
        reads.add(new Read(name, null, e));
      }
    }
    return reads;
  }
}
