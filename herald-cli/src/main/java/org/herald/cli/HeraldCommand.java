package org.herald.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.herald.HeraldException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: lists the commands and gives help and version. */
@Command(name = "herald",
    mixinStandardHelpOptions = true,
    versionProvider = HeraldCommand.Version.class,
    description = "Reads the news and turns it into event data: entities, quotations, dates and events.",
    subcommands = {DemoCommand.class, ExtractCommand.class, IngestCommand.class, WatchCommand.class,
        SearchCommand.class, EventsCommand.class, EntityCommand.class, StatsCommand.class, ExportCommand.class,
        TagCommand.class, EvalCommand.class, BenchCommand.class, TrainCommand.class, DataCommand.class, ServeCommand.class},
    footer = {"", "Also run by the launcher script:",
        "  test      Runs the whole test suite with Maven (./herald test).",
        "", "Run 'herald COMMAND --help' for a command's options."})
public final class HeraldCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Runs the CLI with {@code args} on {@code console} and returns the exit code: 0 success, 1 failure, 2 usage.
   */
  public static int run(String[] args, Console console) {
    CommandLine cli = new CommandLine(new HeraldCommand(), new Factory(console));
    cli.setOut(new PrintWriter(console.out(), true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(console.err(), true, StandardCharsets.UTF_8));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler((ex, a) -> {
      console.err().println("herald: " + ex.getMessage());
      CommandLine c = ex.getCommandLine();
      console.err().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
      return 2;
    });
    cli.setExecutionExceptionHandler((ex, c, parsed) -> {
      boolean debug = java.util.Arrays.asList(args).contains("--debug");
      if (ex instanceof HeraldException h) {
        console.err().println("herald: " + h.getMessage() + " [" + h.code() + "]");
      } else {
        console.err().println("herald: internal error: " + ex + (debug ? "" : " (run with --debug for details)"));
      }
      if (debug) {
        ex.printStackTrace(console.err());
      }
      return ex instanceof HeraldException h && h.code().startsWith("H-USAGE") ? 2 : 1;
    });
    return cli.execute(args);
  }

  /** Makes commands that know the console. */
  private record Factory(Console console) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (ConsoleAware.class.isAssignableFrom(cls)) {
        K k = cls.getDeclaredConstructor().newInstance();
        ((ConsoleAware) k).console(console);
        return k;
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }

  /** The version from the jar manifest, or "development". */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = HeraldCommand.class.getPackage().getImplementationVersion();
      return new String[] {"herald " + (v == null ? "0.1.0-SNAPSHOT" : v) + " (output schema herald/1)"};
    }
  }
}
