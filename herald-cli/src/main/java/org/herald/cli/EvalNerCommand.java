package org.herald.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.herald.Herald;
import org.herald.HeraldException;
import org.herald.eval.ConllScorer;
import org.herald.eval.Prf;
import org.herald.model.Article;
import org.herald.pipeline.Pipeline;
import org.herald.pipeline.Resources;
import org.herald.source.ConllDocument;
import org.herald.source.ConllReader;
import org.herald.stage.name.NameStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code herald eval ner}: entity-level scores of the name stage on a CoNLL-2003 file, and its speed. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = {"Tags a CoNLL-2003 file with the name stage (on the file's own tokens and sentences) and "
        + "prints per-type precision, recall and F1 (entity-level exact match), then",
        "  ner f1=… p=… r=… tokens_per_s=… peak_heap_mb=…",
        "tokens_per_s is single-thread tagging speed (tokens and names only) on a second pass, after a warm-up pass."})
final class EvalNerCommand extends ConsoleAware implements Callable<Integer> {
  @Option(names = "--conll", required = true, paramLabel = "FILE", description = "CoNLL-2003 file (token POS chunk NER).")
  Path conll;

  @Option(names = "--out", paramLabel = "FILE", description = "Also writes every token as 'word gold predicted' "
      + "(conlleval's layout, a blank line between sentences), for error analysis.")
  Path out;

  @Override
  public Integer call() throws IOException {
    List<ConllDocument> docs = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(conll, StandardCharsets.UTF_8)) {
      new ConllReader(r, conll.toString()).forEach(docs::add);
    } catch (NoSuchFileException e) {
      throw new HeraldException(ErrorCodes.INPUT_MISSING, "no such file: " + conll);
    } catch (java.io.UncheckedIOException | java.nio.charset.MalformedInputException e) {
      throw new HeraldException(ErrorCodes.INPUT_UNREADABLE, conll + " is not a UTF-8 CoNLL file");
    }
    if (docs.isEmpty()) {
      throw new HeraldException(ErrorCodes.INPUT_EMPTY, conll + " holds no sentences");
    }
    List<Article> articles = new ArrayList<>(docs.size());
    long tokens = 0;
    for (int i = 0; i < docs.size(); i++) {
      articles.add(docs.get(i).toArticle("conll-" + (i + 1)));
      tokens += docs.get(i).tokenCount();
    }
    ConllScorer scorer = new ConllScorer();
    long nanos;
    try (Pipeline pipeline = Herald.pipelineFor(Resources.classpath(), NameStage.ENTITIES)) {
      for (Article a : articles) {
        pipeline.apply(a); // warm-up: let the JIT compile the hot paths before timing
      }
      List<Article> tagged = new ArrayList<>(articles.size());
      long start = Measure.threadCpuNanos();
      for (Article a : articles) {
        tagged.add(pipeline.apply(a));
      }
      nanos = Math.max(1, Measure.threadCpuNanos() - start);
      StringBuilder dump = new StringBuilder();
      for (int i = 0; i < docs.size(); i++) {
        List<String> gold = new ArrayList<>();
        for (List<String[]> sentence : docs.get(i).sentences()) {
          for (String[] line : sentence) {
            gold.add(line[line.length - 1]);
          }
        }
        String[] predicted = TagCommand.iob2(tagged.get(i));
        scorer.add(gold, Arrays.asList(predicted));
        if (out != null) {
          int t = 0;
          for (List<String[]> sentence : docs.get(i).sentences()) {
            for (String[] line : sentence) {
              dump.append(line[0]).append(' ').append(line[line.length - 1]).append(' ').append(predicted[t++])
                  .append('\n');
            }
            dump.append('\n');
          }
        }
      }
      if (out != null) {
        Files.writeString(out, dump, StandardCharsets.UTF_8);
      }
    }
    for (Map.Entry<String, Prf> e : scorer.byType().entrySet()) {
      console.out().println(line(e.getKey(), e.getValue()));
    }
    console.out().println(line("ALL", scorer.overall()));
    Prf all = scorer.overall();
    console.out().printf(Locale.ROOT, "ner f1=%.4f p=%.4f r=%.4f tokens_per_s=%d peak_heap_mb=%d%n",
        all.f1(), all.precision(), all.recall(), Math.round(tokens / (nanos / 1e9)), Measure.peakHeapMb());
    return 0;
  }

  private static String line(String type, Prf p) {
    return String.format(Locale.ROOT, "%-5s p=%.4f r=%.4f f1=%.4f  (correct %d, predicted %d, gold %d)", type,
        p.precision(), p.recall(), p.f1(), p.truePositives(), p.predicted(), p.gold());
  }
}
