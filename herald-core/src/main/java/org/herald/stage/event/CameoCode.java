package org.herald.stage.event;

import java.util.Objects;

/**
 * One CAMEO event code with what Herald needs to code an event with it.
 *
 * @param code the CAMEO code, two to four digits ({@code 04}, {@code 042}, {@code 0311})
 * @param name its short English name ("Make a visit")
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein Goldstein scale score, -10 to 10
 * @param plover PLOVER event type ({@code CONSULT}); {@code STATEMENT} for the CAMEO 01 codes, which PLOVER
 *     does not code
 * @param mode PLOVER mode ({@code visit}), or null
 */
public record CameoCode(String code, String name, int quadClass, double goldstein, String plover, String mode) {
  public CameoCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(plover, "plover");
    if (code.length() < 2 || code.length() > 4) {
      throw new IllegalArgumentException("bad CAMEO code " + code);
    }
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("quad class " + quadClass + " of " + code + " not in 1-4");
    }
    if (goldstein < -10 || goldstein > 10) {
      throw new IllegalArgumentException("Goldstein score " + goldstein + " of " + code + " not in -10..10");
    }
  }

  /** The two-digit root ("04" for {@code 042}). */
  public String root() {
    return code.substring(0, 2);
  }

  /** The standard quad class of a root: 01-05 → 1, 06-08 → 2, 09-13 → 3, 14-20 → 4. */
  public static int quadOfRoot(int root) {
    if (root < 1 || root > 20) {
      throw new IllegalArgumentException("CAMEO root " + root + " not in 1-20");
    }
    return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
  }
}
