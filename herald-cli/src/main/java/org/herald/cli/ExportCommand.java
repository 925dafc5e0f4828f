package org.herald.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.herald.ErrorCodes;
import org.herald.HeraldException;
import org.herald.store.EventCsv;
import org.herald.store.GdeltEvents;
import org.herald.store.Store;
import org.herald.store.StoreJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code herald export}: the stored events as GDELT 2.0 event rows, JSON Lines or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Exports the stored events, one per event however many articles report it, in id order.",
        "gdelt-events: GDELT 2.0 event export rows (61 tab-separated columns, no header) that GDELT tooling reads; "
            + "what Herald does not know (tone, ADM codes, feature ids) is empty; geo country codes are ISO 3166-1 "
            + "alpha-3, not GDELT's FIPS 10-4.",
        "jsonl: one JSON object per event with every report (article, trigger, sentence offsets).",
        "csv: one row per event with a header."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:exported", "1:the store or the output failed", "2:bad usage"})
final class ExportCommand extends ConsoleAware implements Callable<Integer> {
  /** Export formats. */
  enum Format {
    GDELT_EVENTS("gdelt-events"), JSONL("jsonl"), CSV("csv");

    private final String label;

    Format(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** Reads a format by its label. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.label.equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new CommandLine.TypeConversionException("unknown format '" + value
          + "': expected gdelt-events, jsonl or csv");
    }
  }

  @Mixin
  CommonOptions common;

  @Mixin
  StoreOptions stores;

  @Mixin
  FilterOptions filters;

  @Option(names = "--format", paramLabel = "FORMAT", required = true, converter = FormatConverter.class,
      description = "gdelt-events, jsonl or csv.")
  Format format;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "At most N events (default: all).")
  int limit;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE (whole or not at all: a temporary file renamed at the end) instead of standard "
          + "output.")
  Path output;

  @Override
  public Integer call() throws IOException {
    try (Store store = Store.openExisting(stores.storePath())) {
      if (output == null) {
        int n = write(store, console.out());
        console.err().println("herald: exported " + n + " events");
        return 0;
      }
      Path target = output.toAbsolutePath();
      Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
      try {
        int n;
        try (OutputStream file = Files.newOutputStream(tmp)) {
          n = write(store, file);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        console.err().println("herald: exported " + n + " events to " + output);
        return 0;
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (java.nio.file.NoSuchFileException e) {
      throw new HeraldException(ErrorCodes.OUTPUT, "cannot write " + output + ": no such folder", e);
    }
  }

  private int write(Store store, OutputStream sink) {
    int[] n = {0};
    try (PrintStream out = StoreOutput.buffered(sink)) {
      GdeltEvents gdelt = format == Format.GDELT_EVENTS ? GdeltEvents.bundled() : null;
      if (format == Format.CSV) {
        out.println(EventCsv.header());
      }
      store.eachEvent(filters.filter(limit), false, v -> {
        n[0]++;
        switch (format) {
          case GDELT_EVENTS -> out.print(gdelt.row(v) + "\n");
          case CSV -> out.print(EventCsv.row(v) + "\n");
          case JSONL -> StoreOutput.jsonLine(out, g -> StoreJson.write(v, store.reports(v.id()), g));
          default -> throw new IllegalStateException(format.name());
        }
      });
      out.flush();
      if (out.checkError()) {
        throw new HeraldException(ErrorCodes.OUTPUT, "cannot write the export (disk full, or the reader closed)");
      }
    }
    return n[0];
  }
}
