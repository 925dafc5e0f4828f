package org.herald.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {
  private static final String STORY = """
      Ministers from the two neighbouring republics met on Wednesday in a lakeside town to settle a dispute \
      over fishing rights that has soured relations for more than a decade.
      The talks, hosted by a regional mediator, lasted nine hours and ended with a joint statement promising \
      a new commission to share out the annual catch and to patrol the disputed waters together.
      "We came here to stop the quarrelling and we have done that," the foreign minister of the larger country \
      told reporters outside the conference hall late in the evening.
      Fishermen on both shores had staged protests in recent weeks after patrol boats seized several trawlers \
      and their crews, and opposition parties had accused both governments of neglecting coastal villages.
      The commission is due to meet for the first time next month, and a final agreement could be signed \
      before the start of the autumn season, officials said.""";

  /** The same story as a news agency's client ran it: a dateline, one sentence reworded, a credit line. */
  private static final String SYNDICATED = """
      LAKESIDE (Agency) - Ministers from the two neighbouring republics met on Wednesday in a lakeside town to \
      settle a dispute over fishing rights that has soured relations for more than a decade.
      The talks, hosted by a regional mediator, lasted nine hours and ended with a joint statement promising \
      a new commission to share out the annual catch and to patrol the disputed waters together.
      "We came here to stop the quarrelling and we have done that," the foreign minister of the larger country \
      told reporters outside the conference hall late in the evening.
      Fishermen on both shores had staged protests in recent weeks after patrol boats seized several trawlers \
      and their crews, and opposition parties had accused both governments of neglecting coastal villages.
      The commission will first meet next month, and a final agreement could be signed \
      before the start of the autumn season, officials said.
      Reporting by the agency's correspondents.""";

  /** Another story on the same subject, with many of the same words: not a duplicate. */
  private static final String FOLLOW_UP = """
      The new fishing commission set up by the two neighbouring republics met for the first time on Monday, \
      a month after ministers settled their long dispute over the lake at talks hosted by a regional mediator.
      Its members agreed on patrol schedules for the disputed waters but could not agree how to share out the \
      annual catch, and will meet again in the autumn, a spokeswoman said.
      Fishermen who had protested against the seizure of trawlers said they were still waiting for their boats \
      to be returned, and coastal villages complained that nobody had asked their opinion.""";

  @Test
  void recognisesTheSameUrlReachedByAnotherLink() {
    Deduplicator d = new Deduplicator();
    assertThat(d.admit("a", Fingerprint.of("https://www.Example.org/news/talks/?utm_source=feed#top", STORY)))
        .isEmpty();
    Optional<Deduplicator.Match> m = d.admit("b", Fingerprint.of("http://example.org/news/talks", "other text"));
    assertThat(m).get().extracting(Deduplicator.Match::kind).isEqualTo(Deduplicator.Kind.URL);
    assertThat(m.get().describe()).isEqualTo("same URL as a");
  }

  @Test
  void recognisesTheSameTextDespiteCaseSpacingAndPunctuation() {
    Deduplicator d = new Deduplicator();
    d.admit("page", Fingerprint.of("https://example.org/a", STORY));
    String shouted = STORY.toUpperCase().replace("\n", "\n\n").replace(",", " ,");
    Optional<Deduplicator.Match> m = d.admit("feed item", Fingerprint.of("https://feeds.example.net/1", shouted));
    assertThat(m).get().extracting(Deduplicator.Match::kind, Deduplicator.Match::id)
        .containsExactly(Deduplicator.Kind.TEXT, "page");
  }

  @Test
  void recognisesASyndicatedCopyAsANearDuplicate() {
    Deduplicator d = new Deduplicator();
    d.admit("original", Fingerprint.of("https://paper.example/talks", STORY));
    Optional<Deduplicator.Match> m = d.admit("copy", Fingerprint.of("https://other.example/world/123", SYNDICATED));
    assertThat(m).get().extracting(Deduplicator.Match::kind).isEqualTo(Deduplicator.Kind.NEAR);
    assertThat(m.get().similarity()).isGreaterThanOrEqualTo(0.8);
    assertThat(m.get().describe()).matches("\\d+% like original");
  }

  @Test
  void keepsAnotherStoryOnTheSameSubject() {
    Deduplicator d = new Deduplicator();
    d.admit("original", Fingerprint.of(null, STORY));
    assertThat(d.admit("follow-up", Fingerprint.of(null, FOLLOW_UP))).isEmpty();
    assertThat(MinHash.similarity(Fingerprint.of(null, STORY).signature(),
        Fingerprint.of(null, FOLLOW_UP).signature())).isLessThan(0.2);
    assertThat(d.size()).isEqualTo(2);
  }

  @Test
  void comparesShortTextsOnlyExactly() {
    Deduplicator d = new Deduplicator();
    d.admit("a", Fingerprint.of(null, "Talks ended on Tuesday."));
    assertThat(d.admit("b", Fingerprint.of(null, "Talks ended on Monday."))).isEmpty();
    assertThat(d.admit("c", Fingerprint.of(null, "talks ENDED on tuesday"))).isPresent();
  }

  @Test
  void neverCallsTwoEmptyTextsDuplicates() {
    Deduplicator d = new Deduplicator();
    d.admit("a", Fingerprint.of(null, ""));
    assertThat(d.admit("b", Fingerprint.of(null, "  "))).isEmpty();
  }

  @Test
  void findRemembersNothing() {
    Deduplicator d = new Deduplicator();
    d.find(Fingerprint.of(null, STORY));
    assertThat(d.admit("a", Fingerprint.of(null, STORY))).isEmpty();
  }

  @Test
  void fingerprintsSurviveEncoding() {
    Fingerprint f = Fingerprint.of("https://example.org/a?id=3&utm_medium=x", STORY);
    assertThat(Fingerprint.decode(f.encode())).isEqualTo(f);
    assertThat(f.url()).isEqualTo("//example.org/a?id=3");
    Fingerprint none = Fingerprint.of(null, "");
    assertThat(Fingerprint.decode(none.encode())).isEqualTo(none);
  }

  @Test
  void letsExactlyOneOfManyEqualArticlesInAcrossThreads() throws InterruptedException {
    Deduplicator d = new Deduplicator();
    ConcurrentLinkedQueue<String> admitted = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (int i = 0; i < 40; i++) {
      String id = "t" + i;
      String text = i % 2 == 0 ? STORY : SYNDICATED;
      pool.execute(() -> {
        if (d.admit(id, Fingerprint.of(null, text)).isEmpty()) {
          admitted.add(id);
        }
      });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    assertThat(admitted).hasSize(1);
  }

  @Test
  void rejectsANonsenseThreshold() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Deduplicator(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.0");
    assertThat(List.of(new Deduplicator(1).size())).containsExactly(0);
  }
}
