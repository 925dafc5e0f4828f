package org.herald.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.herald.ErrorCodes;
import org.herald.HeraldException;
import org.herald.eval.ConllScorer;
import org.herald.eval.Prf;
import org.herald.pipeline.Resources;
import org.herald.stage.syntax.SyntaxModel;
import org.herald.stage.syntax.SyntaxTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code herald eval syntax}: POS accuracy and chunk scores of the syntax model on a CoNLL-2000 file, and its speed. */
@Command(name = "syntax", mixinStandardHelpOptions = true,
    description = {"Tags and chunks a CoNLL-2000 file from its words alone (the tagger's own tags feed the chunker) "
        + "and prints per-chunk-type precision, recall and F1 (exact boundaries and type), then",
        "  syntax pos_acc=… chunk_f1=… tokens_per_s=…",
        "tokens_per_s is single-thread tagging plus chunking, CPU time, the best of five timed passes after "
        + "warm-up passes over at least 500,000 tokens."})
final class EvalSyntaxCommand extends ConsoleAware implements Callable<Integer> {
  private static final long WARM_UP_TOKENS = 500_000;
  private static final int TIMED = 5;

  @Option(names = "--conll2000", required = true, paramLabel = "FILE", description = "CoNLL-2000 file (word POS chunk).")
  Path conll;

  @Option(names = "--model", paramLabel = "FILE", description = "Model to score instead of the bundled one.")
  Path modelFile;

  @Override
  public Integer call() throws IOException {
    List<SyntaxTrainer.Sentence> sentences = TrainSyntaxCommand.sentences(conll);
    SyntaxModel model;
    if (modelFile == null) {
      model = SyntaxModel.load(Resources.classpath());
    } else {
      try (InputStream in = Files.newInputStream(modelFile)) {
        model = SyntaxModel.read(in);
      } catch (NoSuchFileException e) {
        throw new HeraldException(ErrorCodes.INPUT_MISSING, "no such file: " + modelFile);
      } catch (IOException e) {
        throw new HeraldException(ErrorCodes.INPUT_UNREADABLE, modelFile + ": " + e.getMessage());
      }
    }
    long tokens = 0;
    long right = 0;
    ConllScorer scorer = new ConllScorer();
    for (SyntaxTrainer.Sentence s : sentences) {
      int n = s.words().length;
      if (s.chunks() == null) {
        throw new HeraldException(ErrorCodes.INPUT_UNREADABLE, conll + " is not a CoNLL-2000 file");
      }
      int[] p = new int[n];
      int[] c = new int[n];
      model.analyse(s.words(), p, c);
      String[] guess = new String[n];
      for (int i = 0; i < n; i++) {
        right += model.posTag(p[i]).equals(s.pos()[i]) ? 1 : 0;
        guess[i] = model.chunkTag(c[i]);
      }
      tokens += n;
      scorer.add(Arrays.asList(s.chunks()), Arrays.asList(guess));
    }
    // warm-up passes over at least WARM_UP_TOKENS let the JIT compile the hot paths; then the best of TIMED passes
    long best = Long.MAX_VALUE;
    int warmUps = (int) Math.max(2, (WARM_UP_TOKENS + tokens - 1) / Math.max(1, tokens));
    for (int pass = 0; pass < warmUps + TIMED; pass++) {
      long start = Measure.threadCpuNanos();
      for (SyntaxTrainer.Sentence s : sentences) {
        int[] p = new int[s.words().length];
        int[] c = new int[p.length];
        model.analyse(s.words(), p, c);
      }
      long nanos = Math.max(1, Measure.threadCpuNanos() - start);
      if (pass >= warmUps) {
        best = Math.min(best, nanos);
      }
    }
    for (Map.Entry<String, Prf> e : scorer.byType().entrySet()) {
      console.out().println(line(e.getKey(), e.getValue()));
    }
    console.out().println(line("ALL", scorer.overall()));
    console.out().printf(Locale.ROOT, "syntax pos_acc=%.4f chunk_f1=%.4f tokens_per_s=%d%n",
        tokens == 0 ? 0 : right / (double) tokens, scorer.overall().f1(), Math.round(tokens / (best / 1e9)));
    return 0;
  }

  private static String line(String type, Prf p) {
    return String.format(Locale.ROOT, "%-5s p=%.4f r=%.4f f1=%.4f  (correct %d, predicted %d, gold %d)", type,
        p.precision(), p.recall(), p.f1(), p.truePositives(), p.predicted(), p.gold());
  }
}
