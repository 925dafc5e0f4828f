package org.herald.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The keys a store row is found and joined by, computed the same way by every store that holds Herald's schema
 * (the embedded one and the stream job's PostgreSQL sink), so their rows agree. Stateless.
 */
public final class StoreKeys {
  private StoreKeys() {
  }

  /** SHA-256 (hex) of the title (empty when null), a zero byte and the clean text: the same article, the same key. */
  public static String contentHash(String title, String text) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update((title == null ? "" : title).getBytes(StandardCharsets.UTF_8));
      d.update((byte) 0);
      d.update(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The lower-case name that joins one entity across articles ("vladimir putin"). */
  public static String nameKey(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /** The lower-case last word of a name ("putin"): finds "Putin" alone. */
  public static String lastKey(String name) {
    String k = nameKey(name);
    int space = k.lastIndexOf(' ');
    return space < 0 ? k : k.substring(space + 1);
  }
}
