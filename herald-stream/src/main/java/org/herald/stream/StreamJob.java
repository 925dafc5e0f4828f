package org.herald.stream;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.sink.TransactionNamingStrategy;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Builds Herald's stream job: raw articles from a Kafka topic (or files) → {@link ExtractFunction} (the CLI's
 * pipeline) → articles, events, quotes, entities and errors to Kafka; event reports → {@link EventLinker} keyed by
 * link key → linked events to Kafka. Both sinks are transactional ({@link DeliveryGuarantee#EXACTLY_ONCE}),
 * committing at each checkpoint, so a reader with {@code isolation.level=read_committed} sees each record once
 * across failures and restarts. Operators carry stable uids so savepoints survive code changes.
 */
public final class StreamJob {
  /** Kafka brokers refuse transactions longer than their {@code transaction.max.timeout.ms}, 15 min by default. */
  static final String TRANSACTION_TIMEOUT_MS = "900000";

  private StreamJob() {
  }

  /**
   * The execution environment for {@code o}: the cluster's under {@code flink run}, else a local MiniCluster;
   * exactly-once checkpoints every {@code o.checkpointMs()}.
   *
   * @param config extra Flink configuration (a restart strategy, say); may be empty
   */
  public static StreamExecutionEnvironment environment(StreamOptions o, Configuration config) {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
    env.setParallelism(o.parallelism());
    env.enableCheckpointing(o.checkpointMs(), CheckpointingMode.EXACTLY_ONCE);
    // chained operators hand records on without a defensive copy each (an article makes a dozen records: its
    // topics' records and its event reports); safe here: every function builds new records and changes none it got
    env.getConfig().enableObjectReuse();
    return env;
  }

  /** The raw articles, one JSON Lines article a record, from {@code o}'s topic or files. */
  public static DataStream<String> source(StreamExecutionEnvironment env, StreamOptions o) {
    if (o.files() != null) {
      FileSource<String> files = FileSource.forBulkFileFormat(new ArticleFileFormat(), new Path(o.files()))
          .setFileEnumerator(ArticleFiles::new).build();
      return env.fromSource(files, WatermarkStrategy.noWatermarks(), "article files").uid("files");
    }
    KafkaSourceBuilder<String> b = KafkaSource.<String>builder()
        .setBootstrapServers(o.bootstrap())
        .setTopics(o.inTopic())
        .setGroupId(o.groupId())
        // a fresh start resumes where the group's last checkpoint left off; a restore, from the checkpoint
        .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
        .setValueOnlyDeserializer(new SimpleStringSchema())
        // an upstream producer may write transactionally too: read only what it committed
        .setProperty("isolation.level", "read_committed");
    if (o.bounded()) {
      b.setBounded(OffsetsInitializer.latest());
    }
    return env.fromSource(b.build(), WatermarkStrategy.noWatermarks(), "raw articles").uid("kafka-source");
  }

  /** Adds extraction (built-in dictionaries), linking and the Kafka sinks after {@code raw}. */
  public static void define(DataStream<String> raw, StreamOptions o) {
    define(raw, o, Dictionaries.NONE);
  }

  /** Adds extraction with the user's {@code dictionaries}, linking and the Kafka sinks after {@code raw}. */
  public static void define(DataStream<String> raw, StreamOptions o, Dictionaries dictionaries) {
    define(raw, o, dictionaries, null);
  }

  /**
   * Adds extraction with the user's {@code dictionaries}, linking, the Kafka sinks and, when {@code store} is not
   * null, the JDBC sink writing articles and linked events into Herald's store schema on PostgreSQL.
   */
  public static void define(DataStream<String> raw, StreamOptions o, Dictionaries dictionaries,
                            PostgresTarget store) {
    // a topic whose partitions split evenly over the tasks feeds each extracting task from its own partitions: the
    // source runs in the extracting task's thread (chained), so articles are not serialised, copied between tasks
    // and parsed again. Otherwise (files, whose splits are whole files; fewer partitions than tasks) spread them.
    DataStream<String> in = evenPartitions(o) ? raw : raw.rebalance();
    SingleOutputStreamOperator<Message> extracted = in
        .process(new ExtractFunction(dictionaries)).uid("extract").name("extract (Herald pipeline)");
    extracted.sinkTo(sink(o, "records")).uid("records-sink").name("records to Kafka");

    DataStream<Report> reports = extracted.getSideOutput(ExtractFunction.REPORTS)
        .assignTimestampsAndWatermarks(WatermarkStrategy
            .<Report>forBoundedOutOfOrderness(Duration.ofDays(o.outOfOrderDays()))
            .withTimestampAssigner((r, previous) -> r.day == null ? previous : r.day * EventLinker.DAY_MS)
            .withIdleness(Duration.ofMinutes(1)))
        .uid("report-days").name("report days");
    SingleOutputStreamOperator<Message> links = reports.keyBy(r -> r.key)
        .process(new EventLinker()).uid("link").name("link events");
    links.sinkTo(sink(o, "links")).uid("links-sink").name("linked events to Kafka");
    if (store != null) {
      extracted.union(links).sinkTo(new PostgresSink(store)).uid("postgres-sink").name("store rows to PostgreSQL");
    }
  }

  /**
   * Whether {@code o} reads a topic whose partitions split evenly over its tasks (the Kafka source gives each task
   * the same number of partitions then); false for files, or when the topic cannot be described.
   */
  static boolean evenPartitions(StreamOptions o) {
    if (o.inTopic() == null) {
      return false;
    }
    try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
        o.bootstrap()))) {
      int partitions = admin.describeTopics(List.of(o.inTopic())).allTopicNames().get(30, TimeUnit.SECONDS)
          .get(o.inTopic()).partitions().size();
      return partitions % o.parallelism() == 0;
    } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
      return false; // not there yet (auto-created on first write, say): spread what comes
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Creates the output topics that do not exist yet (broker defaults for partitions and replication): the sinks'
   * pooled transactions look their partitions up before the first record, so they must exist.
   */
  public static void createTopics(StreamOptions o) throws Exception {
    try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
        o.bootstrap()))) {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing = MessageSerializer.SUFFIXES.stream().map(s -> o.outPrefix() + "." + s)
          .filter(t -> !existing.contains(t)).map(t -> new NewTopic(t, Optional.empty(), Optional.empty()))
          .toList();
      if (missing.isEmpty()) {
        return;
      }
      try {
        admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e; // another job made one meanwhile: fine; anything else is not
        }
      }
    }
  }

  /** An exactly-once sink writing under {@code o}'s prefix; {@code role} keeps its transactional ids apart. */
  static KafkaSink<Message> sink(StreamOptions o, String role) {
    return KafkaSink.<Message>builder()
        .setBootstrapServers(o.bootstrap())
        .setRecordSerializer(new MessageSerializer(o.outPrefix()))
        .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
        .setTransactionalIdPrefix("herald-" + o.outPrefix() + "-" + role)
        // after a failure, find the failed attempt's open transactions by listing them at the brokers and abort
        // them, rather than probing ids: a transaction left open holds back what read_committed readers see
        .setTransactionNamingStrategy(TransactionNamingStrategy.POOLING)
        .setProperty("transaction.timeout.ms", TRANSACTION_TIMEOUT_MS)
        // each produce request costs the brokers and the producer's thread CPU whatever its size: fewer, larger
        // ones (a request a batch of 512 KB, or 100 ms); output is committed at checkpoints anyway (every 10 s by
        // default), so 100 ms adds no latency readers see. Batches stay under the brokers' 1 MB message.max.bytes.
        .setProperty("linger.ms", "100")
        .setProperty("batch.size", "524288")
        .build();
  }

  /**
   * Creates missing output topics, builds and runs the job for {@code o}; returns when a bounded job ends (an
   * unbounded one runs until killed).
   */
  public static JobExecutionResult run(StreamOptions o, Configuration config) throws Exception {
    return run(o, Dictionaries.NONE, config);
  }

  /** As {@link #run(StreamOptions, Configuration)}, extracting with the user's {@code dictionaries}. */
  public static JobExecutionResult run(StreamOptions o, Dictionaries dictionaries, Configuration config)
      throws Exception {
    return run(o, dictionaries, null, config);
  }

  /** As {@link #run(StreamOptions, Dictionaries, Configuration)}, also writing to PostgreSQL when {@code store}. */
  public static JobExecutionResult run(StreamOptions o, Dictionaries dictionaries, PostgresTarget store,
                                       Configuration config) throws Exception {
    createTopics(o);
    StreamExecutionEnvironment env = environment(o, config);
    define(source(env, o), o, dictionaries, store);
    return env.execute("herald-stream " + (o.inTopic() != null ? o.inTopic() : o.files()) + " -> " + o.outPrefix());
  }
}
