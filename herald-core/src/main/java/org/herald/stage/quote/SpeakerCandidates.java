package org.herald.stage.quote;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Article;
import org.herald.model.Span;
import org.herald.stage.name.Entity;
import org.herald.stage.name.EntityType;
import org.herald.stage.name.Mention;
import org.herald.stage.quote.CueLexicon.Match;
import org.herald.stage.quote.QuoteFinder.Speaker;

/**
 * The candidate speakers of one article's direct quotes and their features, for {@link QuoteSpeakerRanker}
 * (issue 5). One instance per {@link QuoteFinder}; not thread-safe.
 *
 * <p>Candidates of a quote, the rules' own choice first when there is one: the mentions of entities (persons,
 * organisations, places, others) and the pronouns "he", "she", "I", "we", "they" outside quote marks, from the
 * sentence before the quote's (when in the same or the previous paragraph) to the sentence after its closing
 * mark (in the same paragraph); and the previous quote's speaker. A candidate that overlaps the rules' choice is
 * that choice. "he"/"she" name the last person before them, as the rules bind them.
 *
 * <p>Features (hashed): the candidate's kind; its direction and distance in tokens from the quote; its sentence
 * and paragraph relative to the quote's; whether the rules chose it and by which rule; whether a lexicon cue
 * follows or precedes it and which, and whether that cue is the quote's own; whether it is the previous quote's
 * speaker; its rank among the candidates on its side; how often its entity is mentioned; whether it opens its
 * sentence, is a possessor or stands before a colon; the words either side of it; and the quote's shape (opens
 * its paragraph, follows words of its sentence, ends in a full stop, has a cue beside its marks).
 */
final class SpeakerCandidates {
  /** How the rules found a direct quote's speaker (the rules' names in {@link QuoteFinder}). */
  static final int VIA_NONE = 0;
  static final int VIA_LABEL = 1;
  static final int VIA_AFTER = 2;
  static final int VIA_BEFORE = 3;
  static final int VIA_DASH = 4;
  static final int VIA_COLON = 5;
  static final int VIA_ANY_VERB = 6;
  static final int VIA_SHARE = 7;
  static final int VIA_SENTENCE_CUE = 8;
  static final int VIA_HEADLINE = 9;
  static final int VIA_SUBJECT = 10;
  static final int VIA_CARRY = 11;
  static final int VIA_PARAGRAPH = 12;
  /** A cue in the partial quote's own clause, past "although", "while", ";": "X said …, although Y wrote …". */
  static final int VIA_OWN_CLAUSE = 13;

  private static final int PHRASE = 0;
  private static final int PER = 1;
  private static final int ORG = 2;
  private static final int LOC = 3;
  private static final int MISC = 4;
  private static final int HE_SHE = 5;
  private static final int I_WE = 6;
  private static final int THEY = 7;
  private static final int IT = 8;
  private static final int WHO = 9;
  /** Candidates of one quote at most (the rules' choice and the previous speaker always among them). */
  private static final int MAX = 24;

  /**
   * One direct quote's candidates.
   *
   * @param start the quote's content start (char offset)
   * @param end its content end
   * @param speakers the candidates
   * @param features each candidate's feature rows
   * @param ruleFirst whether the first candidate is the rules' choice (false when the rules found none)
   * @param via the rule that found the rules' choice ({@code VIA_…})
   */
  record Choice(int start, int end, Speaker[] speakers, int[][] features, boolean ruleFirst, int via) {
  }

  /** What the finder knows of a quote when it asks for candidates. */
  record Context(QuoteMarks.Marked m, Speaker rule, int via, Span cueSpan, boolean adjacent, Speaker previous) {
  }

  private final Article a;
  private final String text;
  private final CueLexicon cues;
  private final MentionIndex mentions;
  private final int[] paragraphStarts;
  private final boolean[] inDirect;
  private final int shift;
  private final java.util.function.IntFunction<Speaker> subjects;
  private Speaker[] subjectAt; // memo of subjects: per token, NO_SUBJECT when none
  private static final Speaker NO_SUBJECT = new Speaker(null, "", null);
  private java.util.Map<String, Integer> counts;
  private long[] cueAt;
  private int[] cueEnd; // per token looked at: the end token of the cue starting there, or -1
  private boolean[] cueObject; // per token looked at: whether the cue starting there takes a listener // per token: the hash of the lemma of the cue starting there, 1 when none, 0 not looked at

