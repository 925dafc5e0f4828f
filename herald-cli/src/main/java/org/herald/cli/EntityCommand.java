package org.herald.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.herald.store.EntityProfile;
import org.herald.store.LinkedEvent;
import org.herald.store.Store;
import org.herald.store.StoreJson;
import org.herald.store.StoredQuote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code herald entity}: one person, organisation or place across the stored articles. */
@Command(name = "entity", mixinStandardHelpOptions = true,
    description = {"Shows a person, organisation or place across the stored articles: roles, quotations and events. "
        + "Articles are joined by canonical name and country; a single word also finds people by last name."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:found", "1:nothing of that name is stored, or the store failed", "2:bad usage"})
final class EntityCommand extends ConsoleAware implements Callable<Integer> {
  /** How profiles are written. */
  enum Format { text, json }

  private static final int QUOTE_CHARS = 100;

  @Mixin
  CommonOptions common;

  @Mixin
  StoreOptions stores;

  @Option(names = "--country", paramLabel = "ISO3", description = "Only the one of this country.")
  String country;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
      description = "At most N quotations and N events each (default 10).")
  int limit;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
  Format format;

  @Parameters(arity = "1..*", paramLabel = "NAME", description = "The name, such as \"Vladimir Putin\" or Putin.")
  List<String> name;

  @Override
  public Integer call() {
    String wanted = String.join(" ", name);
    try (Store store = Store.openExisting(stores.storePath());
         PrintStream out = StoreOutput.buffered(console.out())) {
      List<EntityProfile> profiles = store.entity(wanted, country, Math.max(limit, 0));
      if (profiles.isEmpty()) {
        console.err().println("herald: no person, organisation or place called '" + wanted + "' is stored");
        return 1;
      }
      for (EntityProfile p : profiles) {
        if (format == Format.json) {
          StoreOutput.jsonLine(out, g -> StoreJson.write(p, g));
        } else {
          print(p, out);
        }
      }
      out.flush();
      return 0;
    }
  }

  private static void print(EntityProfile p, PrintStream out) {
    out.println("== " + p.name() + (p.country() == null ? "" : " (" + p.country() + ")") + " - " + p.type()
        + ", in " + p.articles() + (p.articles() == 1 ? " article" : " articles")
        + (p.firstSeen() == null ? "" : ", " + p.firstSeen() + " to " + p.lastSeen()));
    if (!p.roles().isEmpty()) {
      out.println("  Roles: " + p.roles().entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
          .collect(Collectors.joining("; ")));
    }
    out.println("  Quotations: " + (p.quoteCount() == 0 ? "none" : p.quoteCount()
        + (p.quoteCount() > p.quotes().size() ? " (newest " + p.quotes().size() + ")" : "")));
    for (StoredQuote q : p.quotes()) {
      String text = StoreOutput.cut(q.text().replace('\n', ' '), QUOTE_CHARS);
      out.println("    " + (q.published() == null ? "----------" : q.published()) + "  "
          + (q.direct() ? "\u201c" + text + "\u201d" : "(reported) " + text)
          + (q.title() == null ? "" : "  - " + q.title()));
    }
    out.println("  Events: " + (p.eventCount() == 0 ? "none" : p.eventCount() + " reports"
        + (p.events().isEmpty() ? "" : ", newest events:")));
    for (LinkedEvent v : p.events()) {
      out.println("    " + StoreOutput.eventRow(v));
    }
    out.println();
  }
}
