package org.herald.cli;

import picocli.CommandLine.Option;

/** Flags every command shares. */
public final class CommonOptions {
  @Option(names = "--debug", description = "Print stack traces of errors.")
  boolean debug;

  @Option(names = {"-v", "--verbose"}, description = "Report each article on standard error.")
  boolean verbose;

}
