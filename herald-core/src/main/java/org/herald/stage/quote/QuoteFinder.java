package org.herald.stage.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.model.Article;
import org.herald.model.Span;
import org.herald.stage.name.Entity;
import org.herald.stage.name.EntityType;
import org.herald.stage.name.Mention;
import org.herald.stage.quote.CueLexicon.Match;
import org.herald.stage.quote.QuoteMarks.Marked;

/**
 * Finds the quotes of one article: one instance per {@link QuoteStage#apply} call, not thread-safe.
 *
 * <p>Direct quotes get their speaker, in order of trust, from: a cue right after the closing mark ("“…,” Putin
 * said", "“…,” said Putin", "“…,” according to X"); a cue right before the opening mark ("Putin said: “…”",
 * "Putin said, “…”", or a previous paragraph ending in "said:"); a neighbouring quote of the same sentence
 * that has a speaker ("“…,” Russia and North Korea “…,” Putin wrote" gives both to Putin; so an interrupted
 * quote "“We will come,” he said, “and we will win.”" yields two quotes with one speaker); a cue earlier in
 * the sentence for a partial quote ("He pledged to increase “people-to-people interaction”"); the sentence's
 * subject; and last the current speaker carried forward from a quote in the same or the previous paragraph
 * (news convention for quote paragraphs without a cue). Before the carried speaker come: a transcript label
 * ("“PENCE: …"), an inverted cue or long apposition past the usual window ("“…” if she loses, said Ana Silva"),
 * a colon or comma after a subject and a verb outside the lexicon ("Silva cracked, “…”", "More from Silva: “…”"),
 * and any verb in a short "NP VERB." or "VERB NP." after a quote that opens its sentence ("“…,” Oliver barked").
 *
 * <p>A speaker is the entity whose mention lies in the subject phrase, persons and organisations first; an
 * unlinked "he"/"she" binds to the last person mentioned before it, an unlinked "it" to the last
 * organisation; a subject phrase with no mention gives speaker null and speakerName the phrase's text.
 * Appositions give the name ("Hugh Hill, a doctor, said" → Hugh Hill); parentheses after a name, adverbs and
 * time words next to the cue are skipped. A quote whose content ends in a full stop takes no speaker from
 * after its closing mark (news text attributes with a comma: "“…,” he said").
 *
 * <p>Reported speech (issue 5, cues of {@code quote-cues-v2.tsv}): a cue with a subject before it ("Putin said",
 * "the mayor, who said", "Officials announced … and said") or a source after it ("according to X") takes as
 * content the clause after "that", a bare clause, an indirect question, a noun phrase for cues that take one
 * ("criticized the plan", "vowed to …"), the text after a parenthetical attribution ("The museum, Bush said,
 * celebrated …") or the clause fronted before ", X said"; a content ends before a direct quote inside it and
 * before a second cue ("…, saying", "but said"). A partial quote in a sentence takes the first speech cue of its
 * main clause, as PolNeAR attributes it.
 *
 * <p>Tagged reported speech: with a {@link QuoteTagger}, the contents it tags that no rule found become reported
 * quotes too (stances, attitudes; see {@code withTagged}).
 *
 * <p>Ranked speakers: with a {@link QuoteSpeakerRanker}, a direct quote whose speaker no trusted rule found
 * ({@link SpeakerCandidates#isTrusted}) takes the best-scoring of its candidate speakers, the rules' choice among
 * them (see {@code rank}).
 *
 * <p>Kept or dropped: a quoted string of at most {@value #SHORT_WORDS} words needs a cue near it (after or
 * before its marks, or earlier in its sentence); a title-like string (two to five words, all capitalised but
 * small words: "Face the Nation") or one without letters needs a cue right after or before its marks.
 */
final class QuoteFinder {
  /** Quotes of at most this many words need a cue near them; otherwise they are titles or scare quotes. */
  static final int SHORT_WORDS = 2;
  private static final int MAX_NP = 8;
  private static final int AFTER_WINDOW = 14;
  /** Tokens after a closing mark searched for an inverted cue or a long apposition's cue. */
  private static final int LONG_AFTER_WINDOW = 40;
  private static final int BEFORE_WINDOW = 6;

