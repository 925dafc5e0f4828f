package org.herald.cli;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.herald.ErrorCodes;
import org.herald.HeraldException;
import org.herald.eval.EventDyadScorer;
import org.herald.eval.EventTypeScorer;
import org.herald.eval.PetrarchReader;
import org.herald.eval.PetrarchRecord;
import org.herald.eval.PloverReader;
import org.herald.eval.PloverRecord;
import org.herald.model.Article;
import org.herald.model.RawDocument;
import org.herald.pipeline.Pipeline;
import org.herald.stage.actor.ActorStage;
import org.herald.stage.event.Event;
import org.herald.stage.event.EventStage;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code herald eval events}: Herald's events against PLOVER gold standard records or PETRARCH validation
 * records. Each record's sentence goes through the whole pipeline on its own.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"Runs the pipeline on each record's sentence and compares Herald's events with the expected ones.",
        "PLOVER (--plover PLOVER_GSR_CAMEO.txt): Herald's event for a record is the first trigger, in text order, "
            + "that codes an interaction (not a CAMEO 01 statement), with every source and target it has; type "
            + "accuracy counts records whose PLOVER type it matches (no event: wrong), full accuracy those where "
            + "its source and target countries are the record's too. Splits: dev = ids ending in an odd digit, "
            + "test = even (the default).",
        "PETRARCH (--petrarch FILE.xml): root_match is the share of expected codings that some Herald event in "
            + "the sentence matches in primary source, primary target (first three letters of the code) and CAMEO "
            + "root; type_acc the share whose root some event has; full_acc the share matched exactly (codes and "
            + "event code); noevent_ok the share of noevents records where Herald finds none. Default split: all. "
            + "--actors, --agents and --verbs load the user's PETRARCH dictionaries.",
        "Prints per-type (per-root) figures, then last:",
        "  events type_acc=… full_acc=… [root_match=… noevent_ok=…] records=…"})
final class EvalEventsCommand extends ConsoleAware implements Callable<Integer> {
  /** Which records to score. */
  enum Split { dev, test, all }

  static final class Source {
    @Option(names = "--plover", paramLabel = "FILE", required = true, description = "PLOVER gold standard records.")
    Path plover;

    @Option(names = "--petrarch", paramLabel = "FILE", required = true, description = "PETRARCH records XML.")
    Path petrarch;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(names = "--split", paramLabel = "SPLIT", description = "dev, test or all (PLOVER default test, PETRARCH all).")
  Split split;

  @picocli.CommandLine.Mixin
  DictionaryOptions dictionaries;

  @Option(names = "--show-errors", description = "Print each record Herald gets wrong, with what it found.")
  boolean showErrors;

  @Override
  public Integer call() throws IOException {
    try (Pipeline pipeline = dictionaries.pipeline()) {
      return source.plover != null ? plover(pipeline) : petrarch(pipeline);
    }
  }

