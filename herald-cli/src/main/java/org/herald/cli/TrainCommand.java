package org.herald.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.herald.ErrorCodes;
import org.herald.HeraldException;
import org.herald.pipeline.Resources;
import org.herald.source.ConllDocument;
import org.herald.source.ConllReader;
import org.herald.Herald;
import org.herald.eval.PolnearArticle;
import org.herald.eval.PolnearAttribution;
import org.herald.eval.PolnearReader;
import org.herald.model.Article;
import org.herald.model.Span;
import org.herald.pipeline.Pipeline;
import org.herald.stage.name.NerTrainer;
import org.herald.eval.QuoteScorer;
import org.herald.stage.name.NameStage;
import org.herald.stage.quote.QuoteSpeakerRanker;
import org.herald.stage.quote.QuoteTagger;
import org.herald.stage.name.WordClusters;
import org.herald.stage.token.Tokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code herald train}: rebuilds Herald's trained models from public data (issue 3). */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Rebuilds a trained model reproducibly (fixed seed and passes).",
    subcommands = {TrainCommand.Ner.class, TrainCommand.Clusters.class, TrainCommand.Quotes.class,
        TrainCommand.QuoteSpeakers.class, TrainSyntaxCommand.class, TrainTriggersCommand.class})
final class TrainCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code herald train ner}: the name recogniser (averaged perceptron or CRF over BIO tags). */
  @Command(name = "ner", mixinStandardHelpOptions = true,
      description = {"Trains the name recogniser on a CoNLL-2003 file, scoring the dev file after every pass, and "
          + "writes the model (ship it as herald-core's org/herald/resources/ner-v4.bin).",
          "Last line: ner-train dev_f1=… iterations=… model_bytes=…"})
  static final class Ner extends ConsoleAware implements Callable<Integer> {
    @Option(names = "--train", required = true, split = ",", paramLabel = "FILE",
        description = "CoNLL-2003 training file(s), comma-separated.")
    List<Path> train;
    @Option(names = "--dev", required = true, paramLabel = "FILE", description = "CoNLL-2003 development file.")
    Path dev;
    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Model file to write.")
    Path out;
    @Option(names = "--clusters", paramLabel = "FILE", description = "Word clusters from 'herald train clusters'.")
    Path clusters;
    @Option(names = "--classes", split = ",", paramLabel = "FILE", description = "Flat word class tables from "
        + "'herald train clusters --exchange'.")
    List<Path> classes = List.of();
    @Option(names = "--iterations", defaultValue = "10", description = "Passes over the training data (default ${DEFAULT-VALUE}).")
    int iterations;
    @Option(names = "--bits", defaultValue = "20", description = "Weight table of 2^bits rows (default ${DEFAULT-VALUE}).")
    int bits;
    @Option(names = "--seed", defaultValue = "42", description = "Seed of the sentence order (default ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--folds", defaultValue = "5", description = "Jack-knife folds for the document pass; 0 for "
        + "none (default ${DEFAULT-VALUE}).")
    int folds;
    @Option(names = "--doc-step", defaultValue = "10", description = "Perceptron step of the document pass "
        + "(default ${DEFAULT-VALUE}).")
    float docStep;
    @Option(names = "--doc-iterations", defaultValue = "2", description = "Passes of the document pass (default "
        + "${DEFAULT-VALUE}).")
    int docIterations;

    @Option(names = "--runs", defaultValue = "1", description = "Perceptron runs averaged into each first-pass "
        + "model, each in its own sentence order (default ${DEFAULT-VALUE}).")
    int runs;
    @Option(names = "--learner", defaultValue = "perceptron", description = "How the first pass is learnt: "
        + "perceptron (averaged) or crf (log-loss, L2, AdaGrad) (default ${DEFAULT-VALUE}).")
    LearnerChoice learner;
    @Option(names = "--doc-learner", defaultValue = "perceptron", description = "How the document pass is "
        + "learnt: perceptron or crf; with crf --doc-step is its AdaGrad step (default ${DEFAULT-VALUE}).")
    LearnerChoice docLearner;
    @Option(names = "--l2", defaultValue = "1", description = "CRF: L2 strength c of (c/2)|w|^2 against the "
        + "summed log-loss (default ${DEFAULT-VALUE}).")
    float l2;
    @Option(names = "--rate", defaultValue = "0.1", description = "CRF: AdaGrad base step of the first pass "
        + "(default ${DEFAULT-VALUE}).")
    float rate;
    @Option(names = "--margin", defaultValue = "0", description = "CRF: softmax-margin cost of a wrong tag; 0 for "
        + "the plain log-loss (default ${DEFAULT-VALUE}).")
    float margin;

    enum LearnerChoice {
      perceptron(NerTrainer.Learner.PERCEPTRON), crf(NerTrainer.Learner.CRF);

      final NerTrainer.Learner learner;

      LearnerChoice(NerTrainer.Learner learner) {
        this.learner = learner;
      }
    }

    @Override
    public Integer call() throws IOException {
      if (runs < 1 || runs > 16) {
        throw new HeraldException(ErrorCodes.USAGE_VALUE, "--runs must be 1-16");
      }
      if (iterations < 1 || iterations > 100 || bits < 8 || bits > 24 || folds < 0 || folds == 1
          || folds > 20
          || docIterations < 1 || docIterations > 100 || !(docStep > 0 && docStep <= 1000)
          || !(l2 >= 0 && l2 <= 1000) || !(rate > 0 && rate <= 100) || !(margin >= 0 && margin <= 100)) {
        throw new HeraldException(ErrorCodes.USAGE_VALUE,
            "--iterations and --doc-iterations must be 1-100, --bits 8-24, --folds 0 or 2-20, --doc-step "
                + "above 0 and at most 1000, --l2 0-1000, --rate above 0 and at most 100 and --margin 0-100");
      }
      List<NerTrainer.Sentence> tr = new ArrayList<>();
      for (Path p : train) { // documents keep distinct numbers across files
        int offset = tr.isEmpty() ? 0 : tr.get(tr.size() - 1).doc();
        for (NerTrainer.Sentence s : sentences(p)) {
          tr.add(new NerTrainer.Sentence(s.words(), s.tags(), s.doc() + offset));
        }
      }
      List<NerTrainer.Sentence> dv = sentences(dev);
      Map<String, String> table = clusters == null ? Map.of() : table(clusters);
      List<Map<String, String>> tables = new ArrayList<>();
      for (Path p : classes) {
        tables.add(table(p));
      }
      NerTrainer trainer = NerTrainer.withDictionaries(Resources.classpath(), table, tables);
      trainer.train(tr, dv, new NerTrainer.Options(iterations, bits, seed, folds, docIterations, docStep, runs,
          learner.learner, docLearner.learner, l2, rate, margin), console.err()::println);
      writeModel(out, trainer::save);
      List<NerTrainer.Epoch> epochs = trainer.epochs();
      double f1 = epochs.isEmpty() ? 0 : epochs.get(epochs.size() - 1).f1();
      console.out().printf(Locale.ROOT, "ner-train dev_f1=%.4f iterations=%d model_bytes=%d%n", f1, iterations,
          Files.size(out));
      return 0;
    }

    private static Map<String, String> table(Path file) throws IOException {
      try {
        return WordClusters.read(Files.readAllLines(file, StandardCharsets.UTF_8));
      } catch (NoSuchFileException e) {
        throw new HeraldException(ErrorCodes.INPUT_MISSING, "no such file: " + file);
      } catch (IllegalArgumentException e) {
        throw new HeraldException(ErrorCodes.INPUT_UNREADABLE, file + ": " + e.getMessage());
      }
    }
  }

  /** {@code herald train clusters}: word clusters from unlabelled text. */
  @Command(name = "clusters", mixinStandardHelpOptions = true,
      description = {"Learns hierarchical word clusters from unlabelled text: plain text (one paragraph a line), "
          + "JSON Lines (.jsonl, .jsonl.gz: fields 'title' and 'text') or CoNLL files (.txt with -DOCSTART-).",
          "Last line: clusters words=… tokens=…"})
  static final class Clusters extends ConsoleAware implements Callable<Integer> {
    @Option(names = "--text", required = true, split = ",", paramLabel = "FILE", description = "Input files.")
    List<Path> text;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Cluster table to write.")
    Path out;
    @Option(names = "--min-count", defaultValue = "2", description = "Least count of a clustered word (default ${DEFAULT-VALUE}).")
    int minCount;
    @Option(names = "--dims", defaultValue = "128", description = "Projected context dimensions (default ${DEFAULT-VALUE}).")
    int dims;
    @Option(names = "--exchange", defaultValue = "0", paramLabel = "CLASSES", description = "Instead of the "
        + "hierarchical clusters, this many flat classes by the exchange algorithm (0: hierarchical, the default).")
    int exchange;
    @Option(names = "--exchange-iterations", defaultValue = "8", description = "Passes of the exchange algorithm "
        + "(default ${DEFAULT-VALUE}).")
    int exchangeIterations;
    @Option(names = "--side", defaultValue = "right", description = "The exchange algorithm's context word: the next "
        + "word (right) or the previous one (left) (default ${DEFAULT-VALUE}).")
    Side side;

    enum Side { left, right }

    @Override
    public Integer call() throws IOException {
      WordClusters wc = new WordClusters();
      Tokenizer tokenizer = new Tokenizer();
      ObjectMapper json = new ObjectMapper();
      long tokens = 0;
      List<Path> files = new ArrayList<>();
      for (Path p : text) {
        if (!Files.exists(p)) {
          throw new HeraldException(ErrorCodes.INPUT_MISSING, "no such file: " + p);
        }
        if (Files.isDirectory(p)) { // every .txt file below it, in name order
          try (java.util.stream.Stream<Path> s = Files.walk(p)) {
            s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".txt")).sorted()
                .forEach(files::add);
          }
        } else {
          files.add(p);
        }
      }
      for (Path p : files) {
        String name = p.getFileName().toString();
        if (isConll(p)) {
          for (NerTrainer.Sentence s : sentences(p)) {
            wc.add(s.words());
            tokens += s.words().length;
          }
          continue;
        }
        boolean jsonl = name.endsWith(".jsonl") || name.endsWith(".jsonl.gz");
        try (InputStream raw = Files.newInputStream(p);
             InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
          for (String line; (line = r.readLine()) != null; ) {
            List<String> paragraphs = new ArrayList<>();
            if (jsonl) {
              JsonNode n = json.readTree(line);
              for (String field : new String[] {"title", "text"}) {
                if (n.hasNonNull(field)) {
                  paragraphs.addAll(List.of(n.get(field).asText().split("\n")));
                }
              }
            } else {
              paragraphs.add(line);
            }
            for (String para : paragraphs) {
              tokens += add(wc, tokenizer, String.join(" ", para.trim().split("\\s+")));
            }
          }
        }
      }
      if (exchange < 0 || exchange == 1 || exchange > 4096 || exchangeIterations < 0 || exchangeIterations > 100) {
        throw new HeraldException(ErrorCodes.USAGE_VALUE, "--exchange must be 0 or 2-4096, --exchange-iterations 0-100");
      }
      Map<String, String> table = exchange > 0
          ? wc.exchange(exchange, exchangeIterations, minCount, side == Side.left, side == Side.left ? "l" : "r")
          : wc.build(new WordClusters.Options(minCount, 1000, dims, 16));
      Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        WordClusters.write(table, w);
      }
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
      console.out().printf(Locale.ROOT, "clusters words=%d tokens=%d%n", table.size(), tokens);
      return 0;
    }

    private static int add(WordClusters wc, Tokenizer tokenizer, String para) {
      if (para.isBlank()) {
        return 0;
      }
      Tokenizer.Result res = tokenizer.tokenize(para);
      int[] ss = res.sentenceStarts();
      int n = 0;
      for (int s = 0; s < ss.length; s++) {
        int b = ss[s];
        int e = s + 1 < ss.length ? ss[s + 1] : res.starts().length;
        String[] t = new String[e - b];
        for (int i = b; i < e; i++) {
          t[i - b] = para.substring(res.starts()[i], res.ends()[i]);
        }
        wc.add(t);
        n += t.length;
      }
      return n;
    }

    private static boolean isConll(Path p) throws IOException {
      try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.ISO_8859_1)) {
        String first = r.readLine();
        return first != null && first.startsWith("-DOCSTART-");
      }
    }
  }

  /** {@code herald train quotes}: the attribution tagger of the quote stage (issue 5). */
  @Command(name = "quotes", mixinStandardHelpOptions = true,
      description = {"Trains the quote stage's attribution tagger (averaged perceptron over cue, content and source tags) "
          + "on a PolNeAR split folder (text/ and attributions/), scoring the dev folder after every pass, and "
          + "writes the model (ship it as herald-core's org/herald/resources/quote-tagger-v1.bin).",
          "Last line: quotes-train dev_f1=… iterations=… model_bytes=…"})
  static final class Quotes extends ConsoleAware implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    PolnearTraining splits;
    @Option(names = "--iterations", defaultValue = "10", description = "Passes over the training data (default ${DEFAULT-VALUE}).")
    int iterations;

    @Override
    public Integer call() throws IOException {
      if (iterations < 1 || iterations > 100 || splits.bits < 8 || splits.bits > 24) {
        throw new HeraldException(ErrorCodes.USAGE_VALUE, "--iterations must be 1-100 and --bits 8-24");
      }
      List<QuoteTagger.Example> tr = examples(splits.polnear);
      List<QuoteTagger.Example> dv = examples(splits.dev);
      QuoteTagger model = QuoteTagger.train(tr, dv, new QuoteTagger.Options(iterations, splits.bits, splits.seed),
          Resources.classpath(), console.err()::println);
      writeModel(splits.out, model::write);
      double f1 = model.score(dv, Resources.classpath())[2];
      console.out().printf(Locale.ROOT, "quotes-train dev_f1=%.4f iterations=%d model_bytes=%d%n", f1, iterations,
          Files.size(splits.out));
      return 0;
    }

    /** The annotated articles of a PolNeAR split folder, or a HeraldException saying why none. */
    static List<PolnearArticle> read(Path dir) throws IOException {
      List<PolnearArticle> articles;
      try {
        articles = PolnearReader.read(dir);
      } catch (NoSuchFileException e) {
        throw new HeraldException(ErrorCodes.INPUT_MISSING, "no PolNeAR split at " + e.getMessage());
      } catch (java.nio.charset.MalformedInputException e) {
        throw new HeraldException(ErrorCodes.INPUT_UNREADABLE, dir + " holds a file that is not UTF-8");
      }
      if (articles.isEmpty()) {
        throw new HeraldException(ErrorCodes.INPUT_EMPTY, dir + " holds no annotated article");
      }
      return articles;
    }

    /** The tagged articles of a PolNeAR split, tokenized as the pipeline tokenizes them. */
    private static List<QuoteTagger.Example> examples(Path dir) throws IOException {
      List<PolnearArticle> articles = read(dir);
      List<QuoteTagger.Example> out = new ArrayList<>(articles.size());
      try (Pipeline pipeline = Herald.pipelineFor(Resources.classpath(), Article.SENTENCES)) {
        for (PolnearArticle p : articles) {
          // the raw text, as 'eval quotes' reads it, so that the gold offsets index the tokens
          Article a = pipeline.apply(Article.builder(p.name(), p.text()).build());
          List<List<Span>> contents = new ArrayList<>();
          List<List<Span>> cues = new ArrayList<>();
          List<List<Span>> sources = new ArrayList<>();
          for (PolnearAttribution g : p.attributions()) {
            contents.add(g.content());
            cues.add(g.cue());
            sources.add(g.source());
          }
          out.add(QuoteTagger.Example.of(a, contents, cues, sources));
        }
      }
      return out;
    }
  }

  /** {@code herald train quote-speakers}: the speaker ranker of the quote stage's direct quotes (issue 5). */
  @Command(name = "quote-speakers", mixinStandardHelpOptions = true,
      description = {"Trains the quote stage's speaker ranker (averaged perceptron over the candidate speakers of "
          + "each direct quote) on a PolNeAR split folder (text/ and attributions/), scoring the dev folder after "
          + "every pass, and writes the model (ship it as herald-core's org/herald/resources/quote-speaker-v1.bin).",
          "Last line: quote-speakers-train dev_rules=… dev_ranker=… iterations=… model_bytes=…"})
  static final class QuoteSpeakers extends ConsoleAware implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    PolnearTraining splits;
    @Option(names = "--iterations", defaultValue = "5", description = "Passes over the training quotes (default ${DEFAULT-VALUE}).")
    int iterations;
    @Option(names = "--runs", defaultValue = "5",
        description = "Perceptrons on different quote orders, averaged (default ${DEFAULT-VALUE}).")
    int runs;
    @Option(names = "--folds", defaultValue = "0",
        description = "Also print N-fold cross-validated speaker accuracy on the training split (default: none).")
    int folds;

    @Override
    public Integer call() throws IOException {
      if (iterations < 1 || iterations > 100 || splits.bits < 8 || splits.bits > 24 || folds < 0 || folds == 1
          || folds > 20
          || runs < 1 || runs > 50) {
        throw new HeraldException(ErrorCodes.USAGE_VALUE,
            "--iterations must be 1-100, --bits 8-24, --runs 1-50 and --folds 0 or 2-20");
      }
      List<QuoteSpeakerRanker.Example> tr = examples(splits.polnear);
      if (folds > 0) {
        double[] cv = QuoteSpeakerRanker.crossValidate(tr, folds,
            new QuoteSpeakerRanker.Options(iterations, splits.bits, splits.seed, runs), Resources.classpath());
        console.err().printf(Locale.ROOT, "train %d-fold: direct speakers rules %.4f ranker %.4f%n", folds, cv[0],
            cv[1]);
      }
      List<QuoteSpeakerRanker.Example> dv = examples(splits.dev);
      QuoteSpeakerRanker model = QuoteSpeakerRanker.train(tr, dv,
          new QuoteSpeakerRanker.Options(iterations, splits.bits, splits.seed, runs), Resources.classpath(),
          console.err()::println);
      writeModel(splits.out, model::write);
      double[] s = model.score(dv, Resources.classpath());
      console.out().printf(Locale.ROOT, "quote-speakers-train dev_rules=%.4f dev_ranker=%.4f iterations=%d "
          + "model_bytes=%d%n", s[0], s[1], iterations, Files.size(splits.out));
      return 0;
    }

    /** The articles of a PolNeAR split run up to names, with their gold direct attributions. */
    private static List<QuoteSpeakerRanker.Example> examples(Path dir) throws IOException {
      List<PolnearArticle> articles = Quotes.read(dir);
      List<QuoteSpeakerRanker.Example> out = new ArrayList<>(articles.size());
      try (Pipeline pipeline = Herald.pipelineFor(Resources.classpath(), NameStage.ENTITIES)) {
        for (PolnearArticle p : articles) {
          // the raw text, as 'eval quotes' reads it, so that the gold offsets index Herald's text
          Article a = pipeline.apply(Article.builder(p.name(), p.text()).published(p.published()).build());
          List<List<Span>> contents = new ArrayList<>();
          List<List<Span>> sources = new ArrayList<>();
          for (PolnearAttribution g : p.attributions()) {
            if (QuoteScorer.isDirect(g, p.text())) {
              contents.add(g.content());
              sources.add(g.source());
            }
          }
          out.add(new QuoteSpeakerRanker.Example(a, contents, sources));
        }
      }
      return out;
    }
  }

  /** The options every model trained on PolNeAR takes: its train and dev folders, the model file, table size, seed. */
  static final class PolnearTraining {
    @Option(names = "--polnear", required = true, paramLabel = "DIR", description = "PolNeAR training split folder.")
    Path polnear;
    @Option(names = "--dev", required = true, paramLabel = "DIR", description = "PolNeAR development split folder.")
    Path dev;
    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Model file to write.")
    Path out;
    @Option(names = "--bits", defaultValue = "16", description = "Weight table of 2^bits rows (default ${DEFAULT-VALUE}).")
    int bits;
    @Option(names = "--seed", defaultValue = "42", description = "Seed of the training order (default ${DEFAULT-VALUE}).")
    long seed;
  }

  /** What writes a model to a stream. */
  @FunctionalInterface
  interface ModelWriter {
    void write(OutputStream os) throws IOException;
  }

  /** Writes a model beside {@code out} and moves it into place, so a failed run leaves the old model whole. */
  static void writeModel(Path out, ModelWriter writer) throws IOException {
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    try (OutputStream os = Files.newOutputStream(tmp)) {
      writer.write(os);
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
  }

  static List<NerTrainer.Sentence> sentences(Path file) throws IOException {
    List<NerTrainer.Sentence> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int docs = 0;
      for (ConllDocument doc : new ConllReader(r, file.toString())) {
        docs++;
        for (List<String[]> s : doc.sentences()) {
          if (s.isEmpty()) {
            continue;
          }
          String[] words = new String[s.size()];
          String[] tags = new String[s.size()];
          for (int i = 0; i < s.size(); i++) {
            words[i] = s.get(i)[0];
            tags[i] = s.get(i).length > 1 ? s.get(i)[s.get(i).length - 1] : "O";
          }
          out.add(new NerTrainer.Sentence(words, tags, docs));
        }
      }
    } catch (NoSuchFileException e) {
      throw new HeraldException(ErrorCodes.INPUT_MISSING, "no such file: " + file);
    } catch (java.io.UncheckedIOException | java.nio.charset.MalformedInputException e) {
      throw new HeraldException(ErrorCodes.INPUT_UNREADABLE, file + " is not a UTF-8 CoNLL file");
    }
    if (out.isEmpty()) {
      throw new HeraldException(ErrorCodes.INPUT_EMPTY, file + " holds no sentences");
    }
    return out;
  }
}
