package org.herald.dedupe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Remembers the articles seen so far and tells whether a new one is one of them (issue 7): the same normalised
 * URL, the same text (after lower-casing and dropping punctuation and spacing), or nearly the same text (MinHash
 * Jaccard estimate at or over the threshold, found through locality-sensitive hashing: 32 bands of 4 values, so
 * pairs at 0.8 are found with certainty and pairs under 0.3 are rarely even compared). Texts shorter than
 * {@value #MIN_NEAR_SHINGLES} shingles are only compared exactly, since a few shared words say little.
 *
 * <p>Thread-safe: every method is atomic, so {@link #admit} from several threads lets exactly one of two equal
 * articles in. Memory is about 0.7 KB per article remembered.
 */
public final class Deduplicator {
  /** The default Jaccard similarity at which two texts are near-duplicates. */
  public static final double DEFAULT_THRESHOLD = 0.8;
  /** Texts with fewer shingles than this are only compared exactly. */
  public static final int MIN_NEAR_SHINGLES = 10;
  /** Locality-sensitive bands of a signature: {@link #bandKeys} gives this many keys. */
  public static final int BANDS = 32;
  private static final int ROWS = MinHash.SIZE / BANDS;

  /** How a duplicate was recognised. */
  public enum Kind {
    /** The same normalised URL. */
    URL,
    /** The same words in the same order. */
    TEXT,
    /** Nearly the same words (a syndicated copy, a corrected version). */
    NEAR
  }

  /**
   * A previously seen article the new one duplicates.
   *
   * @param kind how it was recognised
   * @param id the id the earlier article was admitted under
   * @param similarity the estimated Jaccard similarity of the texts (1 for URL and exact matches)
   */
  public record Match(Kind kind, String id, double similarity) {
    /** A one-line description: {@code same URL as ID}, {@code same text as ID}, {@code 87% like ID}. */
    public String describe() {
      return switch (kind) {
        case URL -> "same URL as " + id;
        case TEXT -> "same text as " + id;
        case NEAR -> Math.round(similarity * 100) + "% like " + id;
      };
    }
  }

  private final double threshold;
  private final Map<String, String> byUrl = new HashMap<>();
  private final Map<Long, String> byText = new HashMap<>();
  private final Map<Long, List<Integer>> bands = new HashMap<>();
  private final List<String> ids = new ArrayList<>();
  private final List<int[]> signatures = new ArrayList<>();
  private int remembered;

  public Deduplicator() {
    this(DEFAULT_THRESHOLD);
  }

  /** A deduplicator that calls texts at or over {@code threshold} Jaccard similarity near-duplicates. */
  public Deduplicator(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    this.threshold = threshold;
  }

  /** The earlier article {@code f} duplicates, if any; remembers nothing. */
  public synchronized Optional<Match> find(Fingerprint f) {
    Objects.requireNonNull(f, "f");
    if (f.url() != null) {
      String id = byUrl.get(f.url());
      if (id != null) {
        return Optional.of(new Match(Kind.URL, id, 1));
      }
    }
    if (f.shingles() > 0) {
      String id = byText.get(f.textHash());
      if (id != null) {
        return Optional.of(new Match(Kind.TEXT, id, 1));
      }
    }
    if (f.shingles() < MIN_NEAR_SHINGLES) {
      return Optional.empty();
    }
    int best = -1;
    double bestSim = 0;
    int[] sig = f.signature();
    for (int b = 0; b < BANDS; b++) {
      List<Integer> bucket = bands.get(bandKey(sig, b));
      if (bucket == null) {
        continue;
      }
      for (int i : bucket) {
        double s = MinHash.similarity(sig, signatures.get(i));
        if (s > bestSim || s == bestSim && i < best) {
          best = i;
          bestSim = s;
        }
      }
    }
    return best >= 0 && bestSim >= threshold ? Optional.of(new Match(Kind.NEAR, ids.get(best), bestSim))
        : Optional.empty();
  }

  /**
   * Lets an article in unless it duplicates one seen before: returns the earlier article when it does (and
   * remembers nothing), else remembers {@code f} under {@code id} and returns empty.
   */
  public synchronized Optional<Match> admit(String id, Fingerprint f) {
    Optional<Match> m = find(f);
    if (m.isEmpty()) {
      remember(id, f);
    }
    return m;
  }

  /** Remembers {@code f} under {@code id} without looking (to load articles stored earlier). */
  public synchronized void remember(String id, Fingerprint f) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(f, "f");
    remembered++;
    if (f.url() != null) {
      byUrl.putIfAbsent(f.url(), id);
    }
    if (f.shingles() > 0) {
      byText.putIfAbsent(f.textHash(), id);
    }
    if (f.shingles() >= MIN_NEAR_SHINGLES) {
      int index = ids.size();
      ids.add(id);
      signatures.add(f.signature());
      for (int b = 0; b < BANDS; b++) {
        bands.computeIfAbsent(bandKey(f.signature(), b), k -> new ArrayList<>(1)).add(index);
      }
    }
  }

  /** How many articles have been remembered. */
  public synchronized int size() {
    return remembered;
  }

  /**
   * The locality-sensitive band keys of {@code signature}: two signatures that share one are worth comparing (the
   * store keeps them in a table to find near-duplicates among millions of articles).
   */
  public static long[] bandKeys(int[] signature) {
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      keys[b] = bandKey(signature, b);
    }
    return keys;
  }

  /** The Jaccard similarity at which this deduplicator calls texts near-duplicates. */
  public double threshold() {
    return threshold;
  }

  private static long bandKey(int[] sig, int band) {
    long h = band;
    for (int r = 0; r < ROWS; r++) {
      h = MinHash.mix(h * 31 + sig[band * ROWS + r]);
    }
    return h;
  }
}
