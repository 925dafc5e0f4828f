package org.herald.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PloverReaderTest {
  /** Two made-up records in the file's lenient JSON (trailing commas), and a documentation entry. */
  static final String FILE = """
      [
      {"id": "GSR-DOCUMENT-0001", "event": "DOCUMENT", "comment": "no sentence here",},
      {
          "id": "GSR-DEMAND-0001",
          "source": [{"actorText": "Velmora", "code": "VLM", "sector": "GOV"},
                     {"actorText": "Kestrand", "code": "KST"},],
          "target": [{"actorText": "Orb", "code": "ORB"}],
          "event": "DEMAND",
          "text": "Velmora and Kestrand demanded that Orb pay.",
      },
      {
          "id": "GSR-DISAPPROVE-0002",
          "source": [{"actorText": "Orb", "code": "ORB"}],
          "target": "",
          "event": "DISAPPROVE",
          "text": "  Orb criticised everyone. ",
      },
      ]
      """;

  @Test
  void readsRecordsWithCurrentTypeNamesAndSkipsDocumentation() throws IOException {
    List<PloverRecord> records = PloverReader.read(new StringReader(FILE));
    assertThat(records).hasSize(2);
    PloverRecord first = records.get(0);
    assertThat(first.type()).isEqualTo("REQUEST");
    assertThat(first.sources()).containsExactly("VLM", "KST");
    assertThat(first.targets()).containsExactly("ORB");
    PloverRecord second = records.get(1);
    assertThat(second.type()).isEqualTo("ACCUSE");
    assertThat(second.targets()).isEmpty();
    assertThat(second.text()).isEqualTo("Orb criticised everyone.");
  }

  @Test
  void oddIdsAreDevelopmentAndEvenIdsTest() throws IOException {
    List<PloverRecord> records = PloverReader.read(new StringReader(FILE));
    assertThat(records.get(0).isDevelopment()).isTrue();
    assertThat(records.get(1).isDevelopment()).isFalse();
  }

  @Test
  void refusesWhatIsNotAnArray() {
    assertThatThrownBy(() -> PloverReader.read(new StringReader("{\"id\": 1}"))).isInstanceOf(IOException.class);
  }
}
