package org.herald.stage.event;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds {@code cameo-v1.tsv}, Herald's CAMEO table, from the public CAMEO code list, the Goldstein scale and
 * the CAMEO→PLOVER table. Run it by hand when the standards change:
 * <pre>java org.herald.stage.event.CameoTableBuilder CAMEO.eventcodes.txt CAMEO.goldsteinscale.txt
 *     CAMEO2PLOVER-2021.txt herald-core/src/main/resources/org/herald/resources/cameo-v1.tsv</pre>
 * The output is written to a temporary file and then renamed, so a failed run leaves the old table intact.
 */
public final class CameoTableBuilder {
  /** Older PLOVER type names and the current ones. */
  private static final Map<String, String> PLOVER_RENAMES = Map.of(
      "DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");
  /** PLOVER does not code CAMEO 01 public statements; Herald labels them so (not a PLOVER type). */
  static final String STATEMENT = "STATEMENT";

  private CameoTableBuilder() {
  }

  /** Arguments: event codes file, Goldstein file, CAMEO→PLOVER file, output path. */
  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: CameoTableBuilder EVENTCODES GOLDSTEIN CAMEO2PLOVER OUTPUT.tsv");
      System.exit(2);
    }
    Path out = Path.of(args[3]);
    int n = rebuild(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), out);
    System.out.println("wrote " + n + " codes to " + out);
  }

  /**
   * Builds the table from the three public files and writes it to {@code out} (a temporary file, then an atomic
   * rename, so a failed run leaves the old table intact).
   *
   * @return the number of codes written
   */
  public static int rebuild(Path eventCodes, Path goldstein, Path plover, Path out) throws IOException {
    List<String> rows = build(read(eventCodes), read(goldstein), read(plover));
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      for (String r : rows) {
        w.write(r);
        w.write('\n');
      }
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return rows.size() - header().size();
  }

  private static List<String> read(Path p) throws IOException {
    return Files.readAllLines(p, StandardCharsets.UTF_8);
  }

  /** The table's lines, header comments first. */
  static List<String> build(List<String> eventCodes, List<String> goldsteinLines, List<String> ploverLines) {
    Map<String, String> names = parseNames(eventCodes);
    Map<String, Double> goldstein = new LinkedHashMap<>();
    for (String line : goldsteinLines) {
      String[] f = line.strip().split("\t");
      if (f.length == 2 && isCode(f[0])) {
        goldstein.put(f[0], Double.parseDouble(f[1].strip()));
      }
    }
    Map<String, String[]> plover = parsePlover(ploverLines);
    List<String> out = new ArrayList<>(header());
    for (Map.Entry<String, String> e : names.entrySet()) {
      String code = e.getKey();
      Double g = goldstein.get(code);
      if (g == null) {
        throw new IllegalArgumentException("no Goldstein score for CAMEO code " + code);
      }
      String[] pm = ploverOf(code, plover);
      int quad = CameoCode.quadOfRoot(Integer.parseInt(code.substring(0, 2)));
      out.add(code + "\t" + quad + "\t" + g + "\t" + pm[0] + "\t" + (pm[1].isEmpty() ? "-" : pm[1]) + "\t"
          + e.getValue());
    }
    return out;
  }

  private static List<String> header() {
    return List.of(
        "# Herald CAMEO event code table, version 1.",
        "# Built by org.herald.stage.event.CameoTableBuilder from the public CAMEO/PLOVER standards: the CAMEO",
        "# event code list, the Goldstein conflict-cooperation scale and the CAMEO→PLOVER table (PLOVER draft 0.8,",
        "# 2021). Do not edit by hand: rerun the builder.",
        "# Quad class follows the standard root mapping: 01-05 verbal cooperation (1), 06-08 material cooperation",
        "# (2), 09-13 verbal conflict (3), 14-20 material conflict (4).",
        "# CAMEO 02 (appeal) codes, absent from the PLOVER table, are REQUEST with the mode of the matching 10",
        "# (demand) code; CAMEO 01 (public statement) codes have no PLOVER type and are labelled STATEMENT.",
        "# Columns (tab-separated): code, quad class, Goldstein score, PLOVER type, PLOVER mode (- for none),"
            + " short name");
  }

  private static boolean isCode(String s) {
    if (s.length() < 2 || s.length() > 4) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Code → short name. Copes with the public file's known defects: CRLF ends, two codes merged on one line
   * ("1056 … engagement106:[-5.0] Demand withdrawal") and a mis-encoded name for 044.
   */
  static Map<String, String> parseNames(List<String> lines) {
    Map<String, String> names = new LinkedHashMap<>();
    for (String raw : lines) {
      String line = raw.strip();
      int tab = line.indexOf('\t');
      if (tab < 0) {
        continue;
      }
      String code = line.substring(0, tab).strip();
      String desc = line.substring(tab + 1).strip();
      if (!isCode(code)) {
        continue; // the header and the quad-class rows 1-4
      }
      int merged = findMergedCode(desc);
      if (merged > 0) {
        String rest = desc.substring(merged);
        String code2 = rest.substring(0, rest.indexOf(':'));
        String desc2 = rest.substring(rest.indexOf(']') + 1).strip();
        names.put(code, shortName(code, desc.substring(0, merged)));
        names.put(code2, shortName(code2, desc2));
      } else {
        names.put(code, shortName(code, desc));
      }
    }
    return names;
  }

  /** Offset in {@code desc} of a second code written as {@code 106:[-5.0]}, or -1. */
  private static int findMergedCode(String desc) {
    int colon = desc.indexOf(":[");
    if (colon < 2) {
      return -1;
    }
    int start = colon;
    while (start > 0 && Character.isDigit(desc.charAt(start - 1))) {
      start--;
    }
    return colon - start >= 2 ? start : -1;
  }

  private static String shortName(String code, String desc) {
    String s = desc.strip();
    boolean ascii = s.chars().allMatch(c -> c < 128);
    if (!ascii && code.equals("044")) {
      s = "Meet at a third location"; // the public copy mangled the quotes around 'third'
    }
    s = s.replace(", not specified below", "").replace(" not specified below", "").replace("matyerial", "material");
    if (s.equals(s.toUpperCase(Locale.ROOT))) { // root names are in capitals
      s = s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
    }
    return s.strip();
  }

  /** Code → {type, mode}, from lines such as {@code 042: CONSULT, visit,   # Make a visit}. */
  static Map<String, String[]> parsePlover(List<String> lines) {
    Map<String, String[]> map = new LinkedHashMap<>();
    for (String raw : lines) {
      String line = raw.strip();
      int hash = line.indexOf('#');
      if (hash == 0) {
        continue;
      }
      String body = hash > 0 ? line.substring(0, hash) : line;
      int colon = body.indexOf(':');
      if (colon < 0 || !isCode(body.substring(0, colon).strip())) {
        continue;
      }
      String code = body.substring(0, colon).strip();
      String[] f = body.substring(colon + 1).split(",", -1);
      String type = f[0].strip().toUpperCase(Locale.ROOT);
      type = PLOVER_RENAMES.getOrDefault(type, type);
      String mode = f.length > 1 ? f[1].strip() : "";
      map.putIfAbsent(code, new String[] {type, mode}); // first line wins (175 and root 08 appear twice)
    }
    return map;
  }

  private static String[] ploverOf(String code, Map<String, String[]> plover) {
    String[] pm = plover.get(code);
    if (pm != null) {
      return pm;
    }
    if (code.startsWith("01")) {
      return new String[] {STATEMENT, ""};
    }
    if (code.startsWith("02")) { // PLOVER REQUEST covers CAMEO appeals: take the parallel demand code's mode
      String[] demand = plover.get("10" + code.substring(2));
      return new String[] {"REQUEST", demand == null ? "" : demand[1]};
    }
    // a code the PLOVER table skips: fall back to the nearest listed parent
    for (int len = code.length() - 1; len >= 2; len--) {
      String[] parent = plover.get(code.substring(0, len));
      if (parent != null) {
        return new String[] {parent[0], len > 2 ? parent[1] : ""};
      }
    }
    throw new IllegalArgumentException("no PLOVER type for CAMEO code " + code);
  }
}
