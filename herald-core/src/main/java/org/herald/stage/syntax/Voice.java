package org.herald.stage.syntax;

/** The voice of a clause's verb group. */
public enum Voice {
  /** "Rebels attacked the convoy": the subject acts. */
  ACTIVE,
  /** "The convoy was attacked (by rebels)": the subject undergoes; the agent, if any, follows "by". */
  PASSIVE
}
