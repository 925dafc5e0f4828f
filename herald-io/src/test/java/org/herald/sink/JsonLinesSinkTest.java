package org.herald.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.herald.model.Article;
import org.herald.model.Span;
import org.herald.stage.actor.ActorStage;
import org.herald.stage.date.DateStage;
import org.herald.stage.date.TimeExpression;
import org.herald.stage.date.TimexType;
import org.herald.stage.event.Event;
import org.herald.stage.event.EventStage;
import org.herald.stage.event.EventStatus;
import org.herald.stage.event.Participant;
import org.herald.stage.name.Entity;
import org.herald.stage.name.EntityType;
import org.herald.stage.name.Mention;
import org.herald.stage.name.MentionKind;
import org.herald.stage.name.NameStage;
import org.herald.stage.quote.Quote;
import org.herald.stage.quote.QuoteStage;
import org.herald.testkit.ArticleFixtures;
import org.junit.jupiter.api.Test;

class JsonLinesSinkTest {
  //                                     0         1         2         3         4         5
  //                                     0123456789012345678901234567890123456789012345678901234567
  private static final String TEXT = "Putin will visit Pyongyang on Tuesday. “We are ready,” he said.";

  private static Article article() {
    Article a = Article.builder("id1", TEXT).path("a.txt").title("Visit").published(LocalDate.of(2024, 6, 17)).build();
    a = ArticleFixtures.run(a, new org.herald.stage.token.TokenStage());
    a = a.with(NameStage.ENTITIES, List.of(
        new Entity("E1", EntityType.PERSON, "Vladimir Putin", "RUS", List.of("President"), null,
            List.of(new Mention(0, 5, MentionKind.NAME), new Mention(55, 57, MentionKind.PRONOUN))),
        new Entity("E2", EntityType.LOCATION, "Pyongyang", "PRK", List.of(), new org.herald.stage.name.Geo(39.03, 125.75),
            List.of(new Mention(17, 26, MentionKind.NAME)))));
    a = a.with(DateStage.TIMEX, List.of(new TimeExpression(30, 37, "Tuesday", TimexType.DATE, "2024-06-18", null, null)));
    a = a.with(QuoteStage.QUOTES, List.of(new Quote(40, 52, "We are ready", true, "E1", "Vladimir Putin",
        Span.of(55, 57), "say", Span.of(58, 62))));
    a = a.with(ActorStage.ACTORS, List.of());
    a = a.with(EventStage.EVENTS, List.of(new Event("V1", 6, 16, "will visit", Span.of(0, 38),
        new Participant("Vladimir Putin", "E1", "RUSGOV", "RUS"), new Participant("Pyongyang", "E2", "PRKGOV", "PRK"),
        "042", "CONSULT", "visit", 1, 1.9, EventStatus.INTENDED, "2024-06-18", null)));
    return a;
  }

  private static JsonNode write(Article a, boolean pretty) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Sink sink = Sinks.jsonLines(out, pretty)) {
      sink.accept(a);
    }
    String s = out.toString(StandardCharsets.UTF_8);
    assertThat(s).endsWith("\n");
    if (!pretty) {
      assertThat(s.strip()).doesNotContain("\n");
    }
    return new ObjectMapper().readTree(s);
  }

  @Test
  void writesTheHerald1ContractFieldNames() throws Exception {
    JsonNode j = write(article(), false);
    assertThat(j.get("schema").asText()).isEqualTo("herald/1");
    assertThat(j.get("id").asText()).isEqualTo("id1");
    assertThat(j.get("url").isNull()).isTrue();
    assertThat(j.get("published").asText()).isEqualTo("2024-06-17");
    assertThat(j.get("text").asText()).isEqualTo(TEXT);
    JsonNode e = j.get("entities").get(0);
    assertThat(e.get("type").asText()).isEqualTo("PERSON");
    assertThat(e.get("roles").get(0).asText()).isEqualTo("President");
    assertThat(e.get("mentions").get(1).get("start").asInt()).isEqualTo(55);
    assertThat(j.get("entities").get(1).get("lat").asDouble()).isEqualTo(39.03);
    JsonNode q = j.get("quotes").get(0);
    assertThat(q.get("direct").asBoolean()).isTrue();
    assertThat(q.get("speaker").asText()).isEqualTo("E1");
    assertThat(q.get("speakerName").asText()).isEqualTo("Vladimir Putin");
    JsonNode d = j.get("dates").get(0);
    assertThat(d.get("type").asText()).isEqualTo("DATE");
    assertThat(d.get("value").asText()).isEqualTo("2024-06-18");
    JsonNode v = j.get("events").get(0);
    assertThat(v.get("sentence").get("end").asInt()).isEqualTo(38);
    assertThat(v.get("source").get("code").asText()).isEqualTo("RUSGOV");
    assertThat(v.get("target").get("country").asText()).isEqualTo("PRK");
    assertThat(v.get("cameo").asText()).isEqualTo("042");
    assertThat(v.get("quadClass").asInt()).isEqualTo(1);
    assertThat(v.get("goldstein").asDouble()).isEqualTo(1.9);
    assertThat(v.get("status").asText()).isEqualTo("intended");
    assertThat(v.get("location").isNull()).isTrue();
  }

  @Test
  void prettyOutputIsTheSameObject() throws Exception {
    assertThat(write(article(), true)).isEqualTo(write(article(), false));
  }

  @Test
  void writesEmptyLayersAsEmptyArrays() throws Exception {
    JsonNode j = write(ArticleFixtures.article("Nothing here."), false);
    assertThat(j.get("entities")).isEmpty();
    assertThat(j.get("events")).isEmpty();
    assertThat(j.get("published").isNull()).isTrue();
  }
}
