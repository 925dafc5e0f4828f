package org.herald.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.herald.model.Article;
import org.herald.stage.date.DateStage;
import org.herald.stage.date.TimeExpression;
import org.herald.stage.event.Event;
import org.herald.stage.event.EventStage;
import org.herald.stage.event.Participant;
import org.herald.stage.name.Entity;
import org.herald.stage.name.EntityType;
import org.herald.stage.name.NameStage;
import org.herald.stage.quote.Quote;
import org.herald.stage.quote.QuoteStage;

/** Prints an extracted article for a person to read: people, quotations, dates and events. */
final class Summary {
  private static final int QUOTE_CHARS = 90;

  private Summary() {
  }

  static void print(Article a, String origin, PrintStream out) {
    out.println("== " + (a.title() == null ? origin : a.title()));
    out.println("   " + origin + (a.published() == null ? "" : ", published " + a.published()));
    List<Entity> entities = a.layer(NameStage.ENTITIES);
    Map<String, Entity> byId = entities.stream().collect(Collectors.toMap(Entity::id, Function.identity()));

    List<Entity> people = entities.stream().filter(e -> e.type() == EntityType.PERSON).toList();
    section(out, "People", people.size());
    for (Entity p : people) {
      String roles = p.roles().isEmpty() ? "" : " - " + String.join(", ", p.roles());
      out.println("    " + p.name() + roles + (p.country() == null ? "" : " (" + p.country() + ")"));
    }
    List<String> others = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION
            || e.type() == EntityType.LOCATION)
        .map(e -> e.name() + (e.country() == null ? "" : " (" + e.country() + ")")).toList();
    if (!others.isEmpty()) {
      out.println("  Organisations and places: " + String.join("; ", others));
    }

    List<Quote> quotes = a.layer(QuoteStage.QUOTES);
    section(out, "Quotations", quotes.size());
    for (Quote q : quotes) {
      String who = q.speakerName() == null ? "(unknown speaker)" : q.speakerName();
      String text = q.text().length() > QUOTE_CHARS ? q.text().substring(0, QUOTE_CHARS - 1) + "…" : q.text();
      out.println("    " + who + ": " + (q.direct() ? "“" + text + "”" : "(reported) " + text));
    }

    List<TimeExpression> dates = a.layer(DateStage.TIMEX);
    section(out, "Dates", dates.size());
    if (!dates.isEmpty()) {
      out.println("    " + dates.stream()
          .map(t -> "\"" + t.text() + "\" → " + t.value() + (t.endValue() == null ? "" : "/" + t.endValue()))
          .collect(Collectors.joining("; ")));
    }

    List<Event> events = a.layer(EventStage.EVENTS);
    section(out, "Events", events.size());
    for (Event v : events) {
      out.println("    " + actor(v.source()) + " → " + (v.target() == null ? "-" : actor(v.target())) + ": "
          + v.plover() + " (" + v.cameo() + ") on " + (v.date() == null ? "unknown date" : v.date())
          + (v.status().name().equals("ASSERTED") ? "" : ", " + v.status().json())
          + "  [\"" + v.trigger() + "\"]");
    }
    out.println();
  }

  private static String actor(Participant p) {
    return p.name().isBlank() ? p.code() : p.name() + " (" + p.code() + ")";
  }

  private static void section(PrintStream out, String name, int count) {
    out.println("  " + name + ": " + (count == 0 ? "none found" : ""));
  }
}
