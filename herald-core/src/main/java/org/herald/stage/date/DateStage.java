package org.herald.stage.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.herald.model.Article;
import org.herald.model.LayerKey;
import org.herald.model.Sentence;
import org.herald.pipeline.Resources;
import org.herald.pipeline.Stage;

/**
 * Finds DATE, TIME, DURATION and SET expressions and gives each a TIMEX3 value, resolving relative ones ("on
 * Tuesday", "last September", "two years ago") against the article's publication date and the tense around
 * them. Without a publication date relative expressions keep X-values ({@code XXXX-WXX-2}, {@code PAST_REF}).
 * The patterns live in {@code timex-v2.txt}, the word classes in {@code timex-words-v2.tsv}; the date
 * arithmetic in {@link TimexResolver}. Expressions never cross a sentence and come sorted by start. Thread-safe
 * after {@link #open}.
 */
public final class DateStage implements Stage {
  /** The layer this stage adds. */
  public static final LayerKey<TimeExpression> TIMEX = LayerKey.of("dates", TimeExpression.class);

  /** The grammar's resource name. */
  static final String GRAMMAR = "timex-v2.txt";
  /** The word classes' resource name. */
  static final String WORDS = "timex-words-v2.tsv";

  private volatile Loaded loaded;

  private record Loaded(Lexicon lexicon, Grammar grammar, Tense.Cues cues) {
  }

  @Override
  public String name() {
    return "dates";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Article.TOKENS, Article.SENTENCES);
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(TIMEX);
  }

  @Override
  public void open(Resources resources) {
    Lexicon lexicon = new Lexicon(resources.lines(WORDS));
    loaded = new Loaded(lexicon, new Grammar(resources.lines(GRAMMAR), lexicon), Tense.Cues.of(lexicon));
  }

  @Override
  public Article apply(Article in) {
    Loaded l = loaded;
    if (l == null) {
      throw new IllegalStateException("stage 'dates' used before open()");
    }
    return in.with(TIMEX, find(in, l));
  }

  private static List<TimeExpression> find(Article article, Loaded l) {
    List<TimeExpression> out = new ArrayList<>();
    LocalDate anchor = article.published();
    String text = article.text();
    Discourse discourse = Discourse.of(article);
    for (int s = 0; s < article.sentenceCount(); s++) {
      Sentence sentence = article.sentence(s);
      Units units = Units.of(article, sentence, l.lexicon());
      l.grammar().match(units, found -> {
        Normaliser.Timex t;
        try {
          t = found.rule().normaliser().apply(new Match(units, found, l.grammar(), l.cues(), anchor, discourse));
        } catch (TimexResolver.YearOutOfRange e) {
          return false;
        }
        if (t == null || t.value() == null) {
          return false;
        }
        if (t == Normaliser.BLOCKED) {
          return true;
        }
        if (t.type() == TimexType.DATE || t.type() == TimexType.TIME) {
          discourse.namedDate(t.endValue() != null ? t.endValue() : t.value());
        }
        String split = found.rule().args().get("split");
        int endSlot = l.grammar().label("end");
        int endUnit = endSlot < 0 ? -1 : found.capUnit()[endSlot];
        if (split != null && t.endValue() != null && endUnit > found.from()) {
          // TimeML tags the two ends of a range apart: "between <1994> and <1997>"; the first keeps the range's end
          int first = found.from() + Integer.parseInt(split);
          add(out, text, units, first, endUnit - 1, t.type(), t.value(), t.endValue(), mod(t, found, units, l));
          add(out, text, units, endUnit, found.to(), t.type(), t.endValue(), null, null);
          return true;
        }
        add(out, text, units, found.from(), found.to(), t.type(), t.value(), t.endValue(), mod(t, found, units, l));
        return true;
      });
    }
    return out;
  }

  /** Adds the expression over units [from, to) of {@code units}. */
  private static void add(List<TimeExpression> out, String text, Units units, int from, int to, TimexType type,
      String value, String endValue, String mod) {
    int start = units.start[from];
    int end = units.end[to - 1];
    out.add(new TimeExpression(start, end, text.substring(start, end), type, value, endValue, mod));
  }

  /** The rule's {@code mod=}, else the normaliser's, else a captured "early"/"mid"/"the end of". */
  private static String mod(Normaliser.Timex t, Grammar.Found found, Units units, Loaded l) {
    String mod = found.rule().args().get("mod");
    if (mod == null) {
      mod = t.mod();
    }
    if (mod == null) {
      for (String label : new String[] {"MODIFIER", "MODNOUN"}) {
        int slot = l.grammar().label(label);
        int unit = slot < 0 ? -1 : found.capUnit()[slot];
        if (unit >= 0) {
          mod = units.values[unit][found.capClass()[slot]];
          break;
        }
      }
    }
    return mod == null || mod.equals("-") ? null : mod;
  }
}
