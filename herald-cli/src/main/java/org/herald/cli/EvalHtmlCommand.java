package org.herald.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.herald.eval.HtmlBenchmark;
import org.herald.eval.HtmlScorer;
import org.herald.model.Article;
import org.herald.model.MediaType;
import org.herald.model.RawDocument;
import org.herald.stage.clean.CleanStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code herald eval html}: how well the clean stage finds article bodies in saved web pages. */
@Command(name = "html", mixinStandardHelpOptions = true,
    description = {"Runs the clean stage on each page of an article-extraction benchmark (ground-truth.json with "
        + "html/ID.html.gz, or Readability-style folders with source.html and expected.html) and scores the "
        + "extracted body against the gold one: 4-token shingles, per-page precision and recall averaged over "
        + "pages, as the benchmark does; also the looser bag-of-words figure. Last line:",
        "  html f1=… p=… r=…"})
final class EvalHtmlCommand extends ConsoleAware implements Callable<Integer> {
  @Option(names = "--benchmark", required = true, paramLabel = "DIR", description = "The benchmark folder.")
  Path benchmark;

  @Option(names = "--pages", description = "Print each page's precision and recall, worst first.")
  boolean pages;

  @Option(names = "--show", paramLabel = "ID", description = "Print the text extracted from page ID and its gold text.")
  String show;

  @Override
  public Integer call() {
    List<HtmlBenchmark.Page> all = HtmlBenchmark.read(benchmark);
    CleanStage clean = new CleanStage();
    HtmlScorer scorer = new HtmlScorer();
    List<String> lines = new java.util.ArrayList<>();
    long start = System.nanoTime();
    for (HtmlBenchmark.Page page : all) {
      RawDocument raw = new RawDocument(page.id(), null, null, null, null, page.html(), MediaType.HTML, List.of());
      Article article = clean.clean(raw);
      HtmlScorer.PageScore s = scorer.add(page.gold(), article.text());
      if (page.id().equals(show)) {
        console.out().println("== extracted (title: " + article.title() + ", published: " + article.published()
            + ", url: " + article.url() + ", language: " + article.language() + ")");
        console.out().println(article.text());
        console.out().println("== gold");
        console.out().println(page.gold());
      }
      double f = s.precision() + s.recall() == 0 ? 0 : 2 * s.precision() * s.recall() / (s.precision() + s.recall());
      lines.add(String.format(Locale.ROOT, "%.4f p=%.4f r=%.4f %s", f, s.precision(), s.recall(), page.id()));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (pages) {
      lines.stream().sorted().forEach(console.out()::println);
    }
    console.out().printf(Locale.ROOT, "pages=%d words: f1=%.4f p=%.4f r=%.4f  pages_per_s=%.1f%n", scorer.pages(),
        scorer.wordF1(), scorer.wordPrecision(), scorer.wordRecall(), scorer.pages() / Math.max(seconds, 1e-9));
    console.out().printf(Locale.ROOT, "html f1=%.4f p=%.4f r=%.4f%n", scorer.f1(), scorer.precision(),
        scorer.recall());
    return 0;
  }
}
