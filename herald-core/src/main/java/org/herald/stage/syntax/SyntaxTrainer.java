package org.herald.stage.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Trains a {@link SyntaxModel} from tagged and chunked sentences: first the POS tagger (on every sentence), then
 * the chunker (on the sentences with chunk tags), fed the tags a tagger predicts, jack-knifed over folds so that
 * it learns from tagging errors like those it meets at run time. Fixed seed: the same data and options give the
 * same model, byte for byte. Not thread-safe.
 */
public final class SyntaxTrainer {
  /**
   * One training sentence.
   *
   * @param words the tokens (treebank spelling)
   * @param pos their Penn Treebank tags
   * @param chunks their IOB chunk tags, or null when the sentence only trains the tagger
   */
  public record Sentence(String[] words, String[] pos, String[] chunks) {
    public Sentence {
      Objects.requireNonNull(words, "words");
      Objects.requireNonNull(pos, "pos");
      if (pos.length != words.length || chunks != null && chunks.length != words.length) {
        throw new IllegalArgumentException("words, tags and chunks differ in length: " + words.length);
      }
    }
  }

  /**
   * Training options.
   *
   * @param posIterations passes of the tagger over the data
   * @param chunkIterations passes of the chunker
   * @param seed seed of the sentence order
   * @param folds jack-knife folds for the chunker's input tags; 0 trains it on the gold tags
   * @param minWeight averaged weights smaller than this (in updates) are dropped from the model
   */
  public record Options(int posIterations, int chunkIterations, long seed, int folds, double minWeight) {
    /** The options the bundled model was built with. */
    public static Options defaults() {
      return new Options(8, 8, 42, 5, 0.5);
    }
  }

