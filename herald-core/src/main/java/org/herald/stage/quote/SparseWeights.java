package org.herald.stage.quote;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The weight-array encoding the quote package's models share: runs of (count of zeros, count of values, the
 * values), so a hashed model that is mostly zeros stays small and its bytes are deterministic.
 */
final class SparseWeights {
  private SparseWeights() {}

  /** Writes {@code weights} as zero/value runs. */
  static void write(DataOutputStream out, float[] weights) throws IOException {
    int i = 0;
    while (i < weights.length) {
      int z = i;
      while (z < weights.length && weights[z] == 0f) {
        z++;
      }
      int v = z;
      while (v < weights.length && weights[v] != 0f) {
        v++;
      }
      out.writeInt(z - i);
      out.writeInt(v - z);
      for (int j = z; j < v; j++) {
        out.writeFloat(weights[j]);
      }
      i = v;
    }
  }

  /** Reads runs written by {@link #write} into {@code into}, which must have the written length. */
  static void read(DataInputStream in, float[] into) throws IOException {
    int i = 0;
    while (i < into.length) {
      int zeros = in.readInt();
      int k = in.readInt();
      if (zeros < 0 || k < 0 || i + zeros + k > into.length) {
        throw new IOException("bad run at " + i);
      }
      i += zeros;
      for (int j = 0; j < k; j++) {
        into[i++] = in.readFloat();
      }
    }
  }
}
