package org.herald.stage.name;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.herald.ErrorCodes;
import org.herald.HeraldException;
import org.herald.model.Article;
import org.herald.model.LayerKey;
import org.herald.pipeline.Resources;
import org.herald.pipeline.Stage;

/**
 * Finds people, organisations, places and other names (CoNLL-2003's PER, ORG, LOC, MISC) with rules and
 * dictionaries, and links each entity's mentions within the article: full names, surnames, role references
 * ("the Russian president") and unambiguous pronouns. People get roles from titles before their names and from
 * appositions, and a country from the title, a list of well-known leaders or their sentence; places get a
 * country and coordinates from the gazetteer. Demonyms ("Russian") are MISC entities with a country, as in
 * CoNLL-2003. Works on running text and on pre-tokenised CoNLL sentences, including all-capitals headlines
 * (where only dictionary names are found). Entities are sorted by first mention with ids E1, E2…; every mention
 * lies on token boundaries inside one sentence. Thread-safe after {@link #open}.
 */
public final class NameStage implements Stage {
  /** The layer this stage adds. */
  public static final LayerKey<Entity> ENTITIES = LayerKey.of("entities", Entity.class);

  /** The trained recogniser's resource (see MODEL.md beside it). */
  static final String MODEL = "ner-v4.bin";

  private volatile Lexicon lexicon;
  private volatile NerModel model;

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Article.TOKENS, Article.SENTENCES);
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(ENTITIES);
  }

  @Override
  public void open(Resources resources) {
    Lexicon lex = new Lexicon(Objects.requireNonNull(resources, "resources"));
    try (java.io.InputStream in = resources.open(MODEL)) {
      model = NerModel.load(in, lex);
    } catch (java.io.IOException e) {
      throw new HeraldException(ErrorCodes.RESOURCE, "unreadable name model " + MODEL + ": " + e.getMessage());
    }
    lexicon = lex;
  }

  @Override
  public Article apply(Article in) {
    Lexicon lex = lexicon;
    if (lex == null) {
      throw new IllegalStateException("NameStage used before open()");
    }
    if (in.tokenCount() == 0) {
      return in.with(ENTITIES, List.of());
    }
    Recognizer r = new Recognizer(in, lex, model);
    r.scan();
    return in.with(ENTITIES, r.link(EntityType.ORGANIZATION));
  }

  /**
   * The trained model's tags alone for one document's sentences (both passes; none of the stage's rules, roles or
   * linking), as CoNLL-2003 BIO tags ("B-PER", "I-ORG", "O"), one per word: what a statistical tagger such as
   * CoreNLP's CRF classifier gives, for side-by-side benchmarks and error analysis. Needs {@link #open}.
   */
  public String[][] modelTags(String[][] sentences) {
    NerModel m = model;
    if (m == null) {
      throw new IllegalStateException("NameStage used before open()");
    }
    int[][] ids = m.tagDocument(sentences);
    String[][] tags = new String[ids.length][];
    for (int k = 0; k < ids.length; k++) {
      tags[k] = new String[ids[k].length];
      for (int i = 0; i < ids[k].length; i++) {
        tags[k][i] = NerModel.TAGS[ids[k][i]];
      }
    }
    return tags;
  }

  @Override
  public void close() {
    lexicon = null;
    model = null;
  }
}
