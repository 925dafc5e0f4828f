package org.herald.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.herald.store.Store;
import org.herald.store.StoreJson;
import org.herald.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code herald stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Shows what the store holds: articles, entities, quotations, dates and events, the publication "
        + "range, and the most frequent event types, actors and countries.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:shown", "1:the store failed", "2:bad usage"})
final class StatsCommand extends ConsoleAware implements Callable<Integer> {
  /** How statistics are written. */
  enum Format { text, json }

  @Mixin
  CommonOptions common;

  @Mixin
  StoreOptions stores;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
  Format format;

  @Override
  public Integer call() {
    try (Store store = Store.openExisting(stores.storePath());
         PrintStream out = StoreOutput.buffered(console.out())) {
      StoreStats s = store.stats();
      if (format == Format.json) {
        StoreOutput.jsonLine(out, g -> StoreJson.write(s, g));
      } else {
        out.println("Store       " + s.path() + " (schema " + s.schemaVersion() + ", "
            + String.format("%.1f MB", s.bytes() / 1e6) + ")");
        out.println("Articles    " + s.articles() + (s.firstPublished() == null ? ""
            : ", published " + s.firstPublished() + " to " + s.lastPublished()));
        out.println("Entities    " + s.entities());
        out.println("Quotations  " + s.quotes());
        out.println("Dates       " + s.dates());
        out.println("Events      " + s.events() + " (" + s.reports() + " reports)");
        out.println("Types       " + counts(s.types()));
        out.println("Actors      " + counts(s.actors()));
        out.println("Countries   " + counts(s.countries()));
      }
      out.flush();
      return 0;
    }
  }

  private static String counts(Map<String, Long> m) {
    return m.isEmpty() ? "-" : m.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