  SpeakerCandidates(Article a, CueLexicon cues, MentionIndex mentions, int[] paragraphStarts, boolean[] inDirect,
                    int bits, java.util.function.IntFunction<Speaker> subjects) {
    this.subjects = subjects;
    this.a = a;
    this.text = a.text();
    this.cues = cues;
    this.mentions = mentions;
    this.paragraphStarts = paragraphStarts;
    this.inDirect = inDirect;
    this.shift = 64 - bits;
  }

  /**
   * Whether the rules' choice stands without ranking: one found by a cue right beside the quote's marks ("“…,”
   * Silva said", "Silva said: “…”"), a transcript label, a dash, a colon after a subject, a verb after the quote,
   * in a headline, or a cue earlier in a partial quote's sentence ("He pledged to increase “…”"), also past
   * "although" or "while" (rare in train: the ranker cannot learn those). Ranked are the quotes the rules carry
   * from the previous one, share within a sentence, give the sentence subject or the last paragraph's person, or
   * leave without speaker. Cross-validated on train (5 folds), ranking everything scores 0.9412, these 0.9386,
   * the rules 0.9187; ranking only these costs about a third as much (issue 5: speed). Training sees all quotes.
   *
   * @param via the rule that found the speaker ({@code VIA_…})
   * @param hasRule whether the rules found a speaker with a span
   */
  static boolean isTrusted(int via, boolean hasRule) {
    return hasRule && (via == VIA_AFTER || via == VIA_BEFORE || via == VIA_LABEL || via == VIA_DASH
        || via == VIA_COLON || via == VIA_ANY_VERB || via == VIA_HEADLINE || via == VIA_OWN_CLAUSE
        || via == VIA_SENTENCE_CUE);
  }

