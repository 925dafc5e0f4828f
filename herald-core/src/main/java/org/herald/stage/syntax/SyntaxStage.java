package org.herald.stage.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.herald.model.Article;
import org.herald.model.LayerKey;
import org.herald.model.Sentence;
import org.herald.pipeline.Resources;
import org.herald.pipeline.Stage;

/**
 * Tags every token with its part of speech and chunks every sentence into phrases (see {@link SyntaxModel}).
 * Clauses are not a layer: {@link Syntax#sentence} reads them off these layers on demand. Thread-safe after
 * {@link #open}.
 */
public final class SyntaxStage implements Stage {
  /** One Penn Treebank tag per token, in token order. */
  public static final LayerKey<PosTag> POS = LayerKey.of("pos", PosTag.class);
  /** The phrase chunks of every sentence, in text order. */
  public static final LayerKey<Chunk> CHUNKS = LayerKey.of("chunks", Chunk.class);

  private volatile SyntaxModel model;

  @Override
  public String name() {
    return "syntax";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Article.TOKENS, Article.SENTENCES);
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(POS, CHUNKS);
  }

  @Override
  public void open(Resources resources) {
    model = SyntaxModel.load(resources);
  }

  @Override
  public Article apply(Article in) {
    SyntaxModel m = model;
    if (m == null) {
      throw new IllegalStateException("syntax stage used before open()");
    }
    List<PosTag> tags = new ArrayList<>(in.tokenCount());
    List<Chunk> chunks = new ArrayList<>();
    for (int si = 0; si < in.sentenceCount(); si++) {
      Sentence s = in.sentence(si);
      int n = s.tokenCount();
      String[] tokens = new String[n];
      for (int i = 0; i < n; i++) {
        tokens[i] = in.tokenText(s.firstToken() + i);
      }
      int[] p = new int[n];
      int[] c = new int[n];
      m.analyse(tokens, p, c);
      String[] iob = new String[n];
      for (int i = 0; i < n; i++) {
        int t = s.firstToken() + i;
        tags.add(new PosTag(t, in.tokenStart(t), in.tokenEnd(t), m.posTag(p[i])));
        iob[i] = m.chunkTag(c[i]);
      }
      Syntax.addChunks(in, s.firstToken(), iob, chunks);
    }
    return in.with(POS, tags).with(CHUNKS, chunks);
  }

  @Override
  public void close() {
    model = null;
  }
}
