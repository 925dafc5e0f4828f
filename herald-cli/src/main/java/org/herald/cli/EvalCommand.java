package org.herald.cli;

import picocli.CommandLine.Command;

/** {@code herald eval}: scores Herald against public gold data; each subcommand prints a figure line last. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Scores Herald against public gold data. Each evaluation prints its details, then one figure "
        + "line last (for example 'ner f1=0.7350 p=… r=… tokens_per_s=…') that CI compares with its bar."},
    subcommands = {EvalNerCommand.class, EvalTimeCommand.class, EvalQuotesCommand.class, EvalEventsCommand.class,
        EvalHtmlCommand.class, EvalSyntaxCommand.class})
final class EvalCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
