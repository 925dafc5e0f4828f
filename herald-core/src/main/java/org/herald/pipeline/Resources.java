package org.herald.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herald.ErrorCodes;
import org.herald.HeraldException;

/**
 * Where stages find their dictionaries and models, by versioned name such as {@code actors-v1.tsv}. The default
 * reads them from the classpath folder {@code /org/herald/resources/}. Thread-safe.
 */
@FunctionalInterface
public interface Resources {
  /**
   * Opens resource {@code name}.
   *
   * @throws HeraldException with {@link ErrorCodes#RESOURCE} when it is missing
   */
  InputStream open(String name);

  /** The resources bundled in Herald's jar. */
  static Resources classpath() {
    return name -> {
      InputStream in = Resources.class.getResourceAsStream("/org/herald/resources/" + name);
      if (in == null) {
        throw new HeraldException(ErrorCodes.RESOURCE, "missing bundled resource " + name);
      }
      return in;
    };
  }

  /**
   * Resources read from folder {@code dir} when it has a file of that name, else from {@code fallback}: data a
   * user installed (a full gazetteer) beside the bundled resources. Names with a path separator or {@code ..} are
   * refused.
   */
  static Resources layered(Path dir, Resources fallback) {
    java.util.Objects.requireNonNull(dir, "dir");
    java.util.Objects.requireNonNull(fallback, "fallback");
    return name -> {
      if (name.contains("/") || name.contains("\\") || name.contains("..")) {
        throw new HeraldException(ErrorCodes.RESOURCE, "bad resource name " + name);
      }
      Path p = dir.resolve(name);
      if (Files.isRegularFile(p)) {
        try {
          return Files.newInputStream(p);
        } catch (IOException e) {
          throw new HeraldException(ErrorCodes.RESOURCE, "cannot read resource " + p + ": " + e.getMessage(), e);
        }
      }
      return fallback.open(name);
    };
  }

  /**
   * The lines of optional resource {@code name} (as {@link #lines}), or an empty list when there is none: data a
   * user may install, such as the GeoNames gazetteer.
   */
  default List<String> optionalLines(String name) {
    try {
      open(name).close();
    } catch (HeraldException e) {
      if (ErrorCodes.RESOURCE.equals(e.code())) {
        return List.of();
      }
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("reading resource " + name, e);
    }
    return lines(name);
  }

  /**
   * The lines of a UTF-8 text resource, without blank lines and {@code #} comment lines, trimmed of trailing
   * whitespace.
   */
  default List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String s = line.stripTrailing();
        if (!s.isBlank() && !s.stripLeading().startsWith("#")) {
          out.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading resource " + name, e);
    }
    return out;
  }
}
