package org.herald.stage.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.model.Article;
import org.herald.pipeline.Stage;
import org.herald.testkit.StageContract;
import org.junit.jupiter.api.Test;

/**
 * Arts and technology news, like sport, keeps only events with a political side: films are "shot", stars "pull
 * out of" shows and firms "team up" (issue 6: no false events from soft news). Articles written for this test.
 */
class EventStageSoftNewsTest extends StageContract {
  private static final String ARTS = "The film, starring two Peruvian actors, was a hit with critics. "
      + "Peruvian singer Rosa Vidal attacked the director in a song on her new album. "
      + "Chilean police arrested a Peruvian journalist in Santiago.";

  @Override
  protected Stage createStage() {
    return new EventStage();
  }

  @Override
  protected List<Article> contractArticles() {
    return List.of(article(ARTS));
  }

  private static Article article(String text) {
    return EventFixtures.article(text, "Peruvian singer Rosa Vidal", "PERCVL", "PER", "Chilean police", "CHLCOP",
        "CHL", "Peruvian journalist", "PERMED", "PER");
  }

  private List<String> codes(String text) {
    return stage.apply(article(text)).layer(EventStage.EVENTS).stream().map(Event::cameo).toList();
  }

  @Test
  void keepsOnlyTheEventsWithAPoliticalSideInArtsNews() {
    assertThat(codes(ARTS)).containsExactly("173");
  }

  @Test
  void codesTheSameSentenceInNewsThatIsNotArts() {
    assertThat(stage.apply(EventFixtures.article("Peruvian singer Rosa Vidal attacked the director in a song.",
        "Peruvian singer Rosa Vidal", "PERCVL", "PER")).layer(EventStage.EVENTS)).isNotEmpty();
  }
}
