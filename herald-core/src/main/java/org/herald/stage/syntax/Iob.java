package org.herald.stage.syntax;

import java.util.ArrayList;
import java.util.List;

/** Reads chunks off IOB tag sequences. Stateless. */
final class Iob {
  private Iob() {
  }

  /**
   * The chunks of a tag sequence as {start, end (exclusive), tag number of the first token}: a chunk starts at
   * a B- tag or at an I- tag whose type differs from the previous token's (the CoNLL scorers' reading).
   *
   * @param tags tag names by position
   */
  static List<int[]> chunks(String[] tags) {
    List<int[]> out = new ArrayList<>();
    String type = null;
    int start = -1;
    for (int i = 0; i <= tags.length; i++) {
      String t = i < tags.length ? tags[i] : "O";
      boolean inside = t.length() > 2 && t.charAt(1) == '-';
      String ty = inside ? t.substring(2) : null;
      boolean continues = ty != null && t.charAt(0) == 'I' && ty.equals(type);
      if (!continues && type != null) {
        out.add(new int[] {start, i});
        type = null;
      }
      if (ty != null && !continues) {
        start = i;
        type = ty;
      }
    }
    return out;
  }

  /** The chunk type of a tag ("NP" of "B-NP"), or null for O. */
  static String type(String tag) {
    return tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : null;
  }
}
