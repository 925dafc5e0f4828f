package org.herald.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.Callable;
import org.herald.ErrorCodes;
import org.herald.Herald;
import org.herald.HeraldException;
import org.herald.model.Article;
import org.herald.model.RawDocument;
import org.herald.pipeline.Pipeline;
import org.herald.source.FileSource;
import org.herald.source.Read;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code herald bench}: the speed of the full default pipeline on a folder of articles held in memory, with one
 * shared {@link Pipeline} and N worker threads, after a warm-up (issue 9). Per-stage figures and the side-by-side
 * run against CoreNLP live in herald-bench, which the shipped jar does not contain.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Loads the articles of a folder into memory, runs the full pipeline over them again and again "
        + "on N threads (one shared pipeline) for a warm-up, then for a measured period, and prints articles/s, "
        + "tokens/s (also per thread), CPU use, peak heap and start-up time, then as its last line",
        "  bench articles_per_s=… tokens_per_s=… peak_heap_mb=… threads=… articles_per_cpu_s=… startup_ms=…",
        "articles_per_cpu_s divides by the CPU time the workers used: on a busy machine it is the steadier figure. "
            + "startup_ms is the JVM's uptime when the first article came out of the pipeline."})
final class BenchCommand extends ConsoleAware implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Folder of articles (.txt, .html).")
  Path corpus;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Worker threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--warmup-seconds", paramLabel = "S", defaultValue = "5",
      description = "Warm-up before measuring, in seconds (default: ${DEFAULT-VALUE}).")
  double warmupSeconds;

  @Option(names = "--seconds", paramLabel = "S", defaultValue = "10",
      description = "Measured period, in seconds (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
      description = "Use only the first N articles (default: all).")
  int limit;

  @Override
  public Integer call() throws Exception {
    if (threads < 1 || threads > 1024) {
      throw new HeraldException(ErrorCodes.USAGE_VALUE, "--threads must be between 1 and 1024, not " + threads);
    }
    if (warmupSeconds < 0 || seconds <= 0) {
      throw new HeraldException(ErrorCodes.USAGE_VALUE, "--warmup-seconds must be >= 0 and --seconds > 0");
    }
    if (!Files.isDirectory(corpus)) {
      throw new HeraldException(ErrorCodes.INPUT_MISSING, "no such folder: " + corpus);
    }
    List<RawDocument> docs = load();
    long openStart = System.nanoTime();
    try (Pipeline pipeline = Herald.pipeline()) {
      long openMs = (System.nanoTime() - openStart) / 1_000_000;
      Article first = pipeline.process(docs.get(0));
      long startupMs = ManagementFactory.getRuntimeMXBean().getUptime();
      console.err().printf(Locale.ROOT, "herald: %d articles in memory; pipeline opened in %d ms; first article "
          + "(%d tokens) out %d ms after JVM start%n", docs.size(), openMs, first.tokenCount(), startupMs);
      Run run = new Run(pipeline, docs, threads);
      run.start();
      console.err().printf(Locale.ROOT, "herald: warming up for %.1f s on %d thread(s)...%n", warmupSeconds, threads);
      Thread.sleep(Math.round(warmupSeconds * 1000));
      Snapshot a = run.snapshot();
      console.err().printf(Locale.ROOT, "herald: measuring for %.1f s...%n", seconds);
      Thread.sleep(Math.round(seconds * 1000));
      Snapshot b = run.snapshot();
      run.stop();
      if (run.failure.get() != null) {
        throw run.failure.get();
      }
      double wall = (b.nanos - a.nanos) / 1e9;
      double cpu = Math.max(1, b.cpuNanos - a.cpuNanos) / 1e9;
      long articles = b.articles - a.articles;
      long tokens = b.tokens - a.tokens;
      long perSecond = Math.round(articles / wall);
      long tokensPerSecond = Math.round(tokens / wall);
      long perCpuSecond = Math.round(articles / cpu);
      long peak = Measure.peakHeapMb();
      var out = console.out();
      out.printf(Locale.ROOT, "corpus       %s: %d articles in memory (%.0f tokens per article measured)%n", corpus,
          docs.size(), tokens / (double) Math.max(1, articles));
      out.printf(Locale.ROOT, "measured     %.1f s wall after %.1f s warm-up, %d thread(s), %d articles, %d tokens%n",
          wall, warmupSeconds, threads, articles, tokens);
      out.printf(Locale.ROOT, "articles/s   %d (%d per thread)%n", perSecond, perSecond / threads);
      out.printf(Locale.ROOT, "tokens/s     %d (%d per thread)%n", tokensPerSecond, tokensPerSecond / threads);
      out.printf(Locale.ROOT, "cpu          %.1f s used by the workers (%.2f cores busy): %d articles per CPU-second%n",
          cpu, cpu / wall, perCpuSecond);
      out.printf(Locale.ROOT, "latency      %.2f ms per article per thread%n", wall * threads * 1000 / Math.max(1, articles));
      out.printf(Locale.ROOT, "heap         peak %d MB (sum of the heap pools' peaks), %d MB live after a GC%n", peak,
          liveHeapMb());
      out.printf(Locale.ROOT, "start-up     %d ms from JVM start to the first article out (pipeline open %d ms)%n",
          startupMs, openMs);
      out.printf(Locale.ROOT, "bench articles_per_s=%d tokens_per_s=%d peak_heap_mb=%d threads=%d "
          + "articles_per_cpu_s=%d startup_ms=%d%n", perSecond, tokensPerSecond, peak, threads, perCpuSecond, startupMs);
      out.flush();
      return 0;
    }
  }

  /** Reads the corpus into memory; skipped files are reported, an empty corpus is an error. */
  private List<RawDocument> load() {
    List<RawDocument> docs = new ArrayList<>();
    for (Read read : new FileSource(List.of(corpus.toString()), console.in(), FileSource.DEFAULT_MAX_BYTES)) {
      if (limit > 0 && docs.size() >= limit) {
        break;
      }
      if (read.isOk()) {
        docs.add(read.document());
      } else {
        console.err().println("herald: skipped " + read.origin() + ": " + read.error().getMessage()
            + " [" + read.error().code() + "]");
      }
    }
    if (docs.isEmpty()) {
      throw new HeraldException(ErrorCodes.INPUT_EMPTY, corpus + " holds no readable articles (.txt, .html)");
    }
    return docs;
  }

  private static long liveHeapMb() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
  }

  /** Counters at one instant. */
  private record Snapshot(long nanos, long articles, long tokens, long cpuNanos) {
  }

  /** Worker threads that process the corpus round and round until stopped. */
  private static final class Run {
    private final Pipeline pipeline;
    private final List<RawDocument> docs;
    private final Thread[] workers;
    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong tokens = new AtomicLong();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private volatile boolean stopped;

    Run(Pipeline pipeline, List<RawDocument> docs, int threads) {
      this.pipeline = pipeline;
      this.docs = docs;
      this.workers = new Thread[threads];
      for (int t = 0; t < threads; t++) {
        int offset = t * docs.size() / threads; // threads start apart, so they do not work in lockstep
        workers[t] = new Thread(() -> work(offset), "herald-bench-" + t);
        workers[t].setDaemon(true);
      }
    }

    void start() {
      for (Thread w : workers) {
        w.start();
      }
    }

    private void work(int offset) {
      int n = docs.size();
      int i = offset;
      try {
        while (!stopped) {
          Article a = pipeline.process(docs.get(i));
          articles.incrementAndGet();
          tokens.addAndGet(a.tokenCount());
          i = i + 1 == n ? 0 : i + 1;
        }
      } catch (RuntimeException e) {
        failure.compareAndSet(null, e);
        stopped = true;
      }
    }

    Snapshot snapshot() {
      ThreadMXBean bean = ManagementFactory.getThreadMXBean();
      long cpu = 0;
      for (Thread w : workers) {
        long c = bean.isThreadCpuTimeSupported() ? bean.getThreadCpuTime(w.getId()) : -1;
        cpu += Math.max(0, c);
      }
      return new Snapshot(System.nanoTime(), articles.get(), tokens.get(), cpu);
    }

    void stop() throws InterruptedException {
      stopped = true;
      for (Thread w : workers) {
        w.join();
      }
    }
  }
}
