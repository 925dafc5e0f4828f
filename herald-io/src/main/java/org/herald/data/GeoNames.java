package org.herald.data;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.herald.ErrorCodes;
import org.herald.HeraldException;
import org.herald.stage.name.Gazetteer;

/**
 * Installs the GeoNames cities gazetteer ({@code cities15000}, {@code cities5000}… as a {@code .txt}, {@code .txt.gz}
 * or {@code .zip} file) into a data folder as the name stage's {@link Gazetteer#RESOURCE}: per city its name, its
 * Latin-script other names (at most {@value #MAX_OTHER_NAMES}), country as ISO 3166-1 alpha-3, coordinates,
 * population and feature code. The file is written beside the target and moved into place, so a failed install
 * leaves the previous gazetteer as it was.
 */
public final class GeoNames {
  /** Where GeoNames publishes the cities with more than 15,000 people. */
  public static final String DEFAULT_URL = "https://download.geonames.org/export/dump/cities15000.zip";

  static final int MAX_OTHER_NAMES = 10;
  private static final int COLUMNS = 19;

  private GeoNames() {
  }

  /** What an install did. */
  public record Installed(Path file, int places, int skipped) {
  }

  /**
   * Reads GeoNames cities from {@code bytes} (named {@code name}, whose ending says whether it is zipped or
   * gzipped) and installs them into {@code folder}.
   *
   * @throws HeraldException with {@link ErrorCodes#INPUT_UNREADABLE} when it is not a GeoNames cities file
   */
  public static Installed install(String name, byte[] bytes, DataFolder folder) {
    List<String[]> rows = new ArrayList<>();
    int[] skipped = {0};
    try (InputStream in = open(name, bytes)) {
      read(in, rows, skipped);
    } catch (IOException e) {
      throw new HeraldException(ErrorCodes.INPUT_UNREADABLE, name + " is not a readable GeoNames file: "
          + e.getMessage());
    }
    if (rows.isEmpty() || skipped[0] > rows.size() / 10 + 5) {
      throw new HeraldException(ErrorCodes.INPUT_UNREADABLE, name + " is not a GeoNames cities file ("
          + rows.size() + " rows read, " + skipped[0] + " not in its 19-column format)");
    }
    try {
      return new Installed(write(rows, folder.resources()), rows.size(), skipped[0]);
    } catch (IOException e) {
      throw new HeraldException(ErrorCodes.OUTPUT, "cannot write the gazetteer into " + folder.resources() + ": "
          + e.getMessage());
    }
  }

  /** The file's bytes, unpacked: the {@code .txt} entry of a zip, a gunzipped {@code .gz}, else as they are. */
  private static InputStream open(String name, byte[] bytes) throws IOException {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz") || bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
      return new GZIPInputStream(new ByteArrayInputStream(bytes));
    }
    if (lower.endsWith(".zip") || bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3) {
      ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes));
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (!e.isDirectory() && e.getName().toLowerCase(Locale.ROOT).endsWith(".txt")) {
          return zip;
        }
      }
      throw new IOException("the zip file holds no .txt file");
    }
    return new ByteArrayInputStream(bytes);
  }

  private static void read(InputStream in, List<String[]> rows, int[] skipped) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    for (String line; (line = r.readLine()) != null; ) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String[] row = f.length == COLUMNS ? row(f) : null;
      if (row == null) {
        skipped[0]++;
      } else {
        rows.add(row);
      }
    }
  }

  /** One gazetteer row from a GeoNames row, or null when the row is not in GeoNames' format. */
  static String[] row(String[] f) {
    String name = f[1].strip();
    double lat;
    double lon;
    try {
      lat = Double.parseDouble(f[4]);
      lon = Double.parseDouble(f[5]);
    } catch (NumberFormatException e) {
      return null;
    }
    if (name.isEmpty() || name.indexOf('\t') >= 0 || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      return null;
    }
    long population = 0;
    if (!f[14].isBlank()) {
      try {
        population = Long.parseLong(f[14].strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    Set<String> others = new LinkedHashSet<>();
    addName(others, f[2], name);
    for (String alt : f[3].split(",")) {
      if (others.size() >= MAX_OTHER_NAMES) {
        break;
      }
      addName(others, alt, name);
    }
    return new String[] {name, String.join(",", others), iso3(f[8].strip()), f[4].strip(), f[5].strip(),
        Long.toString(population), f[7].strip()};
  }

  /** Keeps other names readers of English news use: Latin letters, capitalised, not a code, not the name itself. */
  private static void addName(Set<String> others, String alt, String name) {
    String a = alt.strip();
    if (a.length() < 3 || a.length() > 40 || a.equalsIgnoreCase(name) || !Character.isUpperCase(a.charAt(0))) {
      return;
    }
    boolean lower = false;
    for (int i = 0; i < a.length(); i++) {
      char c = a.charAt(i);
      if (c >= 'a' && c <= 'z') {
        lower = true;
      } else if (!(c >= 'A' && c <= 'Z' || c == ' ' || c == '-' || c == '\'' || c == '.')) {
        return;
      }
    }
    if (lower && others.stream().noneMatch(a::equalsIgnoreCase)) {
      others.add(a);
    }
  }

  /** The alpha-3 code of ISO 3166-1 alpha-2 {@code iso2} (Kosovo's user-assigned XK is XKX), or "". */
  static String iso3(String iso2) {
    if (iso2.equals("XK")) {
      return "XKX";
    }
    if (iso2.length() != 2) {
      return "";
    }
    try {
      return new Locale("", iso2).getISO3Country();
    } catch (MissingResourceException e) {
      return "";
    }
  }

  private static Path write(List<String[]> rows, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path target = dir.resolve(Gazetteer.RESOURCE);
    Path tmp = dir.resolve(Gazetteer.RESOURCE + ".part");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) { // replaces a stale part
        w.write(Gazetteer.HEADER);
        for (String[] r : rows) {
          w.write(String.join("\t", r));
          w.write('\n');
        }
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    } catch (IOException | UncheckedIOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
  }
}
