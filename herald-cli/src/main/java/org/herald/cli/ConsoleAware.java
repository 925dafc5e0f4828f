package org.herald.cli;

/** A command that writes to a {@link Console} given by the CLI, not to System.out. */
interface ConsoleAware {
  void console(Console console);
}
