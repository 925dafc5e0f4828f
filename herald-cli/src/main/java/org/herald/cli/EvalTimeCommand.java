package org.herald.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.herald.ErrorCodes;
import org.herald.Herald;
import org.herald.HeraldException;
import org.herald.eval.Prf;
import org.herald.eval.TimeMlDocument;
import org.herald.eval.TimeMlReader;
import org.herald.eval.TimeMlTimex;
import org.herald.eval.TimexScorer;
import org.herald.model.Article;
import org.herald.pipeline.Pipeline;
import org.herald.pipeline.Resources;
import org.herald.stage.date.DateStage;
import org.herald.stage.date.TimeExpression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code herald eval time}: TempEval-3 scores of the date stage on a folder of TimeML files. */
@Command(name = "time", mixinStandardHelpOptions = true,
    description = {"Runs the date stage on the TEXT of each TimeML file (.tml) in a folder, with the document's "
        + "creation time as the publication date, and compares it with the gold TIMEX3s: value F1 (overlap and "
        + "equal value), strict extent F1 (same offsets) and relaxed extent F1 (overlap). Prints one line per "
        + "document, then",
        "  time value_f1=… strict_f1=… relaxed_f1=…",
        "A file that cannot be read is reported on stderr in one line and skipped."})
final class EvalTimeCommand extends ConsoleAware implements Callable<Integer> {
  @Option(names = "--timeml", required = true, paramLabel = "DIR",
      description = "Folder of TimeML files (.tml), searched recursively, or one file.")
  Path timeml;

  @Option(names = "--errors", description = "Also print each miss, false alarm, extent and value error.")
  boolean errors;

  @Override
  public Integer call() throws IOException {
    List<Path> files = files();
    TimexScorer scorer = new TimexScorer();
    int read = 0;
    try (Pipeline pipeline = Herald.pipelineFor(Resources.classpath(), DateStage.TIMEX)) {
      for (Path f : files) {
        TimeMlDocument doc;
        try {
          doc = TimeMlReader.read(f);
        } catch (TimeMlReader.TimeMlException | IOException e) {
          console.err().println("herald: eval time: " + f + ": " + e.getMessage());
          continue;
        }
        read++;
        Article article = Article.builder(doc.id(), doc.text()).published(doc.created()).build();
        List<TimeExpression> found = pipeline.apply(article).layer(DateStage.TIMEX);
        List<TimexScorer.Item> gold = new ArrayList<>();
        for (TimeMlTimex t : doc.timexes()) {
          gold.add(new TimexScorer.Item(t.start(), t.end(), t.value()));
        }
        List<TimexScorer.Item> predicted = new ArrayList<>();
        for (TimeExpression t : found) {
          predicted.add(new TimexScorer.Item(t.start(), t.end(), t.value()));
        }
        TimexScorer.Scores s = scorer.add(gold, predicted);
        console.out().printf(Locale.ROOT, "%-32s gold=%-3d predicted=%-3d value_f1=%.4f strict_f1=%.4f relaxed_f1=%.4f%n",
            doc.id(), gold.size(), predicted.size(), s.value().f1(), s.strict().f1(), s.relaxed().f1());
        if (errors) {
          printErrors(doc, found, s);
        }
      }
    }
    if (read == 0) {
      throw new HeraldException(ErrorCodes.INPUT_EMPTY, "no readable TimeML file in " + timeml);
    }
    console.out().println(line("value", scorer.value()));
    console.out().println(line("strict", scorer.strict()));
    console.out().println(line("relaxed", scorer.relaxed()));
    console.out().printf(Locale.ROOT, "time value_f1=%.4f strict_f1=%.4f relaxed_f1=%.4f%n", scorer.value().f1(),
        scorer.strict().f1(), scorer.relaxed().f1());
    return 0;
  }

  private List<Path> files() throws IOException {
    if (!Files.exists(timeml)) {
      throw new HeraldException(ErrorCodes.INPUT_MISSING, "no such file or folder: " + timeml);
    }
    if (Files.isRegularFile(timeml)) {
      return List.of(timeml);
    }
    try (Stream<Path> s = Files.walk(timeml)) {
      List<Path> out = s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".tml"))
          .sorted().toList();
      if (out.isEmpty()) {
        throw new HeraldException(ErrorCodes.INPUT_EMPTY, "no .tml file in " + timeml);
      }
      return out;
    }
  }

  private void printErrors(TimeMlDocument doc, List<TimeExpression> found, TimexScorer.Scores s) {
    for (TimexScorer.Pair p : s.pairs()) {
      TimeMlTimex g = p.gold() >= 0 ? doc.timexes().get(p.gold()) : null;
      TimeExpression t = p.predicted() >= 0 ? found.get(p.predicted()) : null;
      String kind;
      if (t == null) {
        kind = "MISS";
      } else if (g == null) {
        kind = "FALSE";
      } else if (p.sameSpan() && p.sameValue()) {
        continue;
      } else {
        kind = (p.sameSpan() ? "" : "EXTENT") + (p.sameValue() ? "" : (p.sameSpan() ? "" : "+") + "VALUE");
      }
      console.out().printf(Locale.ROOT, "  %-12s gold=%s pred=%s | %s%n", kind,
          g == null ? "-" : "[" + flat(g.text()) + "] " + g.type() + " " + g.value(),
          t == null ? "-" : "[" + flat(t.text()) + "] " + t.type() + " " + t.value(),
          context(doc.text(), g != null ? g.start() : t.start(), g != null ? g.end() : t.end()));
    }
  }

  private static String context(String text, int start, int end) {
    int a = Math.max(0, start - 40);
    int b = Math.min(text.length(), end + 40);
    return flat(text.substring(a, start)) + "<<" + flat(text.substring(start, end)) + ">>" + flat(text.substring(end, b));
  }

  private static String flat(String s) {
    return s.replace('\n', ' ');
  }

  private static String line(String what, Prf p) {
    return String.format(Locale.ROOT, "%-8s p=%.4f r=%.4f f1=%.4f  (correct %d, predicted %d, gold %d)", what,
        p.precision(), p.recall(), p.f1(), p.truePositives(), p.predicted(), p.gold());
  }
}
