package org.herald.dedupe;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * What the {@link Deduplicator} compares of one article: its normalised URL, a hash of its normalised text and
 * a MinHash signature of its word shingles. Small (about 0.5 KB) and storable as a string ({@link #encode()}).
 *
 * @param url the normalised URL ({@link UrlNormalizer}), or null when the article has none
 * @param textHash a 64-bit hash of the text's words, lower-cased, punctuation dropped
 * @param shingles how many distinct word shingles the text has (0 for an empty text)
 * @param signature the MinHash signature, {@link MinHash#SIZE} values; do not modify
 */
public record Fingerprint(String url, long textHash, int shingles, int[] signature) {
  public Fingerprint {
    Objects.requireNonNull(signature, "signature");
    if (signature.length != MinHash.SIZE) {
      throw new IllegalArgumentException("signature of " + signature.length + " values, not " + MinHash.SIZE);
    }
  }

  /** The fingerprint of an article at {@code url} (or null) whose clean text is {@code text}. */
  public static Fingerprint of(String url, String text) {
    return MinHash.fingerprint(UrlNormalizer.normalize(url), text == null ? "" : text);
  }

  /** A one-line form for storage: {@code v1 TAB url TAB hash TAB shingles TAB base64 signature}. */
  public String encode() {
    ByteBuffer buf = ByteBuffer.allocate(signature.length * 4);
    buf.asIntBuffer().put(signature);
    return "v1\t" + (url == null ? "" : url) + "\t" + Long.toHexString(textHash) + "\t" + shingles + "\t"
        + Base64.getEncoder().withoutPadding().encodeToString(buf.array());
  }

  /** Reads back what {@link #encode()} wrote. */
  public static Fingerprint decode(String s) {
    String[] f = s.split("\t", -1);
    if (f.length != 5 || !f[0].equals("v1")) {
      throw new IllegalArgumentException("not a v1 fingerprint: " + s);
    }
    byte[] bytes = Base64.getDecoder().decode(f[4]);
    int[] sig = new int[bytes.length / 4];
    ByteBuffer.wrap(bytes).asIntBuffer().get(sig);
    return new Fingerprint(f[1].isEmpty() ? null : f[1], Long.parseUnsignedLong(f[2], 16),
        Integer.parseInt(f[3]), sig);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint f && Objects.equals(url, f.url) && textHash == f.textHash
        && shingles == f.shingles && Arrays.equals(signature, f.signature);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, textHash, shingles) * 31 + Arrays.hashCode(signature);
  }

  @Override
  public String toString() {
    return "Fingerprint[" + url + ", " + Long.toHexString(textHash) + ", " + shingles + " shingles]";
  }
}
