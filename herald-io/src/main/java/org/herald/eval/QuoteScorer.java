package org.herald.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.model.Span;
import org.herald.stage.name.Entity;
import org.herald.stage.name.Mention;
import org.herald.stage.quote.Quote;

/**
 * Scores Herald's quotes against PolNeAR gold attributions. Mutable; not thread-safe.
 *
 * <p>A gold attribution is <em>direct</em> when its content holds a quote mark (straight or curly double quote,
 * two straight apostrophes as the New York Times archive writes them, or an opening curly single quote), counting one char either side of each content fragment so that a content
 * annotated inside its marks counts too; this takes in partial quotes ("pledged to increase “people-to-people
 * interaction”"), as issue 5 asks. Every other attribution is <em>reported</em> speech.
 *
 * <ul>
 *   <li>Direct recall: gold direct attributions whose content overlaps a predicted direct quote, over all gold
 *       direct attributions. Direct precision: predicted direct quotes that overlap a gold direct content, over
 *       all predicted direct quotes.
 *   <li>Reported recall: gold reported attributions whose content overlaps a predicted reported quote. Reported
 *       precision, for the record (issue 5 sets no bar on it): predicted reported quotes that overlap any gold
 *       content, over all predicted reported quotes.
 *   <li>Speaker accuracy, for detected gold attributions that have a source: the predicted quote that overlaps
 *       the content most has a speaker that is right: its speaker span overlaps the gold source, or its entity
 *       has a mention overlapping the gold source, or it names the same person: the capitalised words of its
 *       name and of the gold source's trailing name (titles, a closing parenthesis and a possessive dropped),
 *       one set inside the other; or, for a source with an apposition or parenthesis ("Donald Trump, her
 *       opponent,"), its name's words all inside the source's leading name.
 * </ul>
 */
public final class QuoteScorer {
  private final Counts direct = new Counts();
  private final Counts reported = new Counts();
  private long directPredicted;
  private long directPredictedCorrect;
  private long reportedPredicted;
  private long reportedPredictedCorrect;
  private final List<String> errors;

  /** Counts for one kind of attribution. */
  public static final class Counts {
    long gold;
    long found;
    long foundHalf;
    long judged;
    long speakerCorrect;

    /** Gold attributions of this kind. */
    public long gold() {
      return gold;
    }

    /** Gold attributions overlapped by a predicted quote of this kind. */
    public long found() {
      return found;
    }

    /**
     * Found gold attributions of which the best predicted quote covers at least half the content's chars: a
     * stricter view of detection than any overlap, printed beside it.
     */
    public long foundHalf() {
      return foundHalf;
    }

    /** foundHalf / gold; 0 when there is no gold. */
    public double recallHalf() {
      return gold == 0 ? 0 : foundHalf / (double) gold;
    }

    /** Found gold attributions that have a gold source. */
    public long judged() {
      return judged;
    }

    /** Judged attributions whose predicted speaker is right. */
    public long speakerCorrect() {
      return speakerCorrect;
    }

    /** found / gold; 0 when there is no gold. */
    public double recall() {
      return gold == 0 ? 0 : found / (double) gold;
    }

    /** speakerCorrect / judged; 0 when nothing was judged. */
    public double speakerAccuracy() {
      return judged == 0 ? 0 : speakerCorrect / (double) judged;
    }
  }

  /** A scorer that keeps no error examples. */
  public QuoteScorer() {
    this(false);
  }

  /** A scorer that, when {@code keepErrors}, records one line per miss, false alarm and wrong speaker. */
  public QuoteScorer(boolean keepErrors) {
    this.errors = keepErrors ? new ArrayList<>() : null;
  }

