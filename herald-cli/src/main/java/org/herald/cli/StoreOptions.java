package org.herald.cli;

import java.nio.file.Path;
import org.herald.store.Store;
import picocli.CommandLine.Option;

/** The {@code --store} flag of the commands that read or write the embedded store. */
public final class StoreOptions {
  @Option(names = "--store", paramLabel = "PATH",
      description = "The store file (default: $XDG_DATA_HOME/herald/herald.db or ~/.local/share/herald/herald.db).")
  Path store;

  /** The store file this run uses: {@code --store}, else the user's data folder. */
  Path storePath() {
    return store != null ? store : Store.defaultPath(System.getenv(), System.getProperty("user.home"));
  }
}