  /** The candidates of the quote of {@code c} and their features. */
  Choice choose(Context c) {
    QuoteMarks.Marked m = c.m();
    int to = a.tokenAt(m.open());
    int closeAt = m.close() >= 0 ? m.close() : Math.max(m.open(), m.end() - 1);
    int tc = a.tokenAt(closeAt);
    if (to < 0 || tc < 0) {
      to = Math.max(0, a.tokenAtOrAfter(m.open()));
      tc = Math.max(to, a.tokenAtOrAfter(closeAt));
    }
    int so = a.sentenceOfToken(Math.min(to, a.tokenCount() - 1));
    int sc = a.sentenceOfToken(Math.min(tc, a.tokenCount() - 1));
    int pOpen = paragraphOf(m.open());
    int pClose = paragraphOf(closeAt);
    int lo = a.sentence(so).firstToken();
    if (so > 0 && paragraphOf(a.tokenStart(a.sentence(so - 1).firstToken())) >= pOpen - 1) {
      lo = a.sentence(so - 1).firstToken();
    }
    int hi = sc + 1 < a.sentenceCount() ? a.sentence(sc + 1).endToken() : a.sentence(sc).endToken();
    int paraEnd = pClose + 1 < paragraphStarts.length ? paragraphStarts[pClose + 1] : text.length();

    List<Speaker> found = new ArrayList<>();
    List<int[]> tokens = new ArrayList<>(); // first and end token of each candidate
    List<Integer> kinds = new ArrayList<>();
    boolean ruleFirst = c.rule() != null && c.rule().span() != null;
    if (ruleFirst) {
      add(found, tokens, kinds, c.rule());
    }
    int loChar = a.tokenStart(lo);
    int hiChar = Math.min(paraEnd, a.tokenEnd(hi - 1));
    for (int i = mentions.firstEndingAfter(loChar); i >= 0 && i < mentions.size()
        && mentions.mention(i).start() < hiChar && found.size() < MAX; i++) {
      Mention men = mentions.mention(i);
      int t = a.tokenAtOrAfter(men.start());
      if (t < 0 || inDirect[t] || men.start() >= m.open() && men.start() <= closeAt || overlapsAny(tokens, men)
          || isListener(t)) {
        continue;
      }
      Entity e = mentions.entity(i);
      add(found, tokens, kinds, new Speaker(e.id(), e.name(), Span.of(men.start(), men.end())));
    }
    for (int t = lo; t < hi && found.size() < MAX; t++) {
      int s = a.tokenStart(t);
      if (s >= hiChar) {
        break;
      }
      if (inDirect[t]) {
        continue;
      }
      int kind = pronoun(t);
      if (kind < 0 || s >= m.open() && s <= closeAt || isListener(t)) {
        continue;
      }
      Span span = Span.of(s, a.tokenEnd(t));
      if (overlapsAny(tokens, span)) {
        continue;
      }
      Speaker sp = new Speaker(null, a.tokenText(t), span);
      if (kind == HE_SHE || kind == IT) {
        int ante = mentions.lastBefore(s, kind == IT ? EntityType.ORGANIZATION : EntityType.PERSON);
        if (ante >= 0) {
          sp = new Speaker(mentions.entity(ante).id(), mentions.entity(ante).name(), span);
        }
      }
      add(found, tokens, kinds, sp);
    }
    // the subjects of the speech cues of the window, as the rules read them ("the spokesman said")
    List<int[]> subjectOf = new ArrayList<>(); // candidate, cue token, inverted
    for (int t = lo; t < hi && a.tokenStart(t) < hiChar; t++) {
      if (inDirect[t] || cueLemma(t) == 1) {
        continue;
      }
      Speaker sp = subject(t);
      if (sp == null || sp.span() == null) {
        continue;
      }
      int at = indexOverlapping(tokens, sp.span());
      if (at < 0 && found.size() < MAX && (sp.span().end() <= m.open() || sp.span().start() > closeAt)) {
        at = found.size();
        add(found, tokens, kinds, sp);
      }
      if (at >= 0) {
        subjectOf.add(new int[] {at, t, sp.span().start() > a.tokenStart(t) ? 1 : 0});
      }
    }
    Speaker prev = c.previous();
    if (prev != null && prev.span() != null && !overlapsAny(tokens, prev.span())) {
      add(found, tokens, kinds, prev);
    }

    // features
    int n = found.size();
    int[][] features = new int[n][];
    boolean startsParagraph = m.open() == paragraphStarts[pOpen];
    boolean partial = to > a.sentence(so).firstToken() && !startsParagraph;
    char lastChar = m.end() > m.start() ? text.charAt(m.end() - 1) : ' ';
    boolean endsStop = lastChar == '.';
    String ruleId = c.rule() == null ? null : c.rule().id();
    String prevId = prev == null ? null : prev.id();
    int[] dirOf = new int[n];
    int[] distOf = new int[n];
    for (int i = 0; i < n; i++) {
      int[] tk = tokens.get(i);
      boolean before = found.get(i).span().end() <= m.open();
      dirOf[i] = before ? 0 : 1;
      distOf[i] = before ? Math.max(0, to - tk[1]) : Math.max(0, tk[0] - tc);
    }
    int ruleBit = c.rule() == null ? 2 : 0;
    int w = hi - lo;
    int[] quotes = new int[w + 1]; // quotes[k]: tokens of [lo, lo + k) inside quote marks
    int[] cuesIn = new int[w + 1]; // lexicon cues outside quote marks
    int[] breaks = new int[w + 1]; // clause breaks outside quote marks
    for (int k = 0; k < w; k++) {
      int t = lo + k;
      boolean q = inDirect[t];
      quotes[k + 1] = quotes[k] + (q ? 1 : 0);
      cuesIn[k + 1] = cuesIn[k] + (!q && cueLemma(t) != 1 ? 1 : 0);
      breaks[k + 1] = breaks[k] + (!q && isClauseBreak(t) ? 1 : 0);
    }
    int[] subjCue = new int[n]; // the cue token nearest the quote whose subject each candidate is, or -1
    int[] subjInverted = new int[n];
    java.util.Arrays.fill(subjCue, -1);
    for (int[] so2 : subjectOf) {
      int i = so2[0];
      if (subjCue[i] < 0 || gap(so2[1], to, tc) < gap(subjCue[i], to, tc)) {
        subjCue[i] = so2[1];
        subjInverted[i] = so2[2];
      }
    }
    for (int i = 0; i < n; i++) {
      Speaker sp = found.get(i);
      int[] tk = tokens.get(i);
      int kind = kinds.get(i);
      int dir = dirOf[i];
      int dist = bucket(distOf[i]);
      int rank = 0;
      for (int j = 0; j < n; j++) {
        if (j != i && dirOf[j] == dir && distOf[j] < distOf[i]) {
          rank++;
        }
      }
      rank = Math.min(rank, 3);
      int cs = a.sentenceOfToken(tk[0]);
      int sentRel = clip(dir == 0 ? cs - so : cs - sc, -2, 2);
      int paraRel = clip(paragraphOf(sp.span().start()) - pOpen, -2, 1);
      boolean isRule = ruleFirst && i == 0;
      int r = isRule ? 1 : ruleBit;
      long nextCue = tk[1] < a.tokenCount() ? cueLemma(tk[1]) : 1;
      if (nextCue == 1 && tk[1] + 1 < a.tokenCount() && isAdverbLike(tk[1])) {
        nextCue = cueLemma(tk[1] + 1); // "Silva also said", "Silva on Tuesday said" is rarer
      }
      long prevCue = 1;
      for (int k = Math.max(0, tk[0] - 2); k < tk[0]; k++) {
        long l = cueLemma(k);
        if (l != 1 && cueEnd[k] == tk[0]) {
          prevCue = l;
        }
      }
      boolean quoteCue = false;
      if (c.cueSpan() != null) {
        int cf = a.tokenAtOrAfter(c.cueSpan().start());
        int ce = a.tokenAt(Math.max(c.cueSpan().start(), c.cueSpan().end() - 1));
        quoteCue = cf >= tk[1] && cf - tk[1] <= 3 || ce >= 0 && tk[0] > ce && tk[0] - ce <= 2;
      }
      boolean samePrev = prevId != null && prevId.equals(sp.id()) || prev != null && prev.span() == sp.span();
      boolean sameAsRule = !isRule && ruleId != null && ruleId.equals(sp.id());
      int salience = 0;
      if (sp.id() != null) {
        int count = mentionCount(sp.id());
        salience = count <= 1 ? 1 : count == 2 ? 2 : count <= 5 ? 3 : 4;
      }
      boolean first = tk[0] == a.sentence(cs).firstToken()
          || tk[0] == a.sentence(cs).firstToken() + 1 && isPunctOrConj(tk[0] - 1);
      boolean possessor = tk[1] < a.tokenCount() && isPossessive(tk[1]);
      boolean colon = tk[1] < a.tokenCount() && text.charAt(a.tokenStart(tk[1])) == ':';
      long prevWord = tk[0] > 0 ? word(tk[0] - 1) : 7;
      long nextWord = tk[1] < a.tokenCount() ? word(tk[1]) : 7;
      int near = distOf[i] <= 3 ? 1 : 0;
      // between the candidate and the quote, within the window (prefix counts: no loop per candidate)
      int from = Math.min(hi, Math.max(lo, dir == 0 ? tk[1] : tc + 1)) - lo;
      int until = Math.min(hi, Math.max(lo, dir == 0 ? to : tk[0])) - lo;
      boolean quoteBetween = from < until && quotes[until] > quotes[from];
      boolean cueBetween = from < until && cuesIn[until] > cuesIn[from];
      // "X said …, although Y wrote that she “…”": another clause's subject
      boolean clauseBetween = from < until && breaks[until] > breaks[from];
      long head = kind == PHRASE || kind >= HE_SHE ? word(tk[1] - 1) : kind;
      int isSubj = subjCue[i] >= 0 ? 1 : 0;
      int cueDir = isSubj == 0 ? 2 : subjCue[i] < to ? 0 : 1;
      int cueGap = isSubj == 0 ? 9 : bucket(gap(subjCue[i], to, tc));
      long subjLemma = isSubj == 0 ? 1 : cueLemma(subjCue[i]);
      boolean possessorOfCue = possessor && tk[1] + 1 < a.tokenCount() && cueLemma(tk[1] + 1) != 1;
      int length = bucket(Math.min(40, (m.end() - m.start()) / 20));
      int[] rows = new int[45];
      int k = 0;
      rows[k++] = row(1, kind);
      rows[k++] = row(2, kind, dir, dist);
      rows[k++] = row(3, kind, dir, sentRel);
      rows[k++] = row(4, r, c.via());
      rows[k++] = row(5, r, c.via(), kind);
      rows[k++] = row(6, nextCue, dir);
      rows[k++] = row(7, nextCue != 1 ? 1 : 0, dir, kind);
      rows[k++] = row(8, prevCue, dir);
      rows[k++] = row(9, quoteCue ? 1 : 0, kind, r);
      rows[k++] = row(10, startsParagraph ? 1 : 0, dir, kind);
      rows[k++] = row(11, partial ? 1 : 0, dir, kind);
      rows[k++] = row(12, samePrev ? 1 : 0, startsParagraph ? 1 : 0, dir);
      rows[k++] = row(13, rank, dir);
      rows[k++] = row(14, rank, dir, nextCue != 1 ? 1 : 0);
      rows[k++] = row(15, paraRel, kind);
      rows[k++] = row(16, salience, kind);
      rows[k++] = row(17, first ? 1 : 0, kind);
      rows[k++] = row(18, possessor ? 1 : 0, dir);
      rows[k++] = row(19, colon ? 1 : 0, dir);
      rows[k++] = row(20, prevWord, dir);
      rows[k++] = row(21, nextWord, dir);
      rows[k++] = row(22, sameAsRule ? 1 : 0, r);
      rows[k++] = row(23, ruleBit, kind, dir);
      rows[k++] = row(24, endsStop ? 1 : 0, dir, near);
      rows[k++] = row(25, c.adjacent() ? 1 : 0, r);
      rows[k++] = row(26, c.via(), kind, dir);
      rows[k++] = row(27, samePrev ? 1 : 0, c.via());
      rows[k++] = row(28, sentRel, partial ? 1 : 0, kind);
      rows[k++] = row(29, rank, dir, kind);
      rows[k++] = row(30, prevCue != 1 ? 1 : 0, nextCue != 1 ? 1 : 0, rank, dir);
      rows[k++] = row(31, quoteBetween ? 1 : 0, dir, kind);
      rows[k++] = row(32, cueBetween ? 1 : 0, dir, near);
      rows[k++] = row(33, head, r);
      rows[k++] = row(34, c.via(), c.adjacent() ? 1 : 0, endsStop ? 1 : 0, r);
      rows[k++] = row(36, isSubj, kind);
      rows[k++] = row(37, cueDir, cueGap, dir);
      rows[k++] = row(38, subjLemma, cueDir);
      rows[k++] = row(39, isSubj, r, c.via());
      rows[k++] = row(40, isSubj, subjInverted[i], cueDir, dir);
      rows[k++] = row(41, possessorOfCue ? 1 : 0, dir, kind);
      rows[k++] = row(42, length, dir, kind);
      rows[k++] = row(43, isSubj, kind, nextCue != 1 ? 1 : 0, r);
      rows[k++] = row(44, clauseBetween ? 1 : 0, dir, r);
      rows[k++] = row(45, clauseBetween ? 1 : 0, isSubj, cueDir);
      rows[k++] = row(35, quoteBetween ? 1 : 0, cueBetween ? 1 : 0, nextCue != 1 ? 1 : 0, dir);
      features[i] = rows;
    }
    return new Choice(m.start(), m.end(), found.toArray(new Speaker[0]), features, ruleFirst, c.via());
  }

