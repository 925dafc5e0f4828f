package org.herald.stage.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.herald.model.Article;
import org.herald.stage.syntax.Attachment;
import org.herald.stage.syntax.Clause;
import org.herald.stage.syntax.Phrase;
import org.herald.stage.syntax.SentenceSyntax;
import org.herald.stage.syntax.Syntax;
import org.herald.stage.syntax.Voice;

/**
 * Who acts and who is acted on by a verb trigger, read off the clause analysis of {@link Syntax} (issue 6): the
 * event stage asks it where its word-position rules find no source or target, where a passive's agent is
 * missed, and where the rules' subject lies beyond an "and" or "after" and may belong to another verb. A
 * sentence is analysed only when first asked, and at most once: tagging one costs ~15 us in a hot loop but
 * ~100 us or more inside the pipeline, where the syntax model's weights are out of cache.
 * A {@link View} is not thread-safe (one per sentence coder); the factory itself is immutable.
 */
final class ClauseRoles {
  /** Prepositions whose object is the target of a verb with no object: "protested against", "clashed with". */
  private static final Set<String> TARGET_PREPOSITIONS = Set.of("against", "with", "on", "to", "at", "toward",
      "towards", "upon");
  private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she");
  private static final Set<String> POSSESSIVES = Set.of("its", "their");
  /** Forms of reporting verbs, whose subject a pronoun of the reported clause stands for. */
  private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "tells", "announced",
      "announces", "claimed", "claims", "reported", "stated", "added", "confirmed", "confirms");

  private final Syntax syntax;

  ClauseRoles(Syntax syntax) {
    this.syntax = Objects.requireNonNull(syntax, "syntax");
  }

  /**
   * The roles of sentence {@code index} of {@code article}, whose token {@code t} belongs to actor
   * {@code actorAt[t]}, or to none when it is -1.
   */
  View view(Article article, int index, int[] actorAt) {
    return new View(article, index, actorAt);
  }

  /** One sentence's clauses, analysed on first use. */
  final class View {
    private final Article article;
    private final int index;
    private final int[] actorAt;
    private SentenceSyntax parsed;

    private View(Article article, int index, int[] actorAt) {
      this.article = article;
      this.index = index;
      this.actorAt = actorAt;
    }

    private SentenceSyntax parsed() {
      if (parsed == null) {
        parsed = syntax.sentence(article, index);
      }
      return parsed;
    }

    /** The clause whose verb group holds token {@code token}, or null (a noun trigger, a verb the chunker missed). */
    Clause clauseOf(int token) {
      return parsed().clauseOf(token);
    }

    /** The actors of a clause's source: the passive's agent, else the subject; one per conjunct that holds one. */
    List<Integer> sources(Clause c) {
      List<Integer> out = actorsOf(c.actor());
      if (out.isEmpty() && c.voice() == Voice.ACTIVE && isPronoun(c.subject())) {
        out = reporterOf(c); // "the army said it had killed": the reporter's own act
      }
      return out;
    }

    /** The actors of a clause's own source phrases, with no pronoun read as a reporter. */
    List<Integer> ownSources(Clause c) {
      return actorsOf(c.actor());
    }

    /** Whether the clause's verb group is finite: it opens with a modal or a verb inflected for tense. */
    boolean isFinite(Clause c) {
      String tag = parsed().pos(c.verbStart());
      return tag.equals("MD") || tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP");
    }

    /**
     * The actors a clause acts on: the passive's subject or the active's object, else the first attachment with
     * a target's preposition that names one ("clashed with police"), with {@code from} also "from" ("recalled
     * its ambassador from France", for a cut in relations).
     */
    List<Integer> targets(Clause c, boolean from) {
      List<Integer> out = new ArrayList<>();
      for (Phrase p : c.patient()) {
        int k = targetIn(p);
        if (k >= 0 && !out.contains(k)) {
          out.add(k);
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
      if (c.voice() == Voice.ACTIVE && c.object().size() == 1 && POSSESSIVES.contains(lower(c.object().get(0)
          .firstToken()))) {
        List<Integer> reporter = reporterOf(c); // "Colombia said Venezuelan troops attacked its border posts"
        if (!reporter.isEmpty()) {
          return reporter;
        }
      }
      for (Attachment a : c.attachments()) {
        if (TARGET_PREPOSITIONS.contains(a.word()) || from && a.word().equals("from")) {
          int k = targetIn(a.object());
          if (k >= 0) {
            return List.of(k);
          }
        }
      }
      return List.of();
    }

    /**
     * The phrase's actor as a target: not one that only modifies its head ("on the Peruvian border" names a
     * place, not Peru), while one after the head ("talks with the Taliban") counts.
     */
    private int targetIn(Phrase p) {
      int k = actorIn(p);
      if (k < 0 || actorAt[p.head()] == k) {
        return k;
      }
      for (int t = p.head() + 1; t < p.endToken(); t++) {
        if (actorAt[t] == k) {
          return k;
        }
      }
      return -1;
    }

    /** Whether the clause is passive with an agent that names an actor. */
    boolean passiveWithAgent(Clause c) {
      return c.voice() == Voice.PASSIVE && !actorsOf(c.agent()).isEmpty();
    }

    private boolean isPronoun(List<Phrase> phrases) {
      if (phrases.size() != 1) {
        return false;
      }
      Phrase p = phrases.get(0);
      return p.endToken() - p.firstToken() == 1 && PRONOUNS.contains(lower(p.head()));
    }

    /** The subject actors of the nearest earlier clause whose verb reports ("said", "announced"). */
    private List<Integer> reporterOf(Clause c) {
      List<Clause> all = parsed().clauses();
      for (int i = all.indexOf(c) - 1; i >= 0; i--) {
        Clause r = all.get(i);
        if (REPORTING.contains(lower(r.head()))) {
          return r.voice() == Voice.ACTIVE ? actorsOf(r.subject()) : List.of();
        }
      }
      return List.of();
    }

    private String lower(int token) {
      return article.tokenText(token).toLowerCase(java.util.Locale.ROOT);
    }

    /** One actor per phrase that holds one, in order, without repeats. */
    private List<Integer> actorsOf(List<Phrase> phrases) {
      List<Integer> out = new ArrayList<>(phrases.size());
      for (Phrase p : phrases) {
        int k = actorIn(p);
        if (k >= 0 && !out.contains(k)) {
          out.add(k);
        }
      }
      return out;
    }

    /**
     * The actor at the phrase's head, else its first actor before any comma or verb, or -1: "the convoy,
     * escorted by Turkish troops" and "an e-mail meant for colleagues at TBWA" name no actor, which stands only
     * in an aside; "opponents of Rwanda's Senate" names the Senate, as PETRARCH reads it.
     */
    private int actorIn(Phrase p) {
      if (actorAt[p.head()] >= 0) {
        return actorAt[p.head()];
      }
      SentenceSyntax syntax = parsed();
      for (int t = p.firstToken(); t < p.endToken(); t++) {
        if (actorAt[t] >= 0) {
          return actorAt[t];
        }
        if (article.tokenText(t).equals(",") || syntax.pos(t).startsWith("VB")) {
          return -1;
        }
      }
      return -1;
    }
  }
}