  private int plover(Pipeline pipeline) throws IOException {
    List<PloverRecord> records;
    try {
      records = PloverReader.read(new StringReader(read(source.plover)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new HeraldException(ErrorCodes.INPUT_UNREADABLE, source.plover + " is not a PLOVER records file");
    }
    Split sp = split == null ? Split.test : split;
    records = records.stream().filter(r -> sp == Split.all || r.isDevelopment() == (sp == Split.dev)).toList();
    if (records.isEmpty()) {
      throw new HeraldException(ErrorCodes.INPUT_EMPTY, source.plover + " holds no records in split " + sp);
    }
    EventTypeScorer scorer = new EventTypeScorer();
    for (PloverRecord r : records) {
      Article a = process(pipeline, r.id(), r.text(), null);
      List<Event> events = a.layer(EventStage.EVENTS);
      EventTypeScorer.Verdict v = scorer.add(r, events, a.layer(ActorStage.ACTORS).size());
      if (showErrors && !v.fullRight()) {
        console.out().println((v.typeRight() ? "ACTORS " : "TYPE   ") + r.id() + " gold=" + r.type() + " "
            + r.sources() + "->" + r.targets() + " | " + r.text());
        for (Event e : events) {
          console.out().println("    " + describe(e));
        }
      }
    }
    for (Map.Entry<String, EventTypeScorer.Counts> e : scorer.byType().entrySet()) {
      EventTypeScorer.Counts c = e.getValue();
      console.out().printf(Locale.ROOT, "%-12s type=%.4f full=%.4f  (records %d, type right %d, full right %d, "
          + "predicted %d)%n", e.getKey(), c.typeAccuracy(), c.fullAccuracy(), c.records(), c.typeRight(),
          c.fullRight(), c.predicted());
    }
    StringBuilder why = new StringBuilder("records by outcome:");
    scorer.diagnoses().forEach((d, n) -> why.append(' ').append(d.name().toLowerCase(Locale.ROOT)).append('=')
        .append(n));
    console.out().println(why);
    EventTypeScorer.Counts all = scorer.overall();
    console.out().printf(Locale.ROOT, "events type_acc=%.4f full_acc=%.4f records=%d split=%s%n",
        all.typeAccuracy(), all.fullAccuracy(), all.records(), sp);
    return 0;
  }

  private int petrarch(Pipeline pipeline) throws IOException {
    List<PetrarchRecord> records;
    try {
      records = PetrarchReader.read(read(source.petrarch));
    } catch (IOException e) {
      if (e instanceof NoSuchFileException) {
        throw e;
      }
      throw new HeraldException(ErrorCodes.INPUT_UNREADABLE, source.petrarch + " is not a PETRARCH records file");
    }
    Split sp = split == null ? Split.all : split;
    records = records.stream().filter(r -> sp == Split.all || r.isDevelopment() == (sp == Split.dev)).toList();
    if (records.isEmpty()) {
      throw new HeraldException(ErrorCodes.INPUT_EMPTY, source.petrarch + " holds no records in split " + sp);
    }
    EventDyadScorer scorer = new EventDyadScorer();
    for (PetrarchRecord r : records) {
      List<Event> events = events(pipeline, r.id(), r.text(), date(r.date()));
      EventDyadScorer.Verdict v = scorer.add(r, events);
      if (showErrors && (v.rootMatched() < v.codings() || !v.noEventRight())) {
        console.out().println("MISS " + r.id() + " gold=" + (r.noEvents() ? "noevents" : r.codings().stream()
            .map(c -> c.source() + ">" + c.target() + ":" + c.code()).toList()) + " | " + r.text());
        for (Event e : events) {
          console.out().println("    " + describe(e));
        }
      }
    }
    for (Map.Entry<String, EventDyadScorer.Counts> e : scorer.byRoot().entrySet()) {
      EventDyadScorer.Counts c = e.getValue();
      console.out().printf(Locale.ROOT, "root %-4s root_match=%.4f type=%.4f full=%.4f  (codings %d)%n", e.getKey(),
          c.rootMatch(), c.typeMatch(), c.fullMatch(), c.codings());
    }
    EventDyadScorer.Counts all = scorer.overall();
    console.out().printf(Locale.ROOT, "events type_acc=%.4f full_acc=%.4f root_match=%.4f noevent_ok=%.4f "
        + "records=%d codings=%d noevent_records=%d split=%s%n", all.typeMatch(), all.fullMatch(), all.rootMatch(),
        scorer.noEventRate(), records.size(), all.codings(), scorer.noEventRecords(), sp);
    return 0;
  }

  private static List<Event> events(Pipeline pipeline, String id, String text, LocalDate published) {
    return process(pipeline, id, text, published).layer(EventStage.EVENTS);
  }

  private static Article process(Pipeline pipeline, String id, String text, LocalDate published) {
    RawDocument doc = RawDocument.text(id, text);
    if (published != null) {
      doc = doc.withPublished(published);
    }
    return pipeline.process(doc);
  }

  private static String describe(Event e) {
    return e.cameo() + " " + e.plover() + " " + e.source().code() + " -> " + (e.target() == null ? "-"
        : e.target().code()) + " [" + e.trigger() + "] " + e.status();
  }

  /** A record's {@code yyyymmdd} date, or null. */
  private static LocalDate date(String s) {
    if (s.length() != 8) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
          Integer.parseInt(s.substring(6)));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String read(Path p) throws IOException {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new HeraldException(ErrorCodes.INPUT_MISSING, "no such file: " + p);
    } catch (MalformedInputException e) {
      throw new HeraldException(ErrorCodes.INPUT_UNREADABLE, p + " is not UTF-8 text");
    }
  }
}
