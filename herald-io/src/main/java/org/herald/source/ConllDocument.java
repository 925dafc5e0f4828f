package org.herald.source;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Article;

/**
 * One document of a CoNLL-2003 file: sentences of lines, each line a token and its columns
 * ({@code token POS chunk NER}).
 *
 * @param header the {@code -DOCSTART-} line that opened it, or null when the file has none
 * @param sentences each sentence's lines, each line split on whitespace; column 0 is the token
 */
public record ConllDocument(String header, List<List<String[]>> sentences) {
  public ConllDocument {
    sentences = List.copyOf(sentences);
  }

  /**
   * The document as a tokenised article: tokens joined by single spaces, one sentence a line, with the given
   * tokens and sentence breaks (so stages see exactly the file's tokens).
   */
  public Article toArticle(String id) {
    StringBuilder text = new StringBuilder();
    List<Integer> starts = new ArrayList<>();
    List<Integer> sentenceStarts = new ArrayList<>();
    for (List<String[]> sentence : sentences) {
      if (sentence.isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append('\n');
      }
      sentenceStarts.add(starts.size());
      for (int i = 0; i < sentence.size(); i++) {
        if (i > 0) {
          text.append(' ');
        }
        starts.add(text.length());
        text.append(sentence.get(i)[0]);
      }
    }
    int[] s = new int[starts.size()];
    int[] e = new int[starts.size()];
    int k = 0;
    for (List<String[]> sentence : sentences) {
      for (String[] line : sentence) {
        s[k] = starts.get(k);
        e[k] = s[k] + line[0].length();
        k++;
      }
    }
    return Article.builder(id, text.toString()).build()
        .withTokens(s, e, sentenceStarts.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Number of tokens. */
  public int tokenCount() {
    return sentences.stream().mapToInt(List::size).sum();
  }
}
