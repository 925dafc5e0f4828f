package org.herald.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Penn Treebank's tagged files ({@code wsj_0001.pos}): tokens written {@code word/TAG}, base noun
 * phrases bracketed {@code [ ... ]}, sentences separated by blank lines and {@code =====} lines. A slash inside a
 * word is escaped ({@code 1\/2/CD}); an uncertain tag {@code VBG|NN} counts as its first choice. Thread-safe:
 * holds no state.
 */
public final class TreebankTaggedReader {
  private TreebankTaggedReader() {
  }

  /** The sentences of one file, in order, without chunk tags. */
  public static List<TaggedSentence> read(Reader in) throws IOException {
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<TaggedSentence> out = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String line; (line = r.readLine()) != null; ) {
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("=====")) {
        if (!words.isEmpty()) {
          out.add(new TaggedSentence(words, tags, null));
          words.clear();
          tags.clear();
        }
        continue;
      }
      for (String token : s.split("\\s+")) {
        if (token.equals("[") || token.equals("]")) {
          continue;
        }
        int slash = token.lastIndexOf('/');
        while (slash > 0 && token.charAt(slash - 1) == '\\') {
          slash = token.lastIndexOf('/', slash - 2);
        }
        if (slash <= 0 || slash == token.length() - 1) {
          throw new IOException("not a word/TAG token: '" + token + "'");
        }
        String tag = token.substring(slash + 1);
        int bar = tag.indexOf('|');
        words.add(token.substring(0, slash).replace("\\/", "/"));
        tags.add(bar > 0 ? tag.substring(0, bar) : tag);
      }
    }
    if (!words.isEmpty()) {
      out.add(new TaggedSentence(words, tags, null));
    }
    return out;
  }
}
