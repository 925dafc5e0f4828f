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
 * single-threaded, on the raw articles, each after a warm-up. Prints both speeds and, last,
 * {@code ratio herald_vs_corenlp=… herald_articles_per_s=… corenlp_articles_per_s=…}.
 *
 * <pre>
 * mvn -q -pl herald-bench -am -DskipTests package
 * java -Xmx4g -cp "herald-bench/target/classes:$(cat herald-bench/target/classpath.txt)" \
 *     org.herald.bench.SideBySide --corpus ../shared/data/news/bbc/politics --limit 40
 * </pre>
 *
 * <p>Options: {@code --corpus DIR} (required), {@code --limit N} articles (0: all, the default),
 * {@code --corenlp-warmup N} articles CoreNLP processes before timing (default 5), {@code --seconds S} of CPU time for
 * Herald's warm-up and again for its measurement (default 5), {@code --skip-corenlp} to time Herald alone.
 */
public final class SideBySide {
  private SideBySide() {
  }

  public static void main(String[] args) throws Exception {
    Path corpus = null;
    int limit = 0;
    int corenlpWarmup = 5;
    double seconds = 5;
    boolean skipCorenlp = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpus = Path.of(args[++i]);
        case "--limit" -> limit = Integer.parseInt(args[++i]);
        case "--corenlp-warmup" -> corenlpWarmup = Integer.parseInt(args[++i]);
        case "--seconds" -> seconds = Double.parseDouble(args[++i]);
        case "--skip-corenlp" -> skipCorenlp = true;
        default -> {
          System.err.println("side-by-side: unknown option " + args[i]
              + "; options: --corpus DIR [--limit N] [--corenlp-warmup N] [--seconds S] [--skip-corenlp]");
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

    double corenlpPerSecond = Double.NaN;
    double corenlpPerCpuSecond = Double.NaN;
    if (!skipCorenlp) {
      Properties props = new Properties();
      props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
      props.setProperty("threads", "1");
      long t0 = System.nanoTime();
      StanfordCoreNLP corenlp = new StanfordCoreNLP(props);
      double loadSeconds = (System.nanoTime() - t0) / 1e9;
      for (int i = 0; i < Math.min(corenlpWarmup, texts.size()); i++) {
        corenlp.annotate(new Annotation(texts.get(i)));
      }
      long tokens = 0;
      long cpu0 = cpuNanos();
      long w0 = System.nanoTime();
      for (String text : texts) {
        Annotation a = new Annotation(text);
        corenlp.annotate(a);
        tokens += a.get(CoreAnnotations.TokensAnnotation.class).size();
      }
      double wall = (System.nanoTime() - w0) / 1e9;
      double cpu = (cpuNanos() - cpu0) / 1e9;
      corenlpPerSecond = texts.size() / wall;
      corenlpPerCpuSecond = texts.size() / cpu;
      System.out.printf(Locale.ROOT, "corenlp  %.2f articles/s, %.0f tokens/s, %.2f articles per CPU-second "
              + "(%d articles, %d tokens in %.1f s after %d warm-up articles; models loaded in %.1f s; "
              + "heap peak %d MB)%n", corenlpPerSecond, tokens / wall, corenlpPerCpuSecond, texts.size(), tokens,
          wall, Math.min(corenlpWarmup, texts.size()), loadSeconds, peakHeapMb());
      corenlp = null;
      System.gc();
    }

    try (Pipeline pipeline = Herald.pipeline()) {
      // Warm-up and measurement are counted in this thread's CPU time, so a busy machine gets the same warm-up.
      long budget = Math.round(seconds * 1e9);
      long warmEnd = cpuNanos() + budget;
      int i = 0;
      while (cpuNanos() < warmEnd) {
        pipeline.process(docs.get(i));
        i = i + 1 == docs.size() ? 0 : i + 1;
      }
      long articles = 0;
      long tokens = 0;
      long cpu0 = cpuNanos();
      long w0 = System.nanoTime();
      do { // whole passes, so every article counts equally
        for (RawDocument d : docs) {
          Article a = pipeline.process(d);
          tokens += a.tokenCount();
          articles++;
        }
      } while (cpuNanos() - cpu0 < budget);
      double wall = (System.nanoTime() - w0) / 1e9;
      double cpu = (cpuNanos() - cpu0) / 1e9;
      double perSecond = articles / wall;
      double perCpuSecond = articles / cpu;
      System.out.printf(Locale.ROOT, "herald   %.0f articles/s, %.0f tokens/s, %.0f articles per CPU-second "
          + "(%d articles, %d tokens in %.1f s after %.1f CPU-seconds of warm-up)%n", perSecond, tokens / wall,
          perCpuSecond, articles, tokens, wall, seconds);
      if (!skipCorenlp) {
        System.out.printf(Locale.ROOT, "ratio herald_vs_corenlp=%.1f herald_articles_per_s=%.0f "
                + "corenlp_articles_per_s=%.2f herald_vs_corenlp_cpu=%.1f%n", perSecond / corenlpPerSecond,
            perSecond, corenlpPerSecond, perCpuSecond / corenlpPerCpuSecond);
      } else {
        System.out.printf(Locale.ROOT, "ratio herald_articles_per_s=%.0f%n", perSecond);
      }
    }
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
