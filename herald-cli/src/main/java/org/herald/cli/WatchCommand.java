package org.herald.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.herald.ErrorCodes;
import org.herald.Herald;
import org.herald.HeraldException;
import org.herald.data.DataFolder;
import org.herald.dedupe.Deduplicator;
import org.herald.dedupe.Fingerprint;
import org.herald.model.Article;
import org.herald.pipeline.Pipeline;
import org.herald.sink.Sink;
import org.herald.sink.Sinks;
import org.herald.source.FeedWatcher;
import org.herald.source.FetchOptions;
import org.herald.source.Fetcher;
import org.herald.source.Read;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code herald watch}: polls feeds on an interval and extracts their new items only (issue 7), writing JSON
 * Lines. Items already written (in this run or an earlier one: the state file remembers them) and duplicates of
 * articles written in this run are skipped. Ctrl-C finishes the current article, saves the state and closes the
 * output.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Polls RSS/Atom feeds and extracts each new item once, writing JSON Lines (schema herald/1).",
        "FEED is an http(s) URL (fetched politely: robots.txt, 1 request/s per host, conditional GET) or a file."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:stopped cleanly (after --once: every feed read)",
        "1:with --once, some feed or item was skipped (reported on standard error)", "2:bad usage"})
final class WatchCommand extends ConsoleAware implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "15m", converter = DurationConverter.class,
      description = "Time between polls: 90s, 15m, 2h (default: ${DEFAULT-VALUE}; at least 10s).")
  Duration interval;

  @Option(names = "--once", description = "Poll once and exit.")
  boolean once;

  @Option(names = "--out", paramLabel = "FILE.jsonl",
      description = "Append the articles to FILE instead of writing them to standard output.")
  Path out;

  @Option(names = "--state", paramLabel = "FILE",
      description = "Where the items already seen are remembered (default: watch-state.txt in the user's cache "
          + "folder).")
  Path state;

  @Option(names = "--user-agent", paramLabel = "TEXT", description = "The User-Agent sent (default: "
      + FetchOptions.DEFAULT_USER_AGENT + ").")
  String userAgent;

  @Option(names = "--host-interval", paramLabel = "DURATION", defaultValue = "1s",
      converter = DurationConverter.class,
      description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}).")
  Duration hostInterval;

  @Parameters(arity = "1..*", paramLabel = "FEED", description = "Feed URLs or files.")
  List<String> feeds;

  private int written;
  private int failed;

  @Override
  public Integer call() throws IOException {
    if (interval.compareTo(Duration.ofSeconds(10)) < 0) {
      throw new HeraldException(ErrorCodes.USAGE_VALUE, "--interval must be at least 10s, not " + interval);
    }
    FetchOptions options = FetchOptions.defaults().withPerHostInterval(hostInterval);
    if (userAgent != null) {
      options = options.withUserAgent(userAgent);
    }
    FeedWatcher watcher = new FeedWatcher(feeds, new Fetcher(options),
        state != null ? state : FeedWatcher.defaultStateFile());
    Deduplicator dedupe = new Deduplicator();
    OutputStream os = out == null ? console.out() : open(out);
    try (Pipeline pipeline = Herald.pipeline(DataFolder.current().pipelineResources()); Sink sink = Sinks.jsonLines(os, false);
         Interrupts interrupts = Interrupts.install()) {
      while (true) {
        int before = written;
        boolean complete = poll(watcher, pipeline, dedupe, sink, interrupts);
        if (complete) {
          watcher.commit();
        } else {
          watcher.save();
        }
        if (common.verbose) {
          console.err().println("herald: poll done: " + (written - before) + " new articles");
        }
        if (once || !complete || !sleep(interrupts)) {
          break;
        }
      }
      if (interrupts.requested()) {
        console.err().println("herald: interrupted; " + written + " articles written, state saved");
        return 0;
      }
    } finally {
      if (out != null) {
        os.close();
      }
    }
    return once && failed > 0 ? 1 : 0;
  }

  private static OutputStream open(Path file) {
    try {
      return new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND, StandardOpenOption.WRITE));
    } catch (IOException e) {
      throw new HeraldException(ErrorCodes.OUTPUT, "cannot write " + file + ": " + e.getMessage());
    }
  }

  /** Handles one poll's new items; false when Ctrl-C cut it short. */
  private boolean poll(FeedWatcher watcher, Pipeline pipeline, Deduplicator dedupe, Sink sink,
      Interrupts interrupts) {
    for (Read read : watcher.poll()) {
      if (interrupts.requested()) {
        return false;
      }
      if (!read.isOk()) {
        skip(read.origin(), read.error());
        continue;
      }
      try {
        Article a = pipeline.process(read.document());
        String label = a.url() != null ? a.url() : read.origin();
        Optional<Deduplicator.Match> m = dedupe.admit(label, Fingerprint.of(a.url(), a.text()));
        if (m.isPresent()) {
          console.err().println("herald: duplicate " + label + ": " + m.get().describe());
        } else {
          sink.accept(a);
          written++;
          if (common.verbose) {
            console.err().println("herald: extracted " + label + " (" + a.tokenCount() + " tokens)");
          }
        }
      } catch (HeraldException e) {
        skip(read.origin(), e);
      }
      watcher.markSeen(read); // written, a duplicate, or broken for good: not to be tried again
    }
    return true;
  }

  private void skip(String origin, HeraldException e) {
    failed++;
    console.err().println("herald: skipped " + origin + ": " + e.getMessage() + " [" + e.code() + "]");
  }

  /** Waits out the interval; false when Ctrl-C came first. */
  private boolean sleep(Interrupts interrupts) {
    long end = System.nanoTime() + interval.toNanos();
    while (System.nanoTime() - end < 0) {
      if (interrupts.requested()) {
        return false;
      }
      try {
        Thread.sleep(Math.min(200, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return !interrupts.requested();
  }

  /** Reads durations the way people write them: 500ms, 90s, 15m, 2h, 1d, or ISO-8601 (PT15M). */
  static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      try {
        if (v.startsWith("pt") || v.startsWith("p")) {
          return Duration.parse(v.toUpperCase(Locale.ROOT));
        }
        int i = 0;
        while (i < v.length() && Character.isDigit(v.charAt(i))) {
          i++;
        }
        if (i == 0) {
          throw new CommandLine.TypeConversionException("not a duration: '" + value + "' (try 90s, 15m, 2h)");
        }
        long n = Long.parseLong(v.substring(0, i));
        return switch (v.substring(i).strip()) {
          case "ms" -> Duration.ofMillis(n);
          case "s", "" -> Duration.ofSeconds(n);
          case "m", "min" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          case "d" -> Duration.ofDays(n);
          default -> throw new CommandLine.TypeConversionException(
              "not a duration: '" + value + "' (try 90s, 15m, 2h)");
        };
      } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
        throw new CommandLine.TypeConversionException("not a duration: '" + value + "' (try 90s, 15m, 2h)");
      }
    }
  }
}
