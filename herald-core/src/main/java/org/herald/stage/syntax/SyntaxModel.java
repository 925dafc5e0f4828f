package org.herald.stage.syntax;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.herald.ErrorCodes;
import org.herald.HeraldException;
import org.herald.pipeline.Resources;

/**
 * Herald's part-of-speech tagger and phrase chunker: two greedy left-to-right averaged perceptrons, the first
 * over Penn Treebank tags (with a dictionary of frequent unambiguous words that skips scoring), the second over
 * CoNLL-2000 IOB2 chunk tags (B-NP, I-NP, B-VP, B-PP, ..., O) from the words and the predicted tags. The model
 * holds only hashed feature keys and weights, no words. Immutable and thread-safe (scratch space is per thread).
 */
public final class SyntaxModel {
  /** The bundled model's resource name. */
  public static final String RESOURCE = "syntax-v1.bin";

  private static final int MAGIC = 0x4853594E; // "HSYN"
  private static final int VERSION = 1;

  private final String[] posTags;
  private final String[] chunkTags;
  private final Weights pos;
  private final Weights chunk;
  private final TagDictionary dictionary;
  private final boolean[][] follows; // follows[previous + 1][tag]: whether chunk tag may follow (previous -1: start)
  private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

  SyntaxModel(String[] posTags, String[] chunkTags, Weights pos, Weights chunk, TagDictionary dictionary) {
    this.posTags = posTags.clone();
    this.chunkTags = chunkTags.clone();
    this.pos = pos;
    this.chunk = chunk;
    this.dictionary = dictionary;
    this.follows = follows(chunkTags);
  }

  /** Loads the bundled model through {@code resources}. */
  public static SyntaxModel load(Resources resources) {
    try (InputStream in = resources.open(RESOURCE)) {
      return read(in);
    } catch (IOException e) {
      throw new HeraldException(ErrorCodes.RESOURCE, "cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** Reads a model that {@link #write} wrote (gzip). */
  public static SyntaxModel read(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw), 1 << 16));
    if (in.readInt() != MAGIC) {
      throw new IOException("not a syntax model");
    }
    int version = in.readInt();
    if (version != VERSION) {
      throw new IOException("syntax model version " + version + ", expected " + VERSION);
    }
    String[] posTags = readStrings(in);
    String[] chunkTags = readStrings(in);
    TagDictionary dictionary = TagDictionary.read(in, posTags.length);
    Weights pos = Weights.read(in);
    Weights chunk = Weights.read(in);
    if (pos.classes() != posTags.length || chunk.classes() != chunkTags.length) {
      throw new IOException("syntax model: weights and tag sets differ");
    }
    return new SyntaxModel(posTags, chunkTags, pos, chunk, dictionary);
  }

