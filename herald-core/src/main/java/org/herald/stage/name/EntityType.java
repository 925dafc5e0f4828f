package org.herald.stage.name;

/** The kind of a named entity, as in CoNLL-2003 (PER, ORG, LOC, MISC). */
public enum EntityType {
  PERSON("PER"),
  ORGANIZATION("ORG"),
  LOCATION("LOC"),
  MISC("MISC");

  private final String conll;

  EntityType(String conll) {
    this.conll = conll;
  }

  /** The CoNLL-2003 tag suffix: PER, ORG, LOC or MISC. */
  public String conll() {
    return conll;
  }
}
