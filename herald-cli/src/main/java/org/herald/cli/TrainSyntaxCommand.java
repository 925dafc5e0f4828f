package org.herald.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.herald.ErrorCodes;
import org.herald.HeraldException;
import org.herald.eval.Conll2000Reader;
import org.herald.eval.TaggedSentence;
import org.herald.eval.TreebankTaggedReader;
import org.herald.stage.syntax.SyntaxModel;
import org.herald.stage.syntax.SyntaxTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code herald train syntax}: the part-of-speech tagger and chunker of the syntax stage (issue 6). */
@Command(name = "syntax", mixinStandardHelpOptions = true,
    description = {"Trains the POS tagger and chunker (greedy averaged perceptrons) on CoNLL-2000 files (word POS "
        + "chunk) and, for the tagger only, Penn Treebank tagged files (a .pos file, or a folder of them), scoring "
        + "the dev file after every pass, and writes the model (ship it as herald-core's "
        + "org/herald/resources/syntax-v1.bin).",
        "Last line: syntax-train dev_pos_acc=… dev_chunk_f1=… model_bytes=…"})
final class TrainSyntaxCommand extends ConsoleAware implements Callable<Integer> {
  @Option(names = "--train", required = true, split = ",", paramLabel = "FILE",
      description = "Training files, comma-separated: CoNLL-2000 files, or treebank .pos files or folders.")
  List<Path> train;
  @Option(names = "--dev", required = true, paramLabel = "FILE", description = "CoNLL-2000 development file.")
  Path dev;
  @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Model file to write.")
  Path out;
  @Option(names = "--pos-iterations", defaultValue = "8", description = "Passes of the tagger (default ${DEFAULT-VALUE}).")
  int posIterations;
  @Option(names = "--chunk-iterations", defaultValue = "8", description = "Passes of the chunker (default ${DEFAULT-VALUE}).")
  int chunkIterations;
  @Option(names = "--folds", defaultValue = "5", description = "Jack-knife folds that tag the chunker's training "
      + "input; 0 trains it on gold tags (default ${DEFAULT-VALUE}).")
  int folds;
  @Option(names = "--min-weight", defaultValue = "0.5", description = "Averaged weights below this are dropped "
      + "(default ${DEFAULT-VALUE}).")
  double minWeight;
  @Option(names = "--seed", defaultValue = "42", description = "Seed of the sentence order (default ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws IOException {
    if (posIterations < 1 || posIterations > 50 || chunkIterations < 1 || chunkIterations > 50 || folds < 0
        || folds == 1 || folds > 20 || !(minWeight >= 0 && minWeight <= 100)) {
      throw new HeraldException(ErrorCodes.USAGE_VALUE, "--pos-iterations and --chunk-iterations must be 1-50, "
          + "--folds 0 or 2-20 and --min-weight 0-100");
    }
    List<SyntaxTrainer.Sentence> tr = new ArrayList<>();
    for (Path p : train) {
      tr.addAll(sentences(p));
    }
    List<SyntaxTrainer.Sentence> dv = sentences(dev);
    if (tr.stream().noneMatch(s -> s.chunks() != null)) {
      throw new HeraldException(ErrorCodes.INPUT_EMPTY, "no CoNLL-2000 (chunked) file among --train");
    }
    SyntaxModel model = SyntaxTrainer.train(tr, dv,
        new SyntaxTrainer.Options(posIterations, chunkIterations, seed, folds, minWeight), console.err()::println);
    TrainCommand.writeModel(out, model::write);
    console.err().println(model.describe());
    SyntaxTrainer.Score score = SyntaxTrainer.score(model, dv);
    console.out().printf(Locale.ROOT, "syntax-train dev_pos_acc=%.4f dev_chunk_f1=%.4f model_bytes=%d%n",
        score.posAccuracy(), score.chunkF1(), Files.size(out));
    return 0;
  }

  /** The sentences of a CoNLL-2000 file, a treebank .pos file, or a folder of .pos files (in name order). */
  static List<SyntaxTrainer.Sentence> sentences(Path p) throws IOException {
    if (!Files.exists(p)) {
      throw new HeraldException(ErrorCodes.INPUT_MISSING, "no such file: " + p);
    }
    List<TaggedSentence> read = new ArrayList<>();
    if (Files.isDirectory(p)) {
      List<Path> files;
      try (Stream<Path> s = Files.list(p)) {
        files = s.filter(f -> f.getFileName().toString().endsWith(".pos")).sorted().toList();
      }
      for (Path f : files) {
        read.addAll(read(f, true));
      }
    } else {
      read.addAll(read(p, p.getFileName().toString().endsWith(".pos")));
    }
    if (read.isEmpty()) {
      throw new HeraldException(ErrorCodes.INPUT_EMPTY, p + " holds no tagged sentence");
    }
    List<SyntaxTrainer.Sentence> out = new ArrayList<>(read.size());
    for (TaggedSentence s : read) {
      out.add(new SyntaxTrainer.Sentence(s.words().toArray(String[]::new), s.pos().toArray(String[]::new),
          s.chunks() == null ? null : s.chunks().toArray(String[]::new)));
    }
    return out;
  }

  /** The corpora are ASCII with a few Latin-1 bytes; read as Latin-1 so that no byte is refused. */
  private static List<TaggedSentence> read(Path f, boolean treebank) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.ISO_8859_1)) {
      return treebank ? TreebankTaggedReader.read(r) : Conll2000Reader.read(r);
    } catch (NoSuchFileException e) {
      throw new HeraldException(ErrorCodes.INPUT_MISSING, "no such file: " + f);
    } catch (MalformedInputException e) {
      throw new HeraldException(ErrorCodes.INPUT_UNREADABLE, f + " is not readable text");
    } catch (IOException e) {
      throw new HeraldException(ErrorCodes.INPUT_UNREADABLE, f + ": " + e.getMessage());
    }
  }
}