  /** How many mentions entity {@code id} has in the article (1 when it has none indexed). */
  private int mentionCount(String id) {
    if (counts == null) {
      counts = new java.util.HashMap<>();
      for (int i = 0; i < mentions.size(); i++) {
        counts.put(mentions.entity(i).id(), mentions.entity(i).mentions().size());
      }
    }
    return counts.getOrDefault(id, 1);
  }

  private void add(List<Speaker> found, List<int[]> tokens, List<Integer> kinds, Speaker sp) {
    int f = Math.max(0, a.tokenAtOrAfter(sp.span().start()));
    int e = Math.max(f + 1, a.tokenAtOrAfter(sp.span().end()));
    if (e < 0 || e > a.tokenCount()) {
      e = Math.min(a.tokenCount(), f + 1);
    }
    found.add(sp);
    tokens.add(new int[] {f, e});
    kinds.add(kindOf(sp, f, e));
  }

  private int kindOf(Speaker sp, int f, int e) {
    if (e - f == 1) {
      int p = pronoun(f);
      if (p >= 0) {
        return p;
      }
    }
    int mi = mentions.best(sp.span().start(), sp.span().end());
    if (mi < 0) {
      return PHRASE;
    }
    EntityType t = mentions.entity(mi).type();
    return t == EntityType.PERSON ? PER : t == EntityType.ORGANIZATION ? ORG : t == EntityType.LOCATION ? LOC : MISC;
  }

