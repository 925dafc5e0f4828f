package org.herald.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class Conll2000ReaderTest {
  @Test
  void readsSentencesOfWordTagAndChunkSeparatedByBlankLines() throws IOException {
    List<TaggedSentence> s = Conll2000Reader.read(new StringReader(
        "Talks NNS B-NP\nresumed VBD B-VP\n. . O\n\n\nThey PRP B-NP\nleft VBD B-VP\n"));
    assertThat(s).hasSize(2);
    assertThat(s.get(0).words()).containsExactly("Talks", "resumed", ".");
    assertThat(s.get(0).pos()).containsExactly("NNS", "VBD", ".");
    assertThat(s.get(0).chunks()).containsExactly("B-NP", "B-VP", "O");
    assertThat(s.get(1).size()).isEqualTo(2);
  }

  @Test
  void namesTheLineThatLacksAField() {
    assertThatThrownBy(() -> Conll2000Reader.read(new StringReader("Talks NNS B-NP\nresumed VBD\n")))
        .isInstanceOf(IOException.class).hasMessageContaining("line 2");
  }

  @Test
  void anEmptyFileHasNoSentence() throws IOException {
    assertThat(Conll2000Reader.read(new StringReader("\n\n"))).isEmpty();
  }
}
