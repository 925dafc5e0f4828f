package org.herald.stage.quote;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * The weight-array encoding the quote package's models share: runs of (count of zeros, count of values, the
 * values), so a hashed model that is mostly zeros stays small and its bytes are deterministic.
 */
final class SparseWeights {
  private SparseWeights() {}

  /** A gzip model stream whose header (magic number, then the table's bits) has been read and checked. */
  record Model(DataInputStream in, int bits) {
  }

  /** Opens a model written with {@code magic} and a table of 2^8 to 2^24 rows; {@code what} names it in errors. */
  static Model open(InputStream is, int magic, String what) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(is, 1 << 16), 1 << 16));
    if (in.readInt() != magic) {
      throw new IOException("not a " + what);
    }
    int bits = in.readInt();
    if (bits < 8 || bits > 24) {
      throw new IOException("bad bits " + bits);
    }
    return new Model(in, bits);
  }

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

  /**
   * The averaged perceptron's weights: {@code w} less the step-weighted sum of updates {@code acc} over the
   * {@code step} count, with values under 0.001 dropped (the noise: a smaller model, the same answers).
   */
  static float[] averaged(float[] w, float[] acc, int step) {
    float[] out = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      float v = w[i] - acc[i] / step;
      out[i] = Math.abs(v) < 1e-3f ? 0f : v;
    }
    return out;
  }
}
