package org.herald.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.herald.ErrorCodes;
import org.herald.Herald;
import org.herald.HeraldException;
import org.herald.model.Article;
import org.herald.pipeline.Pipeline;
import org.herald.server.ServerConfig;
import org.herald.sink.Sink;
import org.herald.sink.Sinks;
import org.herald.source.Read;
import org.herald.source.Sources;
import org.herald.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code herald demo}: the main job on the bundled sample articles, summarised for a person. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Extracts everything from the bundled sample articles (or a folder) and prints a readable "
        + "summary of each: people with roles, quotations with speakers, dates and events.",
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

  @Override
  public Integer call() throws IOException {
    long start = System.nanoTime();
    // a fresh demo store beside the user's store, so the demo never mixes with real data; a store named with
    // --store is kept and added to (storing is idempotent), never deleted
    Path storePath = stores.store != null ? stores.store : stores.storePath().resolveSibling("demo.db");
    if (stores.store == null) {
      deleteStore(storePath);
    }
    try (Pipeline pipeline = Herald.pipeline(); Sink sink = Sinks.jsonLines(console.out(), false);
         Store store = Store.open(storePath)) {
      Batch batch = new Batch(pipeline, console, null, common.verbose, common.debug);
      Iterable<Read> reads = dir != null ? Sources.files(List.of(dir), console.in()) : bundledSamples();
      batch.run(reads, a -> {
        if (json) {
          sink.accept(a);
        } else {
          Summary.print(a, origin(a), console.out());
        }
        store.put(a);
      });
      double seconds = (System.nanoTime() - start) / 1e9;
      console.err().printf("herald: %d articles extracted in %.1f s%s%n", batch.done(), seconds,
          batch.skipped() > 0 ? ", " + batch.skipped() + " skipped" : "");
      console.err().println("herald: stored in the demo store " + store.path());
      if (serve) {
        ServeCommand.serve(store, ServerConfig.local(port), console);
      } else {
        console.err().println("herald: explore it in the web UI: herald serve --store " + store.path()
            + "  (then open http://127.0.0.1:" + ServerConfig.DEFAULT_PORT + "/), or run 'herald demo --serve'");
      }
      return batch.skipped() > 0 ? 1 : 0;
    }
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