  /**
   * Whether token {@code t} follows a cue that takes a listener ("told John Doe", "told reporters"): the
   * listener is never the speaker, so it is no candidate.
   */
  private boolean isListener(int t) {
    for (int k = Math.max(0, t - 2); k < t; k++) {
      if (cueLemma(k) != 1 && cueObject[k] && cueEnd[k] == t) {
        return true;
      }
    }
    return false;
  }

  private static final long[] CLAUSE_BREAKS = {hash("while", 0, 5), hash("whereas", 0, 7), hash(";", 0, 1),
      hash("although", 0, 8), hash("though", 0, 6)};

  /** Whether token {@code t} opens a clause of its own: "while", "whereas", ";", "although", "though". */
  private boolean isClauseBreak(int t) {
    int len = a.tokenEnd(t) - a.tokenStart(t);
    if (len > 8 || len > 1 && len < 5) {
      return false;
    }
    long h = word(t);
    for (long c : CLAUSE_BREAKS) {
      if (h == c) {
        return true;
      }
    }
    return false;
  }

  /** Tokens between cue token {@code t} and the quote's marks at tokens {@code to} and {@code tc}. */
  private static int gap(int t, int to, int tc) {
    return t < to ? to - t : Math.max(0, t - tc);
  }

  private Speaker subject(int t) {
    if (subjectAt == null) {
      subjectAt = new Speaker[a.tokenCount()];
    }
    if (subjectAt[t] == null) {
      Speaker sp = subjects.apply(t);
      subjectAt[t] = sp == null ? NO_SUBJECT : sp;
    }
    return subjectAt[t] == NO_SUBJECT ? null : subjectAt[t];
  }

