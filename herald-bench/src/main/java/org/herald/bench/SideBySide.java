package org.herald.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.ling.CoreAnnotations;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.herald.Herald;
import org.herald.model.Article;
import org.herald.model.RawDocument;
import org.herald.pipeline.Pipeline;
import org.herald.stage.clean.CleanStage;

/**
 * Herald against Stanford CoreNLP in one JVM run on the same articles (issue 9): CoreNLP with
 * {@code tokenize,ssplit,pos,lemma,ner}, single-threaded, on Herald's clean text, then Herald's full pipeline,
 * single-threaded, on the raw articles. Each side is warmed up, then timed in a few rounds (CoreNLP one pass over
 * the articles per round, Herald whole passes for a few CPU-seconds), and each side's figure is its best round, as
 * {@link NerSideBySide} does: a slow stretch of a shared machine then lowers one round, not the figure. Prints each
 * round and, last, {@code ratio herald_vs_corenlp=… herald_articles_per_s=… corenlp_articles_per_s=…
 * herald_vs_corenlp_cpu=…}.
 *
 * <pre>
 * mvn -q -pl herald-bench -am -DskipTests package
 * java -Xmx4g -cp "herald-bench/target/classes:$(cat herald-bench/target/classpath.txt)" \
 *     org.herald.bench.SideBySide --corpus ../shared/data/news/bbc/politics --limit 40
 * </pre>
 *
 * <p>Options: {@code --corpus DIR} (required), {@code --limit N} articles (0: all, the default),
 * {@code --corenlp-warmup N} articles CoreNLP processes before timing (default 5), {@code --warmup-seconds S} of CPU
 * time for Herald's warm-up (default 5), {@code --seconds S} for each of Herald's rounds (default 3),
 * {@code --rounds N} for each side (default 3),
 * {@code --skip-corenlp} to time Herald alone.
 */
public final class SideBySide {
  private SideBySide() {
  }

  /** One side's throughput in one round. */
  private record Speed(long articles, long tokens, double wallSeconds, double cpuSeconds) {
    double perSecond() {
      return articles / wallSeconds;
    }

    double perCpuSecond() {
      return articles / cpuSeconds;
    }

    String describe() {
      return String.format(Locale.ROOT, "%.2f articles/s, %.0f tokens/s, %.2f articles per CPU-second (%d articles, "
          + "%d tokens in %.1f s)", perSecond(), tokens / wallSeconds, perCpuSecond(), articles, tokens, wallSeconds);
    }
  }

