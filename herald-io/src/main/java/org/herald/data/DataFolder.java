package org.herald.data;

import java.nio.file.Path;
import java.util.Map;
import org.herald.pipeline.Resources;

/**
 * The user's data folder for Herald: {@code $HERALD_DATA} when set, else {@code $XDG_DATA_HOME/herald}, else
 * {@code ~/.local/share/herald} (as the XDG base directory spec says; a relative {@code XDG_DATA_HOME} is ignored).
 * It holds the default store ({@code herald.db}) and, under {@code resources/}, data installed by
 * {@code herald data install} that the pipeline reads before its bundled resources.
 *
 * @param root the folder (not created here)
 */
public record DataFolder(Path root) {
  /**
   * The folder of this process: the system property {@code herald.data} when set (for programs embedding Herald,
   * and tests), else from the environment.
   */
  public static DataFolder current() {
    String prop = System.getProperty("herald.data");
    if (prop != null && !prop.isBlank()) {
      return new DataFolder(Path.of(prop));
    }
    return of(System.getenv(), System.getProperty("user.home"));
  }

  /** The folder that {@code env} and home folder {@code home} give. */
  public static DataFolder of(Map<String, String> env, String home) {
    String own = env.get("HERALD_DATA");
    if (own != null && !own.isBlank()) {
      return new DataFolder(Path.of(own));
    }
    String xdg = env.get("XDG_DATA_HOME");
    Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
        ? Path.of(xdg) : Path.of(home, ".local", "share");
    return new DataFolder(base.resolve("herald"));
  }

  /** The default store file. */
  public Path store() {
    return root.resolve("herald.db");
  }

  /** The folder of installed resources, read before the bundled ones. */
  public Path resources() {
    return root.resolve("resources");
  }

  /** The pipeline's resources: installed ones first, then those bundled in Herald's jar. */
  public Resources pipelineResources() {
    return Resources.layered(resources(), Resources.classpath());
  }
}
