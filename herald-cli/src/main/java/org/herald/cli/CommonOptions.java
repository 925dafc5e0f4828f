package org.herald.cli;

import java.nio.file.Path;
import org.herald.store.Store;
import picocli.CommandLine.Option;

/** Flags every command shares. */
public final class CommonOptions {
  @Option(names = "--debug", description = "Print stack traces of errors.")
  boolean debug;

  @Option(names = {"-v", "--verbose"}, description = "Report each article on standard error.")
  boolean verbose;

  @Option(names = "--store", paramLabel = "PATH",
      description = "The store file (default: $XDG_DATA_HOME/herald/herald.db or ~/.local/share/herald/herald.db).")
  Path store;

  /** The store file this run uses: {@code --store}, else the user's data folder. */
  Path storePath() {
    return store != null ? store : Store.defaultPath(System.getenv(), System.getProperty("user.home"));
  }
}
