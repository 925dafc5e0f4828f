package org.herald.cli;

/**
 * Shows how far a batch has got: a counter redrawn in place on a terminal, nothing per item in a log (a log
 * gets the summary line the command prints at the end). Not thread-safe.
 */
final class Progress {
  private final Console console;
  private final String unit;
  private final long started = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  Progress(Console console, String unit) {
    this.console = console;
    this.unit = unit;
  }

  void step(int count) {
    if (!console.interactive()) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw < 100_000_000L) {
      return; // redraw at most ten times a second
    }
    lastDraw = now;
    double seconds = (now - started) / 1e9;
    console.err().print("\r" + count + " " + unit + String.format(" (%.0f/s)", count / Math.max(seconds, 1e-3)));
    console.err().flush();
    drawn = true;
  }

  void finish() {
    if (drawn) {
      console.err().print("\r\033[K");
      console.err().flush();
    }
  }
}
