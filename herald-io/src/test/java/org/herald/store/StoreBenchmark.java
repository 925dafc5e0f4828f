package org.herald.store;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.herald.Herald;
import org.herald.model.Article;
import org.herald.model.RawDocument;
import org.herald.pipeline.Pipeline;
import org.herald.source.Read;
import org.herald.source.Sources;
import org.herald.stage.date.DateStage;
import org.herald.stage.event.Event;
import org.herald.stage.event.EventStage;
import org.herald.stage.event.Location;
import org.herald.stage.event.Participant;
import org.herald.stage.name.NameStage;
import org.herald.stage.quote.QuoteStage;

/**
 * The store benchmark (issue 8): ingest throughput on the bundled samples repeated, then a store filled with
 * 100,000 articles and the latency of each query on it. Not a unit test; run it by hand:
 *
 * <pre>
 *   mvn -q -o test-compile -pl herald-core,herald-io
 *   mvn -q -o dependency:build-classpath -pl herald-io -Dmdep.outputFile=/tmp/cp.txt   (or any classpath)
 *   java -cp herald-io/target/test-classes:herald-io/target/classes:herald-core/target/classes:$(cat /tmp/cp.txt) \
 *     org.herald.store.StoreBenchmark [STORE [ARTICLES [SAMPLES_DIR]]]
 * </pre>
 *
 * <p>{@code -Dherald.bench.queriesOnly=true} skips the ingest figure. Defaults: {@code /tmp/herald-bench.db}, 100000, {@code samples}. A store that already holds the articles is
 * reused (filling takes minutes). The filler runs the real pipeline on the 14 samples once, then makes each
 * synthetic article from one of them: its own URL on one of 40 hosts, a publication day spread over two years
 * (event days moved with it), another pair of countries for its events, and a generated closing paragraph of
 * words drawn from the samples' vocabulary so full-text queries see varied documents. Queries run through the
 * {@link Store} API the CLI and the server call: each is timed 7 times after one warm-up; the median and the
 * worst are printed.
 */
public final class StoreBenchmark {
  private static final String[] COUNTRIES = {"USA", "CHN", "RUS", "IND", "PAK", "IRN", "ISR", "TUR", "SYR", "SAU",
      "YEM", "EGY", "ETH", "KEN", "NGA", "CMR", "BRA", "ARG", "MEX", "CAN", "GBR", "FRA", "DEU", "ITA", "ESP", "POL",
      "UKR", "JPN", "KOR", "PRK", "AUS", "IDN", "PHL", "VNM", "THA", "ZAF", "SDN", "IRQ", "AFG", "JOR"};

  private StoreBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    Path db = Path.of(args.length > 0 ? args[0] : "/tmp/herald-bench.db");
    int articles = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    Path samples = Path.of(args.length > 2 ? args[2] : "samples");

    List<RawDocument> raws = new ArrayList<>();
    for (Read r : Sources.files(List.of(samples.toString()), new ByteArrayInputStream(new byte[0]))) {
      if (r.isOk()) {
        raws.add(r.document());
      }
    }
    System.out.printf("samples: %d articles from %s%n", raws.size(), samples);
    List<Article> templates = new ArrayList<>();
    try (Pipeline pipeline = Herald.pipeline()) {
      if (!Boolean.getBoolean("herald.bench.queriesOnly")) {
        ingestThroughput(pipeline, raws);
      }
      for (RawDocument raw : raws) {
        templates.add(pipeline.process(raw));
      }
    }

