package org.herald.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.herald.Herald;
import org.herald.model.Article;
import org.herald.model.LayerKey;
import org.herald.model.RawDocument;
import org.herald.pipeline.Pipeline;
import org.herald.pipeline.Stage;
import org.herald.stage.actor.ActorStage;
import org.herald.stage.clean.CleanStage;
import org.herald.stage.date.DateStage;
import org.herald.stage.event.EventStage;
import org.herald.stage.name.NameStage;
import org.herald.stage.quote.QuoteStage;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of each stage and of the whole pipeline (issue 9). One operation is one article, so the score
 * is articles/s, {@code -prof gc}'s {@code gc.alloc.rate.norm} is bytes allocated per article, and the
 * {@code tokens} counter is tokens/s. Each stage runs on articles that already carry the layers it needs, made
 * once in setup by the stages before it. The corpus is a JMH parameter: {@code -p corpus=DIR -p limit=N}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class StageBenchmarks {

  /** The corpus, the opened pipeline, and each stage's input articles. */
  @State(Scope.Benchmark)
  public static class Data {
    /** Plain-text or HTML articles, from the repository root. */
    @Param("../shared/data/news/bbc/politics")
    public String corpus;

    /** Pages for the HTML clean benchmark (their source.html files). */
    @Param("../shared/data/html/readability_test_pages")
    public String htmlCorpus;

    /** At most this many articles (0: all). */
    @Param("0")
    public int limit;

    Pipeline pipeline;
    CleanStage cleaner;
    RawDocument[] raw;
    RawDocument[] html;
    Article[] cleaned;
    /** For each stage of the pipeline, the articles as that stage receives them. */
    final List<Article[]> inputs = new ArrayList<>();

    @Setup(Level.Trial)
    public void setUp() {
      pipeline = Herald.pipeline();
      cleaner = new CleanStage();
      raw = Corpus.load(Path.of(corpus), limit).toArray(RawDocument[]::new);
      html = Corpus.load(Path.of(htmlCorpus), limit, "source.html"::equals).toArray(RawDocument[]::new);
      Article[] current = new Article[raw.length];
      for (int i = 0; i < raw.length; i++) {
        current[i] = cleaner.clean(raw[i]);
      }
      cleaned = current.clone();
      for (Stage stage : pipeline.stages()) {
        inputs.add(current.clone());
        for (int i = 0; i < current.length; i++) {
          current[i] = stage.apply(current[i]);
        }
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      pipeline.close();
    }

    /** The opened stage that produces {@code key}. */
    int stageIndex(LayerKey<?> key) {
      List<Stage> stages = pipeline.stages();
      for (int i = 0; i < stages.size(); i++) {
        if (stages.get(i).produces().contains(key)) {
          return i;
        }
      }
      throw new IllegalStateException("no stage produces " + key);
    }
  }

  /** Which article a benchmark thread takes next, and how many tokens it has seen (reported as tokens/s). */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Cursor {
    int next;
    /** Tokens processed; JMH reports it per second. */
    public long tokens;

    @Setup(Level.Iteration)
    public void reset() {
      tokens = 0;
    }

    int take(int size) {
      int i = next;
      next = i + 1 == size ? 0 : i + 1;
      return i;
    }
  }

  private static Article stage(Data d, Cursor c, LayerKey<?> key) {
    int s = d.stageIndex(key);
    Article[] in = d.inputs.get(s);
    Article a = in[c.take(in.length)];
    c.tokens += a.tokenCount();
    return d.pipeline.stages().get(s).apply(a);
  }

  /** The whole default pipeline, raw document in, every layer out. */
  @Benchmark
  public Article pipeline(Data d, Cursor c) {
    Article a = d.pipeline.process(d.raw[c.take(d.raw.length)]);
    c.tokens += a.tokenCount();
    return a;
  }

  /** Cleaning plain text: header, title and paragraphs. */
  @Benchmark
  public Article clean(Data d, Cursor c) {
    return d.cleaner.clean(d.raw[c.take(d.raw.length)]);
  }

  /** Cleaning HTML pages: body text extraction and boilerplate removal. */
  @Benchmark
  public Article htmlClean(Data d, Cursor c) {
    return d.cleaner.clean(d.html[c.take(d.html.length)]);
  }

  @Benchmark
  public Article tokens(Data d, Cursor c) {
    Article a = d.inputs.get(d.stageIndex(Article.TOKENS))[c.take(d.cleaned.length)];
    Article out = d.pipeline.stages().get(d.stageIndex(Article.TOKENS)).apply(a);
    c.tokens += out.tokenCount();
    return out;
  }

  @Benchmark
  public Article names(Data d, Cursor c) {
    return stage(d, c, NameStage.ENTITIES);
  }

  @Benchmark
  public Article dates(Data d, Cursor c) {
    return stage(d, c, DateStage.TIMEX);
  }

  @Benchmark
  public Article quotes(Data d, Cursor c) {
    return stage(d, c, QuoteStage.QUOTES);
  }

  @Benchmark
  public Article actors(Data d, Cursor c) {
    return stage(d, c, ActorStage.ACTORS);
  }

  @Benchmark
  public Article events(Data d, Cursor c) {
    return stage(d, c, EventStage.EVENTS);
  }
}
