package org.herald.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.herald.ErrorCodes;
import org.herald.HeraldException;
import org.herald.data.DataFolder;
import org.herald.data.GeoNames;
import org.herald.source.FetchOptions;
import org.herald.source.Fetched;
import org.herald.source.Fetcher;
import org.herald.stage.event.CameoTableBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code herald data}: rebuilds the versioned resources that are derived from public standards. */
@Command(name = "data", mixinStandardHelpOptions = true,
    description = {"Rebuilds Herald's resources that are derived from public standards, and installs optional data "
        + "(a full gazetteer) into the user's data folder."},
    subcommands = {DataCommand.RebuildCameo.class, DataCommand.Install.class})
final class DataCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code herald data install}: optional data for the user's data folder. */
  @Command(name = "install", mixinStandardHelpOptions = true,
      description = "Installs optional data into the user's data folder ($HERALD_DATA, $XDG_DATA_HOME/herald or "
          + "~/.local/share/herald), where the pipeline reads it before its bundled resources.",
      subcommands = {Geonames.class})
  static final class Install implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(spec.commandLine().getOut());
    }
  }

  /** {@code herald data install geonames}. */
  @Command(name = "geonames", mixinStandardHelpOptions = true,
      description = {"Installs the GeoNames cities gazetteer, so places beyond the bundled countries and major "
          + "cities get their country and coordinates. Downloads it (politely: robots.txt, a size limit) or takes a "
          + "local copy of a GeoNames cities file (.txt, .txt.gz or .zip).",
          "Example: herald data install geonames --from cities15000.zip"})
  static final class Geonames extends ConsoleAware implements Callable<Integer> {
    @Option(names = "--from", paramLabel = "FILE", description = "A local GeoNames cities file instead of downloading.")
    Path from;

    @Option(names = "--url", paramLabel = "URL", description = "Where to download it from (default: ${DEFAULT-VALUE}).")
    String url = GeoNames.DEFAULT_URL;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "The data folder (default: the user's).")
    Path dataDir;

    @Override
    public Integer call() throws IOException {
      DataFolder folder = dataDir != null ? new DataFolder(dataDir) : DataFolder.current();
      String name;
      byte[] bytes;
      if (from != null) {
        if (!Files.isRegularFile(from)) {
          throw new HeraldException(ErrorCodes.INPUT_MISSING, "no such file: " + from);
        }
        if (Files.size(from) > MAX_BYTES) {
          throw new HeraldException(ErrorCodes.INPUT_TOO_LARGE, from + " is larger than a GeoNames cities file ("
              + Files.size(from) / (1 << 20) + " MB)");
        }
        name = from.getFileName().toString();
        bytes = Files.readAllBytes(from);
      } else {
        console.err().println("herald: downloading " + url);
        Fetcher fetcher = new Fetcher(FetchOptions.defaults().withMaxBytes(MAX_BYTES));
        Fetched f = fetcher.fetch(Fetcher.parse(url));
        name = f.uri().getPath();
        bytes = f.body();
      }
      GeoNames.Installed done = GeoNames.install(name, bytes, folder);
      console.err().println("herald: installed " + done.places() + " places into " + done.file()
          + (done.skipped() > 0 ? " (" + done.skipped() + " rows skipped)" : ""));
      return 0;
    }
  }

  private static final long MAX_BYTES = 512L << 20;

  /** {@code herald data rebuild-cameo}. */
  @Command(name = "rebuild-cameo", mixinStandardHelpOptions = true,
      description = {"Rebuilds the CAMEO table (codes, Goldstein scores, quad classes, PLOVER types and modes) "
          + "from the public CAMEO event code list, the Goldstein scale and the CAMEO-to-PLOVER table.",
          "Example: herald data rebuild-cameo --codes CAMEO.eventcodes.txt --goldstein CAMEO.goldsteinscale.txt "
              + "--plover CAMEO2PLOVER-2021.txt --out herald-core/src/main/resources/org/herald/resources/cameo-v1.tsv"})
  static final class RebuildCameo extends ConsoleAware implements Callable<Integer> {
    @Option(names = "--codes", required = true, paramLabel = "FILE", description = "CAMEO event code list.")
    Path codes;

    @Option(names = "--goldstein", required = true, paramLabel = "FILE", description = "Goldstein scale, code TAB score.")
    Path goldstein;

    @Option(names = "--plover", required = true, paramLabel = "FILE", description = "CAMEO-to-PLOVER table.")
    Path plover;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the table.")
    Path out;

    @Override
    public Integer call() throws IOException {
      for (Path p : new Path[] {codes, goldstein, plover}) {
        if (!Files.isRegularFile(p)) {
          throw new HeraldException(ErrorCodes.INPUT_MISSING, "no such file: " + p);
        }
      }
      try {
        int n = CameoTableBuilder.rebuild(codes, goldstein, plover, out);
        console.err().println("herald: wrote " + n + " CAMEO codes to " + out);
        return 0;
      } catch (IllegalArgumentException e) {
        throw new HeraldException(ErrorCodes.INPUT_UNREADABLE, "cannot build the CAMEO table: " + e.getMessage());
      }
    }
  }
}
