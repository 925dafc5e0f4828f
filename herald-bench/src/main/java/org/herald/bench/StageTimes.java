package org.herald.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.herald.Herald;
import org.herald.model.Article;
import org.herald.model.RawDocument;
import org.herald.pipeline.Pipeline;
import org.herald.pipeline.Stage;
import org.herald.stage.clean.CleanStage;

/**
 * Where the pipeline's time goes: runs the full pipeline single-threaded over a corpus, stage by stage, and
 * charges each stage the CPU time of this thread while it ran. CPU time rather than wall time, so the split
 * holds on a busy machine, where JMH's wall-clock scores are noisy. Prints one line per stage: share of the
 * time, microseconds per article, and articles per CPU-second if the stage ran alone.
 *
 * <pre>
 * java -cp herald-bench/target/benchmarks.jar org.herald.bench.StageTimes --corpus ../shared/data/news/bbc/politics
 * </pre>
 *
 * <p>Options: {@code --corpus DIR} (required), {@code --limit N} articles, {@code --seconds S} of CPU time for the
 * warm-up and again for the measurement (default 10).
 */
public final class StageTimes {
  private StageTimes() {
  }

  public static void main(String[] args) {
    Path corpus = null;
    int limit = 0;
    double seconds = 10;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpus = Path.of(args[++i]);
        case "--limit" -> limit = Integer.parseInt(args[++i]);
        case "--seconds" -> seconds = Double.parseDouble(args[++i]);
        default -> {
          System.err.println("stage-times: unknown option " + args[i] + "; options: --corpus DIR [--limit N] [--seconds S]");
          System.exit(2);
        }
      }
    }
    if (corpus == null) {
      System.err.println("stage-times: --corpus DIR is required");
      System.exit(2);
    }
    List<RawDocument> docs = Corpus.load(corpus, limit);
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    CleanStage cleaner = new CleanStage();
    try (Pipeline pipeline = Herald.pipeline()) {
      List<Stage> stages = pipeline.stages();
      long budget = Math.round(seconds * 1e9);
      long[] nanos = new long[stages.size() + 1];
      long articles = 0;
      for (int round = 0; round < 2; round++) { // round 0 warms up, round 1 measures
        java.util.Arrays.fill(nanos, 0);
        articles = 0;
        long start = bean.getCurrentThreadCpuTime();
        do {
          for (RawDocument d : docs) {
            long t0 = bean.getCurrentThreadCpuTime();
            Article a = cleaner.clean(d);
            long t1 = bean.getCurrentThreadCpuTime();
            nanos[0] += t1 - t0;
            for (int s = 0; s < stages.size(); s++) {
              a = stages.get(s).apply(a);
              long t2 = bean.getCurrentThreadCpuTime();
              nanos[s + 1] += t2 - t1;
              t1 = t2;
            }
            articles++;
          }
        } while (bean.getCurrentThreadCpuTime() - start < budget);
      }
      long total = 0;
      for (long n : nanos) {
        total += n;
      }
      System.out.printf(Locale.ROOT, "%d articles, %.1f CPU-seconds in the stages: %.0f articles per CPU-second%n",
          articles, total / 1e9, articles / (total / 1e9));
      for (int s = 0; s <= stages.size(); s++) {
        String name = s == 0 ? "clean" : stages.get(s - 1).name();
        System.out.printf(Locale.ROOT, "%-10s %5.1f%%  %7.1f us/article  %8.0f articles per CPU-second alone%n",
            name, 100.0 * nanos[s] / total, nanos[s] / 1e3 / articles, articles / (nanos[s] / 1e9));
      }
    }
  }
}
