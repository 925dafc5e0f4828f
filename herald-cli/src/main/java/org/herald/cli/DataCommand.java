package org.herald.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.herald.ErrorCodes;
import org.herald.HeraldException;
import org.herald.stage.event.CameoTableBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code herald data}: rebuilds the versioned resources that are derived from public standards. */
@Command(name = "data", mixinStandardHelpOptions = true,
    description = "Rebuilds Herald's resources that are derived from public standards.",
    subcommands = {DataCommand.RebuildCameo.class})
final class DataCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

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
