package org.herald.stream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.TimeDomain;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.herald.Herald;
import org.herald.store.EventLinkRule;

/**
 * Links reports of one event across articles on an unbounded stream, by the store's rule ({@link EventLinkRule}):
 * keyed by source, target and CAMEO code, a report joins the open linked event of its key whose day is nearest and
 * within {@link EventLinkRule#WINDOW_DAYS}, else opens one. A linked event that reports changed emits its new state
 * to {@code linked-events} (keyed by its id; the latest record of an id is its state; {@code "reports"} names the
 * reports that joined it since the previous record) once per
 * {@link #FLUSH_MS}, however many reports it took meanwhile. A linked event closes, with one last record marked
 * {@code "final": true}, when the event-time watermark (report days, bounded out of order) passes the last day a
 * report could still join it, so state stays bounded on an endless stream. Reports with no day are never linked:
 * each is its own linked event, emitted at once, as in the store. Keyed state and timers are checkpointed with the
 * job.
 */
public final class EventLinker extends KeyedProcessFunction<String, Report, Message> {
  private static final long serialVersionUID = 1L;
  static final long DAY_MS = 86_400_000L;
  /**
   * How often (processing time, ms) a changed linked event emits its state. Output is visible to read_committed
   * readers only at checkpoints (every 10 s by default), so one record per linked event a second loses readers
   * nothing but intermediate counts, and spares the task, the producer and the brokers one record per report: a big
   * story's linked event takes tens of reports a second (docs/scale-out.md, "Throughput").
   */
  static final long FLUSH_MS = 1000;

  private transient MapState<Long, Link> open;
  private transient JsonFactory json;
  private transient ByteArrayBuilder bytes;

  @Override
  public void open(OpenContext context) {
    open = getRuntimeContext().getMapState(
        new MapStateDescriptor<>("links", Types.LONG, TypeInformation.of(Link.class)));
    json = new JsonFactory();
    bytes = new ByteArrayBuilder(512);
  }

  @Override
  public void processElement(Report r, Context ctx, Collector<Message> out) throws Exception {
    if (r.day == null) {
      Link single = newLink(r, r.key + "#" + r.article + "/" + r.event, 0);
      out.collect(message(single, true));
      return;
    }
    long day = r.day;
    Link best = null;
    // a key has few open linked events (one a day at most, and only days within the watermark's reach): one pass
    // over them costs less than a state lookup per day of the window
    for (Link l : open.values()) {
      long distance = Math.abs(l.day - day);
      // the nearest day wins; on a tie the earlier day (the store takes the one made first: the same unless
      // reports came out of day order)
      if (distance <= EventLinkRule.WINDOW_DAYS && (best == null || distance < Math.abs(best.day - day)
          || distance == Math.abs(best.day - day) && l.day < best.day)) {
        best = l;
      }
    }
    if (best == null) {
      best = newLink(r, r.key + "@" + LocalDate.ofEpochDay(day), day);
      ctx.timerService().registerEventTimeTimer(closesAt(day));
    } else {
      best.mentions++;
      best.articleHashes = add(best.articleHashes, hash(r.article));
      best.sourceHashes = add(best.sourceHashes, hash(r.host));
      best.pending = pend(best.pending, r);
    }
    best.changed = true;
    open.put(best.day, best);
    // one timer a key and flush period: the timer service keeps one of equal timestamps
    long now = ctx.timerService().currentProcessingTime();
    ctx.timerService().registerProcessingTimeTimer(now - now % FLUSH_MS + FLUSH_MS);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<Message> out) throws Exception {
    if (ctx.timeDomain() == TimeDomain.PROCESSING_TIME) {
      List<Link> changed = new ArrayList<>();
      for (Link l : open.values()) {
        if (l.changed) {
          changed.add(l);
        }
      }
      for (Link l : changed) {
        out.collect(message(l, false));
        l.changed = false;
        open.put(l.day, l);
      }
      return;
    }
    List<Long> closed = new ArrayList<>();
    for (Map.Entry<Long, Link> e : open.entries()) {
      if (closesAt(e.getKey()) <= timestamp) {
        out.collect(message(e.getValue(), true));
        closed.add(e.getKey());
      }
    }
    for (Long d : closed) {
      open.remove(d);
    }
  }