  private static final Set<String> AUX = Set.of("has", "have", "had", "also", "then", "later", "previously",
      "once", "again", "repeatedly", "recently", "further", "earlier", "reportedly", "would", "will", "could",
      "may", "might", "did", "does", "do", "not", "n't", "never", "is", "was", "were", "are", "be", "been",
      "'s", "\u2019s", "just", "both", "all", "simply", "even", "first", "last", "finally", "often");
  /** Words that end a subject phrase when walking back from a cue. */
  private static final Set<String> BOUNDARY = Set.of("that", "which", "who", "whom", "whose", "and", "or",
      "but", "because", "as", "when", "while", "if", "though", "although", "since", "after", "before", "so",
      "than", "where", "to", "in", "on", "at", "by", "with", "from", "during", "into", "about", "against",
      "over", "under", "also", "has", "have", "had", "is", "was", "were", "are", "will", "would", "said",
      "says", "not", "until", "unless", "whether", "what", "how", "why", "adding", "saying", "amid",
      "despite", "told");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their",
      "our", "my", "your", "this", "these", "those", "such", "some", "any", "no", "every", "each", "of",
      "for", "to", "in", "on", "at", "by", "with");
  private static final Set<String> ADJUNCT_WORDS = Set.of("yesterday", "today", "tonight", "earlier",
      "later", "again", "also", "recently", "previously", "publicly", "privately", "repeatedly", "once",
      "separately", "ago", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "morning", "afternoon", "evening", "night", "week", "month", "year");
  /** Words that may open a time adjunct between a subject and its cue: "Sanders on Tuesday said". */
  private static final Set<String> TIME_PREPS = Set.of("on", "last", "this", "early", "late", "earlier",
      "later", "in");
  private static final Set<String> ADJUNCT_PREPS = Set.of("on", "in", "at", "during", "last", "this",
      "late", "early", "after", "before", "over", "via", "through", "from", "earlier", "to");
  private static final Set<String> NOT_ADVERBS = Set.of("family", "italy", "rally", "supply", "reply",
      "apply", "assembly", "belly", "bully", "daily", "weekly", "monthly", "yearly", "july", "ally");
  /** Time words that may stand between a cue and its speaker: "said Monday Ana Silva" is rare, "said Monday" not. */
  private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "yesterday", "today", "tonight", "earlier", "later", "recently", "again", "also");
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "june", "july",
      "august", "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.",
      "dec.");
  private static final Set<String> TITLE_SMALL_WORDS = Set.of("of", "the", "and", "in", "on", "a", "an",
      "for", "to", "at", "with", "is", "it", "by");
  /** Words after a cue that start no content of it: "said to be", "added in", "called on", "says so". */
  private static final Set<String> NOT_CONTENT_STARTS = Set.of("to", "in", "of", "on", "for", "with", "by",
      "at", "from", "about", "as", "so", "and", "or", "but", "up", "out", "off", "into", "after", "before",
      "during", "over", "under", "since", "until", "when", "while", "because", "though", "although", "than",
      "nothing", "anything", "little", "very", "not", "n't", "back", "down",
      "away", "here", "then", "now", "yet", "still", "later", "earlier", "ago", "instead", "via");
  /** Words that open an indirect question after any cue: "explained why", "asked whether". */
  private static final Set<String> WH_WORDS = Set.of("why", "how", "what", "whether", "who", "when", "where",
      "which", "if");
  /** Words that start a clause of its own inside a sentence. */
  private static final Set<String> CLAUSE_BREAKS = Set.of("while", "whereas", ";", "although", "though");
  /** Words that open a noun phrase of a number of people: "many voters", "several officials". */
  private static final Set<String> QUANTIFIERS = Set.of("many", "most", "several", "few", "all", "both", "other",
      "others", "two", "three", "four", "five", "one", "more", "much", "half", "none", "either", "neither",
      "another", "everyone", "everybody", "someone", "somebody", "nobody", "anyone", "who");
  /** Subject pronouns. */
  private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i");
  /** Words before a participle cue whose subject is the clause's: "deflected questions before saying". */
  private static final Set<String> PARTICIPLE_LINKS = Set.of("before", "after", "while", "by", "when", "without");
  /** Words that open a subordinate clause: a cue after one does not attribute the quote before it. */
  private static final Set<String> SUBORDINATORS = Set.of("after", "before", "because", "when", "while", "if",
      "since", "although", "though", "until", "unless", "whereas", "but");
  /** Titles and abbreviations whose full stop ends no sentence. */
  private static final Set<String> ABBREVIATIONS = Set.of("sen", "rep", "gov", "mr", "mrs", "ms", "dr", "lt",
      "gen", "col", "maj", "capt", "sgt", "st", "jr", "sr", "rev", "prof", "pres", "atty", "supt", "u.s", "u.n",
      "d.c", "no", "inc", "corp", "co", "ltd", "dept", "gop");
  /** Conjunctions that may open a sentence before its subject. */
  private static final Set<String> SENTENCE_CONJUNCTIONS = Set.of("but", "and", "so", "yet", "still");
  /** Words that join a second verb to a subject: "admitted the delay but said …". */
  private static final Set<String> COORDINATORS = Set.of("and", "but", "adding", "saying");
  /** Prepositions that open the topic of a cue taking a noun phrase: "warned of", "asked about". */
  private static final Set<String> TOPIC_PREPS = Set.of("about", "of", "against", "over", "with");
  private static final Set<String> CLAUSE_STARTS = Set.of("the", "a", "an", "he", "she", "it", "they",
      "we", "i", "you", "his", "her", "its", "their", "our", "there", "this", "these", "those", "some",
      "many", "most", "no", "all", "both", "each", "every", "such", "one", "two");

  private final Article a;
  private final String text;
  private final CueLexicon cues;
  private final MentionIndex mentions;
  private final int[] paragraphStarts;
  private final boolean[] usedCue;
  private final boolean[] inDirect;
  private final QuoteTagger tagger;
  private final QuoteSpeakerRanker ranker;
  /** When not null, the candidate sets of the direct quotes are kept here (training). */
  private List<SpeakerCandidates.Choice> recorded;
  private int recordBits;
  /** Fewest tokens of a tagged content. */
  private static final int MIN_TAGGED = 2;

  /** A found speaker: entity id (or null), name, and where it was found. */
  record Speaker(String id, String name, Span span) {
  }

  /** A direct quote being attributed. */
  private static final class Draft {
    final Marked m;
    Speaker speaker;
    String cue;
    Span cueSpan;
    boolean near; // a cue was found near it (not only carried forward)
    boolean adjacent; // the cue is right after or before its marks
    int via = SpeakerCandidates.VIA_NONE; // the rule that found its speaker

    Draft(Marked m) {
      this.m = m;
    }
  }

  QuoteFinder(Article a, CueLexicon cues, MentionIndex mentions) {
    this(a, cues, mentions, null, null);
  }

  /**
   * A finder that adds the reported contents {@code tagger} finds (null: the rules only) and lets {@code ranker}
   * choose the speakers of direct quotes among candidates (null: the rules' choice).
   */
  QuoteFinder(Article a, CueLexicon cues, MentionIndex mentions, QuoteTagger tagger, QuoteSpeakerRanker ranker) {
    this.tagger = tagger;
    this.ranker = ranker;
    this.a = a;
    this.text = a.text();
    this.cues = cues;
    this.mentions = mentions;
    this.paragraphStarts = paragraphStarts(text);
    this.usedCue = new boolean[a.tokenCount()];
    this.inDirect = new boolean[a.tokenCount()];
  }

  /** All quotes, sorted by start then end. */
  List<Quote> find() {
    List<Marked> marks = QuoteMarks.find(text);
    List<Draft> drafts = new ArrayList<>(marks.size());
    for (Marked m : marks) {
      drafts.add(new Draft(m));
    }
    markDirect(a, marks, inDirect);
    for (Draft d : drafts) {
      if (attributeLabel(d)) {
        d.via = SpeakerCandidates.VIA_LABEL;
      } else if (attributeAfter(d)) {
        d.via = SpeakerCandidates.VIA_AFTER;
      } else if (attributeBefore(d)) {
        d.via = SpeakerCandidates.VIA_BEFORE;
      } else if (attributeDash(d)) {
        d.via = SpeakerCandidates.VIA_DASH;
      } else {
        attributeColonSubject(d);
        d.via = d.speaker != null ? SpeakerCandidates.VIA_COLON : d.via;
      }
    }
    for (Draft d : drafts) {
      if (d.speaker == null) {
        attributeAfterAnyVerb(d);
        d.via = d.speaker != null ? SpeakerCandidates.VIA_ANY_VERB : d.via;
      }
    }
    boolean[] had = new boolean[drafts.size()];
    for (int i = 0; i < had.length; i++) {
      had[i] = drafts.get(i).speaker != null;
    }
    shareWithinSentence(drafts);
    for (int i = 0; i < had.length; i++) {
      Draft d = drafts.get(i);
      if (!had[i] && d.speaker != null) {
        d.via = SpeakerCandidates.VIA_SHARE;
      }
      if (d.speaker == null) {
        attributeFromSentenceCue(d); // sets via
      }
    }
    List<Quote> reported = findReported();
    List<Quote> all = assemble(drafts, reported);
    return tagger == null ? all : withTagged(all);
  }

  /**
   * The candidate sets of the direct quotes of the article, the rules' choice first, with features hashed into
   * 2^{@code bits} rows (training of {@link QuoteSpeakerRanker}).
   */
  List<SpeakerCandidates.Choice> choices(int bits) {
    recorded = new ArrayList<>();
    recordBits = bits;
    find();
    return recorded;
  }

  /** Whether each token of {@code a} lies inside quote marks (the tagger's quote-mark state). */
  static boolean[] directTokens(Article a) {
    boolean[] out = new boolean[a.tokenCount()];
    markDirect(a, QuoteMarks.find(a.text()), out);
    return out;
  }

  private static void markDirect(Article a, List<Marked> marks, boolean[] inDirect) {
    for (Marked m : marks) {
      for (int t = a.tokenAtOrAfter(m.open()); t >= 0 && t < a.tokenCount()
          && a.tokenStart(t) <= Math.max(m.open(), m.close()); t++) {
        inDirect[t] = true;
      }
      if (m.close() < 0) {
        for (int t = a.tokenAtOrAfter(m.open()); t >= 0 && t < a.tokenCount() && a.tokenStart(t) < m.end(); t++) {
          inDirect[t] = true;
        }
      }
    }
  }

  // ---------------------------------------------------------------- tagged reported speech (issue 5)

  /**
   * {@code found} plus the reported contents the tagger finds that quotes of {@code found} cover less than half
   * of: stances and attitudes the cue rules miss ("X's support for Y", "critical of"). The speaker is the tagged source
   * nearest the content in its sentence; else the subject of the nearest tagged cue before the content (as the
   * rules find it: a name, a pronoun's person, "according to X"); else the subject between the content and a
   * tagged cue after it; else the phrase opening the sentence; else unknown. Direct quotes' speakers are settled
   * before, so tagged quotes never change them. See {@code MODEL-quotes.md}.
   */
  private List<Quote> withTagged(List<Quote> found) {
    List<Quote> added = new ArrayList<>();
    int[] cover = new int[text.length() + 1]; // cover[c]: chars from c on that a found quote covers
    for (Quote q : found) {
      for (int c = q.start(); c < q.end(); c++) {
        cover[c] = 1;
      }
    }
    for (int c = text.length(); c > 0; c--) {
      cover[c - 1] += cover[c]; // suffix count: chars from c covered
    }
    for (int s = 0; s < a.sentenceCount(); s++) {
      var sen = a.sentence(s);
      int ss = sen.firstToken();
      int se = sen.endToken();
      if (se - ss < 4 || free(ss, se, cover) < MIN_TAGGED) {
        continue; // too short, or found by the rules: no new content can come of it (speed)
      }
      byte[] tags = tagger.tag(a, cues, inDirect, s);
      int i = 0;
      while (i < tags.length) {
        if (tags[i] < QuoteTagger.BEGIN) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < tags.length && tags[j] == QuoteTagger.INSIDE) {
          j++;
        }
        Quote q = tagged(ss + i, ss + j - 1, ss, se, tags, cover);
        if (q != null) {
          added.add(q);
        }
        i = j;
      }
    }
    if (added.isEmpty()) {
      return found;
    }
    List<Quote> all = new ArrayList<>(found);
    all.addAll(added);
    all.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end)
        .thenComparing(q -> q.direct() ? 0 : 1));
    return List.copyOf(all);
  }

  /**
   * The speaker named by the tagged source run of sentence [ss, se) nearest to content [cs, ce] (one before it
   * wins a tie), or null when none is tagged or it names nobody.
   */
  private Speaker taggedSource(int cs, int ce, int ss, int se, byte[] tags) {
    int best = -1;
    int bestEnd = -1;
    int bestDistance = Integer.MAX_VALUE;
    int t = ss;
    while (t < se) {
      if (tags[t - ss] != QuoteTagger.SOURCE || t >= cs && t <= ce) {
        t++;
        continue;
      }
      int e = t + 1;
      while (e < se && tags[e - ss] == QuoteTagger.SOURCE) {
        e++;
      }
      int d = e <= cs ? cs - e : t - ce;
      if (d < bestDistance) {
        best = t;
        bestEnd = e;
        bestDistance = d;
      }
      t = e;
    }
    return best < 0 ? null : speakerOf(best, bestEnd);
  }

  /** How many tokens of [ss, se) no found quote covers and no quote marks enclose. */
  private int free(int ss, int se, int[] cover) {
    int n = 0;
    for (int t = ss; t < se; t++) {
      if (!inDirect[t] && cover[a.tokenStart(t)] == cover[a.tokenEnd(t)]) {
        n++;
      }
    }
    return n;
  }

  /** The tagged content over tokens [cs, ce] of sentence [ss, se), or null when short, quoted or found. */
  private Quote tagged(int cs, int ce, int ss, int se, byte[] tags, int[] cover) {
    while (ce > cs && isPunct(ce)) {
      ce--;
    }
    while (cs < ce && isPunct(cs)) {
      cs++;
    }
    if (ce - cs < MIN_TAGGED - 1 || !hasLetter(a.tokenStart(cs), a.tokenEnd(ce))) {
      return null;
    }
    int start = a.tokenStart(cs);
    int end = a.tokenEnd(ce);
    if (2 * (cover[start] - cover[end]) > end - start) {
      // the rules already found most of it; a run they cover less than half of is a content of its own, as
      // nested and neighbouring attributions are in PolNeAR (rule quotes overlap too: "warned that X shows Y")
      return null;
    }
    int quoted = 0;
    for (int t = cs; t <= ce; t++) {
      quoted += inDirect[t] ? 1 : 0;
    }
    if (quoted * 2 > ce - cs + 1) {
      return null; // a direct quote carries it
    }
    int cueFirst = -1;
    int cueEnd = -1;
    for (int t = cs - ss - 1; t >= 0; t--) { // the nearest tagged cue before the content
      if (tags[t] == QuoteTagger.CUE) {
        cueEnd = ss + t + 1;
        cueFirst = ss + t;
        while (cueFirst - 1 >= ss && tags[cueFirst - 1 - ss] == QuoteTagger.CUE) {
          cueFirst--;
        }
        break;
      }
    }
    if (cueFirst >= 0 && cueEnd == cs && lower(cs).equals("that") && cueFirst > ss
        && DETERMINERS.contains(lower(cueFirst - 1))) {
      return null; // "the claims that the US made": a relative clause as often as a content, as the rules judge
    }
    Speaker sp = taggedSource(cs, ce, ss, se, tags);
    if (sp != null) {
      // the tagged source names the speaker
    } else if (cueFirst >= 0) {
      Match m = cues.at(a, cueFirst, cueFirst == ss);
      sp = m != null && m.cue().source() ? forwardSpeaker(m.end(), a.tokenStart(cs))
          : backwardSpeaker(cueFirst, ss);
    } else {
      for (int t = ce + 1 - ss; t < tags.length; t++) { // "…, officials said": a cue after the content
        if (tags[t] == QuoteTagger.CUE) {
          cueFirst = ss + t;
          cueEnd = cueFirst + 1;
          while (cueEnd < se && tags[cueEnd - ss] == QuoteTagger.CUE) {
            cueEnd++;
          }
          break;
        }
      }
      if (cueFirst >= 0 && sp == null) {
        Match m = cues.at(a, cueFirst);
        sp = m != null && m.cue().source() ? forwardSpeaker(m.end(), a.tokenEnd(se - 1))
            : backwardSpeaker(cueFirst, ce + 1);
      }
    }
    if (sp == null && cs > ss) {
      // no source tagged and no cue subject: the phrase that opens the sentence ("Top lawmakers on Friday
      // called …", "Critics of the program see …"), PolNeAR's usual source of a stance
      int lo = ss + 1 < cs && SENTENCE_CONJUNCTIONS.contains(lower(ss)) ? ss + 1 : ss;
      int[] np = isWord(lo) ? forwardPhrase(lo, cs) : null;
      sp = np == null ? null : speakerOf(np[0], np[1]);
    }
    String lemma = null;
    Span cueSpan = null;
    if (cueFirst >= 0) {
      Match m = cues.at(a, cueFirst, true);
      lemma = m != null ? m.cue().lemma() : text.substring(a.tokenStart(cueFirst), a.tokenEnd(cueEnd - 1))
          .toLowerCase(java.util.Locale.ROOT);
      cueSpan = Span.of(a.tokenStart(cueFirst), a.tokenEnd(cueEnd - 1));
    }
    return new Quote(start, end, text.substring(start, end), false, sp == null ? null : sp.id(),
        sp == null ? null : sp.name(), sp == null ? null : sp.span(), lemma, cueSpan);
  }

  // ---------------------------------------------------------------- direct quotes

  /** "“…,” Putin said." / "“…,” said Putin." / "“…,” the Russian president wrote." */
  private boolean attributeAfter(Draft d) {
    if (d.m.close() < 0 || isEmbeddedAfterCue(d)) {
      return false;
    }
    int tc = a.tokenAt(d.m.close());
    if (tc < 0) {
      return false;
    }
    char last = text.charAt(d.m.end() - 1);
    if (last == '.') {
      return false; // "“… .” Not that anyone is arguing": a full stop ends the sentence, attribution comes with a comma
    }
    int paraEnd = paragraphEnd(d.m.close());
    int window = last == '?' || last == '!' || last == '\u2026' ? 10 : AFTER_WINDOW;
    int limit = Math.min(a.tokenCount(), tc + 1 + LONG_AFTER_WINDOW);
    // Past the window or a subordinate clause, only an attribution that cannot be another clause's speaks: an
    // inverted cue after a comma ("“…” if she loses, said Ana Silva, a pollster") or a subject whose long
    // apposition runs past the window ("“…,” Ana Silva, attorney for one of the four groups …, said").
    boolean subordinate = false;
    for (int k = tc + 1; k < limit && a.tokenStart(k) < paraEnd; k++) {
      char c = text.charAt(a.tokenStart(k));
      if (isQuoteMark(c) && a.tokenEnd(k) - a.tokenStart(k) == 1 || c == '.' && !isAbbreviationDot(k) || c == '!'
          || c == '?' || c == ';') {
        return false;
      }
      if (SUBORDINATORS.contains(lower(k))) {
        subordinate = true; // "as a “disgrace” after she attacked the police": the cue is in another clause
        continue;
      }
      Match cue = usedCue[k] ? null : cues.speechAt(a, k);
      if (cue == null) {
        continue;
      }
      int lo = tc + 1;
      while (lo < k && isPunct(lo)) {
        lo++;
      }
      if (subordinate || k - tc > window) {
        Speaker sp = lateAttribution(lo, k, cue, subordinate, paraEnd);
        if (sp == null) {
          return false;
        }
        set(d, sp, cue);
        return true;
      }
      if (lo == k && lower(k).endsWith("ing") && !cue.cue().source()) {
        // "hailed the vote as “fantastic,” telling reporters": the participle's subject is the clause's, before
        // the quote; a quote that opens its sentence has none
        int to = a.tokenAt(d.m.open());
        int lo0 = to < 0 ? -1 : sentenceStart(a.sentence(a.sentenceOfToken(to)).firstToken());
        Speaker sp = lo0 >= 0 && lo0 < to ? participleSubject(lo0, to) : null;
        if (sp == null) {
          return false;
        }
        set(d, sp, cue);
        return true;
      }
      Speaker sp;
      if (cue.cue().source() || lo == k) {
        sp = forwardSpeaker(cue.end(), paraEnd);
      } else {
        // "“…,” Mr. Daniloff, now 81 and retired in Cambridge, Mass., said": the subject starts right after
        // the closing mark, whatever apposition follows it
        int[] np = forwardPhrase(lo, k);
        sp = np == null ? null : speakerOf(np[0], np[1]);
        if (sp == null || sp.id() == null) {
          Speaker back = backwardSpeaker(k, lo);
          sp = back != null ? back : sp;
        }
      }
      if (sp == null && !cue.cue().source() && lo < k) {
        return false; // "“…” is what the plan says": a cue with no subject we can read
      }
      set(d, sp, cue);
      return true;
    }
    return false;
  }

  /** Past tenses outside the lexicon that attribute a quote before them and end in neither "ed" nor "s". */
  private static final Set<String> IRREGULAR_VERBS = Set.of("read", "began", "went", "came", "spoke", "put",
      "shot", "sang", "wrote", "told", "said");

  /**
   * "“…,” Oliver barked.", "“…?” a staffer in the room wondered.", "“…,” reads a Wednesday editorial.": a quote
   * that opens its sentence, ends with a comma, question or exclamation mark and is followed, up to the next full stop or comma of
   * its paragraph (at most ten tokens), by a noun phrase and one verb, or one verb and a noun phrase; the verb
   * need not be a lexicon cue, as news text puts any verb of manner there. The noun phrase speaks.
   */
  private void attributeAfterAnyVerb(Draft d) {
    if (d.m.close() < 0) {
      return;
    }
    char last = text.charAt(d.m.end() - 1);
    boolean comma = d.m.end() < text.length() && text.charAt(d.m.end()) == ',';
    if (!comma && last != '?' && last != '!') {
      return;
    }
    int to = a.tokenAt(d.m.open());
    int tc = a.tokenAt(d.m.close());
    if (tc < 0 || to < 0 || a.sentence(a.sentenceOfToken(to)).firstToken() < to) {
      return; // a partial quote inside a sentence: "approached the network about “Tales,” the horror series"
    }
    int k0 = tc + 1;
    while (k0 < a.tokenCount() && a.tokenText(k0).equals(",")) {
      k0++;
    }
    int paraEnd = paragraphEnd(d.m.close());
    int e = k0;
    while (e < a.tokenCount() && a.tokenStart(e) < paraEnd && e < k0 + 10) {
      char c = text.charAt(a.tokenStart(e));
      if (c == '.' && !isAbbreviationDot(e) || c == ',' || c == ';' || c == '!' || c == '?' || c == '(') {
        break;
      }
      if (isQuoteMark(c) || SUBORDINATORS.contains(lower(e))) {
        return;
      }
      e++;
    }
    if (e - k0 < 2 || e >= a.tokenCount() || a.tokenStart(e) >= paraEnd || isWord(e)) {
      return; // no punctuation ends the attribution soon: the quote opens a sentence of its own
    }
    Speaker sp = null;
    if (isMannerVerb(k0) && (Character.isUpperCase(text.charAt(a.tokenStart(k0 + 1)))
        || DETERMINERS.contains(lower(k0 + 1)))) {
      int[] np = forwardPhrase(k0 + 1, e);
      sp = np == null ? null : speakerOf(np[0], np[1]); // "reads a Wednesday editorial", "reacted Trump"
    } else if (isMannerVerb(e - 1)) {
      int v = e - 1;
      while (v - 1 > k0 && isAuxOrAdverb(v - 1)) {
        v--;
      }
      char c = text.charAt(a.tokenStart(k0));
      if (Character.isUpperCase(c) || DETERMINERS.contains(lower(k0)) || PRONOUNS.contains(lower(k0))) {
        sp = speakerOf(k0, v); // "Oliver barked", "a Democratic staffer in the room wondered"
      }
    }
    if (sp != null) {
      d.speaker = sp;
      d.near = true;
      d.adjacent = true;
    }
  }

  /** Whether token {@code t} is a lower-case past or present verb: "barked", "reads", "began". */
  private boolean isMannerVerb(int t) {
    return t >= 0 && t < a.tokenCount() && (isVerbLike(t) && !lower(t).endsWith("ing")
        || IRREGULAR_VERBS.contains(a.tokenText(t)));
  }

  /**
   * The speaker of a cue found past the usual window after a closing mark or past a subordinate clause, or null:
   * an inverted cue right after a comma whose name ends the clause ("…, said Ana Silva, a pollster."), or,
   * with no subordinate clause between, the name that opens right after the mark and is followed by a comma (a
   * long apposition before the cue).
   */
  private Speaker lateAttribution(int lo, int k, Match cue, boolean subordinate, int paraEnd) {
    if (!subordinate && !cue.cue().source() && lo < k && Character.isUpperCase(text.charAt(a.tokenStart(lo)))) {
      int[] np = forwardPhrase(lo, k);
      if (np != null && np[1] < k && a.tokenText(np[1]).equals(",")) {
        Speaker sp = speakerOf(np[0], np[1]);
        if (sp != null && sp.id() != null) {
          return sp;
        }
      }
    }
    if (cue.cue().source() || cue.cue().object() || !a.tokenText(k - 1).equals(",") || lower(k).endsWith("ing")) {
      return null; // "…, told CBS News": the listener, not the speaker
    }
    int[] np = forwardPhrase(cue.end(), a.tokenCount());
    if (np == null || NOT_CONTENT_STARTS.contains(lower(np[0])) || np[1] < a.tokenCount()
        && a.tokenStart(np[1]) < paraEnd && !isPunct(np[1])) {
      return null; // "said of Cruz": a topic, not a speaker
    }
    return speakerOf(np[0], np[1]);
  }

  /**
   * Whether the quote opens mid-clause, right after a word, with a speech cue earlier in its sentence ("The
   * front-runner complained the contest was “rigged” against him, a charge that officials denied"): its
   * speaker is that cue's, not a cue after it.
   */
  private boolean isEmbeddedAfterCue(Draft d) {
    int to = a.tokenAt(d.m.open());
    if (to <= 0 || !isWord(to - 1)) {
      return false;
    }
    int lo = a.sentence(a.sentenceOfToken(to)).firstToken();
    for (int k = mainClauseStart(lo, to); k < to; k++) {
      if (!inDirect[k]) {
        Match cue = cues.speechAt(a, k);
        if (cue != null && !cue.cue().source() && backwardSpeaker(k, lo) != null) {
          return true;
        }
      }
    }
    return false;
  }

  /** "Putin said: “…”" / "Putin said, “…”" / a previous paragraph ending in "Putin said:". */
  private boolean attributeBefore(Draft d) {
    int to = a.tokenAt(d.m.open());
    if (to <= 0) {
      return false;
    }
    int p = to - 1;
    boolean newParagraph = paragraphOf(a.tokenStart(p)) != paragraphOf(d.m.open());
    String prev = a.tokenText(p);
    if (newParagraph && !prev.equals(":")) {
      return false;
    }
    if (prev.equals(":") || prev.equals(",") || prev.equals("\u2014")) {
      p--;
    } else if (cues.speechAt(a, p) == null && !(p > 0 && cues.speechAt(a, p - 1) != null)) {
      return false; // embedded partial quote: handled by the sentence-cue rule
    } else {
      // "Trump said Fox executives were calling “every 15 minutes”": right after a cue, but the main clause's
      // cue speaks, as for any partial quote
      attributeFromSentenceCue(d);
      if (d.speaker != null) {
        d.adjacent = true;
        return true;
      }
    }
    int lo = a.sentence(a.sentenceOfToken(Math.max(p, 0))).firstToken();
    for (int k = p; k >= lo && k > p - BEFORE_WINDOW; k--) {
      char c = text.charAt(a.tokenStart(k));
      if (isQuoteMark(c) && a.tokenEnd(k) - a.tokenStart(k) == 1 || c == '.' && !isAbbreviationDot(k) || c == '!'
          || c == '?' || c == ';') {
        return false;
      }
      Match cue = usedCue[k] ? null : cues.speechAt(a, k);
      if (cue == null || cue.end() - 1 > p) {
        continue;
      }
      Speaker sp = cue.cue().source() ? forwardSpeaker(cue.end(), a.tokenEnd(p)) : backwardSpeaker(k, lo);
      if (sp == null) {
        return false;
      }
      set(d, sp, cue);
      return true;
    }
    return false;
  }

  /**
   * A transcript turn: the quote opens with a speaker label, a name of at most three words in capitals before a
   * colon ("“PENCE: Well, look …”", "“SEN. SILVA: …”").
   */
  private boolean attributeLabel(Draft d) {
    int t = a.tokenAtOrAfter(d.m.start());
    if (t < 0) {
      return false;
    }
    int k = t;
    while (k < a.tokenCount() && k < t + 4 && a.tokenStart(k) < d.m.end() && !a.tokenText(k).equals(":")) {
      String w = a.tokenText(k);
      if (!w.equals(".") && !(Character.isLetter(w.charAt(0)) && w.equals(w.toUpperCase(Locale.ROOT)))) {
        return false;
      }
      k++;
    }
    if (k == t || k >= a.tokenCount() || !a.tokenText(k).equals(":") || a.tokenEnd(k - 1) - a.tokenStart(t) < 2) {
      return false;
    }
    Speaker sp = speakerOf(t, k);
    if (sp == null) {
      return false;
    }
    accept(d, sp);
    return true;
  }

  /** "“…” ― Ana Silva" (a reader's letter, a caption): a dash and a name end the paragraph after the quote. */
  private boolean attributeDash(Draft d) {
    if (d.m.close() < 0) {
      return false;
    }
    int tc = a.tokenAt(d.m.close());
    if (tc < 0 || tc + 2 >= a.tokenCount()) {
      return false;
    }
    char dash = text.charAt(a.tokenStart(tc + 1));
    if (dash != '\u2015' && dash != '\u2014' && dash != '\u2013' || a.tokenEnd(tc + 1) - a.tokenStart(tc + 1) != 1
        || !Character.isUpperCase(text.charAt(a.tokenStart(tc + 2)))) {
      return false;
    }
    int paraEnd = paragraphEnd(d.m.close());
    int[] np = forwardPhrase(tc + 2, a.tokenCount());
    if (np == null || np[1] - np[0] > 4 || np[1] < a.tokenCount() && a.tokenStart(np[1]) < paraEnd
        && isWord(np[1])) {
      return false;
    }
    Speaker sp = speakerOf(np[0], np[1]);
    if (sp == null) {
      return false;
    }
    d.speaker = sp;
    d.near = true;
    d.adjacent = true;
    return true;
  }

  /**
   * A quote after a colon or comma with no lexicon cue before it: "Sen. Ana Silva scolded him: “…”", "Ana Silva
   * cracked, “…”", "protesters interrupted, shouting “…”" give the sentence's subject when it names a person or
   * organisation or is he/she; "More from Ana Silva: “…”", "… - Ana Silva: “…”", "ANA SILVA: …" (a name right
   * before the colon after a dash, "from" or the paragraph start) give that name.
   */
  private void attributeColonSubject(Draft d) {
    int to = a.tokenAt(d.m.open());
    if (to <= 1) {
      return;
    }
    String prev = a.tokenText(to - 1);
    int end; // the subject must lie before this token
    if (prev.equals(":")) {
      end = to - 1;
      Speaker named = nameBeforeColon(to - 1);
      if (named != null) {
        accept(d, named);
        return;
      }
    } else if (prev.equals(",") && isVerbLike(to - 2)) {
      end = to - 2; // "Ana Silva cracked, “…”"
    } else if (lower(to - 1).endsWith("ing") && isVerbLike(to - 1) && a.tokenText(to - 2).equals(",")) {
      end = to - 2; // "interrupted her speech, shouting “…”"
    } else {
      return;
    }
    int lo = a.sentence(a.sentenceOfToken(end)).firstToken();
    if (paragraphOf(a.tokenStart(lo)) != paragraphOf(a.tokenStart(end)) || !isWord(lo) || lo >= end) {
      return;
    }
    if (!prev.equals(":")) {
      for (int k = lo; k < end; k++) {
        if (!inDirect[k] && cues.speechAt(a, k) != null) {
          return; // "He promised to widen …, including “…”": the sentence's cue attributes it
        }
      }
    }
    if (!prev.equals(":") && !prev.equals(",")) {
      Speaker sp = participleSubject(lo, end); // the participle's subject: the clause's, whatever lies between
      if (sp != null) {
        accept(d, sp);
      }
      return;
    }
    int[] np = forwardPhrase(mainClauseStart(lo, end), end);
    if (np == null) {
      return;
    }
    if (prev.equals(",")) {
      int v = np[1];
      while (v < end && isAuxOrAdverb(v)) {
        v++;
      }
      if (v != end - 0 && v != to - 2) {
        return; // "Ana Silva cracked," only: subject, auxiliaries, the verb
      }
    }
    Speaker sp = speakerOf(np[0], np[1]);
    String first = lower(np[0]);
    // a phrase that names no entity speaks when it reads as a noun phrase of two words or more ("a spokesman for
    // the campaign", "Sanders protesters"), not a fronted participle or adverb ("Asked", "Ever")
    if (sp != null && (sp.id() != null || PRONOUNS.contains(first) || np[1] - np[0] >= 2
        && !first.endsWith("ing") && !first.endsWith("ed") && !first.endsWith("ly"))) {
      accept(d, sp);
    }
  }

  /**
   * The name right before the colon at token {@code colon} when a dash, "from" or the paragraph's start opens it
   * ("… - Ana Silva:", "More from Ana Silva:", "SILVA:"), or null.
   */
  private Speaker nameBeforeColon(int colon) {
    int s = colon;
    while (s - 1 >= 0 && s > colon - 5 && (isWord(s - 1) || isAbbreviationDot(s - 1))
        && !lower(s - 1).equals("from") && a.tokenStart(s) != paragraphStarts[paragraphOf(a.tokenStart(s))]) {
      s--;
    }
    if (s >= colon || !(Character.isUpperCase(text.charAt(a.tokenStart(s))) || DETERMINERS.contains(lower(s)))) {
      return null;
    }
    boolean opened = a.tokenStart(s) == paragraphStarts[paragraphOf(a.tokenStart(s))];
    if (!opened && s > 0) {
      String w = a.tokenText(s - 1);
      char c = w.charAt(0);
      opened = w.length() == 1 && (c == '-' || c == '\u2013' || c == '\u2014') || lower(s - 1).equals("from");
    }
    return opened ? speakerOf(s, colon) : null;
  }

  /** Whether token {@code t} is a lower-case word that may be a verb: it ends in "ed", "s" or "ing". */
  private boolean isVerbLike(int t) {
    if (t < 0 || !Character.isLowerCase(text.charAt(a.tokenStart(t)))) {
      return false;
    }
    String w = lower(t);
    return w.length() > 3 && (w.endsWith("ed") || w.endsWith("ing") || w.endsWith("s") && !w.endsWith("ss"))
        && !AUX.contains(w) && !BOUNDARY.contains(w);
  }

  private void accept(Draft d, Speaker sp) {
    d.speaker = sp;
    d.near = true;
    d.adjacent = true;
  }

  private void set(Draft d, Speaker sp, Match cue) {
    d.speaker = sp;
    d.cue = cue.cue().lemma();
    d.cueSpan = Span.of(cue.start(a), cue.endChar(a));
    d.near = true;
    d.adjacent = true;
    for (int t = cue.first(); t < cue.end(); t++) {
      usedCue[t] = true;
    }
  }

  /** Neighbouring quotes of one sentence share a speaker: "“…,” Russia and North Korea “…,” Putin wrote." */
  private void shareWithinSentence(List<Draft> drafts) {
    for (int i = drafts.size() - 2; i >= 0; i--) {
      copyIfSiblings(drafts.get(i + 1), drafts.get(i), drafts.get(i), drafts.get(i + 1));
    }
    for (int i = 1; i < drafts.size(); i++) {
      copyIfSiblings(drafts.get(i - 1), drafts.get(i), drafts.get(i - 1), drafts.get(i));
    }
  }

  private void copyIfSiblings(Draft from, Draft to, Draft first, Draft second) {
    if (to.speaker != null || from.speaker == null || !from.near || first.m.close() < 0) {
      return;
    }
    int gapStart = first.m.close() + 1;
    int gapEnd = second.m.open();
    if (gapEnd - gapStart > 200) {
      return;
    }
    for (int i = gapStart; i < gapEnd; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ';') {
        return;
      }
    }
    to.speaker = from.speaker;
    to.cue = from.cue;
    to.cueSpan = from.cueSpan;
    to.near = true;
  }

  /** "He also pledged to increase “people-to-people interaction”": a cue before it in its sentence. */
  private void attributeFromSentenceCue(Draft d) {
    int to = a.tokenAt(d.m.open());
    if (to <= 0) {
      return;
    }
    int lo = a.sentence(a.sentenceOfToken(to)).firstToken();
    // the first cue of the main clause with a readable subject, not the nearest: the quote belongs to the
    // main clause's speaker ("Trump said Clinton once described the pact as “the gold standard”", "Morial told
    // a woman who suggested … that “…”"), as PolNeAR attributes it; a fronted adjunct ("In a message posted
    // Friday, Cruz said …") holds none
    for (int pass = 0; pass < 4 && d.speaker == null; pass++) {
      // passes 2 and 3 look past a clause break ("although", "while") when the quote's own clause has no cue
      sentenceCue(d, lo, to, pass % 2 == 0, pass < 2);
    }
  }

  /**
   * One pass of {@link #attributeFromSentenceCue}: with {@code speechOnly}, only cues of speech ("said",
   * "told", "wrote"), not those that take a noun phrase only ("highlighted", "criticized"); with
   * {@code ownClause}, only cues after the last clause break before the quote.
   */
  private void sentenceCue(Draft d, int lo, int to, boolean speechOnly, boolean ownClause) {
    int from = mainClauseStart(lo, to);
    boolean broken = false;
    for (int k = to - 1; ownClause && k > from; k--) {
      if (CLAUSE_BREAKS.contains(lower(k)) && !inDirect[k]) {
        from = k + 1; // "Rubio suggested …, while Cruz said that the “stakes …”": the quote's own clause
        broken = true;
        break;
      }
    }
    for (int k = from; k < to; k++) {
      if (inDirect[k]) {
        continue;
      }
      Match cue = cues.speechAt(a, k);
      if (cue == null || cue.end() > to || speechOnly && cue.cue().np() && !cue.cue().bare()
          && !cue.cue().object() && !cue.cue().source()) {
        continue;
      }
      Speaker sp = cue.cue().source() ? forwardSpeaker(cue.end(), d.m.open()) : backwardSpeaker(k, lo);
      int before = k - 1;
      while (before > lo && isAuxOrAdverb(before)) {
        before--;
      }
      if (sp == null && before > lo && (lower(before).equals("and") || lower(before).equals("but"))) {
        sp = clauseSubject(lo, before); // "The nominee outlined his plan and vowed to punish “…”"
      }
      if (sp != null) {
        d.speaker = sp;
        d.cue = cue.cue().lemma();
        d.cueSpan = Span.of(cue.start(a), cue.endChar(a));
        d.near = true;
        d.via = broken ? SpeakerCandidates.VIA_OWN_CLAUSE : SpeakerCandidates.VIA_SENTENCE_CUE;
        return;
      }
    }
  }

  // ---------------------------------------------------------------- reported speech

  private List<Quote> findReported() {
    List<Quote> out = new ArrayList<>();
    Quote headline = headlineColon();
    if (headline != null) {
      out.add(headline);
    }
    int n = a.tokenCount();
    int headlineEnd = paragraphStarts.length > 1 ? paragraphStarts[1] : 0; // a one-paragraph text has none
    for (int t = 0; t < n; t++) {
      if (inDirect[t] || usedCue[t]) {
        continue;
      }
      // the headline is written in title case: "Obama Says the Museum Will Tell …"
      Match cue = cues.at(a, t, t > 0 && a.tokenStart(t) < headlineEnd);
      if (cue == null) {
        continue;
      }
      Quote q = cue.cue().source() ? according(cue) : reported(cue);
      if (q != null) {
        out.add(q);
      }
    }
    return out;
  }

  /**
   * A headline of the form "Silva: Ferries must sail on time" or "Poll: Silva leads Doe": a name of at most
   * three capitalised words and a colon open the first paragraph, and a clause of three words or more outside
   * quote marks follows; the clause is reported speech of that name. Null otherwise.
   */
  private Quote headlineColon() {
    int lo = a.tokenAtOrAfter(0);
    int end = paragraphEnd(0);
    if (lo < 0) {
      return null;
    }
    int colon = lo;
    while (colon < a.tokenCount() && colon < lo + 4 && a.tokenStart(colon) < end && !a.tokenText(colon).equals(":")) {
      if (!isWord(colon) || !Character.isUpperCase(text.charAt(a.tokenStart(colon)))) {
        return null;
      }
      colon++;
    }
    if (colon == lo || colon >= a.tokenCount() || !a.tokenText(colon).equals(":")) {
      return null;
    }
    int cs = colon + 1;
    int ce = cs;
    while (ce + 1 < a.tokenCount() && a.tokenStart(ce + 1) < end) {
      ce++;
    }
    ce = lastContentToken(cs, ce + 1);
    if (ce - cs < 2) {
      return null;
    }
    for (int t = cs; t <= ce; t++) {
      if (inDirect[t]) {
        return null; // "Silva: ‘Ferries must sail’": the direct quote carries it
      }
    }
    Speaker sp = speakerOf(lo, colon);
    int start = a.tokenStart(cs);
    int stop = a.tokenEnd(ce);
    return new Quote(start, stop, text.substring(start, stop), false, sp == null ? null : sp.id(),
        sp == null ? null : sp.name(), sp == null ? null : sp.span(), null, null);
  }

  /** "According to the Kremlin, …" / "…, according to officials." */
  private Quote according(Match cue) {
    var s = a.sentence(a.sentenceOfToken(cue.first()));
    int ss = s.firstToken();
    int last = lastContentToken(s.firstToken(), s.endToken());
    int[] np = forwardPhrase(cue.end(), s.endToken());
    if (np == null) {
      return null;
    }
    Speaker sp = speakerOf(np[0], np[1]);
    int cs;
    int ce;
    if (cue.first() == ss) {
      int comma = np[1];
      while (comma < s.endToken() && comma < np[1] + 10 && !a.tokenText(comma).equals(",")) {
        comma++; // "According to a new report by Politico, …"
      }
      if (comma >= s.endToken() || !a.tokenText(comma).equals(",")) {
        return null;
      }
      cs = comma + 1;
      ce = last;
    } else {
      cs = ss;
      ce = cue.first() - 1;
      while (ce >= cs && isPunct(ce)) {
        ce--;
      }
    }
    return content(cs, ce, sp, cue);
  }

  /**
   * "Putin said (that) …", "X told reporters (that) …", "…, Putin has said.", "But, aides say, the plan …",
   * "Silva criticized the plan" (a cue whose content may be a noun phrase), "Silva, who said …".
   */
  private Quote reported(Match cue) {
    var s = a.sentence(a.sentenceOfToken(cue.first()));
    int ss = sentenceStart(s.firstToken());
    int se = s.endToken();
    int last = lastContentToken(ss, se);
    int before = cue.first() - 1;
    while (before >= ss && AUX.contains(lower(before))) {
      before--;
    }
    if (before >= ss && DETERMINERS.contains(lower(before))) {
      return null; // "the claims that", "a note": a noun, not a cue
    }
    if (before >= ss && a.tokenText(before).equals(",") && before > ss) {
      // inverted: "…, said Putin."
      int[] np = forwardPhrase(cue.end(), se);
      if (np != null && (np[1] >= se || isPunct(np[1]))) {
        int ce = before - 1;
        return content(ss, ce, speakerOf(np[0], np[1]), cue);
      }
      // not inverted: "Ana Silva, a professor at the university, said that …" goes on below
    }
    Speaker sp = backwardSpeaker(cue.first(), ss);
    if (sp == null && before > ss && (lower(before).equals("and") || lower(before).equals("but"))) {
      sp = sentenceSubject(ss, before); // "Silva admitted the error but said her plan stands"
      if (sp == null) {
        sp = subjectOfFirstCue(ss, before); // "Demonstrators said they would march, but pledged to …"
      }
    }
    if (sp == null && before > ss && lower(before).equals("who")) {
      // "the mayor, who said …", "listeners who said …": PolNeAR marks the relative pronoun as the source, so
      // the speaker is found there and named by its antecedent
      int e = a.tokenText(before - 1).equals(",") ? before - 1 : before;
      Speaker ante = e > ss ? backwardSpeaker(e, ss) : null;
      if (ante != null) {
        Span who = Span.of(a.tokenStart(before), a.tokenEnd(before));
        sp = new Speaker(ante.id(), ante.name(), who);
      }
    }
    if (sp == null && before > ss && a.tokenText(before).equals(",")) {
      // "Ana Silva, a spokeswoman for the fund, which invests in ports, said": the sentence's subject, when
      // it names a person or organisation
      sp = sentenceSubject(ss, before);
    }
    if (sp == null) {
      int e0 = cue.first();
      while (e0 - 1 >= ss && isAuxOrAdverb(e0 - 1)) {
        e0--;
      }
      int s0 = phraseStart(e0, ss);
      if (s0 >= e0 || looksLikeNounPhrase(s0, e0)) {
        return null;
      }
      // words that name nobody ("could not resist pointing out"): reported speech all the same, speaker unknown
    }
    int k = cue.end();
    if (cue.cue().object()) {
      int that = -1;
      for (int j = k; j < se && j < k + 10; j++) {
        if (lower(j).equals("that")) {
          that = j;
          break;
        }
        if (isPunct(j)) {
          break;
        }
      }
      if (that >= 0) {
        return content(that + 1, last, sp, cue);
      }
      if (cue.cue().np() && !cue.cue().bare() && k < se && isWord(k) && !NOT_CONTENT_STARTS.contains(lower(k))) {
        return content(k, last, sp, cue); // "urged supporters to monitor the polls", "asked whether …"
      }
      if (!cue.cue().bare() || k >= se || !isWord(k)) {
        return null;
      }
      k = skipListener(k, se); // "told reporters", "told the paper", "told The Huffington Post"
    }
    if (cue.cue().np() && k + 1 < se && lower(k).equals("to") && isWord(k + 1)
        && Character.isLowerCase(text.charAt(a.tokenStart(k + 1))) && !DETERMINERS.contains(lower(k + 1))) {
      return content(k, last, sp, cue); // "vowed to bring back the mines", "hopes to offset it"
    }
    if (cue.cue().np() && k + 1 < se && TOPIC_PREPS.contains(lower(k)) && isWord(k + 1)) {
      return content(k + 1, last, sp, cue); // "warned of a crisis", "asked about the emails"
    }
    k = skipAdjunct(k, se);
    if (k < se && lower(k).equals("that")) {
      return content(k + 1, last, sp, cue);
    }
    if (k < se && isWord(k) && !NOT_CONTENT_STARTS.contains(lower(k))
        && (cue.cue().bare() || cue.cue().np() || WH_WORDS.contains(lower(k)))) {
      // "said the talks would resume", "says too much is made of it", "criticized the plan"
      return content(k, last, sp, cue);
    }
    if (k >= se || isPunct(k) || a.tokenText(k - 1).equals(",")) {
      // "…, the agency said in a June report, and those …" ends the attribution too
      int npStart = subjectStart(cue.first(), ss);
      if (npStart > ss + 2 && lower(npStart - 1).equals("as") && a.tokenText(npStart - 2).equals(",")) {
        npStart--; // "Hawaii, as one of his advisers pointed out, rarely gets two hurricanes"
      }
      boolean commaBefore = npStart > ss + 1 && a.tokenText(npStart - 1).equals(",");
      if (commaBefore && npStart - 1 - ss <= 5 && k + 1 < se && a.tokenText(k).equals(",") && isWord(k + 1)
          && !NOT_CONTENT_STARTS.contains(lower(k + 1)) && !lower(k + 1).endsWith("ing")) {
        // a short opening ("The museum", "But in recent days") is the start of the content, not all of it
        // "But in recent days, aides say, the president has grown …", "The museum, Bush said, celebrated …"
        return content(k + 1, last, sp, cue);
      }
      // fronted content: "Moscow will develop trade…, Putin has said."
      if (commaBefore) {
        return content(ss, npStart - 2, sp, cue);
      }
    }
    return null;
  }

  /**
   * A reported quote over tokens [cs, ce] (inclusive); null when too short (under three tokens, or empty for a
   * cue that takes a noun phrase: "backed Clinton") or made of a direct quote.
   */
  private Quote content(int cs, int ce, Speaker sp, Match cue) {
    if (ce - cs < (cue.cue().np() ? 0 : 2) || cs < 0) {
      return null;
    }
    if (isQuoteMark(text.charAt(a.tokenStart(cs)))) {
      return null; // the direct quote already carries it
    }
    for (int t = cs + 1; t <= ce; t++) {
      if (inDirect[t]) {
        // a quote inside the content makes it a (partial) direct quotation, which the direct quote carries;
        // a clause before the quote ("said the plan failed, adding “…”") stays reported speech
        if (t - cs < 3) {
          return null;
        }
        ce = t - 1;
        while (ce > cs && (isPunct(ce) || COORDINATORS.contains(lower(ce)))) {
          ce--;
        }
        break;
      }
      if ((COORDINATORS.contains(lower(t)) || a.tokenText(t).equals(",")) && t + 1 <= ce && nextIsCue(t + 1, ce)
          && t - cs >= 1) {
        ce = t - 1; // "admitted the delay but said …", "attacked the board, saying …": a second cue's content
        while (ce > cs && isPunct(ce)) {
          ce--;
        }
        break;
      }
    }
    int start = a.tokenStart(cs);
    int end = a.tokenEnd(ce);
    return new Quote(start, end, text.substring(start, end), false, sp == null ? null : sp.id(),
        sp == null ? null : sp.name(), sp == null ? null : sp.span(), cue.cue().lemma(),
        Span.of(cue.start(a), cue.endChar(a)));
  }

  /** The token after the listener of an object cue starting at {@code k}: a name, "the paper", "reporters". */
  private int skipListener(int k, int se) {
    int j = k;
    if (j < se && DETERMINERS.contains(lower(j))) {
      j++;
    }
    int words = 0;
    while (j < se && words < 5 && isWord(j) && Character.isUpperCase(text.charAt(a.tokenStart(j)))) {
      j++;
      words++;
    }
    if (words == 0 && j < se && isWord(j)) {
      j++;
    }
    return j;
  }

  /** The speaker of the first cue of tokens [ss, limit) when its subject starts the sentence, or null. */
  private Speaker subjectOfFirstCue(int ss, int limit) {
    int[] np = forwardPhrase(ss, limit);
    if (np == null) {
      return null;
    }
    for (int t = np[0] + 1; t < np[1]; t++) {
      if (cues.at(a, t) != null) {
        return speakerOf(np[0], t); // "Authorities announced … and said": the phrase ran into the verb
      }
    }
    int t = np[1];
    while (t < limit && isAuxOrAdverb(t)) {
      t++;
    }
    return t < limit && cues.at(a, t) != null ? speakerOf(np[0], np[1]) : null;
  }

  /** Whether a cue starts at token {@code t} or right after auxiliaries and adverbs, before token {@code limit}. */
  private boolean nextIsCue(int t, int limit) {
    while (t < limit && isAuxOrAdverb(t)) {
      t++;
    }
    return t <= limit && cues.at(a, t) != null;
  }

  /** Skips "on Tuesday", "in a statement", "yesterday" after a cue; returns the next token. */
  private int skipAdjunct(int k, int se) {
    for (int round = 0; round < 3 && k < se; round++) {
      String w = lower(k);
      if (ADJUNCT_WORDS.contains(w)) {
        k++;
      } else if (ADJUNCT_PREPS.contains(w)) {
        int j = k + 1;
        int consumed = 0;
        while (j < se && j < k + 6) {
          String x = lower(j);
          if (x.equals("that") || isPunct(j) || (consumed > 0 && CLAUSE_STARTS.contains(x))) {
            break;
          }
          j++;
          consumed++;
        }
        if (j < se && a.tokenText(j).equals(",")) {
          j++;
        }
        k = j;
      } else {
        break;
      }
    }
    return k;
  }

  // ---------------------------------------------------------------- speakers

  /** The speaker named by the subject phrase that ends right before cue token {@code cue}, or null. */
  private Speaker backwardSpeaker(int cue, int lo) {
    if (cue - 1 > lo && (a.tokenText(cue - 1).equals(",") || PARTICIPLE_LINKS.contains(lower(cue - 1)))
        && lower(cue).endsWith("ing")) {
      // "Cruz said, adding: …", "as Clinton echoed the criticism, saying …": the speaker of the cue before it;
      // else "Trump attacked Clinton over Libya, saying …": the clause's subject
      for (int k = cue - 2; k >= lo && k > cue - 25; k--) {
        Match prev = inDirect[k] ? null : cues.speechAt(a, k);
        if (prev != null && prev.end() <= cue - 1 && !lower(k).endsWith("ing")) {
          Speaker sp = prev.cue().source() ? null : backwardSpeaker(k, lo);
          if (sp == null && !prev.cue().source() && k - 1 >= 0
              && (a.tokenText(k - 1).equals(",") || isQuoteMark(text.charAt(a.tokenStart(k - 1))))) {
            // only an inverted cue names its speaker after it; "to discuss his remarks, saying" does not
            int[] np = forwardPhrase(prev.end(), cue - 1); // "“…,” said Cruz, adding"
            sp = np == null ? null : speakerOf(np[0], np[1]);
          }
          if (sp != null) {
            return sp;
          }
        }
      }
      return participleSubject(lo, cue - 1);
    }
    int e = cue;
    while (e - 1 >= lo && isAuxOrAdverb(e - 1)) {
      e--;
    }
    e = skipTimeBack(e, lo);
    while (e - 1 >= lo && isAuxOrAdverb(e - 1)) {
      e--;
    }
    e = skipParenthesis(e, lo); // "Rep. Gwen Moore (D-Wis.) said"
    e = pastCatenative(e, lo);
    if (e - 2 > lo && (lower(e - 1).equals("and") || lower(e - 1).equals("but")) && isVerbLike(e - 2)
        && lower(e - 2).endsWith("ed") && !DETERMINERS.contains(lower(e - 3))) {
      return backwardSpeaker(e - 2, lo); // "I laughed and said", "Silva smiled but said": the first verb's subject
    }
    if (e - 1 > lo && lower(e - 1).equals("who")) {
      // "McConnell, now the majority leader, who in 2010 said": found at "who", named by the antecedent
      int before = a.tokenText(e - 2).equals(",") ? e - 2 : e - 1;
      Speaker ante = before > lo ? backwardSpeaker(before, lo) : null;
      return ante == null ? null : new Speaker(ante.id(), ante.name(),
          Span.of(a.tokenStart(e - 1), a.tokenEnd(e - 1)));
    }
    boolean closingComma = false;
    if (e - 2 >= lo && a.tokenText(e - 1).equals(",") && isNpToken(e - 2)) {
      e--; // "Hugh Hill, a doctor, said": e is now the apposition's closing comma
      closingComma = true;
    }
    int s = phraseStart(e, lo);
    if (s == e) {
      return null;
    }
    if (!closingComma) {
      return speakerOf(s, e);
    }
    if (Character.isUpperCase(text.charAt(a.tokenStart(s))) && !opensLowerApposition(e, lo)) {
      return speakerOf(s, e); // "Another critic, Laurence Tribe, said": the name
    }
    // "Hugh Hill, a doctor, said", "Obama, dedicating the Museum of History and Culture on Saturday, said":
    // the name before the description
    return headBeforeApposition(e, lo);
  }

  /**
   * The end of the subject before "[aux] VERB to" that ends right before token {@code e} ("Mr. Trump was prompted to
   * say", "Ana Silva went on to tell"), past up to two lower-case verb words and auxiliaries; else e.
   */
  private int pastCatenative(int e, int lo) {
    if (e - 2 <= lo || !lower(e - 1).equals("to")) {
      return e;
    }
    int j = e - 1;
    int words = 0;
    while (j - 1 > lo && words < 2 && isWord(j - 1) && Character.isLowerCase(text.charAt(a.tokenStart(j - 1)))
        && !DETERMINERS.contains(lower(j - 1)) && !BOUNDARY.contains(lower(j - 1)) && !AUX.contains(lower(j - 1))) {
      j--;
      words++;
    }
    if (words == 0 || !isVerbLike(j) && !lower(j).equals("went") && !lower(j).equals("want")) {
      return e; // "the ability to say", "plans to say": a noun, not a verb, before "to"
    }
    while (j - 1 >= lo && isAuxOrAdverb(j - 1)) {
      j--;
    }
    return j;
  }

  /** Whether the apposition closed by the comma at {@code closing} opens with a lower-case word. */
  private boolean opensLowerApposition(int closing, int lo) {
    for (int c = closing - 1; c > lo && c > closing - 25; c--) {
      if (a.tokenText(c).equals(",")) {
        return Character.isLowerCase(text.charAt(a.tokenStart(c + 1)));
      }
    }
    return false;
  }

  /**
   * The first token of the main clause of the sentence starting at {@code lo}: past a fronted adjunct that ends
   * with a comma before {@code limit} ("In a message posted Friday, Cruz said …"), else lo.
   */
  private int mainClauseStart(int lo, int limit) {
    lo = pastDateline(lo, limit);
    if (lo >= limit || !(BOUNDARY.contains(lower(lo)) || ADJUNCT_PREPS.contains(lower(lo))
        || lower(lo).endsWith("ing"))) {
      return lo;
    }
    for (int j = lo + 1; j < limit && j < lo + 25; j++) {
      if (a.tokenText(j).equals(",")) {
        // "At a rally in Ames, Iowa, on Sunday, Silva said": the adjunct goes on past a place and a time
        int k = j + 1;
        if (k + 1 < limit && (ADJUNCT_PREPS.contains(lower(k)) || isPlaceBeforeComma(k, limit))) {
          continue;
        }
        return j + 1;
      }
    }
    return lo;
  }

  /** Whether tokens from {@code k} are one to three capitalised words and a comma ("Iowa,", "New Hampshire,"). */
  private boolean isPlaceBeforeComma(int k, int limit) {
    for (int j = k; j < limit && j <= k + 3; j++) {
      if (a.tokenText(j).equals(",")) {
        return j > k;
      }
      if (!isWord(j) || !Character.isUpperCase(text.charAt(a.tokenStart(j)))) {
        return false;
      }
    }
    return false;
  }

  /**
   * The token after a dateline that opens the sentence at {@code lo} ("WASHINGTON (AP) —", "PHILADELPHIA, July 25
   * (UPI) —", "Washington (AFP) –"): a dash within eight tokens right after a closing parenthesis or an all-capital
   * word; else lo.
   */
  private int pastDateline(int lo, int limit) {
    for (int j = lo + 1; j < limit && j <= lo + 8; j++) {
      String w = a.tokenText(j);
      char c = w.charAt(0);
      if (w.length() == 1 && (c == '\u2014' || c == '\u2013' || c == '-')) {
        String before = a.tokenText(j - 1);
        boolean caps = before.length() > 1 && before.equals(before.toUpperCase(Locale.ROOT))
            && Character.isLetter(before.charAt(0));
        return before.equals(")") || caps ? j + 1 : lo;
      }
      if (c == '.' || c == '"' || c == '\u201c') {
        return lo;
      }
    }
    return lo;
  }

  /** The start of a time adjunct that ends right before token {@code e} ("on Tuesday", "Friday"), else e. */
  private int skipTimeBack(int e, int lo) {
    if (e - 2 > lo && lower(e - 2).equals("in") && isYear(e - 1)) {
      return e - 2; // "who in 2010 said"
    }
    int j = e;
    while (j - 1 > lo && j > e - 3 && ADJUNCT_WORDS.contains(lower(j - 1)) && !isAuxOrAdverb(j - 1)) {
      j--;
    }
    if (j == e) {
      return e;
    }
    if (j - 1 > lo && TIME_PREPS.contains(lower(j - 1))) {
      j--;
    }
    return j;
  }

  /**
   * The speaker named by the subject of the clause in tokens [lo, limit): the first noun phrase, past a
   * fronted adjunct that ends with a comma ("During a speech on Monday, Trump attacked …"); null when none.
   */
  /** Words that open a finite clause whose subject a participle after it shares. */
  private static final Set<String> CLAUSE_OPENERS = Set.of("when", "while", "because", "although", "though",
      "whereas");

  /**
   * The subject of a participle after tokens [lo, limit) ("…, when protesters interrupted her speech, shouting"):
   * the subject of the last clause a "when"/"while"/"because" opens, when it names a person, an organisation or
   * a pronoun and a verb follows it; else the {@link #clauseSubject}.
   */
  private Speaker participleSubject(int lo, int limit) {
    for (int k = limit - 2; k > lo; k--) {
      if (CLAUSE_OPENERS.contains(lower(k)) && !inDirect[k]) {
        int[] np = forwardPhrase(k + 1, limit);
        if (np != null && np[1] - np[0] >= 2) {
          Speaker sp = speakerOf(np[0], np[1]);
          if (sp != null && (sp.id() != null || PRONOUNS.contains(lower(np[0])))) {
            return sp;
          }
        }
        break;
      }
    }
    return clauseSubject(lo, limit);
  }

  private Speaker clauseSubject(int lo, int limit) {
    int j = mainClauseStart(lo, limit);
    if (j >= limit) {
      return null;
    }
    if (PRONOUNS.contains(lower(j))) {
      return speakerOf(j, j + 1); // "He then adopted an accent and joked": the pronoun alone
    }
    int[] np = forwardPhrase(j, limit);
    return np == null ? null : speakerOf(np[0], np[1]);
  }

  /** Whether token {@code t} is a four-digit year. */
  private boolean isYear(int t) {
    int st = a.tokenStart(t);
    if (a.tokenEnd(t) - st != 4) {
      return false;
    }
    for (int i = st; i < st + 4; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Token {@code e}, or the start of a parenthesis "( … )" that ends right before it. */
  private int skipParenthesis(int e, int lo) {
    if (e - 1 > lo && a.tokenText(e - 1).equals(")")) {
      for (int open = e - 2; open >= lo && open > e - 10; open--) {
        if (a.tokenText(open).equals("(")) {
          return open;
        }
      }
    }
    return e;
  }

  private boolean isAuxOrAdverb(int t) {
    String w = lower(t);
    if (AUX.contains(w)) {
      return true;
    }
    return w.length() >= 5 && w.endsWith("ly") && !NOT_ADVERBS.contains(w)
        && Character.isLowerCase(text.charAt(a.tokenStart(t)));
  }

  /**
   * The speaker before an apposition that ends with the comma at token {@code closing}: the capitalised phrase
   * before the previous comma of the sentence, past a parenthesis; null when there is none.
   */
  private Speaker headBeforeApposition(int closing, int lo) {
    for (int c = closing - 1; c > lo && c > closing - 25; c--) {
      if (!a.tokenText(c).equals(",")) {
        continue;
      }
      int e = skipParenthesis(c, lo);
      int s = phraseStart(e, lo);
      if (s < e && Character.isUpperCase(text.charAt(a.tokenStart(s)))) {
        return speakerOf(s, e);
      }
      return null;
    }
    return null;
  }

  /** The first token of the subject phrase before cue token {@code cue} (after auxiliaries). */
  private int subjectStart(int cue, int lo) {
    int e = cue;
    while (e - 1 >= lo && isAuxOrAdverb(e - 1)) {
      e--;
    }
    return phraseStart(skipParenthesis(e, lo), lo);
  }

  private int phraseStart(int e, int lo) {
    int s = e;
    while (s - 1 >= lo && s > e - MAX_NP && isNpToken(s - 1) && !BOUNDARY.contains(lower(s - 1))) {
      s--;
    }
    while (s < e && (lower(s).equals("of") || lower(s).equals("for"))) {
      s++;
    }
    return s;
  }

  /** The speaker named right after a cue ("said Putin", "according to the Kremlin"), or null. */
  private Speaker forwardSpeaker(int from, int charLimit) {
    int end = from;
    while (end < a.tokenCount() && a.tokenStart(end) < charLimit) {
      end++;
    }
    int[] np = forwardPhrase(from, end);
    return np == null ? null : speakerOf(np[0], np[1]);
  }

  /** Tokens [s, e) of the noun phrase starting at {@code from}, before token {@code limit}; null when empty. */
  private int[] forwardPhrase(int from, int limit) {
    while (from < limit && (TIME_WORDS.contains(lower(from)) || isAuxOrAdverb(from))) {
      from++;
    }
    int e = from;
    while (e < limit && e < from + MAX_NP && isNpToken(e) && !BOUNDARY.contains(lower(e))) {
      e++;
    }
    if (e < limit && lower(e).equals("of") && e + 1 < limit && isNpToken(e + 1)) {
      int f = e + 1;
      while (f < limit && f < e + MAX_NP && isNpToken(f) && !BOUNDARY.contains(lower(f))) {
        f++;
      }
      e = f; // "the head of the agency"
    }
    return e == from ? null : new int[] {from, e};
  }

  /** The speaker of tokens [s, e): an entity mention there, an unlinked pronoun's antecedent, or the text. */
  private Speaker speakerOf(int s, int e) {
    if (TIME_WORDS.contains(lower(s)) || isMonth(s, e) || lower(e - 1).equals("week")
        || lower(e - 1).equals("year") || lower(e - 1).equals("past")) {
      return null; // "Earlier this week", "Wednesday", "April 18": when, not who
    }
    int cs = a.tokenStart(s);
    int ce = a.tokenEnd(e - 1);
    int m = mentions.best(cs, ce);
    while (m >= 0 && isPossessor(mentions.mention(m), ce)) {
      // "Obama's former campaign strategist said": Obama owns the speaker, he is not the speaker
      int after = a.tokenEnd(a.tokenAtOrAfter(mentions.mention(m).end()));
      m = after < ce ? mentions.best(after, ce) : -1;
      if (m < 0) {
        return new Speaker(null, text.substring(cs, ce), Span.of(cs, ce));
      }
    }
    if (m >= 0) {
      Entity ent = mentions.entity(m);
      Mention men = mentions.mention(m);
      return new Speaker(ent.id(), ent.name(), Span.of(men.start(), men.end()));
    }
    if (e - s == 1) {
      String w = lower(s);
      EntityType type = w.equals("he") || w.equals("she") ? EntityType.PERSON
          : w.equals("it") ? EntityType.ORGANIZATION : null;
      if (type != null) {
        int ante = mentions.lastBefore(cs, type);
        if (ante >= 0) {
          Entity ent = mentions.entity(ante);
          return new Speaker(ent.id(), ent.name(), Span.of(cs, ce));
        }
        return type == EntityType.PERSON ? new Speaker(null, a.tokenText(s), Span.of(cs, ce)) : null;
      }
      if (DETERMINERS.contains(w) || CLAUSE_STARTS.contains(w) && !w.equals("they") && !w.equals("we")
          && !w.equals("i")) {
        return null;
      }
    }
    if (!looksLikeNounPhrase(s, e)) {
      return null; // "n't", "however", "resist", "including ones": words before a cue that name nobody
    }
    return new Speaker(null, text.substring(cs, ce), Span.of(cs, ce));
  }

  /**
   * Whether tokens [s, e), which name no entity, read as a noun phrase: they open with a capital, a digit, a
   * determiner or quantifier, a pronoun, or are one plural noun ("officials", "critics").
   */
  private boolean looksLikeNounPhrase(int s, int e) {
    char c = text.charAt(a.tokenStart(s));
    String w = lower(s);
    if (Character.isUpperCase(c) || Character.isDigit(c) || DETERMINERS.contains(w) || QUANTIFIERS.contains(w)
        || PRONOUNS.contains(w)) {
      return true;
    }
    String head = lower(e - 1);
    return e - s <= 2 && head.length() > 3 && head.endsWith("s") && !head.endsWith("ss") && !w.endsWith("ing")
        && !w.endsWith("ly") && !AUX.contains(w);
  }

  /** Whether tokens [s, e) open with a month: alone or before a number ("April 18"), not a name ("April Ryan"). */
  private boolean isMonth(int s, int e) {
    return MONTHS.contains(lower(s)) && (e - s == 1 || Character.isDigit(text.charAt(a.tokenStart(s + 1))));
  }

  /** Whether mention {@code men} is followed by "'s" and more words before char {@code phraseEnd}. */
  private boolean isPossessor(Mention men, int phraseEnd) {
    int t = a.tokenAtOrAfter(men.end());
    if (t < 0 || t >= a.tokenCount() || a.tokenStart(t) != men.end() || a.tokenEnd(t) >= phraseEnd) {
      return false;
    }
    String w = a.tokenText(t);
    return w.equals("'s") || w.equals("\u2019s");
  }

  // ---------------------------------------------------------------- assembly

  private List<Quote> assemble(List<Draft> drafts, List<Quote> reported) {
    List<Quote> direct = new ArrayList<>(drafts.size());
    List<SpeakerCandidates.Context> contexts = ranker != null || recorded != null ? new ArrayList<>() : null;
    Speaker last = null;
    int lastParagraph = -10;
    int r = 0;
    for (Draft d : drafts) {
      while (r < reported.size() && reported.get(r).start() < d.m.start()) {
        Quote q = reported.get(r++);
        if (q.speakerName() != null) {
          last = new Speaker(q.speaker(), q.speakerName(), q.speakerSpan());
          lastParagraph = paragraphOf(q.end());
        }
      }
      boolean isShort = words(d.m.start(), d.m.end()) <= SHORT_WORDS;
      // single quotes in the headline are quotations by news convention, even title-cased or short
      boolean headline = d.m.single() && paragraphOf(d.m.open()) == 0;
      if (!hasLetter(d.m.start(), d.m.end()) || !d.adjacent && !headline && isTitle(d.m.start(), d.m.end())) {
        continue; // "Fox News Sunday", "Face the Nation", a tweet's number: names, not quotes
      }
      if (headline && d.speaker == null) {
        d.speaker = headlineSpeaker(d);
        d.via = d.speaker != null ? SpeakerCandidates.VIA_HEADLINE : d.via;
      }
      Speaker previous = last != null && paragraphOf(d.m.open()) - lastParagraph <= 1 ? last : null;
      if (d.speaker == null && !d.near) {
        if (isShort && !headline) {
          continue; // a title or scare quote: no cue near it
        }
        int para = paragraphOf(d.m.open());
        Speaker subject = sentenceSubject(d);
        if (subject != null) {
          d.speaker = subject;
          d.via = SpeakerCandidates.VIA_SUBJECT;
        } else if (last != null && para - lastParagraph <= 1) {
          d.speaker = last; // the current speaker goes on (news convention)
          d.via = SpeakerCandidates.VIA_CARRY;
        } else if (para > 0 && d.m.open() == paragraphStarts[para]) {
          int m = mentions.lastBefore(paragraphStarts[para], EntityType.PERSON);
          if (m >= 0 && paragraphOf(mentions.mention(m).start()) == para - 1) {
            Entity ent = mentions.entity(m);
            d.speaker = new Speaker(ent.id(), ent.name(), Span.of(mentions.mention(m).start(),
                mentions.mention(m).end()));
            d.via = SpeakerCandidates.VIA_PARAGRAPH;
          }
        }
      }
      Speaker sp = d.speaker;
      if (sp != null && sp.name() != null) {
        last = sp;
        lastParagraph = paragraphOf(d.m.end());
      }
      direct.add(new Quote(d.m.start(), d.m.end(), text.substring(d.m.start(), d.m.end()), true,
          sp == null ? null : sp.id(), sp == null ? null : sp.name(), sp == null ? null : sp.span(),
          d.cue, d.cueSpan));
      if (contexts != null) {
        contexts.add(new SpeakerCandidates.Context(d.m, sp, d.via, d.cueSpan, d.adjacent, previous));
      }
    }
    if (contexts != null) {
      rank(direct, contexts);
    }
    List<Quote> all = new ArrayList<>(direct.size() + reported.size());
    all.addAll(direct);
    all.addAll(reported);
    all.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end)
        .thenComparing(q -> q.direct() ? 0 : 1));
    return List.copyOf(all);
  }

  /**
   * Lets the ranker choose the speaker of each direct quote among its candidates, or records the candidates
   * (training). The features see only the rules' choices (the previous quote's speaker is the rules'), so that
   * training and use see the same. A quote keeps its cue.
   */
  private void rank(List<Quote> direct, List<SpeakerCandidates.Context> contexts) {
    SpeakerCandidates candidates = new SpeakerCandidates(a, cues, mentions, paragraphStarts, inDirect,
        ranker != null ? ranker.bits() : recordBits, this::cueSubject);
    for (int i = 0; i < direct.size(); i++) {
      SpeakerCandidates.Context ctx = contexts.get(i);
      if (recorded == null && SpeakerCandidates.isTrusted(ctx.via(), ctx.rule() != null && ctx.rule().span() != null)) {
        continue; // the rules' choice stands: no candidates to build (speed)
      }
      SpeakerCandidates.Choice c = candidates.choose(ctx);
      if (recorded != null) {
        recorded.add(c);
      }
      if (ranker == null || c.speakers().length == 0) {
        continue;
      }
      int best = ranker.best(c);
      if (best == 0 && c.ruleFirst()) {
        continue;
      }
      Speaker sp = c.speakers()[best];
      Quote q = direct.get(i);
      direct.set(i, new Quote(q.start(), q.end(), q.text(), true, sp.id(), sp.name(), sp.span(), q.cue(),
          q.cueSpan()));
    }
  }

  /**
   * The subject of the speech cue starting at token {@code t}, as the rules read it: the phrase after an inverted
   * cue ("“…,” said Ana Silva") or a source cue ("according to X"), else the subject phrase before the cue; null
   * when no speech cue starts there or it has no readable subject.
   */
  private Speaker cueSubject(int t) {
    Match cue = inDirect[t] ? null : cues.speechAt(a, t);
    if (cue == null) {
      return null;
    }
    int paraEnd = paragraphEnd(a.tokenStart(t));
    if (cue.cue().source()) {
      return forwardSpeaker(cue.end(), paraEnd);
    }
    int lo = sentenceStart(a.sentence(a.sentenceOfToken(t)).firstToken());
    // an inverted cue names its speaker after it ("“…,” said Ana Silva"); one that takes a listener names the
    // listener there ("“…,” a harbour official told John Doe")
    if (!cue.cue().object() && (t == lo || isPunct(t - 1) || isQuoteMark(text.charAt(a.tokenStart(t - 1))))) {
      return cue.end() < a.tokenCount() && !lower(t).endsWith("ing") ? forwardSpeaker(cue.end(), paraEnd) : null;
    }
    return backwardSpeaker(t, lo);
  }

  /**
   * The speaker of a single-quoted headline quote: "Pence: … ‘Mocking’ …" (a short name before a colon), or the
   * subject of a title-case cue ("Christie Calls Clinton ‘A Disgrace’"); null when neither.
   */
  private Speaker headlineSpeaker(Draft d) {
    int to = a.tokenAt(d.m.open());
    if (to <= 0) {
      return null;
    }
    int lo = a.tokenAtOrAfter(paragraphStarts[0]);
    for (int k = lo + 1; k < to && k <= lo + 4; k++) {
      if (a.tokenText(k).equals(":")) {
        return speakerOf(lo, k);
      }
    }
    for (int k = lo + 1; k < to; k++) {
      Match cue = cues.at(a, k, true);
      if (cue != null && !cue.cue().stance() && !cue.cue().source()) {
        int[] np = forwardPhrase(lo, k);
        return np == null || np[1] != k ? null : speakerOf(np[0], np[1]);
      }
    }
    // "Trump ‘The Dealmaker’ Could Address Clean Energy, Lindsey Graham Says."
    int tc = d.m.close() < 0 ? -1 : a.tokenAt(d.m.close());
    for (int k = tc + 1; tc > 0 && k < a.tokenCount() && a.tokenStart(k) < paragraphEnd(0); k++) {
      Match cue = cues.at(a, k, true);
      if (cue != null && !cue.cue().stance() && !cue.cue().source() && k - 1 > tc) {
        int s0 = phraseStart(k, tc + 1);
        return s0 > tc + 1 && a.tokenText(s0 - 1).equals(",") ? speakerOf(s0, k) : null;
      }
    }
    return null;
  }

  /** The subject of a partial quote's sentence when it is a person or organisation ("He … “…”"), or null. */
  private Speaker sentenceSubject(Draft d) {
    int to = a.tokenAt(d.m.open());
    if (to <= 0) {
      return null;
    }
    int lo = a.sentence(a.sentenceOfToken(to)).firstToken();
    // past a fronted adjunct: "Earlier this week, Clinton shared … “…”"
    return sentenceSubject(lo < to ? mainClauseStart(lo, to) : lo, to);
  }

  /** The subject phrase starting at token {@code lo} when it names a person or organisation or is he/she. */
  private Speaker sentenceSubject(int lo, int to) {
    lo = pastDateline(lo, to);
    if (lo + 1 < to && SENTENCE_CONJUNCTIONS.contains(lower(lo))) {
      lo++; // "But Megan Hester, a teacher, said …"
    }
    if (lo >= to || !isWord(lo)) {
      return null;
    }
    int[] np = forwardPhrase(lo, to);
    if (np == null) {
      return null;
    }
    Speaker sp = speakerOf(np[0], np[1]);
    if (sp == null || sp.id() == null) {
      return null;
    }
    int m = mentions.best(a.tokenStart(np[0]), a.tokenEnd(np[1] - 1));
    boolean pronoun = np[1] - np[0] == 1 && (lower(np[0]).equals("he") || lower(np[0]).equals("she"));
    if (pronoun || (m >= 0 && (mentions.entity(m).type() == EntityType.PERSON
        || mentions.entity(m).type() == EntityType.ORGANIZATION))) {
      return sp;
    }
    return null;
  }

  // ---------------------------------------------------------------- small helpers

  private String lower(int t) {
    return a.tokenText(t).toLowerCase(Locale.ROOT);
  }

  private boolean isWord(int t) {
    return Character.isLetterOrDigit(text.charAt(a.tokenStart(t)));
  }

  private boolean isNpToken(int t) {
    char c = text.charAt(a.tokenStart(t));
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    if (c == '.' && isAbbreviationDot(t) && t + 1 < a.tokenCount() && text.charAt(a.tokenStart(t + 1)) != ')') {
      return true; // "Sen. Lindsey Graham": the title's dot is part of the name
    }
    String w = a.tokenText(t);
    return w.equals("'s") || w.equals("\u2019s") || w.equals("-");
  }

  private boolean isPunct(int t) {
    char c = text.charAt(a.tokenStart(t));
    return !Character.isLetterOrDigit(c) && !isQuoteMark(c);
  }

  private static boolean isQuoteMark(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u2018' || c == '\u2019' || c == '\'';
  }

  /**
   * Whether the full stop at token {@code k} closes an abbreviation rather than a sentence: it touches an
   * initial, a title or a capitalised word with a hyphen ("Rep.", "(D-Wis.)", "R-Ky.") or closes a parenthesis.
   */
  private boolean isAbbreviationDot(int k) {
    if (k == 0 || a.tokenEnd(k - 1) != a.tokenStart(k)) {
      return false;
    }
    int ps = a.tokenStart(k - 1);
    int pe = a.tokenEnd(k - 1);
    if (k + 1 < a.tokenCount() && text.charAt(a.tokenStart(k + 1)) == ')') {
      return true;
    }
    if (!Character.isUpperCase(text.charAt(ps))) {
      return false;
    }
    if (pe - ps == 1 || ABBREVIATIONS.contains(lower(k - 1))) {
      return true; // an initial ("Laurence H. Tribe") or a title ("Sen.", "Gov.")
    }
    for (int i = ps; i < pe; i++) {
      if (text.charAt(i) == '-') {
        return true;
      }
    }
    return false;
  }

  /**
   * The first token of the sentence that starts at token {@code ss}, joined to the sentences before it when
   * they were split at an abbreviation ("Sen. Lindsey Graham (R-S.C.) told …").
   */
  private int sentenceStart(int ss) {
    while (ss > 1 && a.tokenText(ss - 1).equals(")") || ss > 1 && text.charAt(a.tokenStart(ss - 1)) == '.'
        && isAbbreviationDot(ss - 1)) {
      int prev = a.sentence(a.sentenceOfToken(ss - 1)).firstToken();
      if (prev >= ss || paragraphOf(a.tokenStart(prev)) != paragraphOf(a.tokenStart(ss))) {
        break;
      }
      ss = prev;
    }
    return ss;
  }

  /** The last token of sentence tokens [ss, se) that is not closing punctuation. */
  private int lastContentToken(int ss, int se) {
    int t = se - 1;
    while (t > ss) {
      char c = text.charAt(a.tokenStart(t));
      if (c == '.' || c == '!' || c == '?' || c == ',' || c == ';' || c == ':') {
        t--;
      } else {
        break;
      }
    }
    return t;
  }

  /** Whether text [start, end) reads as a title: at most five words, each capitalised or a small word. */
  private boolean isTitle(int start, int end) {
    int words = 0;
    boolean capital = false;
    int i = start;
    while (i < end) {
      while (i < end && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int w = i;
      while (i < end && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (w >= end) {
        break;
      }
      words++;
      char c = text.charAt(w);
      if (Character.isUpperCase(c)) {
        capital = true;
      } else if (!TITLE_SMALL_WORDS.contains(stripPunct(text.substring(w, i)).toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return capital && words >= 2 && words <= 5;
  }

  private static String stripPunct(String w) {
    int e = w.length();
    while (e > 0 && !Character.isLetterOrDigit(w.charAt(e - 1))) {
      e--;
    }
    return w.substring(0, e);
  }

  private boolean hasLetter(int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private int words(int start, int end) {
    int n = 0;
    boolean in = false;
    for (int i = start; i < end; i++) {
      boolean w = !Character.isWhitespace(text.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }

  /** Start offsets of the paragraphs: the first char after each run of line breaks (blank lines count once). */
  private static int[] paragraphStarts(String text) {
    int count = 1;
    int n = text.length();
    for (int i = 0; i + 1 < n; i++) {
      if (text.charAt(i) == '\n' && text.charAt(i + 1) != '\n') {
        count++;
      }
    }
    int[] starts = new int[count];
    int k = 1;
    for (int i = 0; i + 1 < n; i++) {
      if (text.charAt(i) == '\n' && text.charAt(i + 1) != '\n') {
        starts[k++] = i + 1;
      }
    }
    return starts;
  }

  private int paragraphOf(int offset) {
    int i = Arrays.binarySearch(paragraphStarts, offset);
    return i >= 0 ? i : -i - 2;
  }

  private int paragraphEnd(int offset) {
    int p = paragraphOf(offset);
    return p + 1 < paragraphStarts.length ? paragraphStarts[p + 1] - 1 : text.length();
  }
}
