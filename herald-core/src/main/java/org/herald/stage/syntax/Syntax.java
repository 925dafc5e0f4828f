package org.herald.stage.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.herald.model.Article;
import org.herald.model.Sentence;
import org.herald.pipeline.Resources;

/**
 * The syntax of single sentences on demand, for stages that need it only where they found something (the event
 * stage on sentences with a trigger candidate): tags, chunks and clauses of one sentence, read from the
 * {@link SyntaxStage} layers when the article has them, else computed. Immutable and thread-safe.
 *
 * <pre>{@code
 * Syntax syntax = Syntax.load(resources);              // once, in a stage's open()
 * SentenceSyntax s = syntax.sentence(article, index);  // per sentence, any thread
 * Clause c = s.clauseOf(triggerToken);                 // null when the trigger is in no verb group
 * }</pre>
 */
public final class Syntax {
  private final SyntaxModel model;
  private final Clauses clauses;

  /** Syntax from a tagger-chunker model and clause rules. */
  public Syntax(SyntaxModel model, Clauses clauses) {
    this.model = Objects.requireNonNull(model, "model");
    this.clauses = Objects.requireNonNull(clauses, "clauses");
  }

  /** Loads the bundled model and clause words through {@code resources}. */
  public static Syntax load(Resources resources) {
    return new Syntax(SyntaxModel.load(resources), Clauses.load(resources));
  }

  public SyntaxModel model() {
    return model;
  }

  public Clauses clauses() {
    return clauses;
  }

  /**
   * The syntax of sentence {@code index} of a tokenised article.
   *
   * @throws IndexOutOfBoundsException when there is no such sentence
   */
  public SentenceSyntax sentence(Article article, int index) {
    Sentence s = article.sentence(index);
    int n = s.tokenCount();
    String[] tokens = new String[n];
    for (int i = 0; i < n; i++) {
      tokens[i] = article.tokenText(s.firstToken() + i);
    }
    String[] pos = new String[n];
    String[] iob = new String[n];
    List<Chunk> chunks;
    if (article.has(SyntaxStage.POS) && article.has(SyntaxStage.CHUNKS)) {
      List<PosTag> tags = article.layer(SyntaxStage.POS);
      for (int i = 0; i < n; i++) {
        pos[i] = tags.get(s.firstToken() + i).tag();
      }
      chunks = chunksIn(article.layer(SyntaxStage.CHUNKS), s);
      java.util.Arrays.fill(iob, "O");
      for (Chunk c : chunks) {
        for (int t = c.firstToken(); t < c.endToken(); t++) {
          iob[t - s.firstToken()] = (t == c.firstToken() ? "B-" : "I-") + c.type().name();
        }
      }
    } else {
      int[] p = new int[n];
      int[] c = new int[n];
      model.analyse(tokens, p, c);
      for (int i = 0; i < n; i++) {
        pos[i] = model.posTag(p[i]);
        iob[i] = model.chunkTag(c[i]);
      }
      chunks = new ArrayList<>();
      addChunks(article, s.firstToken(), iob, chunks);
    }
    return new SentenceSyntax(s.firstToken(), List.of(pos), chunks, clauses.read(tokens, pos, iob,
        s.firstToken()));
  }

  /** Adds the chunks of one sentence's IOB tags (sentence starting at article token {@code first}) to {@code out}. */
  static void addChunks(Article article, int first, String[] iob, List<Chunk> out) {
    for (int[] c : Iob.chunks(iob)) {
      ChunkType type = ChunkType.of(Iob.type(iob[c[0]]));
      if (type != null) {
        out.add(new Chunk(type, article.tokenStart(first + c[0]), article.tokenEnd(first + c[1] - 1),
            first + c[0], first + c[1]));
      }
    }
  }

  /** The chunks of layer {@code all} (in text order) that lie in sentence {@code s}. */
  private static List<Chunk> chunksIn(List<Chunk> all, Sentence s) {
    int lo = 0;
    int hi = all.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).firstToken() < s.firstToken()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int end = lo;
    while (end < all.size() && all.get(end).firstToken() < s.endToken()) {
      end++;
    }
    return all.subList(lo, end);
  }
}
