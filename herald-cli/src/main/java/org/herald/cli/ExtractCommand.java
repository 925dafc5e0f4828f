package org.herald.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.herald.data.DataFolder;
import org.herald.dedupe.Deduplicator;
import org.herald.dedupe.Fingerprint;
import org.herald.pipeline.Pipeline;
import org.herald.sink.Sink;
import org.herald.sink.Sinks;
import org.herald.source.FetchOptions;
import org.herald.source.Fetcher;
import org.herald.source.FileSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code herald extract}: articles in, one JSON object per article out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extracts entities, quotations, dates and events from articles and writes JSON Lines "
        + "(schema herald/1) to standard output.",
        "INPUT is a plain text or HTML file, a feed, a WARC or JSON Lines file, a folder (read recursively), "
            + "an http(s) URL of a page or feed (fetched politely: robots.txt, 1 request/s per host) or - for "
            + "standard input."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:every input extracted", "1:some input was skipped (reported on standard error)",
        "2:bad usage"})
final class ExtractCommand extends ConsoleAware implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "Publication date of the articles, overriding what they say; relative dates resolve against it.")
  LocalDate published;

  @Option(names = "--pretty", description = "Indent the JSON (one object spans several lines).")
  boolean pretty;

  @Mixin
  DictionaryOptions dictionaries;

  @Option(names = "--dedupe", description = "Skip articles met before in this run: the same URL, the same text, "
      + "or nearly the same text (a syndicated copy); each is reported on standard error.")
  boolean dedupe;

  @Option(names = "--user-agent", paramLabel = "TEXT", description = "The User-Agent sent when fetching URLs "
      + "(default: " + FetchOptions.DEFAULT_USER_AGENT + ").")
  String userAgent;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, URLs, or - for standard input.")
  List<String> inputs;

  @Override
  public Integer call() {
    try (Pipeline pipeline = dictionaries.userPipeline();
        Sink sink = Sinks.jsonLines(console.out(), pretty)) {
      Batch batch = new Batch(pipeline, console, published, common.verbose, common.debug);
      Deduplicator seen = dedupe ? new Deduplicator() : null;
      int[] duplicates = new int[1];
      batch.run(new FileSource(inputs, console.in(), FileSource.DEFAULT_MAX_BYTES, this::fetcher), article -> {
        if (seen != null) {
          String label = article.url() != null ? article.url() : article.path() != null ? article.path()
              : article.id();
          Optional<Deduplicator.Match> m = seen.admit(label, Fingerprint.of(article.url(), article.text()));
          if (m.isPresent()) {
            duplicates[0]++;
            console.err().println("herald: duplicate " + label + ": " + m.get().describe());
            return;
          }
        }
        sink.accept(article);
      });
      if (duplicates[0] > 0 && common.verbose) {
        console.err().println("herald: " + duplicates[0] + " duplicates skipped");
      }
      if (batch.skipped() > 0) {
        if (batch.done() + batch.skipped() > 1) {
          console.err().println("herald: " + batch.done() + " extracted, " + batch.skipped() + " skipped");
        }
        return 1;
      }
      return 0;
    }
  }

  private Fetcher fetcher() {
    FetchOptions options = FetchOptions.defaults();
    return new Fetcher(userAgent == null ? options : options.withUserAgent(userAgent));
  }
}
