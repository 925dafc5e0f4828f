package org.herald.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.herald.Herald;
import org.herald.store.EventLinkRule;

/**
 * Links reports of one event across articles on an unbounded stream, by the store's rule ({@link EventLinkRule}):
 * keyed by source, target and CAMEO code, a report joins the open linked event of its key whose day is nearest and
 * within {@link EventLinkRule#WINDOW_DAYS}, else opens one. Each report emits the linked event's new state to
 * {@code linked-events} (keyed by its id; the latest record of an id is its state). A linked event closes, with one
 * last record marked {@code "final": true}, when the event-time watermark (report days, bounded out of order)
 * passes the last day a report could still join it, so state stays bounded on an endless stream. Reports with no
 * day are never linked: each is its own linked event, as in the store. Keyed state is checkpointed with the job.
 */
public final class EventLinker extends KeyedProcessFunction<String, Report, Message> {
  private static final long serialVersionUID = 1L;
  static final long DAY_MS = 86_400_000L;

  private transient MapState<Long, Link> open;
  private transient ObjectMapper json;

  @Override
  public void open(OpenContext context) {
    open = getRuntimeContext().getMapState(
        new MapStateDescriptor<>("links", Types.LONG, TypeInformation.of(Link.class)));
    json = new ObjectMapper();
  }

  @Override
  public void processElement(Report r, Context ctx, Collector<Message> out) throws Exception {
    if (r.day == null) {
      Link single = newLink(r, r.key + "#" + r.article + "/" + r.event, 0);
      out.collect(message(single, r, true));
      return;
    }
    long day = r.day;
    Link best = null;
    for (long d = day - EventLinkRule.WINDOW_DAYS; d <= day + EventLinkRule.WINDOW_DAYS; d++) {
      Link l = open.get(d);
      // the nearest day wins; on a tie the earlier day (the store takes the one made first: the same unless
      // reports came out of day order)
      if (l != null && (best == null || Math.abs(l.day - day) < Math.abs(best.day - day))) {
        best = l;
      }
    }
    if (best == null) {
      best = newLink(r, r.key + "@" + LocalDate.ofEpochDay(day), day);
      ctx.timerService().registerEventTimeTimer(closesAt(day));
    } else {
      best.mentions++;
      best.articles = add(best.articles, r.article);
      best.sources = add(best.sources, r.host);
    }
    open.put(best.day, best);
    out.collect(message(best, r, false));
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<Message> out) throws Exception {
    List<Long> closed = new ArrayList<>();
    for (Map.Entry<Long, Link> e : open.entries()) {
      if (closesAt(e.getKey()) <= timestamp) {
        out.collect(message(e.getValue(), null, true));
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
    l.articles = new String[] {r.article};
    l.sources = new String[] {r.host};
    return l;
  }

  private static String[] add(String[] set, String value) {
    for (String s : set) {
      if (s.equals(value)) {
        return set;
      }
    }
    String[] more = Arrays.copyOf(set, set.length + 1);
    more[set.length] = value;
    return more;
  }

  /** The record of {@code l}'s state after {@code report} joined it (null: it closed, no report came). */
  private Message message(Link l, Report report, boolean last) throws IOException {
    Report f = l.first;
    ObjectNode o = json.createObjectNode();
    o.put("schema", Herald.SCHEMA);
    o.put("id", l.id);
    o.put("day", f.day == null ? null : LocalDate.ofEpochDay(l.day).toString());
    ObjectNode s = o.putObject("source");
    s.put("code", f.sourceCode);
    s.put("name", f.sourceName);
    if (f.targetCode.isEmpty()) {
      o.putNull("target");
    } else {
      ObjectNode t = o.putObject("target");
      t.put("code", f.targetCode);
      t.put("name", f.targetName);
    }
    o.put("cameo", f.cameo);
    o.put("plover", f.plover);
    o.put("quadClass", f.quadClass);
    o.put("goldstein", f.goldstein);
    o.put("numMentions", l.mentions);
    o.put("numArticles", l.articles.length);
    o.put("numSources", l.sources.length);
    ObjectNode first = o.putObject("first");
    first.put("article", f.article);
    first.put("event", f.event);
    if (report != null) {
      // the report that made this state: readers (the JDBC sink's event_report) learn each report's linked event
      ObjectNode by = o.putObject("report");
      by.put("article", report.article);
      by.put("event", report.event);
    }
    o.put("final", last);
    return new Message("linked-events", l.id, json.writeValueAsString(o));
  }
}
