package org.herald.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.Test;

/** The extracting function outside Flink: its records for one article, and the user's dictionaries. */
class ExtractFunctionTest {
  private static final String ARTICLE = "{\"id\":\"a1\",\"url\":\"https://example.net/x\",\"published\":\"2024-06-17\","
      + "\"text\":\"Germany serenaded France on Monday.\"}";

  private static List<Message> run(ExtractFunction f, String line) throws Exception {
    List<Message> out = new ArrayList<>();
    f.open(null);
    try {
      f.processElement(line, null, new Collector<>() {
        @Override
        public void collect(Message m) {
          out.add(m);
        }

        @Override
        public void close() {
        }
      });
    } finally {
      f.close();
    }
    return out;
  }

  @Test
  void codesWithTheUsersVerbDictionaryAsHeraldExtractDoes() throws Exception {
    Dictionaries verbs = new Dictionaries(List.of(), List.of(), List.of("--- SERENADE  [064]  ---", "SERENADE"));
    List<Message> without = run(new ExtractFunction(), ARTICLE);
    List<Message> with = run(new ExtractFunction(verbs), ARTICLE);
    assertThat(without).extracting(m -> m.topic).contains("articles").doesNotContain("events");
    Message events = with.stream().filter(m -> m.topic.equals("events")).findFirst().orElseThrow();
    assertThat(events.key).isEqualTo("a1");
    assertThat(events.text()).contains("\"cameo\":\"064\"", "\"article\":\"a1\"", "\"published\":\"2024-06-17\"");
  }

  @Test
  void sendsARecordThatIsNotAnArticleToErrors() throws Exception {
    List<Message> out = run(new ExtractFunction(), "{\"id\":\"b2\",\"title\":\"no body\"}");
    assertThat(out).singleElement().satisfies(m -> {
      assertThat(m.topic).isEqualTo("errors");
      assertThat(m.text()).contains("H-INPUT-003");
    });
    assertThat(run(new ExtractFunction(), "not json")).singleElement()
        .satisfies(m -> assertThat(m.text()).contains("not a JSON object"));
  }
}
