package org.herald.cli;

/** The {@code herald} program. */
public final class Main {
  private Main() {
  }

  public static void main(String[] args) {
    System.exit(HeraldCommand.run(args, Console.system()));
  }
}