  private int indexOverlapping(List<int[]> tokens, Span s) {
    int f = a.tokenAtOrAfter(s.start());
    int e = Math.max(f + 1, a.tokenAtOrAfter(s.end()));
    for (int i = 0; i < tokens.size(); i++) {
      int[] tk = tokens.get(i);
      if (f < tk[1] && e > tk[0]) {
        return i;
      }
    }
    return -1;
  }

  private boolean overlapsAny(List<int[]> tokens, Span s) {
    int f = a.tokenAtOrAfter(s.start());
    for (int[] tk : tokens) {
      if (f >= tk[0] && f < tk[1]) {
        return true;
      }
    }
    return false;
  }

  /** The pronoun kind of token {@code t}, or -1. Compares chars, not strings: it sees every token near a quote. */
  private int pronoun(int t) {
    int s = a.tokenStart(t);
    switch (a.tokenEnd(t) - s) {
      case 1:
        return text.charAt(s) == 'I' ? I_WE : -1;
      case 2: {
        char c0 = (char) (text.charAt(s) | 0x20);
        char c1 = text.charAt(s + 1);
        if (c1 == 'e') {
          return c0 == 'h' ? HE_SHE : c0 == 'w' ? I_WE : -1;
        }
        return c0 == 'i' && c1 == 't' ? IT : -1;
      }
      case 3: {
        char c0 = text.charAt(s);
        if ((c0 | 0x20) == 's' && text.charAt(s + 1) == 'h' && text.charAt(s + 2) == 'e') {
          return HE_SHE;
        }
        return c0 == 'w' && text.charAt(s + 1) == 'h' && text.charAt(s + 2) == 'o' ? WHO : -1;
      }
      case 4:
        return (text.charAt(s) | 0x20) == 't' && text.startsWith("hey", s + 1) ? THEY : -1;
      case 5:
        return text.startsWith("which", s) ? WHO : -1;
      default:
        return -1;
    }
  }

