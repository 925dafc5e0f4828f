package org.herald.store;

import java.time.LocalDate;
import java.util.List;
import org.herald.model.Article;
import org.herald.model.Span;
import org.herald.stage.date.DateStage;
import org.herald.stage.date.TimeExpression;
import org.herald.stage.date.TimexType;
import org.herald.stage.event.Event;
import org.herald.stage.event.EventStage;
import org.herald.stage.event.EventStatus;
import org.herald.stage.event.Location;
import org.herald.stage.event.Participant;
import org.herald.stage.name.Entity;
import org.herald.stage.name.EntityType;
import org.herald.stage.name.Geo;
import org.herald.stage.name.Mention;
import org.herald.stage.name.MentionKind;
import org.herald.stage.name.NameStage;
import org.herald.stage.quote.Quote;
import org.herald.stage.quote.QuoteStage;

/** Hand-built extracted articles for store tests: a minister's visit, with every layer filled. */
final class Stories {
  static final String TEXT = "Foreign Minister Anna Lindqvist of Sweden met Finnish leaders in Helsinki on Tuesday.\n"
      + "\"We share one sea and one future,\" Lindqvist said.";

  private Stories() {
  }

  /** The visit story at {@code url}, published {@code published}, with {@code extra} appended to its text. */
  static Article visit(String url, String published, String extra) {
    return visit(url, published, extra, "2024-06-18");
  }

  /** The visit story with the meeting dated {@code eventDate} (a TIMEX3 value). */
  static Article visit(String url, String published, String extra, String eventDate) {
    return visit(url, published, extra, eventDate, true);
  }

  private static Article visit(String url, String published, String extra, String eventDate, boolean withCity) {
    String text = TEXT + extra + "\n" + coverage(extra + published + eventDate);
    Article a = Article.builder("a", text).url(url).title("Swedish minister visits Helsinki")
        .published(LocalDate.parse(published)).build();
    int anna = text.indexOf("Anna Lindqvist");
    int sweden = text.indexOf("Sweden");
    int helsinki = text.indexOf("Helsinki");
    int lind = text.indexOf("Lindqvist said");
    Entity person = new Entity("E1", EntityType.PERSON, "Anna Lindqvist", "SWE", List.of("Foreign Minister"), null,
        List.of(new Mention(anna, anna + 14, MentionKind.NAME), new Mention(lind, lind + 9, MentionKind.NAME)));
    Entity country = new Entity("E2", EntityType.LOCATION, "Sweden", "SWE", List.of(), new Geo(62.0, 15.0),
        List.of(new Mention(sweden, sweden + 6, MentionKind.NAME)));
    Entity city = new Entity("E3", EntityType.LOCATION, "Helsinki", "FIN", List.of(), new Geo(60.17, 24.94),
        List.of(new Mention(helsinki, helsinki + 8, MentionKind.NAME)));
    int qs = text.indexOf("We share");
    int qe = text.indexOf(",\" Lindqvist");
    Quote quote = new Quote(qs, qe, text.substring(qs, qe), true, "E1", "Anna Lindqvist",
        Span.of(lind, lind + 9), "say", Span.of(lind + 10, lind + 14));
    int tue = text.indexOf("Tuesday");
    TimeExpression date = new TimeExpression(tue, tue + 7, "Tuesday", TimexType.DATE, "2024-06-18", null, null);
    int met = text.indexOf("met");
    int firstEnd = text.indexOf('\n');
    Event event = new Event("V1", met, met + 3, "met", Span.of(0, firstEnd),
        new Participant("Anna Lindqvist", "E1", "SWEGOV", "SWE"), new Participant("Finland", null, "FINGOV", "FIN"),
        "040", "CONSULT", "visit", 1, 1.0, EventStatus.ASSERTED, eventDate,
        new Location("Helsinki", "FIN", 60.17, 24.94));
    return a.with(NameStage.ENTITIES, withCity ? List.of(person, country, city) : List.of(person, country))
        .with(QuoteStage.QUOTES, List.of(quote))
        .with(DateStage.TIMEX, List.of(date))
        .with(EventStage.EVENTS, List.of(event));
  }

  private static final String[] WORDS = ("harbour ferry winter talks energy grid border trade fishing quota "
      + "students exchange railway bridge climate forest research navy drills customs pension vote council budget "
      + "museum archive festival music island lighthouse storm harvest wheat copper shipyard canal airport tunnel "
      + "hospital school library theatre garden market bakery tram bicycle").split(" ");

  /**
   * A closing paragraph of 30 words that depends on {@code story}: reports that differ in their details read
   * differently, so they are not near-duplicates of each other.
   */
  static String coverage(String story) {
    java.util.Random r = new java.util.Random(story.hashCode());
    StringBuilder b = new StringBuilder("Our reporter also noted");
    for (int i = 0; i < 30; i++) {
      b.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
    }
    return b.append('.').toString();
  }

  /** The visit story at {@code url} with Helsinki no longer recognised as a place. */
  static Article visitWithoutHelsinki(String url) {
    return visit(url, "2024-06-19", "\nRevised.", "2024-06-18", false);
  }

  static Article visit(String url) {
    return visit(url, "2024-06-19", "");
  }
}
