package org.herald.cli;

/** A command that writes to the {@link Console} the CLI gives it, not to System.out, so tests can capture it. */
abstract class ConsoleAware {
  /** The streams this command talks to; set before it runs. */
  protected Console console;

  final void console(Console console) {
    this.console = console;
  }
}