  private boolean isAdverbLike(int t) {
    int e = a.tokenEnd(t);
    int s = a.tokenStart(t);
    return e - s > 3 && text.charAt(e - 1) == 'y' && text.charAt(e - 2) == 'l'
        || e - s == 4 && text.regionMatches(true, s, "also", 0, 4)
        || e - s == 4 && text.regionMatches(true, s, "then", 0, 4)
        || e - s == 5 && text.regionMatches(true, s, "later", 0, 5);
  }

  private boolean isPunctOrConj(int t) {
    int s = a.tokenStart(t);
    int len = a.tokenEnd(t) - s;
    char ch = text.charAt(s);
    return len == 1 && !Character.isLetterOrDigit(ch) || len == 3 && text.regionMatches(true, s, "but", 0, 3)
        || len == 3 && text.regionMatches(true, s, "and", 0, 3);
  }

  private boolean isPossessive(int t) {
    int s = a.tokenStart(t);
    int len = a.tokenEnd(t) - s;
    return len == 2 && (text.charAt(s) == '\'' || text.charAt(s) == '\u2019') && text.charAt(s + 1) == 's';
  }

  private long cueLemma(int t) {
    if (cueAt == null) {
      cueAt = new long[a.tokenCount()];
      cueEnd = new int[a.tokenCount()];
      cueObject = new boolean[a.tokenCount()];
    }
    if (cueAt[t] == 0) {
      Match mt = cues.at(a, t);
      cueAt[t] = mt == null ? 1 : hash(mt.cue().lemma(), 0, mt.cue().lemma().length()) | 2;
      cueEnd[t] = mt == null ? -1 : mt.end();
      cueObject[t] = mt != null && mt.cue().object();
    }
    return cueAt[t];
  }


  private long word(int t) {
    return hash(text, a.tokenStart(t), a.tokenEnd(t));
  }

  private int paragraphOf(int offset) {
    int i = java.util.Arrays.binarySearch(paragraphStarts, offset);
    return i >= 0 ? i : -i - 2;
  }

  /** 0-3, then 4 for 4-6, 5 for 7-10, 6 for 11-20, 7 for 21-40, 8 beyond. */
  private static int bucket(int d) {
    return d <= 3 ? d : d <= 6 ? 4 : d <= 10 ? 5 : d <= 20 ? 6 : d <= 40 ? 7 : 8;
  }

  private static int clip(int v, int lo, int hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  private static long hash(String text, int s, int e) {
    return QuoteTagger.hashWord(text, s, e);
  }

  // A row is the finished hash of a sum of the template's and the values' products with fixed odd constants:
  // one multiplication a value, independent of each other, where a chain of mixes cost the ranker a third of
  // its time (issue 5: speed).
  private static final long K0 = 0xD6E8FEB86659FD93L;
  private static final long K1 = 0x9E3779B97F4A7C15L;
  private static final long K2 = 0xBF58476D1CE4E5B9L;
  private static final long K3 = 0x94D049BB133111EBL;
  private static final long K4 = 0xC2B2AE3D27D4EB4FL;

  private int row(int template, long v) {
    return finish(template * K0 + v * K1);
  }

  private int row(int template, long v, long w) {
    return finish(template * K0 + v * K1 + w * K2);
  }

  private int row(int template, long v, long w, long x) {
    return finish(template * K0 + v * K1 + w * K2 + x * K3);
  }

  private int row(int template, long v, long w, long x, long y) {
    return finish(template * K0 + v * K1 + w * K2 + x * K3 + y * K4);
  }

  private int finish(long h) {
    h = (h ^ (h >>> 31)) * 0x94D049BB133111EBL;
    return (int) ((h ^ (h >>> 29)) >>> shift);
  }
}
