package org.herald.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.herald.model.Article;
import org.junit.jupiter.api.Test;

class ConllReaderTest {
  private static List<ConllDocument> read(String s) {
    List<ConllDocument> docs = new ArrayList<>();
    new ConllReader(new BufferedReader(new StringReader(s)), "test").forEach(docs::add);
    return docs;
  }

  @Test
  void splitsDocumentsAtDocstartAndSentencesAtBlankLines() {
    List<ConllDocument> docs = read("""
        -DOCSTART- -X- -X- O

        Envoys NNS B-NP O
        met VBD B-VP O
        . . O O

        Oslo NNP B-NP B-LOC
        . . O O

        -DOCSTART- -X- -X- O

        Rain NN B-NP O
        """);
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).header()).startsWith("-DOCSTART-");
    assertThat(docs.get(0).sentences()).hasSize(2);
    assertThat(docs.get(1).tokenCount()).isEqualTo(1);
  }

  @Test
  void makesAnArticleWithExactlyTheFilesTokensAndSentences() {
    ConllDocument doc = read("U.S. NNP B-NP B-LOC\ntroops NNS I-NP O\n\nLeft VBD B-VP O\n").get(0);
    Article a = doc.toArticle("d");
    assertThat(a.text()).isEqualTo("U.S. troops\nLeft");
    assertThat(a.tokens()).extracting(t -> t.text()).containsExactly("U.S.", "troops", "Left");
    assertThat(a.sentenceCount()).isEqualTo(2);
    assertThat(doc.header()).isNull();
  }
}