  public static void main(String[] args) throws Exception {
    Path corpus = null;
    int limit = 0;
    int corenlpWarmup = 5;
    double warmupSeconds = 5;
    double seconds = 3;
    int rounds = 3;
    boolean skipCorenlp = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpus = Path.of(args[++i]);
        case "--limit" -> limit = Integer.parseInt(args[++i]);
        case "--corenlp-warmup" -> corenlpWarmup = Integer.parseInt(args[++i]);
        case "--warmup-seconds" -> warmupSeconds = Double.parseDouble(args[++i]);
        case "--seconds" -> seconds = Double.parseDouble(args[++i]);
        case "--rounds" -> rounds = Math.max(1, Integer.parseInt(args[++i]));
        case "--skip-corenlp" -> skipCorenlp = true;
        default -> {
          System.err.println("side-by-side: unknown option " + args[i] + "; options: --corpus DIR [--limit N] "
              + "[--corenlp-warmup N] [--warmup-seconds S] [--seconds S] [--rounds N] [--skip-corenlp]");
          System.exit(2);
        }
      }
    }
    if (corpus == null) {
      System.err.println("side-by-side: --corpus DIR is required");
      System.exit(2);
    }
    List<RawDocument> docs = Corpus.load(corpus, limit);
    CleanStage cleaner = new CleanStage();
    List<String> texts = new ArrayList<>();
    for (RawDocument d : docs) {
      texts.add(cleaner.clean(d).text());
    }
    System.out.printf(Locale.ROOT, "corpus   %s: %d articles%n", corpus, docs.size());

    Speed theirs = null;
    if (!skipCorenlp) {
      Properties props = new Properties();
      props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
      props.setProperty("threads", "1");
      long t0 = System.nanoTime();
      StanfordCoreNLP corenlp = new StanfordCoreNLP(props);
      System.out.printf(Locale.ROOT, "corenlp  models loaded in %.1f s; %d warm-up articles%n",
          (System.nanoTime() - t0) / 1e9, Math.min(corenlpWarmup, texts.size()));
      for (int i = 0; i < Math.min(corenlpWarmup, texts.size()); i++) {
        corenlp.annotate(new Annotation(texts.get(i)));
      }
      for (int round = 1; round <= rounds; round++) {
        Speed s = corenlpPass(corenlp, texts);
        System.out.printf(Locale.ROOT, "corenlp  round %d: %s%n", round, s.describe());
        theirs = theirs == null || s.perCpuSecond() > theirs.perCpuSecond() ? s : theirs;
      }
      System.out.printf(Locale.ROOT, "corenlp  best round: %s; heap peak %d MB%n", theirs.describe(), peakHeapMb());
      corenlp = null;
      System.gc();
    }

    try (Pipeline pipeline = Herald.pipeline()) {
      long budget = Math.round(seconds * 1e9);
      // Warm-up is counted in this thread's CPU time, so a busy machine gets the same warm-up.
      long warmEnd = cpuNanos() + Math.round(warmupSeconds * 1e9);
      for (int i = 0; cpuNanos() < warmEnd; i = i + 1 == docs.size() ? 0 : i + 1) {
        pipeline.process(docs.get(i));
      }
      Speed ours = null;
      for (int round = 1; round <= rounds; round++) {
        Speed s = heraldPasses(pipeline, docs, budget);
        System.out.printf(Locale.ROOT, "herald   round %d: %s%n", round, s.describe());
        ours = ours == null || s.perCpuSecond() > ours.perCpuSecond() ? s : ours;
      }
      System.out.printf(Locale.ROOT, "herald   best round: %s, after %.1f CPU-seconds of warm-up%n", ours.describe(),
          warmupSeconds);
      if (theirs != null) {
        System.out.printf(Locale.ROOT, "ratio herald_vs_corenlp=%.1f herald_articles_per_s=%.0f "
                + "corenlp_articles_per_s=%.2f herald_vs_corenlp_cpu=%.1f%n", ours.perSecond() / theirs.perSecond(),
            ours.perSecond(), theirs.perSecond(), ours.perCpuSecond() / theirs.perCpuSecond());
      } else {
        System.out.printf(Locale.ROOT, "ratio herald_articles_per_s=%.0f%n", ours.perSecond());
      }
    }
  }

  /** CoreNLP over every text once. */
  private static Speed corenlpPass(StanfordCoreNLP corenlp, List<String> texts) {
    long tokens = 0;
    long cpu0 = cpuNanos();
    long w0 = System.nanoTime();
    for (String text : texts) {
      Annotation a = new Annotation(text);
      corenlp.annotate(a);
      tokens += a.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    return new Speed(texts.size(), tokens, (System.nanoTime() - w0) / 1e9, (cpuNanos() - cpu0) / 1e9);
  }

  /** Herald over the articles in whole passes, so every article counts equally, until {@code budget} ns of CPU. */
  private static Speed heraldPasses(Pipeline pipeline, List<RawDocument> docs, long budget) {
    long articles = 0;
    long tokens = 0;
    long cpu0 = cpuNanos();
    long w0 = System.nanoTime();
    do {
      for (RawDocument d : docs) {
        Article a = pipeline.process(d);
        tokens += a.tokenCount();
        articles++;
      }
    } while (cpuNanos() - cpu0 < budget);
    return new Speed(articles, tokens, (System.nanoTime() - w0) / 1e9, (cpuNanos() - cpu0) / 1e9);
  }

  /** This thread's CPU time in ns (wall time where the JVM cannot tell). */
  static long cpuNanos() {
    var bean = ManagementFactory.getThreadMXBean();
    return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : System.nanoTime();
  }

  private static long peakHeapMb() {
    long peak = 0;
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }
}
