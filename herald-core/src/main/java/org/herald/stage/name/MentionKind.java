package org.herald.stage.name;

/** How a mention refers to its entity. */
public enum MentionKind {
  /** By name: "Vladimir Putin", "Putin", "Roscosmos". */
  NAME,
  /** By role or description only: "the Russian president". */
  ROLE,
  /** By pronoun: "he", "she". */
  PRONOUN
}
