package org.herald.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP validators ({@code ETag}, {@code Last-Modified}) last seen per URL, for conditional GETs; kept in a
 * small tab-separated file (URL, ETag, Last-Modified; {@code -} for none) rewritten through a temporary file
 * and a rename, so a crash never leaves it half written. An unreadable file is treated as empty: losing
 * validators only costs a full download. Holds the most recent 10,000 URLs. Thread-safe.
 */
final class ValidatorCache {
  private static final int MAX_ENTRIES = 10_000;

  /** What a server said about one URL's version; either part may be null. */
  record Validators(String etag, String lastModified) {
    boolean isEmpty() {
      return etag == null && lastModified == null;
    }
  }

  private final Path file;
  private final Map<String, Validators> entries = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Validators> eldest) {
      return size() > MAX_ENTRIES;
    }
  };

  /** A cache kept in {@code file}, or in memory only when {@code file} is null. */
  ValidatorCache(Path file) {
    this.file = file;
    if (file != null && Files.isRegularFile(file)) {
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (line.startsWith("#") || line.isBlank()) {
            continue;
          }
          String[] f = line.split("\t", -1);
          if (f.length == 3) {
            entries.put(f[0], new Validators(orNull(f[1]), orNull(f[2])));
          }
        }
      } catch (IOException | RuntimeException e) {
        entries.clear();
      }
    }
  }

  private static String orNull(String s) {
    return s.equals("-") || s.isEmpty() ? null : s;
  }

  synchronized Validators get(String url) {
    return entries.get(url);
  }

  /** Remembers {@code v} for {@code url} (forgets it when {@code v} is empty) and saves the file. */
  synchronized void put(String url, Validators v) {
    Validators old = v.isEmpty() ? entries.remove(url) : entries.put(url, v);
    if (!v.equals(old) && !(old == null && v.isEmpty())) {
      save();
    }
  }

  private void save() {
    if (file == null) {
      return;
    }
    List<String> lines = new ArrayList<>();
    lines.add("# Herald HTTP validators v1: URL, ETag, Last-Modified (- for none)");
    entries.forEach((url, v) -> lines.add(clean(url) + "\t" + clean(v.etag()) + "\t" + clean(v.lastModified())));
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.write(tmp, lines, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      // a cache that cannot be written only costs full downloads next time
    }
  }

  private static String clean(String s) {
    return s == null || s.isEmpty() ? "-" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
