package org.herald.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.herald.ErrorCodes;
import org.herald.Herald;
import org.herald.HeraldException;
import org.herald.eval.PolnearArticle;
import org.herald.eval.PolnearReader;
import org.herald.eval.QuoteScorer;
import org.herald.model.Article;
import org.herald.pipeline.Pipeline;
import org.herald.pipeline.Resources;
import org.herald.stage.name.NameStage;
import org.herald.stage.quote.QuoteStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code herald eval quotes}: scores the quote stage against PolNeAR gold attributions (issue 5). */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = {"Runs the pipeline up to quotes on each article of a PolNeAR split folder (text/ and "
        + "attributions/; where several annotators marked an article, the one whose id sorts first) and prints "
        + "detection and speaker figures for direct quotations (gold content in or beside quote marks) and "
        + "reported speech (the rest), then",
        "  quotes recall=… precision=… speaker_acc=… reported_recall=… reported_speaker_acc=…",
        "the first three for direct quotations."})
final class EvalQuotesCommand extends ConsoleAware implements Callable<Integer> {
  @Option(names = "--polnear", required = true, paramLabel = "DIR",
      description = "A PolNeAR split folder (for example polnear/dev) holding text/ and attributions/.")
  Path dir;

  @Option(names = "--errors", description = "Also print one line per miss, false alarm and wrong speaker.")
  boolean errors;

  @Override
  public Integer call() throws IOException {
    List<PolnearArticle> articles;
    try {
      articles = PolnearReader.read(dir);
    } catch (NoSuchFileException e) {
      throw new HeraldException(ErrorCodes.INPUT_MISSING, "no PolNeAR split at " + dir
          + " (expected text/ and attributions/ folders)");
    } catch (java.nio.charset.MalformedInputException e) {
      throw new HeraldException(ErrorCodes.INPUT_UNREADABLE, dir + " holds a file that is not UTF-8");
    }
    if (articles.isEmpty()) {
      throw new HeraldException(ErrorCodes.INPUT_EMPTY, dir + " holds no annotated article");
    }
    QuoteScorer scorer = new QuoteScorer(errors);
    long nanos = 0;
    try (Pipeline pipeline = Herald.pipelineFor(Resources.classpath(), QuoteStage.QUOTES)) {
      for (PolnearArticle p : articles) {
        // Built from the raw text, not cleaned, so that the gold offsets index Herald's text unchanged.
        Article in = Article.builder(p.name(), p.text()).published(p.published()).build();
        long start = Measure.threadCpuNanos();
        Article out = pipeline.apply(in);
        nanos += Measure.threadCpuNanos() - start;
        scorer.add(p, out.layer(QuoteStage.QUOTES), out.layer(NameStage.ENTITIES));
      }
    }
    for (String line : scorer.errors()) {
      console.out().println(line);
    }
    QuoteScorer.Counts d = scorer.direct();
    QuoteScorer.Counts r = scorer.reported();
    var out = console.out();
    out.printf(Locale.ROOT, "articles %d (%.1f articles/s, single thread, no warm-up)%n", articles.size(),
        articles.size() / Math.max(1e-9, nanos / 1e9));
    out.printf(Locale.ROOT, "direct    gold %d, found %d: recall %.4f; predicted %d, correct %d: precision %.4f%n",
        d.gold(), d.found(), d.recall(), scorer.directPredicted(), scorer.directPredictedCorrect(),
        scorer.directPrecision());
    out.printf(Locale.ROOT, "direct    speaker right %d of %d found with a gold source: %.4f%n",
        d.speakerCorrect(), d.judged(), d.speakerAccuracy());
    out.printf(Locale.ROOT, "reported  gold %d, found %d: recall %.4f; predicted %d, overlapping a gold content %d: "
        + "precision %.4f%n", r.gold(), r.found(), r.recall(), scorer.reportedPredicted(),
        scorer.reportedPredictedCorrect(), scorer.reportedPrecision());
    out.printf(Locale.ROOT, "reported  speaker right %d of %d found with a gold source: %.4f%n",
        r.speakerCorrect(), r.judged(), r.speakerAccuracy());
    out.printf(Locale.ROOT, "stricter  half the gold content covered: direct recall %.4f, reported recall %.4f%n",
        d.recallHalf(), r.recallHalf());
    out.printf(Locale.ROOT, "quotes recall=%.4f precision=%.4f speaker_acc=%.4f reported_recall=%.4f "
        + "reported_speaker_acc=%.4f%n", d.recall(), scorer.directPrecision(), d.speakerAccuracy(), r.recall(),
        r.speakerAccuracy());
    return 0;
  }
}
