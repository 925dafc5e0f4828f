package org.herald.stage.syntax;

/** The phrase types of CoNLL-2000 chunks. */
public enum ChunkType {
  /** Noun phrase: "the Russian president". */
  NP,
  /** Verb group: "has not yet signed", "plans to visit". */
  VP,
  /** Preposition: "in", "because of". */
  PP,
  /** Adjective phrase: "very likely". */
  ADJP,
  /** Adverb phrase: "so far". */
  ADVP,
  /** Subordinating conjunction or complementiser: "that", "although". */
  SBAR,
  /** Verb particle: "up" of "set up". */
  PRT,
  /** Multi-word conjunction: "as well as". */
  CONJP,
  /** Interjection. */
  INTJ,
  /** List marker. */
  LST,
  /** Unlike coordinated phrase. */
  UCP;

  /** The type named {@code name} ("NP"), or null when there is none such. */
  public static ChunkType of(String name) {
    for (ChunkType t : values()) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    return null;
  }
}
