package org.herald.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CoNLL-2000 chunking format: one token a line as {@code word POS chunk} (single spaces), a blank line
 * between sentences. Thread-safe: holds no state.
 */
public final class Conll2000Reader {
  private Conll2000Reader() {
  }

  /**
   * The sentences of {@code in}, in order.
   *
   * @throws IOException when a line does not have three fields (the message names the line)
   */
  public static List<TaggedSentence> read(Reader in) throws IOException {
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<TaggedSentence> out = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> pos = new ArrayList<>();
    List<String> chunks = new ArrayList<>();
    int lineNo = 0;
    for (String line; (line = r.readLine()) != null; ) {
      lineNo++;
      String s = line.strip();
      if (s.isEmpty()) {
        flush(words, pos, chunks, out);
        continue;
      }
      String[] f = s.split(" ");
      if (f.length != 3) {
        throw new IOException("line " + lineNo + ": expected 'word POS chunk', got '" + s + "'");
      }
      words.add(f[0]);
      pos.add(f[1]);
      chunks.add(f[2]);
    }
    flush(words, pos, chunks, out);
    return out;
  }

  private static void flush(List<String> words, List<String> pos, List<String> chunks, List<TaggedSentence> out) {
    if (!words.isEmpty()) {
      out.add(new TaggedSentence(words, pos, chunks));
      words.clear();
      pos.clear();
      chunks.clear();
    }
  }
}
