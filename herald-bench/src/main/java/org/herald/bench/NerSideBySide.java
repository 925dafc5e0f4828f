package org.herald.bench;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.herald.Herald;
import org.herald.model.Article;
import org.herald.pipeline.Pipeline;
import org.herald.pipeline.Resources;
import org.herald.source.ConllDocument;
import org.herald.source.ConllReader;
import org.herald.stage.name.NameStage;

/**
 * Names alone, Herald against Stanford CoreNLP in one JVM run (issue 3's speed bar): CoreNLP's CRF classifier
 * {@code english.conll.4class.distsim}, Herald's recogniser alone (the model's two passes, like for like) and
 * Herald's whole name stage (tokens, model, rules, roles, linking: what {@code herald eval ner} times) tag the
 * same CoNLL-2003 file on its own tokens and sentences, single-threaded,
 * each after a warm-up pass, the best of {@code --passes} (default 3) timed passes each, in this thread's CPU time.
 * Prints every pass and, last,
 * {@code ner_speed model_tokens_per_s=… stage_tokens_per_s=… corenlp_tokens_per_s=… model_ratio=… stage_ratio=…}.
 *
 * <pre>
 * java -cp "herald-bench/target/classes:$(cat herald-bench/target/classpath.txt)" \
 *     org.herald.bench.NerSideBySide --conll ../shared/data/conll2003/test.txt
 * </pre>
 */
public final class NerSideBySide {
  private static final String CRF = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private NerSideBySide() {
  }

  public static void main(String[] args) throws Exception {
    Path conll = null;
    int passes = 3;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--conll" -> conll = Path.of(args[++i]);
        case "--passes" -> passes = Integer.parseInt(args[++i]);
        default -> {
          System.err.println("ner-side-by-side: unknown option " + args[i] + "; options: --conll FILE [--passes N]");
          System.exit(2);
        }
      }
    }
    if (conll == null) {
      System.err.println("ner-side-by-side: --conll FILE is required");
      System.exit(2);
    }
    List<ConllDocument> docs = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(conll, StandardCharsets.UTF_8)) {
      new ConllReader(r, conll.toString()).forEach(docs::add);
    }
    List<Article> articles = new ArrayList<>();
    List<List<CoreLabel>> sentences = new ArrayList<>();
    long tokens = 0;
    for (int i = 0; i < docs.size(); i++) {
      ConllDocument d = docs.get(i);
      articles.add(d.toArticle("conll-" + (i + 1)));
      tokens += d.tokenCount();
      for (List<String[]> sentence : d.sentences()) {
        List<CoreLabel> labels = new ArrayList<>(sentence.size());
        for (String[] line : sentence) {
          CoreLabel l = new CoreLabel();
          l.setWord(line[0]);
          l.setValue(line[0]);
          l.setOriginalText(line[0]);
          labels.add(l);
        }
        sentences.add(labels);
      }
    }
    System.out.printf(Locale.ROOT, "file     %s: %d documents, %d sentences, %d tokens%n", conll, docs.size(),
        sentences.size(), tokens);

    long t0 = System.nanoTime();
    CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(CRF);
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    for (List<CoreLabel> s : sentences) {
      crf.classify(s); // warm-up pass
    }
    System.out.printf(Locale.ROOT, "corenlp  CRF %s, loaded in %.1f s%n", CRF.substring(CRF.lastIndexOf('/') + 1),
        loadSeconds);
    double corenlp = 0;
    for (int p = 0; p < passes; p++) {
      long c0 = SideBySide.cpuNanos();
      for (List<CoreLabel> s : sentences) {
        crf.classify(s);
      }
      double speed = tokens / ((SideBySide.cpuNanos() - c0) / 1e9);
      System.out.printf(Locale.ROOT, "corenlp  pass %d: %.0f tokens per CPU-second%n", p + 1, speed);
      corenlp = Math.max(corenlp, speed);
    }
    crf = null;
    System.gc();

    // Herald's recogniser alone (the model's two passes, as CoreNLP's classifier is its model alone), on the
    // CoNLL tokens as the name stage hands them to it
    String[][][] words = new String[docs.size()][][];
    for (int i = 0; i < docs.size(); i++) {
      List<List<String[]>> ss = docs.get(i).sentences();
      words[i] = new String[ss.size()][];
      for (int k = 0; k < ss.size(); k++) {
        words[i][k] = ss.get(k).stream().map(line -> line[0]).toArray(String[]::new);
      }
    }
    NameStage names = new NameStage();
    names.open(Resources.classpath());
    for (String[][] doc : words) {
      names.modelTags(doc); // warm-up pass
    }
    double model = 0;
    for (int p = 0; p < passes; p++) {
      long c0 = SideBySide.cpuNanos();
      for (String[][] doc : words) {
        names.modelTags(doc);
      }
      double speed = tokens / ((SideBySide.cpuNanos() - c0) / 1e9);
      System.out.printf(Locale.ROOT, "herald   model, pass %d: %.0f tokens per CPU-second%n", p + 1, speed);
      model = Math.max(model, speed);
    }
    names.close();

    double best = 0;
    try (Pipeline pipeline = Herald.pipelineFor(Resources.classpath(), NameStage.ENTITIES)) {
      for (Article a : articles) {
        pipeline.apply(a); // warm-up pass
      }
      for (int p = 0; p < passes; p++) {
        long c0 = SideBySide.cpuNanos();
        for (Article a : articles) {
          pipeline.apply(a);
        }
        double speed = tokens / ((SideBySide.cpuNanos() - c0) / 1e9);
        System.out.printf(Locale.ROOT, "herald   name stage, pass %d: %.0f tokens per CPU-second%n", p + 1, speed);
        best = Math.max(best, speed);
      }
    }
    // each side's best pass: what its JIT settles at, least disturbed by the machine's other work
    System.out.printf(Locale.ROOT, "ner_speed model_tokens_per_s=%.0f stage_tokens_per_s=%.0f corenlp_tokens_per_s=%.0f "
        + "model_ratio=%.1f stage_ratio=%.1f%n", model, best, corenlp, model / corenlp, best / corenlp);
  }
}
