package org.herald.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
