package org.herald.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreebankTaggedReaderTest {
  @Test
  void readsWordTagTokensAcrossLinesAndBrackets() throws IOException {
    List<TaggedSentence> s = TreebankTaggedReader.read(new StringReader(
        "\n[ Anna/NNP Berg/NNP ]\n,/, \n[ a/DT 1\\/2/CD share/NN ]\nrose/VBD ./. \n\n"
            + "======================================\n\n[ Prices/NNS ]\nfell/VBD|VBN ./.\n"));
    assertThat(s).hasSize(2);
    assertThat(s.get(0).words()).containsExactly("Anna", "Berg", ",", "a", "1/2", "share", "rose", ".");
    assertThat(s.get(0).pos()).containsExactly("NNP", "NNP", ",", "DT", "CD", "NN", "VBD", ".");
    assertThat(s.get(0).chunks()).isNull();
    assertThat(s.get(1).pos()).containsExactly("NNS", "VBD", ".");
  }

  @Test
  void refusesATokenWithoutATag() {
    assertThatThrownBy(() -> TreebankTaggedReader.read(new StringReader("word/NN orphan\n")))
        .isInstanceOf(IOException.class).hasMessageContaining("orphan");
  }
}
