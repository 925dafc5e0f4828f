package org.herald.stage.quote;

import java.util.List;
import java.util.Set;
import org.herald.model.Article;
import org.herald.model.LayerKey;
import org.herald.pipeline.Resources;
import org.herald.pipeline.Stage;
import org.herald.stage.name.NameStage;

/**
 * Finds quotations and who said them: direct quotes between quote marks (curly or straight double quotes,
 * clearly paired single quotes, across paragraph breaks by news convention) and reported speech after cue
 * verbs ("Putin said that …", "X told reporters …", "according to the Kremlin, …"), each attributed to an
 * entity of {@link NameStage#ENTITIES} where one is mentioned as the cue's subject. Cue words come from
 * {@code quote-cues-v2.tsv}; reported contents the rules miss (stances, attitudes: "her support for the plan")
 * come from a tagger learnt from PolNeAR, {@code quote-tagger-v1.bin} (see {@link QuoteTagger}). The speaker of
 * a direct quote that no confident rule attributes (carried from the previous quote, shared in a sentence, the
 * sentence subject, none) is chosen among nearby candidates by a ranker learnt from PolNeAR,
 * {@code quote-speaker-v1.bin} (see {@link QuoteSpeakerRanker}). See
 * {@link QuoteFinder} for the attribution rules and {@link QuoteMarks} for the
 * quote-mark rules.
 *
 * <p>Output: {@link #QUOTES}, sorted by start then end; a direct quote covers the content inside its marks
 * (without a trailing comma), a reported one the reported clause up to the sentence end (without the final
 * period). Quotes may span sentences and paragraphs. An interrupted quote ("“We will come,” he said, “and we
 * will win.”") gives one quote per stretch, all with the same speaker. Quoted strings of at most two words
 * (titles, ship names, scare quotes) are kept only when a cue is near them: after or before their marks, or
 * earlier in their sentence. Thread-safe after {@link #open}.
 */
public final class QuoteStage implements Stage {
  /** The layer this stage adds. */
  public static final LayerKey<Quote> QUOTES = LayerKey.of("quotes", Quote.class);

  private volatile CueLexicon cues;
  private volatile QuoteTagger tagger;
  private volatile QuoteSpeakerRanker ranker;

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Article.SENTENCES, NameStage.ENTITIES);
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(QUOTES);
  }

  @Override
  public void open(Resources resources) {
    tagger = QuoteTagger.load(resources);
    ranker = QuoteSpeakerRanker.load(resources);
    cues = CueLexicon.load(resources);
  }

  @Override
  public Article apply(Article in) {
    CueLexicon lexicon = cues;
    if (lexicon == null) {
      tagger = QuoteTagger.load(Resources.classpath()); // not opened: fall back to the bundled cues and model
      ranker = QuoteSpeakerRanker.load(Resources.classpath());
      lexicon = CueLexicon.load(Resources.classpath());
      cues = lexicon;
    }
    QuoteTagger model = tagger;
    QuoteSpeakerRanker speakers = ranker;
    if (in.tokenCount() == 0) {
      return in.with(QUOTES, List.of());
    }
    MentionIndex mentions = MentionIndex.of(in.layer(NameStage.ENTITIES));
    return in.with(QUOTES, new QuoteFinder(in, lexicon, mentions, model, speakers).find());
  }

  @Override
  public void close() {
    cues = null;
    tagger = null;
    ranker = null;
  }
}
