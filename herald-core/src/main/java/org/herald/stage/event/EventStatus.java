package org.herald.stage.event;

import java.util.Locale;

/** Whether an event happened, is intended, did not happen, or might happen. */
public enum EventStatus {
  /** Said to have happened or to be happening: "met", "signed". */
  ASSERTED,
  /** Announced, planned or promised: "will visit", "pledged to". */
  INTENDED,
  /** Said not to have happened: "did not meet", "refused to sign". */
  NEGATED,
  /** Possible or conditional: "could impose", "if … would". */
  HYPOTHETICAL;

  /** The lower-case name used in JSON. */
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
