package org.herald.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.herald.store.SearchHit;
import org.herald.store.Store;
import org.herald.store.StoreJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code herald search}: full-text search over the stored articles' titles and text. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Searches the stored articles' titles and text, best matches first, each with its best passage "
        + "(matches in [brackets]).",
        "QUERY: words (all must match), \"a phrase\", prefix* words, OR, NOT."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:searched (even with no match)", "1:the store failed", "2:bad usage"})
final class SearchCommand extends ConsoleAware implements Callable<Integer> {
  /** How search results are written. */
  enum Format { table, jsonl }

  @Mixin
  CommonOptions common;

  @Mixin
  StoreOptions stores;

  @Mixin
  FilterOptions filters;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N articles (default 20).")
  int limit;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (default) or jsonl.")
  Format format;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to look for.")
  List<String> query;

  @Override
  public Integer call() {
    try (Store store = Store.openExisting(stores.storePath());
         PrintStream out = StoreOutput.buffered(console.out())) {
      List<SearchHit> hits = store.search(String.join(" ", query), filters.filter(limit));
      for (SearchHit h : hits) {
        if (format == Format.jsonl) {
          StoreOutput.jsonLine(out, g -> StoreJson.write(h, g));
          continue;
        }
        out.println((h.published() == null ? "----------" : h.published()) + "  "
            + (h.title() == null ? "(untitled)" : h.title()) + "  [article " + h.articleId() + "]");
        out.println("            " + (h.url() != null ? h.url() : h.path() != null ? h.path() : ""));
        out.println("            " + h.snippet().replace('\n', ' '));
      }
      out.flush();
      if (hits.isEmpty()) {
        console.err().println("herald: no stored article matches");
      }
      return 0;
    }
  }
}
