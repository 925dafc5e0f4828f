package org.herald.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.herald.ErrorCodes;
import org.herald.HeraldException;

/**
 * Reads CoNLL-2003 column files document by document: {@code -DOCSTART-} lines start a document, blank lines end
 * a sentence, other lines are a token and its columns separated by whitespace. A file without
 * {@code -DOCSTART-} lines is one document. Not thread-safe.
 */
public final class ConllReader implements Iterable<ConllDocument> {
  private final BufferedReader in;
  private final String origin;

  public ConllReader(BufferedReader in, String origin) {
    this.in = in;
    this.origin = origin;
  }

  @Override
  public Iterator<ConllDocument> iterator() {
    return new Iterator<>() {
      private ConllDocument next = read();

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public ConllDocument next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        ConllDocument d = next;
        next = read();
        return d;
      }
    };
  }

  private String pendingHeader;
  private int lineNumber;

  /** Reads the next document, or null at the end. Each line of a sentence is kept whole, split on whitespace. */
  private ConllDocument read() {
    List<List<String[]>> sentences = new ArrayList<>();
    List<String[]> sentence = new ArrayList<>();
    boolean any = false;
    String header = pendingHeader;
    pendingHeader = null;
    try {
      for (String line; (line = in.readLine()) != null; ) {
        lineNumber++;
        String s = line.strip();
        if (s.startsWith("-DOCSTART-")) {
          if (!sentence.isEmpty()) {
            sentences.add(sentence);
            sentence = new ArrayList<>();
          }
          if (any || !sentences.isEmpty()) {
            pendingHeader = s;
            return new ConllDocument(header, sentences);
          }
          header = s;
          continue;
        }
        if (s.isEmpty()) {
          if (!sentence.isEmpty()) {
            sentences.add(sentence);
            sentence = new ArrayList<>();
          }
          continue;
        }
        if (s.indexOf('\0') >= 0) {
          throw new HeraldException(ErrorCodes.INPUT_BINARY, origin + " is not a CoNLL text file");
        }
        any = true;
        sentence.add(s.split("\\s+"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + origin + " at line " + lineNumber, e);
    }
    if (!sentence.isEmpty()) {
      sentences.add(sentence);
    }
    return sentences.isEmpty() ? null : new ConllDocument(header, sentences);
  }
}
