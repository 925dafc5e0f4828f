package org.herald.stage.syntax;

/**
 * Maps Herald's tokens to the Penn Treebank forms the models were trained on, and hashes words and their parts
 * for the feature keys. Herald's tokenizer already splits clitics as the treebank does ("do" "n't", "Putin"
 * "'s"); what differs is typography: curly quotes and apostrophes, dashes, the ellipsis, and straight double
 * quotes whose direction the treebank spells (`` and ''). Stateless and thread-safe.
 */
final class WordForms {
  /** Hash of the padding before a sentence's first word. */
  static final long START = 0x5A5A_1234_0F0F_0001L;
  /** Hash of the padding after a sentence's last word. */
  static final long END = 0x5A5A_1234_0F0F_0002L;

  private WordForms() {
  }

  /**
   * The treebank forms of one sentence's tokens: curly quotes become `` and '', dashes --, the ellipsis ...,
   * and straight double quotes alternate opening and closing within the sentence.
   */
  static String[] treebank(String[] tokens) {
    String[] out = new String[tokens.length];
    boolean open = true;
    for (int i = 0; i < tokens.length; i++) {
      String t = tokens[i];
      if (t.equals("\"")) {
        out[i] = open ? "``" : "''";
        open = !open;
      } else {
        out[i] = treebank(t);
      }
    }
    return out;
  }

  /** The treebank form of one token (a straight double quote stays as it is: its direction needs context). */
  static String treebank(String t) {
    if (t.length() == 1) {
      switch (t.charAt(0)) {
        case '\u201c', '\u201e', '\u00ab': return "``";
        case '\u201d', '\u00bb': return "''";
        case '\u2018': return "`";
        case '\u2019': return "'";
        case '\u2014', '\u2013', '\u2012', '\u2015': return "--";
        case '\u2026': return "...";
        default: return t;
      }
    }
    if (t.indexOf('\u2019') < 0 && t.indexOf('\u2018') < 0) {
      return switch (t) { // the treebank's spelling of brackets (CoNLL-2000 keeps it)
        case "-LRB-", "-LCB-", "-LSB-" -> "(";
        case "-RRB-", "-RCB-", "-RSB-" -> ")";
        default -> t;
      };
    }
    return t.replace('\u2019', '\'').replace('\u2018', '\'');
  }

  /** Murmur3's 64-bit finaliser: spreads every input bit over the result. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** The key of feature template {@code template} with value {@code v}; never 0 (0 marks an empty slot). */
  static long key(int template, long v) {
    long k = mix(v + 0x9E3779B97F4A7C15L * (template + 1));
    return k == 0 ? 1 : k;
  }

  /** The key of a template with two values (one mix: the values are hashes or small tag numbers). */
  static long key(int template, long a, long b) {
    return key(template, a * 0xC2B2AE3D27D4EB4FL + b * 0x165667B19E3779F9L);
  }

  /** The key of a template with three values. */
  static long key(int template, long a, long b, long c) {
    return key(template, a * 0xC2B2AE3D27D4EB4FL + b * 0x165667B19E3779F9L + c * 0x27D4EB2F165667C5L);
  }

  /** FNV-1a hash of {@code s[from, to)}, lower-cased and with every digit read as 0 when {@code fold}. */
  static long hash(String s, int from, int to, boolean fold) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      h ^= fold ? fold(c) : c;
      h *= 0x100000001b3L;
    }
    return mix(h ^ (to - from));
  }

  /** A char lower-cased, a digit read as 0. */
  static char fold(char c) {
    if (c >= 'A' && c <= 'Z') {
      return (char) (c + 32);
    }
    if (c >= '0' && c <= '9') {
      return '0';
    }
    return c > 127 ? Character.toLowerCase(c) : c;
  }

  /**
   * Hash of the word's shape: upper-case letters read X, lower-case x, digits d, other chars as themselves, runs
   * of one class cut to two ("Xxxxx" → "Xxx", "U.S." → "X.X.", "3,000.50" → "d,ddd.dd" → "d,dd.dd").
   */
  static long shape(String s) {
    long h = 0xcbf29ce484222325L;
    char prev = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      run = k == prev ? run + 1 : 1;
      prev = k;
      if (run <= 2) {
        h ^= k;
        h *= 0x100000001b3L;
      }
    }
    return mix(h);
  }
}
