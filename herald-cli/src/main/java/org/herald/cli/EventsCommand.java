package org.herald.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.herald.store.EventCsv;
import org.herald.store.Store;
import org.herald.store.StoreJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code herald events}: the stored events, newest first, each once however many articles report it. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"Lists stored events, newest first. Reports of one event in several articles (same source, "
        + "target and CAMEO code within a day) are one event; ARTS counts the articles."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:listed (even none)", "1:the store failed", "2:bad usage"})
final class EventsCommand extends ConsoleAware implements Callable<Integer> {
  /** How events are written. */
  enum Format { table, jsonl, csv }

  @Mixin
  CommonOptions common;

  @Mixin
  StoreOptions stores;

  @Mixin
  FilterOptions filters;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
      description = "At most N events (default 50; 0 for all).")
  int limit;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (default), jsonl or csv.")
  Format format;

  @Override
  public Integer call() {
    try (Store store = Store.openExisting(stores.storePath());
         PrintStream out = StoreOutput.buffered(console.out())) {
      int[] n = {0};
      if (format == Format.table) {
        out.println(StoreOutput.EVENT_HEADER);
      } else if (format == Format.csv) {
        out.println(EventCsv.header());
      }
      store.eachEvent(filters.filter(limit), true, v -> {
        n[0]++;
        switch (format) {
          case table -> out.println(StoreOutput.eventRow(v));
          case csv -> out.println(EventCsv.row(v));
          case jsonl -> StoreOutput.jsonLine(out, g -> StoreJson.write(v, null, g));
          default -> throw new IllegalStateException(format.name());
        }
      });
      out.flush();
      if (n[0] == 0) {
        console.err().println("herald: no stored event passes the filters");
      }
      return 0;
    }
  }
}