  /**
   * Scores one article: its gold attributions, Herald's quotes and entities on the same text (same offsets).
   */
  public void add(PolnearArticle gold, List<Quote> predicted, List<Entity> entities) {
    String text = gold.text();
    List<PolnearAttribution> goldDirect = new ArrayList<>();
    for (PolnearAttribution g : gold.attributions()) {
      boolean isDirect = isDirect(g, text);
      if (isDirect) {
        goldDirect.add(g);
      }
      Counts c = isDirect ? direct : reported;
      c.gold++;
      Quote best = null;
      int bestOverlap = 0;
      for (Quote q : predicted) {
        if (q.direct() != isDirect) {
          continue;
        }
        int o = PolnearAttribution.overlap(g.content(), q);
        if (o > bestOverlap) {
          best = q;
          bestOverlap = o;
        }
      }
      if (best == null) {
        log(gold, isDirect ? "MISS direct" : "MISS reported", g.content(), text,
            "cue=" + joined(g.cue(), text) + " source=" + joined(g.source(), text));
        continue;
      }
      c.found++;
      int length = 0;
      for (Span p : g.content()) {
        length += p.end() - p.start();
      }
      if (2 * bestOverlap >= length) {
        c.foundHalf++;
      }
      if (g.source().isEmpty()) {
        continue;
      }
      c.judged++;
      if (isRightSpeaker(best, g.source(), entities, text)) {
        c.speakerCorrect++;
      } else {
        log(gold, isDirect ? "SPEAKER direct" : "SPEAKER reported", g.content(), text,
            "gold=" + joined(g.source(), text) + "@" + g.source().get(0).start() + " herald=" + best.speakerName() + " (" + best.speaker() + ")"
            + (best.speakerSpan() == null ? "" : " at '" + joined(List.of(best.speakerSpan()), text) + "'@"
            + best.speakerSpan().start()) + (best.cue() == null ? "" : " cue=" + best.cue()));
      }
    }
    for (Quote q : predicted) {
      if (!q.direct()) {
        reportedPredicted++;
        for (PolnearAttribution g : gold.attributions()) {
          if (PolnearAttribution.overlaps(g.content(), q)) {
            reportedPredictedCorrect++;
            break;
          }
        }
        continue;
      }
      directPredicted++;
      boolean hit = false;
      for (PolnearAttribution g : goldDirect) {
        if (PolnearAttribution.overlaps(g.content(), q)) {
          hit = true;
          break;
        }
      }
      if (hit) {
        directPredictedCorrect++;
      } else {
        log(gold, "FALSE direct", List.of(q), text, "speaker=" + q.speakerName());
      }
    }
  }

