package org.herald.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.herald.Herald;
import org.herald.HeraldException;
import org.herald.data.DataFolder;
import org.herald.model.Article;
import org.herald.pipeline.Pipeline;
import org.herald.source.FetchOptions;
import org.herald.source.Fetcher;
import org.herald.source.FileSource;
import org.herald.store.Ingested;
import org.herald.store.Store;
import org.herald.store.StoreCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code herald ingest}: extracts articles and keeps them in the store, each in one transaction. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Extracts entities, quotations, dates and events from articles and stores them for search, "
        + "queries and export. Storing the same article again changes nothing; an article from a known URL with "
        + "new content replaces the old one. Each article is stored whole or not at all, so Ctrl-C or a crash "
        + "loses nothing already stored.",
        "INPUT is a plain text or HTML file, a feed, a WARC or JSON Lines file, a folder (read recursively), "
            + "an http(s) URL of a page or feed (fetched politely: robots.txt, 1 request/s per host) or - for "
            + "standard input."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:every input stored (or already there)", "1:some input was skipped, or the store failed",
        "2:bad usage"})
final class IngestCommand extends ConsoleAware implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Mixin
  StoreOptions stores;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "Publication date of the articles, overriding what they say; relative dates resolve against it.")
  LocalDate published;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, or - for standard input.")
  List<String> inputs;

  private int stored;
  private int unchanged;
  private int updated;
  private int duplicates;
  private int failed;

  @Override
  public Integer call() {
    Path path = stores.storePath();
    long start = System.nanoTime();
    try (Store store = Store.open(path); Pipeline pipeline = Herald.pipeline(DataFolder.current().pipelineResources())) {
      Batch batch = new Batch(pipeline, console, published, false, common.debug);
      batch.run(new FileSource(inputs, console.in(), FileSource.DEFAULT_MAX_BYTES,
          () -> new Fetcher(FetchOptions.defaults())), a -> store(store, a));
      double seconds = (System.nanoTime() - start) / 1e9;
      int skipped = batch.skipped() + failed;
      console.err().printf("herald: %d stored, %d unchanged, %d updated, %d near-duplicates, %d skipped in %.1f s "
              + "(%.1f articles/s) into %s%n", stored, unchanged, updated, duplicates, skipped, seconds, batch.done() / Math.max(seconds, 1e-3),
          store.path());
      return skipped > 0 ? 1 : 0;
    }
  }

  private void store(Store store, Article a) {
    String origin = a.path() != null ? a.path() : a.url() != null ? a.url() : a.id();
    Ingested r;
    try {
      r = store.put(a);
    } catch (HeraldException e) {
      if (!e.code().equals(StoreCodes.WRITE)) {
        throw e; // the store itself failed: stop; what is stored stays stored
      }
      failed++;
      console.err().println("herald: skipped " + origin + ": " + e.getMessage() + " [" + e.code() + "]");
      if (common.debug) {
        e.printStackTrace(console.err());
      }
      return;
    }
    switch (r.outcome()) {
      case STORED -> stored++;
      case UNCHANGED -> unchanged++;
      case UPDATED -> updated++;
      case DUPLICATE -> duplicates++;
      default -> throw new IllegalStateException(r.outcome().name());
    }
    if (common.verbose) {
      console.err().println("herald: " + r.outcome().name().toLowerCase(java.util.Locale.ROOT) + " " + origin
          + " as article " + r.articleId());
    }
  }
}