    try (Store store = Store.open(db)) {
      long have = store.stats().articles();
      if (have < articles && !Boolean.getBoolean("herald.bench.queriesOnly")) {
        fill(store, templates, (int) have, articles);
      } else {
        System.out.printf("store %s already holds %d articles: reused%n", db, have);
      }
      StoreStats st = store.stats();
      System.out.printf("store: %d articles, %d entities, %d quotes, %d event reports, %d linked events, %.0f MB%n",
          st.articles(), st.entities(), st.quotes(), st.reports(), st.events(), st.bytes() / 1e6);
      queries(store);
    }
  }

  /** Pipeline + store on the samples repeated with a distinct last line each (so none is a duplicate). */
  private static void ingestThroughput(Pipeline pipeline, List<RawDocument> raws) throws Exception {
    Path tmp = Files.createTempFile("herald-ingest", ".db");
    Files.delete(tmp);
    int rounds = 100;
    Random random = new Random(5);
    try (Store store = Store.open(tmp)) {
      for (int warm = 0; warm < 2; warm++) {
        long pipelineNanos = 0;
        long storeNanos = 0;
        int n = 0;
        long cpu0 = cpu();
        for (int round = 0; round < rounds; round++) {
          for (RawDocument raw : raws) {
            // a fifth of the words again, plain nouns: the least change that is not a near-duplicate (Jaccard
            // about 0.7 between two copies), so the store keeps every copy as the samples-repeated figure assumes
            String tail = "\nDesk copy " + warm + "-" + round + ". " + words(random, NOUNS,
                Math.max(20, raw.content().length() / 30));
            RawDocument copy = new RawDocument(raw.id() + "#" + round, raw.path(),
                raw.url() == null ? null : raw.url() + "?copy=" + warm + "-" + round, raw.title(), raw.published(),
                raw.content() + tail, raw.mediaType(), raw.problems());
            long t0 = System.nanoTime();
            Article a = pipeline.process(copy);
            long t1 = System.nanoTime();
            store.put(a);
            long t2 = System.nanoTime();
            pipelineNanos += t1 - t0;
            storeNanos += t2 - t1;
            n++;
          }
        }
        double cpuSeconds = (cpu() - cpu0) / 1e9;
        if (warm == 1) {
          double total = (pipelineNanos + storeNanos) / 1e9;
          System.out.printf(Locale.ROOT, "ingest (samples x %d, one thread): %.0f articles/s end to end "
                  + "(%.0f/s per CPU second); pipeline %.2f ms/article, store %.2f ms/article%n", rounds,
              n / total, n / cpuSeconds, pipelineNanos / 1e6 / n, storeNanos / 1e6 / n);
        }
      }
    } finally {
      Files.deleteIfExists(tmp);
      Files.deleteIfExists(Path.of(tmp + "-wal"));
      Files.deleteIfExists(Path.of(tmp + "-shm"));
    }
  }

  private static long cpu() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static void fill(Store store, List<Article> templates, int from, int to) {
    Random random = new Random(8L + from);
    List<String> vocabulary = new ArrayList<>();
    for (Article t : templates) {
      vocabulary.addAll(vocabulary(t.text()));
    }
    LocalDate first = LocalDate.of(2023, 1, 1);
    long start = System.nanoTime();
    for (int i = from; i < to; i++) {
      Article t = templates.get(i % templates.size());
      int shift = random.nextInt(730);
      LocalDate published = first.plusDays(shift);
      // twice the template's words, so articles from one template are not near-duplicates (the store keeps those once)
      String para = "\n" + words(random, vocabulary, Math.max(40, 2 * t.tokenCount()));
      String host = "news" + (i % 40) + ".example.org";
      Article a = Article.builder("bench-" + i, t.text() + para).url("https://" + host + "/" + published + "/story-" + i)
          .title(t.title() + " (" + i + ")").published(published).build()
          .with(NameStage.ENTITIES, t.layer(NameStage.ENTITIES))
          .with(QuoteStage.QUOTES, t.layer(QuoteStage.QUOTES))
          .with(DateStage.TIMEX, t.layer(DateStage.TIMEX))
          .with(EventStage.EVENTS, events(t, published, random));
      store.put(a);
      if ((i + 1) % 10_000 == 0) {
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "filled %d articles (%.0f/s)%n", i + 1, (i + 1 - from) / s);
      }
    }
  }

  private static final List<String> NOUNS = List.of(("harbour ferry cargo quay tariff copper wheat customs railway "
      + "tunnel crane container freight dock lorry toll permit tanker lighthouse channel pier warehouse orchard "
      + "meadow bakery library garden market tram bicycle museum archive festival").split(" "));

  /** The words of {@code text} longer than 3 letters, lower-cased, in order (repeats kept: they weigh the draw). */
  private static List<String> vocabulary(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.split("[^\\p{L}]+")) {
      if (w.length() > 3) {
        out.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** A sentence of {@code n} words drawn from {@code vocabulary}. */
  private static String words(Random random, List<String> vocabulary, int n) {
    StringBuilder b = new StringBuilder();
    for (int w = 0; w < n; w++) {
      // squaring skews the draw towards the front of the list: a few frequent words, many rare ones
      double u = random.nextDouble();
      b.append(vocabulary.get((int) (u * u * vocabulary.size()))).append(w == n - 1 ? "." : " ");
    }
    return b.toString();
  }

  /** The template's events with another pair of countries and days moved to the new publication day. */
  private static List<Event> events(Article t, LocalDate published, Random random) {
    String c1 = COUNTRIES[random.nextInt(COUNTRIES.length)];
    String c2 = COUNTRIES[random.nextInt(COUNTRIES.length)];
    List<Event> out = new ArrayList<>();
    for (Event v : t.layer(EventStage.EVENTS)) {
      String date = v.date();
      if (date != null && date.length() == 10 && t.published() != null) {
        try {
          long offset = LocalDate.parse(date).toEpochDay() - t.published().toEpochDay();
          date = published.plusDays(offset).toString();
        } catch (java.time.DateTimeException e) {
          date = null;
        }
      }
      Location l = v.location();
      out.add(new Event(v.id(), v.start(), v.end(), v.trigger(), v.sentence(), swap(v.source(), c1),
          v.target() == null ? null : swap(v.target(), c2), v.cameo(), v.plover(), v.mode(), v.quadClass(),
          v.goldstein(), v.status(), date, l == null ? null : new Location(l.name(), c2, l.lat(), l.lon())));
    }
    return out;
  }

  private static Participant swap(Participant p, String country) {
    String code = p.country() != null && p.code().startsWith(p.country()) ? country + p.code().substring(3) : p.code();
    return new Participant(p.name(), p.entity(), code, p.country() == null ? null : country);
  }

  private static void queries(Store store) {
    LocalDate mid = LocalDate.of(2024, 3, 1);
    time("search \"talks\" (common word), 20 best", () -> store.search("talks", Filter.all().limit(20)));
    time("search \"drone sanctions\"", () -> store.search("drone sanctions", Filter.all().limit(20)));
    time("search \"\\\"air defence\\\"\" (phrase)", () -> store.search("\"air defence\"", Filter.all().limit(20)));
    time("search \"minister\" --actor RUS", () -> store.search("minister",
        new Filter(null, null, "RUS", null, null, 20)));
    time("search \"talks\" --from --to (one month)", () -> store.search("talks",
        new Filter(mid, mid.plusDays(30), null, null, null, 20)));
    time("events (newest 50)", () -> store.events(Filter.all().limit(50)));
    time("events --actor RUS", () -> store.events(new Filter(null, null, "RUS", null, null, 50)));
    time("events --actor RUSGOV --type CONSULT", () -> store.events(
        new Filter(null, null, "RUSGOV", "CONSULT", null, 50)));
    time("events --type ASSAULT", () -> store.events(new Filter(null, null, null, "ASSAULT", null, 50)));
    time("events --country CHN --from --to (one month)", () -> store.events(
        new Filter(mid, mid.plusDays(30), null, null, "CHN", 50)));
    time("events --actor USA --country JPN", () -> store.events(new Filter(null, null, "USA", null, "JPN", 50)));
    time("events --type RETREAT --from --to (one week)", () -> store.events(
        new Filter(mid, mid.plusDays(7), null, "RETREAT", null, 50)));
    time("entity \"Vladimir Putin\"", () -> store.entity("Vladimir Putin", null, 10));
    time("entity Putin (last name)", () -> store.entity("Putin", null, 10));
    time("entity \"Ahmed al-Sharaa\"", () -> store.entity("Ahmed al-Sharaa", null, 10));
    time("entity \"Nobody Known\" (no match)", () -> store.entity("Nobody Known", null, 10));
    time("stats", store::stats);
  }

  private static void time(String what, Supplier<Object> query) {
    Object result = query.get();
    long[] ms = new long[7];
    long[] cpu = new long[7];
    for (int i = 0; i < ms.length; i++) {
      long c0 = cpu();
      long t0 = System.nanoTime();
      result = query.get();
      ms[i] = (System.nanoTime() - t0) / 1000;
      cpu[i] = (cpu() - c0) / 1000;
    }
    Arrays.sort(ms);
    Arrays.sort(cpu);
    int size = result instanceof List<?> l ? l.size() : 1;
    // CPU time is what the query costs on an idle machine (the store is in the page cache after the warm-up);
    // wall time also counts waiting for a core on a busy one
    System.out.printf(Locale.ROOT, "  %-48s median %7.1f ms CPU, %7.1f ms wall, worst %7.1f ms wall (%d results)%n",
        what, cpu[cpu.length / 2] / 1000.0, ms[ms.length / 2] / 1000.0, ms[ms.length - 1] / 1000.0, size);
  }
}