  /** Whether {@code g} is a direct quotation: a quote mark in its content or right beside it. */
  public static boolean isDirect(PolnearAttribution g, String text) {
    for (Span s : g.content()) {
      for (int i = Math.max(0, s.start() - 1); i < Math.min(text.length(), s.end() + 1); i++) {
        char c = text.charAt(i);
        if (c == '"' || c == '\u201c' || c == '\u201d' || c == '\u2018'
            || c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether quote {@code q}'s speaker is the gold source (see the class comment). */
  static boolean isRightSpeaker(Quote q, List<Span> source, List<Entity> entities, String text) {
    if (q.speakerSpan() != null && PolnearAttribution.overlaps(source, q.speakerSpan())) {
      return true;
    }
    if (q.speaker() != null) {
      for (Entity e : entities) {
        if (e.id().equals(q.speaker())) {
          for (Mention m : e.mentions()) {
            if (PolnearAttribution.overlaps(source, m)) {
              return true;
            }
          }
        }
      }
    }
    if (q.speakerName() == null) {
      return false;
    }
    String gold = joined(source, text);
    Set<String> goldName = trailingName(gold);
    Set<String> name = new HashSet<>(trailingName(q.speakerName()));
    if (name.isEmpty()) {
      return false;
    }
    if (!goldName.isEmpty() && (goldName.containsAll(name) || name.containsAll(goldName))) {
      return true;
    }
    // "Donald Trump, her Republican opponent,": the name heads an apposition; Herald's name must lie inside it
    Set<String> head = leadingName(gold);
    return !head.isEmpty() && (gold.indexOf(',') >= 0 || gold.indexOf('(') >= 0) && head.containsAll(name);
  }

  /**
   * The capitalised words that end {@code phrase} ("Trump campaign manager Kellyanne Conway" → Kellyanne, Conway),
   * past a closing parenthesis ("Rep. Gwen Moore (D-Wis.)") and trailing punctuation; a possessive "'s" is
   * dropped ("Ana Silva's" → ana, silva).
   */
  static Set<String> trailingName(String phrase) {
    String p = phrase.strip();
    if (p.endsWith(")") && p.lastIndexOf('(') > 0) {
      p = p.substring(0, p.lastIndexOf('(')).strip();
    }
    String[] words = p.split("\\s+");
    Set<String> out = new HashSet<>();
    for (int i = words.length - 1; i >= 0; i--) {
      String w = stripEnd(words[i]);
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        break;
      }
      if (w.endsWith(".") && w.length() <= 5) {
        continue; // a title: "Sen.", "Rep.", "Mr."
      }
      out.add(normal(w));
    }
    out.remove("");
    return out;
  }

  /**
   * The capitalised words that start {@code phrase}, titles and leading determiners dropped, up to the first
   * lower-case word, comma or parenthesis ("Scott Pruitt, the attorney general," → scott, pruitt).
   */
  static Set<String> leadingName(String phrase) {
    Set<String> out = new HashSet<>();
    for (String raw : phrase.strip().split("\\s+")) {
      if (raw.isEmpty() || raw.charAt(0) == '(') {
        break;
      }
      String w = stripEnd(raw);
      if (out.isEmpty() && Set.of("the", "a", "an", "another").contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        break;
      }
      if (!(w.endsWith(".") && w.length() <= 5)) {
        out.add(normal(w));
      }
      if (raw.endsWith(",")) {
        break;
      }
    }
    out.remove("");
    return out;
  }

  /** {@code w} without trailing commas and a possessive ending. */
  private static String stripEnd(String w) {
    int e = w.length();
    while (e > 0 && (w.charAt(e - 1) == ',' || w.charAt(e - 1) == ';' || w.charAt(e - 1) == ':')) {
      e--;
    }
    w = w.substring(0, e);
    if (w.endsWith("'s") || w.endsWith("\u2019s")) {
      w = w.substring(0, w.length() - 2);
    }
    return w;
  }

  private static String normal(String w) {
    return w.replaceAll("[^\\p{L}\\p{N}-]", "").toLowerCase(Locale.ROOT);
  }

  private static String joined(List<? extends Span> spans, String text) {
    StringBuilder b = new StringBuilder();
    for (Span s : spans) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(text, s.start(), s.end());
    }
    return b.toString();
  }

  private void log(PolnearArticle a, String kind, List<? extends Span> spans, String text, String extra) {
    if (errors == null) {
      return;
    }
    String covered = joined(spans, text).replace('\n', ' ');
    if (covered.length() > 160) {
      covered = covered.substring(0, 157) + "...";
    }
    errors.add(kind + "\t" + a.name() + "@" + spans.get(0).start() + "\t" + covered
        + (extra == null ? "" : "\t" + extra));
  }

  /** Direct quotations. */
  public Counts direct() {
    return direct;
  }

  /** Reported speech. */
  public Counts reported() {
    return reported;
  }

  /** Predicted direct quotes. */
  public long directPredicted() {
    return directPredicted;
  }

  /** Predicted direct quotes that overlap a gold direct content. */
  public long directPredictedCorrect() {
    return directPredictedCorrect;
  }

  /** directPredictedCorrect / directPredicted; 0 when nothing was predicted. */
  public double directPrecision() {
    return directPredicted == 0 ? 0 : directPredictedCorrect / (double) directPredicted;
  }

  /** Predicted reported quotes. */
  public long reportedPredicted() {
    return reportedPredicted;
  }

  /** Predicted reported quotes that overlap a gold content of any kind. */
  public long reportedPredictedCorrect() {
    return reportedPredictedCorrect;
  }

  /** reportedPredictedCorrect / reportedPredicted; 0 when nothing was predicted. */
  public double reportedPrecision() {
    return reportedPredicted == 0 ? 0 : reportedPredictedCorrect / (double) reportedPredicted;
  }

  /** The recorded error lines (kind, article@offset, text, detail), empty unless errors are kept. */
  public List<String> errors() {
    return errors == null ? List.of() : List.copyOf(errors);
  }
}