  /**
   * Scores of a model on some sentences.
   *
   * @param posAccuracy share of tokens with the right tag
   * @param chunkF1 chunk-level F1 (exact boundaries and type) on the sentences with chunks, tagging first
   */
  public record Score(double posAccuracy, double chunkF1) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "pos_acc=%.4f chunk_f1=%.4f", posAccuracy, chunkF1);
    }
  }

  private static final int DICTIONARY_MIN_COUNT = 20;
  private static final double DICTIONARY_MIN_SHARE = 0.97;

  private SyntaxTrainer() {
  }

  /**
   * Trains a model.
   *
   * @param dev sentences scored after every pass (may be empty)
   * @param log receives one line a pass
   */
  public static SyntaxModel train(List<Sentence> train, List<Sentence> dev, Options options, Consumer<String> log) {
    String[] posTags = tagSet(train, false);
    String[] chunkTags = tagSet(train, true);
    if (chunkTags.length < 2) {
      throw new IllegalArgumentException("no chunked training sentence");
    }
    List<Sentence> chunked = train.stream().filter(s -> s.chunks() != null).toList();
    // the tagger, with the dictionary, on everything
    SyntaxModel.TagDictionary dictionary = dictionary(train, posTags);
    Weights pos = trainTagger(train, posTags, dictionary, options, options.posIterations(), dev, chunkTags, log);
    // the chunker's input tags
    List<int[]> inputTags = new ArrayList<>(chunked.size());
    if (options.folds() >= 2) {
      int[] fold = new int[chunked.size()];
      for (int i = 0; i < fold.length; i++) {
        fold[i] = i * options.folds() / fold.length; // contiguous blocks: neighbouring sentences share topics
      }
      Set<Sentence> chunkedSet = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      chunkedSet.addAll(chunked);
      for (int k = 0; k < options.folds(); k++) {
        List<Sentence> rest = new ArrayList<>();
        Set<Sentence> held = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < fold.length; i++) {
          if (fold[i] == k) {
            held.add(chunked.get(i));
          }
        }
        for (Sentence s : train) {
          if (!held.contains(s)) {
            rest.add(s);
          }
        }
        SyntaxModel.TagDictionary d = dictionary(rest, posTags);
        Weights w = trainTagger(rest, posTags, d, options, options.posIterations(), List.of(), chunkTags, s -> { });
        SyntaxModel m = new SyntaxModel(posTags, chunkTags, w, emptyWeights(chunkTags.length), d);
        SyntaxModel.Scratch scratch = m.new Scratch();
        for (int i = 0; i < fold.length; i++) {
          if (fold[i] == k) {
            Sentence s = chunked.get(i);
            int[] ids = new int[s.words().length];
            m.tagIds(WordForms.treebank(s.words()), ids, scratch);
            inputTags.add(ids);
          }
        }
        log.accept("fold " + (k + 1) + "/" + options.folds() + " tagged");
      }
    } else {
      Map<String, Integer> index = index(posTags);
      for (Sentence s : chunked) {
        int[] ids = new int[s.words().length];
        for (int i = 0; i < ids.length; i++) {
          ids[i] = index.get(s.pos()[i]);
        }
        inputTags.add(ids);
      }
    }
    Weights chunk = trainChunker(chunked, inputTags, chunkTags, options, dev,
        new SyntaxModel(posTags, chunkTags, pos, emptyWeights(chunkTags.length), dictionary), log);
    return new SyntaxModel(posTags, chunkTags, pos, chunk, dictionary);
  }

  /** POS accuracy and chunk F1 of {@code model} on {@code sentences} (tagging from the words alone). */
  public static Score score(SyntaxModel model, List<Sentence> sentences) {
    long tokens = 0;
    long right = 0;
    long tp = 0;
    long predicted = 0;
    long gold = 0;
    SyntaxModel.Scratch s = model.new Scratch();
    for (Sentence sentence : sentences) {
      int n = sentence.words().length;
      int[] p = new int[n];
      int[] c = new int[n];
      String[] words = WordForms.treebank(sentence.words());
      model.tagIds(words, p, s);
      for (int i = 0; i < n; i++) {
        tokens++;
        if (model.posTag(p[i]).equals(sentence.pos()[i])) {
          right++;
        }
      }
      if (sentence.chunks() != null) {
        model.chunkIds(s.features, p, c, s);
        String[] guess = new String[n];
        for (int i = 0; i < n; i++) {
          guess[i] = model.chunkTag(c[i]);
        }
        Set<String> g = chunkSet(sentence.chunks());
        Set<String> q = chunkSet(guess);
        gold += g.size();
        predicted += q.size();
        q.retainAll(g);
        tp += q.size();
      }
    }
    double precision = predicted == 0 ? 0 : tp / (double) predicted;
    double recall = gold == 0 ? 0 : tp / (double) gold;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Score(tokens == 0 ? 0 : right / (double) tokens, f1);
  }

  private static Set<String> chunkSet(String[] tags) {
    Set<String> out = new HashSet<>();
    for (int[] c : Iob.chunks(tags)) {
      out.add(c[0] + ":" + c[1] + ":" + Iob.type(tags[c[0]]));
    }
    return out;
  }

  private static Weights trainTagger(List<Sentence> train, String[] posTags, SyntaxModel.TagDictionary dictionary,
                                     Options options, int iterations, List<Sentence> dev, String[] chunkTags,
                                     Consumer<String> log) {
    Map<String, Integer> index = index(posTags);
    List<String[]> words = new ArrayList<>(train.size());
    List<int[]> gold = new ArrayList<>(train.size());
    for (Sentence s : train) {
      words.add(WordForms.treebank(s.words()));
      int[] g = new int[s.pos().length];
      for (int i = 0; i < g.length; i++) {
        g[i] = index.get(s.pos()[i]);
      }
      gold.add(g);
    }
    PerceptronTrainer t = new PerceptronTrainer(posTags.length);
    Features f = new Features();
    long[] keys = new long[Features.POS_FEATURES];
    float[] scores = new float[posTags.length];
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < train.size(); i++) {
      order.add(i);
    }
    Random random = new Random(options.seed());
    for (int it = 1; it <= iterations; it++) {
      Collections.shuffle(order, random);
      long seen = 0;
      long right = 0;
      for (int si : order) {
        String[] w = words.get(si);
        int[] g = gold.get(si);
        int[] tags = new int[w.length];
        f.load(w);
        for (int i = 0; i < w.length; i++) {
          int known = dictionary.tag(f.exact[i + 2]);
          if (known >= 0) {
            tags[i] = known;
            continue;
          }
          int n = f.pos(i, tags, keys);
          java.util.Arrays.fill(scores, 0f);
          t.score(keys, n, scores);
          int guess = SyntaxModel.argmax(scores, null);
          t.tick();
          t.update(keys, n, g[i], guess);
          tags[i] = guess;
          seen++;
          right += guess == g[i] ? 1 : 0;
        }
      }
      String line = String.format(Locale.ROOT, "pos pass %d train_acc(unlisted words)=%.4f", it,
          right / (double) Math.max(1, seen));
      if (!dev.isEmpty()) {
        SyntaxModel m = new SyntaxModel(posTags, chunkTags, t.average(options.minWeight()),
            emptyWeights(chunkTags.length), dictionary);
        line += String.format(Locale.ROOT, " dev_acc=%.4f", score(m, posOnly(dev)).posAccuracy());
      }
      log.accept(line);
    }
    return t.average(options.minWeight());
  }

  private static Weights trainChunker(List<Sentence> chunked, List<int[]> inputTags, String[] chunkTags,
                                      Options options, List<Sentence> dev, SyntaxModel tagger, Consumer<String> log) {
    Map<String, Integer> index = index(chunkTags);
    boolean[][] follows = SyntaxModel.follows(chunkTags);
    // after a wrong guess, I-X may be unreachable: the reachable repair B-X is then the target, so that the
    // update does not punish the repair (it would, every time, and leave a rare tag such as B-UCP the winner)
    int[] begin = new int[chunkTags.length];
    for (int c = 0; c < chunkTags.length; c++) {
      String t = chunkTags[c];
      begin[c] = t.startsWith("I-") && index.containsKey("B-" + t.substring(2)) ? index.get("B-" + t.substring(2)) : c;
    }
    PerceptronTrainer t = new PerceptronTrainer(chunkTags.length);
    Features f = new Features();
    long[] keys = new long[Features.CHUNK_FEATURES];
    float[] scores = new float[chunkTags.length];
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < chunked.size(); i++) {
      order.add(i);
    }
    Random random = new Random(options.seed() + 1);
    for (int it = 1; it <= options.chunkIterations(); it++) {
      Collections.shuffle(order, random);
      for (int si : order) {
        Sentence s = chunked.get(si);
        int[] p = inputTags.get(si);
        f.load(WordForms.treebank(s.words()));
        for (int i = 0; i < p.length; i++) {
          f.setPos(i, p[i]);
        }
        int[] out = new int[p.length];
        for (int i = 0; i < p.length; i++) {
          int g = index.get(s.chunks()[i]);
          int n = f.chunk(i, out, keys);
          java.util.Arrays.fill(scores, 0f);
          t.score(keys, n, scores);
          boolean[] allowed = follows[i == 0 ? 0 : out[i - 1] + 1];
          int guess = SyntaxModel.argmax(scores, allowed);
          t.tick();
          t.update(keys, n, allowed[g] ? g : begin[g], guess);
          out[i] = guess;
        }
      }
      String line = "chunk pass " + it;
      if (!dev.isEmpty()) {
        SyntaxModel m = new SyntaxModel(tagger.posTags().toArray(String[]::new), chunkTags,
            tagger.posWeights(), t.average(options.minWeight()), tagger.dictionary());
        line += " dev " + score(m, dev);
      }
      log.accept(line);
    }
    return t.average(options.minWeight());
  }

  private static List<Sentence> posOnly(List<Sentence> dev) {
    return dev.stream().map(s -> new Sentence(s.words(), s.pos(), null)).toList();
  }

  private static Weights emptyWeights(int classes) {
    return new Weights(classes, new long[0], new int[1], new byte[0], new float[0]);
  }

  private static SyntaxModel.TagDictionary dictionary(List<Sentence> train, String[] posTags) {
    Map<String, Integer> index = index(posTags);
    Map<String, int[]> counts = new HashMap<>();
    for (Sentence s : train) {
      String[] w = WordForms.treebank(s.words());
      for (int i = 0; i < w.length; i++) {
        counts.computeIfAbsent(w[i], k -> new int[posTags.length])[index.get(s.pos()[i])]++;
      }
    }
    TreeMap<Long, Byte> entries = new TreeMap<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int total = 0;
      int best = 0;
      for (int c = 0; c < posTags.length; c++) {
        total += e.getValue()[c];
        if (e.getValue()[c] > e.getValue()[best]) {
          best = c;
        }
      }
      if (total >= DICTIONARY_MIN_COUNT && e.getValue()[best] >= DICTIONARY_MIN_SHARE * total) {
        String w = e.getKey();
        entries.put(WordForms.hash(w, 0, w.length(), false), (byte) best);
      }
    }
    long[] keys = new long[entries.size()];
    byte[] tags = new byte[entries.size()];
    int i = 0;
    for (Map.Entry<Long, Byte> e : entries.entrySet()) {
      keys[i] = e.getKey();
      tags[i++] = e.getValue();
    }
    return new SyntaxModel.TagDictionary(keys, tags);
  }

  private static String[] tagSet(List<Sentence> train, boolean chunks) {
    Set<String> tags = new TreeSet<>();
    for (Sentence s : train) {
      String[] t = chunks ? s.chunks() : s.pos();
      if (t != null) {
        Collections.addAll(tags, t);
      }
    }
    if (tags.size() > 127) {
      throw new IllegalArgumentException("more than 127 tags: " + tags.size());
    }
    return tags.toArray(String[]::new);
  }

  private static Map<String, Integer> index(String[] tags) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < tags.length; i++) {
      out.put(tags[i], i);
    }
    return out;
  }
}
