package org.herald.model;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable news article: its clean text, tokens and sentences in compact arrays, and one list of typed
 * annotations per layer. Stages never change an article; they return a copy with one more layer. All offsets
 * are char offsets into {@link #text()}, start inclusive, end exclusive. Thread-safe.
 */
public final class Article {
  /** Pseudo-layer present once tokens are set; its list is {@link #tokens()}. */
  public static final LayerKey<Token> TOKENS = LayerKey.of("tokens", Token.class);
  /** Pseudo-layer present once sentences are set; its list is {@link #sentences()}. */
  public static final LayerKey<Sentence> SENTENCES = LayerKey.of("sentences", Sentence.class);

  private static final int MAX_PROBLEMS = 50;
  private static final int[] NONE = new int[0];

  private final String id;
  private final String path;
  private final String url;
  private final String title;
  private final LocalDate published;
  private final String language;
  private final String text;
  private final OffsetMap offsets;
  private final int[] tokenStarts;
  private final int[] tokenEnds;
  private final int[] sentenceStarts; // index of each sentence's first token; null before tokenisation
  private final Map<LayerKey<?>, List<?>> layers;
  private final List<Problem> problems;

  private Article(Builder b, int[] tokenStarts, int[] tokenEnds, int[] sentenceStarts,
                  Map<LayerKey<?>, List<?>> layers) {
    this.id = b.id;
    this.path = b.path;
    this.url = b.url;
    this.title = b.title;
    this.published = b.published;
    this.language = b.language;
    this.text = b.text;
    this.offsets = b.offsets;
    this.problems = b.problems;
    this.tokenStarts = tokenStarts;
    this.tokenEnds = tokenEnds;
    this.sentenceStarts = sentenceStarts;
    this.layers = layers;
  }

  /** Starts an article with clean text {@code text}. */
  public static Builder builder(String id, String text) {
    return new Builder(id, text);
  }

  public String id() {
    return id;
  }

  /** The file it was read from, or null. */
  public String path() {
    return path;
  }

  /** Its URL, or null. */
  public String url() {
    return url;
  }

  /** Its title, or null. */
  public String title() {
    return title;
  }

  /** Its publication date, or null when unknown: relative dates then stay unresolved. */
  public LocalDate published() {
    return published;
  }

  /** ISO 639-1 language code, such as {@code en}. */
  public String language() {
    return language;
  }

  /** The clean body text that all offsets index into. */
  public String text() {
    return text;
  }

  /** Leads clean offsets back to the raw source. */
  public OffsetMap offsets() {
    return offsets;
  }

  /** What went wrong while reading the source, at most 50 entries. */
  public List<Problem> problems() {
    return problems;
  }

  // ---- tokens and sentences ----

  /** Whether tokens and sentences are set. */
  public boolean isTokenized() {
    return sentenceStarts != null;
  }

  /** Number of tokens, 0 before tokenisation. */
  public int tokenCount() {
    return tokenStarts.length;
  }

  public int tokenStart(int token) {
    return tokenStarts[token];
  }

  public int tokenEnd(int token) {
    return tokenEnds[token];
  }

  /** The text of token {@code token}. */
  public String tokenText(int token) {
    return text.substring(tokenStarts[token], tokenEnds[token]);
  }

  /** Token views, made on demand; empty before tokenisation. */
  public List<Token> tokens() {
    return new AbstractList<>() {
      @Override
      public Token get(int i) {
        return new Token(i, tokenStarts[i], tokenEnds[i], text.substring(tokenStarts[i], tokenEnds[i]));
      }

      @Override
      public int size() {
        return tokenStarts.length;
      }
    };
  }

  /** Number of sentences, 0 before tokenisation. */
  public int sentenceCount() {
    return sentenceStarts == null ? 0 : sentenceStarts.length;
  }

  /** Sentence {@code index}. */
  public Sentence sentence(int index) {
    int first = sentenceStarts[index];
    int endToken = index + 1 < sentenceStarts.length ? sentenceStarts[index + 1] : tokenStarts.length;
    return new Sentence(index, tokenStarts[first], tokenEnds[endToken - 1], first, endToken);
  }

  /** Sentence views, made on demand; empty before tokenisation. */
  public List<Sentence> sentences() {
    return new AbstractList<>() {
      @Override
      public Sentence get(int i) {
        return sentence(i);
      }

      @Override
      public int size() {
        return sentenceCount();
      }
    };
  }

  /** Index of the token that covers or starts at {@code offset}, or -1 when the offset is between tokens. */
  public int tokenAt(int offset) {
    int i = Arrays.binarySearch(tokenStarts, offset);
    if (i >= 0) {
      return i;
    }
    i = -i - 2;
    return i >= 0 && offset < tokenEnds[i] ? i : -1;
  }

  /** Index of the first token that ends after {@code offset} (tokenCount() when none). */
  public int tokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokenEnds.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokenEnds[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Index of the sentence that holds token {@code token}. */
  public int sentenceOfToken(int token) {
    int i = Arrays.binarySearch(sentenceStarts, token);
    return i >= 0 ? i : -i - 2;
  }

  /** The sentence that holds char {@code offset} (the next one when the offset falls between sentences), or null. */
  public Sentence sentenceAt(int offset) {
    if (sentenceCount() == 0) {
      return null;
    }
    int t = tokenAtOrAfter(offset);
    if (t >= tokenStarts.length) {
      return null;
    }
    return sentence(sentenceOfToken(t));
  }

  // ---- layers ----

  /** Whether layer {@code key} is present (tokens and sentences count once set). */
  public boolean has(LayerKey<?> key) {
    if (key.equals(TOKENS) || key.equals(SENTENCES)) {
      return isTokenized();
    }
    return layers.containsKey(key);
  }

  /** The annotations of layer {@code key}: an unmodifiable list, empty when the layer is absent, never null. */
  @SuppressWarnings("unchecked")
  public <T> List<T> layer(LayerKey<T> key) {
    if (key.equals(TOKENS)) {
      return (List<T>) tokens();
    }
    if (key.equals(SENTENCES)) {
      return (List<T>) sentences();
    }
    List<?> list = layers.get(key);
    return list == null ? List.of() : (List<T>) list;
  }

  /** The layers present, in the order they were added (not counting tokens and sentences). */
  public Set<LayerKey<?>> layerKeys() {
    return Collections.unmodifiableSet(layers.keySet());
  }

  /**
   * A copy with layer {@code key} added.
   *
   * @throws IllegalStateException when the layer is already present: layers are written once
   */
  public <T> Article with(LayerKey<T> key, List<? extends T> values) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(values, "values");
    if (has(key)) {
      throw new IllegalStateException("layer '" + key + "' is already set on article " + id);
    }
    for (Object v : values) {
      if (!key.type().isInstance(v)) {
        throw new IllegalArgumentException("layer '" + key + "' holds " + key.type().getSimpleName()
            + ", not " + (v == null ? "null" : v.getClass().getSimpleName()));
      }
    }
    Map<LayerKey<?>, List<?>> copy = new LinkedHashMap<>(layers);
    copy.put(key, List.copyOf(values));
    return new Article(toBuilder(), tokenStarts, tokenEnds, sentenceStarts, Collections.unmodifiableMap(copy));
  }

  /**
   * A copy with tokens and sentences set.
   *
   * @param starts token start offsets, strictly increasing
   * @param ends token end offsets, each after its start and at or before the next start
   * @param sentenceFirstTokens index of each sentence's first token: starts at 0, strictly increasing
   */
  public Article withTokens(int[] starts, int[] ends, int[] sentenceFirstTokens) {
    if (isTokenized()) {
      throw new IllegalStateException("article " + id + " is already tokenized");
    }
    if (starts.length != ends.length) {
      throw new IllegalArgumentException("starts and ends differ in length");
    }
    int prevEnd = 0;
    for (int i = 0; i < starts.length; i++) {
      if (starts[i] < prevEnd || ends[i] <= starts[i] || ends[i] > text.length()) {
        throw new IllegalArgumentException("bad token " + i + " [" + starts[i] + "," + ends[i] + ")");
      }
      prevEnd = ends[i];
    }
    if (starts.length == 0 ? sentenceFirstTokens.length != 0
        : sentenceFirstTokens.length == 0 || sentenceFirstTokens[0] != 0) {
      throw new IllegalArgumentException("first sentence must start at token 0");
    }
    for (int i = 1; i < sentenceFirstTokens.length; i++) {
      if (sentenceFirstTokens[i] <= sentenceFirstTokens[i - 1] || sentenceFirstTokens[i] >= starts.length) {
        throw new IllegalArgumentException("bad sentence start " + sentenceFirstTokens[i]);
      }
    }
    return new Article(toBuilder(), starts.clone(), ends.clone(), sentenceFirstTokens.clone(), layers);
  }

  /** A builder holding this article's metadata and text (not its tokens or layers). */
  private Builder toBuilder() {
    Builder b = new Builder(id, text);
    b.path = path;
    b.url = url;
    b.title = title;
    b.published = published;
    b.language = language;
    b.offsets = offsets;
    b.problems = problems;
    return b;
  }

  @Override
  public String toString() {
    return "Article[" + id + ", " + text.length() + " chars, " + tokenCount() + " tokens, layers=" + layers.keySet() + "]";
  }

  /** Sets an article's metadata. */
  public static final class Builder {
    private final String id;
    private final String text;
    private String path;
    private String url;
    private String title;
    private LocalDate published;
    private String language = "en";
    private OffsetMap offsets = OffsetMap.identity();
    private List<Problem> problems = List.of();

    private Builder(String id, String text) {
      this.id = Objects.requireNonNull(id, "id");
      this.text = Objects.requireNonNull(text, "text");
    }

    public Builder path(String path) {
      this.path = path;
      return this;
    }

    public Builder url(String url) {
      this.url = url;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder published(LocalDate published) {
      this.published = published;
      return this;
    }

    public Builder language(String language) {
      this.language = Objects.requireNonNull(language, "language");
      return this;
    }

    public Builder offsets(OffsetMap offsets) {
      this.offsets = Objects.requireNonNull(offsets, "offsets");
      return this;
    }

    public Builder problems(List<Problem> problems) {
      List<Problem> p = List.copyOf(problems);
      this.problems = p.size() > MAX_PROBLEMS ? p.subList(0, MAX_PROBLEMS) : p;
      return this;
    }

    public Article build() {
      return new Article(this, NONE, NONE, null, Map.of());
    }
  }
}
