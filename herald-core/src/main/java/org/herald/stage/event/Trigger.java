package org.herald.stage.event;

import java.util.List;

/**
 * A trigger matched in one sentence: its tokens, its pattern or user code, and what the role and status rules
 * learn of it while the sentence is coded (its subject, its status). Token indices are into the article's tokens;
 * {@link #last} is inclusive. Mutable, owned by one sentence's coder: not shared between threads.
 */
final class Trigger {
  int first;
  int last; // inclusive
  TriggerLexicon.Pattern pattern;
  boolean nominal;
  String code;
  boolean dropped;
  EventStatus forced;
  List<Integer> subject; // actor indices, or null
  int subjectEnd = -1;
  EventStatus status;
  /** The target's reply code of a user verb ("032:033"), or null. */
  String reply;
  /** Whether a user pattern puts the target before the verb and the source after it. */
  boolean targetFirst;
  /** Whether the user's verb dictionary coded it: PETRARCH's conventions for targets apply. */
  boolean user;
  /** Whether its subject is the object of a verb or noun of asking or allowing: "urged Germany to deliver". */
  boolean controlled;
  /**
   * The first token of the theme noun phrase of a passive verb pattern said theme first ("Aid to Sudan was
   * suspended": "suspend * aid"), or -1; {@link #themeEnd} is its last token.
   */
  int themeStart = -1;
  int themeEnd = -1;
  /** The first token of the theme's noun phrase, before its nouns: "the Egyptian proposal was rejected". */
  int themeFrom = -1;
  /** How many tokens of the theme the pattern's nouns take. */
  int themeNouns;
  /** The passive light verb a nominal trigger is the subject of ("sanctions … were announced by"), or -1. */
  int passiveVerb = -1;

  /** A trigger on tokens {@code first} to {@code last} (inclusive), nothing else known of it yet. */
  static Trigger span(int first, int last) {
    Trigger t = new Trigger();
    t.first = first;
    t.last = last;
    return t;
  }
}
