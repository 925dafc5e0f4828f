package org.herald.stage.clean;

import org.herald.model.OffsetMap;

/**
 * Builds clean text paragraph by paragraph while recording where each copied stretch came from in the raw
 * source. Runs of whitespace become one space; paragraphs are separated by one newline.
 */
final class TextBuilder {
  private final StringBuilder text = new StringBuilder();
  private final OffsetMap.Builder offsets = OffsetMap.builder();
  private boolean pendingSpace;

  /** Starts a new paragraph unless the text is empty or already ends with one. */
  void paragraphBreak() {
    pendingSpace = false;
    if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
      text.append('\n');
    }
  }

  /** Whether nothing has been written since the last paragraph break. */
  boolean atParagraphStart() {
    return text.length() == 0 || text.charAt(text.length() - 1) == '\n';
  }

  /**
   * Appends raw text {@code s}, which starts at raw offset {@code rawStart}, collapsing whitespace.
   *
   * @param exact whether each char of {@code s} is one raw char (false after entity decoding: then only
   *     the start is mapped)
   */
  void append(String s, int rawStart, boolean exact) {
    boolean mapped = false;
    int lastCopied = -2;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || Character.isSpaceChar(c)) {
        pendingSpace = true;
        continue;
      }
      if (Character.isISOControl(c) || c == '\ufeff' || c == '\u200b' || c == '\u00ad') {
        continue;
      }
      if (pendingSpace && !atParagraphStart()) {
        text.append(' ');
      }
      pendingSpace = false;
      // a new segment wherever the copy skipped raw chars, so each copied run maps linearly
      if (exact ? lastCopied != i - 1 : !mapped) {
        offsets.segment(text.length(), rawStart + (exact ? i : 0));
        mapped = true;
      }
      text.append(c);
      lastCopied = i;
    }
  }

  /** Drops everything after clean offset {@code length} (used to take back a boilerplate paragraph). */
  void truncate(int length) {
    text.setLength(length);
    offsets.truncate(length);
    pendingSpace = false;
  }

  int length() {
    return text.length();
  }

  String text() {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '\n') {
      end--;
    }
    return text.substring(0, end);
  }

  OffsetMap offsets() {
    return offsets.build();
  }
}