  /** The event time (ms) after which no report can join a linked event on {@code day}: the window's last day ends. */
  static long closesAt(long day) {
    return (day + EventLinkRule.WINDOW_DAYS + 1) * DAY_MS;
  }

  private static Link newLink(Report r, String id, long day) {
    Link l = new Link();
    l.id = id;
    l.day = day;
    l.first = r;
    l.mentions = 1;
    l.articleHashes = new long[] {hash(r.article)};
    l.sourceHashes = new long[] {hash(r.host)};
    l.pending = pend(null, r);
    return l;
  }

  /** {@code pending} with report {@code r} added. */
  private static String[] pend(String[] pending, Report r) {
    String id = r.article + "\0" + r.event;
    if (pending == null) {
      return new String[] {id};
    }
    String[] more = Arrays.copyOf(pending, pending.length + 1);
    more[pending.length] = id;
    return more;
  }

  /**
   * {@code set} (ascending) with {@code value}: itself when it holds it already, else a copy one longer. A null set
   * is empty: a linked event restored from a savepoint of the job before these hashes (which kept the ids in fields
   * now dropped) counts its articles and sources afresh.
   */
  static long[] add(long[] set, long value) {
    if (set == null) {
      return new long[] {value};
    }
    int at = Arrays.binarySearch(set, value);
    if (at >= 0) {
      return set;
    }
    at = -at - 1;
    long[] more = new long[set.length + 1];
    System.arraycopy(set, 0, more, 0, at);
    more[at] = value;
    System.arraycopy(set, at, more, at + 1, set.length - at);
    return more;
  }

  /** A 64-bit FNV-1a hash of {@code s}'s chars: distinct ids of reporting articles and hosts, counted without them. */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** The record of {@code l}'s state, with the reports that joined it since the last one (then forgotten). */
  private Message message(Link l, boolean last) throws IOException {
    Report f = l.first;
    bytes.reset();
    try (JsonGenerator g = json.createGenerator(bytes, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("schema", Herald.SCHEMA);
      g.writeStringField("id", l.id);
      g.writeStringField("day", f.day == null ? null : LocalDate.ofEpochDay(l.day).toString());
      g.writeObjectFieldStart("source");
      g.writeStringField("code", f.sourceCode);
      g.writeStringField("name", f.sourceName);
      g.writeEndObject();
      if (f.targetCode.isEmpty()) {
        g.writeNullField("target");
      } else {
        g.writeObjectFieldStart("target");
        g.writeStringField("code", f.targetCode);
        g.writeStringField("name", f.targetName);
        g.writeEndObject();
      }
      g.writeStringField("cameo", f.cameo);
      g.writeStringField("plover", f.plover);
      g.writeNumberField("quadClass", f.quadClass);
      g.writeNumberField("goldstein", f.goldstein);
      g.writeNumberField("numMentions", l.mentions);
      g.writeNumberField("numArticles", l.articleHashes == null ? 0 : l.articleHashes.length);
      g.writeNumberField("numSources", l.sourceHashes == null ? 0 : l.sourceHashes.length);
      g.writeObjectFieldStart("first");
      g.writeStringField("article", f.article);
      g.writeStringField("event", f.event);
      g.writeEndObject();
      if (l.pending != null) {
        g.writeArrayFieldStart("reports");
        for (String p : l.pending) {
          int nul = p.indexOf('\0');
          g.writeStartObject();
          g.writeStringField("article", p.substring(0, nul));
          g.writeStringField("event", p.substring(nul + 1));
          g.writeEndObject();
        }
        g.writeEndArray();
        l.pending = null;
      }
      g.writeBooleanField("final", last);
      g.writeEndObject();
    }
    return new Message("linked-events", l.id, bytes.toByteArray());
  }
}