  /** Writes the model, gzip-compressed; the same model gives the same bytes. */
  public void write(OutputStream raw) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    writeStrings(out, posTags);
    writeStrings(out, chunkTags);
    dictionary.write(out);
    pos.write(out);
    chunk.write(out);
    out.flush();
    gz.finish();
  }

  /** The Penn Treebank tags the tagger knows, in its order. */
  public List<String> posTags() {
    return List.of(posTags);
  }

  /** The chunk tags the chunker knows (B-NP, I-NP, ..., O), in its order. */
  public List<String> chunkTags() {
    return List.of(chunkTags);
  }

  /** A one-line summary: tags, features and weights. */
  public String describe() {
    return "pos tags=" + posTags.length + " features=" + pos.features() + " weights=" + pos.entries()
        + " dictionary=" + dictionary.size() + "; chunk tags=" + chunkTags.length + " features="
        + chunk.features() + " weights=" + chunk.entries();
  }

  /** The Penn Treebank tag of each of one sentence's tokens (Herald's tokens; see {@link WordForms}). */
  public String[] tag(String[] tokens) {
    int[] ids = new int[tokens.length];
    tagIds(WordForms.treebank(tokens), ids, scratch.get());
    String[] out = new String[ids.length];
    for (int i = 0; i < ids.length; i++) {
      out[i] = posTags[ids[i]];
    }
    return out;
  }

  /**
   * Tags and chunks one sentence's tokens.
   *
   * @param tokens the tokens as Herald's tokenizer writes them
   * @param posOut receives each token's POS tag number (an index into {@link #posTags()})
   * @param chunkOut receives each token's chunk tag number (an index into {@link #chunkTags()})
   */
  public void analyse(String[] tokens, int[] posOut, int[] chunkOut) {
    Scratch s = scratch.get();
    String[] words = WordForms.treebank(tokens);
    tagIds(words, posOut, s);
    chunkIds(s.features, posOut, chunkOut, s);
  }

  Weights posWeights() {
    return pos;
  }

  TagDictionary dictionary() {
    return dictionary;
  }

  /** The POS tag named by number {@code id}. */
  public String posTag(int id) {
    return posTags[id];
  }

  /** The chunk tag named by number {@code id}. */
  public String chunkTag(int id) {
    return chunkTags[id];
  }

  /** Tags {@code words} (treebank forms) into {@code out}, leaving their hashes in {@code s.features}. */
  void tagIds(String[] words, int[] out, Scratch s) {
    Features f = s.features;
    f.load(words);
    float[] scores = s.posScores;
    for (int i = 0; i < words.length; i++) {
      int known = dictionary.tag(f.exact[i + 2]);
      if (known >= 0) {
        out[i] = known;
        continue;
      }
      int n = f.pos(i, out, s.keys);
      Arrays.fill(scores, 0f);
      for (int k = 0; k < n; k++) {
        pos.addTo(s.keys[k], scores);
      }
      out[i] = argmax(scores, null);
    }
  }

  /** Chunks the sentence loaded in {@code f} given its POS tag numbers. */
  void chunkIds(Features f, int[] posIds, int[] out, Scratch s) {
    for (int i = 0; i < f.n; i++) {
      f.setPos(i, posIds[i]);
    }
    float[] scores = s.chunkScores;
    for (int i = 0; i < f.n; i++) {
      int n = f.chunk(i, out, s.keys);
      Arrays.fill(scores, 0f);
      for (int k = 0; k < n; k++) {
        chunk.addTo(s.keys[k], scores);
      }
      out[i] = argmax(scores, follows[i == 0 ? 0 : out[i - 1] + 1]);
    }
  }

  /** The best class; among the allowed ones when {@code allowed} is given; the lowest number on ties. */
  static int argmax(float[] scores, boolean[] allowed) {
    int best = -1;
    float top = Float.NEGATIVE_INFINITY;
    for (int c = 0; c < scores.length; c++) {
      if ((allowed == null || allowed[c]) && scores[c] > top) {
        top = scores[c];
        best = c;
      }
    }
    return best;
  }

  /**
   * Which chunk tag may follow which: I-X only after B-X or I-X (IOB2). Row 0 is the sentence start; row p + 1
   * follows tag p.
   */
  static boolean[][] follows(String[] chunkTags) {
    boolean[][] out = new boolean[chunkTags.length + 1][chunkTags.length];
    for (int p = -1; p < chunkTags.length; p++) {
      String prevType = p < 0 || chunkTags[p].length() < 2 ? null : chunkTags[p].substring(2);
      for (int c = 0; c < chunkTags.length; c++) {
        String t = chunkTags[c];
        out[p + 1][c] = !t.startsWith("I-") || t.substring(2).equals(prevType);
      }
    }
    return out;
  }

  /** One thread's scratch space. */
  final class Scratch {
    final Features features = new Features();
    final long[] keys = new long[Math.max(Features.POS_FEATURES, Features.CHUNK_FEATURES)];
    final float[] posScores = new float[posTags.length];
    final float[] chunkScores = new float[chunkTags.length];
  }

  private static String[] readStrings(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 1 || n > 127) {
      throw new IOException("bad syntax model: " + n + " tags");
    }
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = in.readUTF();
    }
    return out;
  }

  private static void writeStrings(DataOutputStream out, String[] s) throws IOException {
    out.writeInt(s.length);
    for (String x : s) {
      out.writeUTF(x);
    }
  }

  /** Frequent words seen with one tag almost always, by hash of their treebank form. Immutable. */
  static final class TagDictionary {
    private final long[] slots;
    private final byte[] tags;
    private final int mask;
    private final int size;

    /** A dictionary of {@code keys[i]} → {@code tagIds[i]}; keys distinct and non-zero. */
    TagDictionary(long[] keys, byte[] tagIds) {
      Objects.requireNonNull(keys, "keys");
      int cap = Integer.highestOneBit(Math.max(4, keys.length * 2 + 1)) << 1;
      mask = cap - 1;
      slots = new long[cap];
      tags = new byte[cap];
      size = keys.length;
      for (int i = 0; i < keys.length; i++) {
        int s = (int) keys[i] & mask;
        while (slots[s] != 0) {
          s = (s + 1) & mask;
        }
        slots[s] = keys[i];
        tags[s] = tagIds[i];
      }
    }

    int size() {
      return size;
    }

    /** The tag number of the word with hash {@code key}, or -1 when the word is not in the dictionary. */
    int tag(long key) {
      int s = (int) key & mask;
      long k;
      while ((k = slots[s]) != 0) {
        if (k == key) {
          return tags[s];
        }
        s = (s + 1) & mask;
      }
      return -1;
    }

    void write(DataOutputStream out) throws IOException {
      long[] keys = new long[size];
      int n = 0;
      for (long k : slots) {
        if (k != 0) {
          keys[n++] = k;
        }
      }
      Arrays.sort(keys);
      out.writeInt(size);
      for (long k : keys) {
        out.writeLong(k);
        out.writeByte(tag(k));
      }
    }

    static TagDictionary read(DataInputStream in, int tagCount) throws IOException {
      int n = in.readInt();
      if (n < 0 || n > 1_000_000) {
        throw new IOException("bad syntax model: dictionary of " + n);
      }
      long[] keys = new long[n];
      byte[] tags = new byte[n];
      for (int i = 0; i < n; i++) {
        keys[i] = in.readLong();
        tags[i] = in.readByte();
        if (tags[i] < 0 || tags[i] >= tagCount || keys[i] == 0) {
          throw new IOException("bad syntax model: dictionary entry " + i);
        }
      }
      return new TagDictionary(keys, tags);
    }
  }
}
