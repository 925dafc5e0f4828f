package org.herald.stage.event;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.herald.pipeline.Resources;

/**
 * The CAMEO event codes Herald knows, read from {@code cameo-v1.tsv}. Immutable and thread-safe.
 */
public final class CameoTable {
  /** The bundled resource name. */
  public static final String RESOURCE = "cameo-v1.tsv";

  private final Map<String, CameoCode> codes;

  private CameoTable(Map<String, CameoCode> codes) {
    this.codes = Collections.unmodifiableMap(codes);
  }

  /** Loads the bundled table. */
  public static CameoTable load(Resources resources) {
    return parse(resources.lines(RESOURCE));
  }

  /**
   * Parses table lines (comments already removed): code, quad class, Goldstein score, PLOVER type, PLOVER mode
   * ({@code -} for none), name; tab-separated.
   */
  public static CameoTable parse(List<String> lines) {
    Map<String, CameoCode> map = new LinkedHashMap<>();
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      if (f.length < 6) {
        throw new IllegalArgumentException("CAMEO table line has " + f.length + " columns, not 6: " + line);
      }
      String mode = f[4].isBlank() || f[4].equals("-") ? null : f[4].strip();
      CameoCode c = new CameoCode(f[0].strip(), f[5].strip(), Integer.parseInt(f[1].strip()),
          Double.parseDouble(f[2].strip()), f[3].strip(), mode);
      map.put(c.code(), c);
    }
    return new CameoTable(map);
  }

  /** The entry for {@code code}, or null when unknown. */
  public CameoCode get(String code) {
    return codes.get(code);
  }

  /** Every entry, in table order. */
  public Collection<CameoCode> all() {
    return codes.values();
  }

  /** Number of codes. */
  public int size() {
    return codes.size();
  }
}
