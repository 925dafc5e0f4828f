package org.herald.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PetrarchReaderTest {
  @Test
  void readsCodingsTextAndNoEvents() throws IOException {
    List<PetrarchRecord> records = PetrarchReader.read("""
        <Validation>
        <!-- # a commented header -->
        <Sentences>
        <Sentence date="19950101" id="DEMO-01" category="DEMO">
        <!-- a comment -->
        <EventCoding sourcecode="VLM" targetcode="KST" eventcode="042"></EventCoding>
        <EventCoding sourcecode="KST" targetcode="---" eventcode="0233"></EventCoding>
        <Text>
        Velmora visited
        Kestrand &amp; Orb.
        </Text>
        <Parse>(ROOT (S (NP (NNP Velmora))))</Parse>
        </Sentence>
        <Sentence date="19950101" id="DEMO-02" category="DEMO">
        <EventCoding noevents = "True"></EventCoding>
        <Text>Nothing happened.</Text>
        </Sentence>
        <Sentence date="19950101" id="ERROR-01" category="ERROR">
        <EventCoding error="Bad date"></EventCoding>
        <Text>Skipped.</Text>
        </Sentence>
        </Sentences>
        </Validation>
        """);
    assertThat(records).hasSize(2);
    PetrarchRecord first = records.get(0);
    assertThat(first.text()).isEqualTo("Velmora visited Kestrand & Orb.");
    assertThat(first.codings()).containsExactly(new PetrarchRecord.Coding("VLM", "KST", "042"),
        new PetrarchRecord.Coding("KST", "---", "0233"));
    assertThat(first.codings().get(1).root()).isEqualTo("02");
    assertThat(first.isDevelopment()).isTrue();
    assertThat(records.get(1).noEvents()).isTrue();
    assertThat(records.get(1).codings()).isEmpty();
  }

  @Test
  void repairsSelfClosedSentenceTagsAndAnUncommentedHeader() throws IOException {
    List<PetrarchRecord> records = PetrarchReader.read("""
        <?xml version='1.0' encoding='utf-8'?>
        <Validation>
        #######
        #   a header that mentions <EventCoding...> tags
        #######
        <Sentences>
        <Sentence category="VERB" date="20180101" id="VERB_1" evaluate="true"/>
        <EventCoding eventcode="112" sourcecode="USA" targetcode="RUS" />
        <Text>
        The US criticised Russia.
        </Text>
        </Sentence>
        <Sentence category="VERB" date="20180101" id="VERB_2" evaluate="true">
        <EventCoding noevents="True" />
        <Text>Rain fell.</Text>
        </Sentence>
        </Sentences>
        </Validation>
        """);
    assertThat(records).extracting(PetrarchRecord::id).containsExactly("VERB_1", "VERB_2");
    assertThat(records.get(0).codings()).containsExactly(new PetrarchRecord.Coding("USA", "RUS", "112"));
  }

  @Test
  void neverResolvesExternalEntities() {
    String xml = """
        <?xml version="1.0"?>
        <!DOCTYPE Validation [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
        <Validation><Sentences>
        <Sentence id="X-1"><EventCoding sourcecode="A" targetcode="B" eventcode="010"/><Text>&secret;</Text></Sentence>
        </Sentences></Validation>
        """;
    try {
      List<PetrarchRecord> records = PetrarchReader.read(xml);
      assertThat(records).allSatisfy(r -> assertThat(r.text()).doesNotContain(hostname()));
    } catch (IOException e) {
      assertThat(e).hasMessageContaining("not a PETRARCH records file"); // refusing is as safe as ignoring
    }
  }

  @Test
  void refusesBrokenXml() {
    assertThatThrownBy(() -> PetrarchReader.read("<Validation><Sentences><Sentence id=\"a\">"))
        .isInstanceOf(IOException.class);
  }

  private static String hostname() {
    try {
      String h = java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname")).strip();
      return h.isEmpty() ? "\u0000" : h;
    } catch (IOException | RuntimeException e) {
      return "\u0000";
    }
  }
}
