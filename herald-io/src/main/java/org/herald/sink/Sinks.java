package org.herald.sink;

import java.io.OutputStream;

/** Factories of sinks. */
public final class Sinks {
  private Sinks() {
  }

  /** JSON Lines on {@code out}; indented when {@code pretty}. Closing the sink does not close {@code out}. */
  public static Sink jsonLines(OutputStream out, boolean pretty) {
    return new JsonLinesSink(out, pretty);
  }
}
