package org.herald.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The streams a command talks to, so tests can run commands in-process and assert stdout, stderr and the exit
 * code.
 *
 * @param out standard output (data)
 * @param err standard error (messages, progress)
 * @param in standard input
 * @param interactive whether stderr is a terminal (progress bars) rather than a log
 */
public record Console(PrintStream out, PrintStream err, InputStream in, boolean interactive) {
  /** The process's own streams. */
  public static Console system() {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
        StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
        StandardCharsets.UTF_8);
    return new Console(out, err, System.in, System.console() != null);
  }

  /** Streams for tests. */
  public static Console of(OutputStream out, OutputStream err, InputStream in) {
    return new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), in, false);
  }
}
