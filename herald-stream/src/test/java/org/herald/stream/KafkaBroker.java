package org.herald.stream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A one-node Kafka broker in KRaft mode (combined broker and controller) running in this JVM on loopback ports,
 * from Maven Central's Kafka artifacts: no Docker, no ZooKeeper. For tests and the throughput benchmark.
 */
final class KafkaBroker implements AutoCloseable {
  private final KafkaClusterTestKit cluster;

  private KafkaBroker(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  /** Formats and starts a broker; returns once it serves requests. */
  static KafkaBroker start() throws Exception {
    KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
        .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("transaction.state.log.replication.factor", "1")
        .setConfigProp("transaction.state.log.min.isr", "1")
        .setConfigProp("group.initial.rebalance.delay.ms", "0")
        .setConfigProp("auto.create.topics.enable", "true")
        .setConfigProp("num.partitions", "1")
        .build();
    cluster.format();
    cluster.startup();
    cluster.waitForReadyBrokers();
    return new KafkaBroker(cluster);
  }

  String bootstrap() {
    return cluster.bootstrapServers();
  }

  void createTopic(String topic, int partitions) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap()))) {
      admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
      // the controller has made it; wait until the broker serves all its partitions' leaders too
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (true) {
        try {
          var d = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
          if (d.partitions().size() == partitions && d.partitions().stream().allMatch(x -> x.leader() != null
              && !x.leader().isEmpty())) {
            break;
          }
        } catch (java.util.concurrent.ExecutionException e) {
          // the broker may not know a topic its controller has just made: ask again
          if (!(e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException)) {
            throw e;
          }
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(topic + " has no leaders after 30 s");
        }
        Thread.sleep(50);
      }
    }
  }

  /** Writes {@code values} to {@code topic}, keyless (spread over partitions), and waits until all are acknowledged. */
  void produce(String topic, List<String> values) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, "4194304");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "20000");
    p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
    // every send is checked and a record the producer gave up on is sent again (once seen: a batch for a topic
    // created a moment before expired unsent); an unchecked loss would look like a loss in the job
    List<Integer> pending = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      pending.add(i);
    }
    Exception last = null;
    for (int attempt = 0; attempt < 4 && !pending.isEmpty(); attempt++) {
      try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
        int partitions = producer.partitionsFor(topic).size();
        List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
        for (int i : pending) {
          // spread evenly over the partitions, so every source task gets articles
          sent.add(producer.send(new ProducerRecord<>(topic, i % partitions, null, values.get(i))));
        }
        producer.flush();
        List<Integer> failed = new ArrayList<>();
        for (int k = 0; k < sent.size(); k++) {
          try {
            sent.get(k).get(60, java.util.concurrent.TimeUnit.SECONDS);
          } catch (Exception e) {
            last = e;
            failed.add(pending.get(k));
          }
        }
        pending = failed;
      }
    }
    if (!pending.isEmpty()) {
      throw new IllegalStateException("could not write " + pending.size() + " test records to " + topic, last);
    }
  }

  /**
   * Every committed record of {@code topic} (read_committed: records of open or aborted transactions are not
   * seen), reading up to the end offsets as they stand now; an empty list when the topic does not exist.
   */
  List<ConsumerRecord<String, String>> readCommitted(String topic) {
    return read(topic, "read_committed");
  }

  /** Every record of {@code topic} written so far, committed or not (read_uncommitted), to its end offsets now. */
  List<ConsumerRecord<String, String>> readUncommitted(String topic) {
    return read(topic, "read_uncommitted");
  }

  private List<ConsumerRecord<String, String>> read(String topic, String isolation) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
      var infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
      if (infos == null || infos.isEmpty()) {
        return records;
      }
      List<TopicPartition> parts = infos.stream().map(i -> new TopicPartition(topic, i.partition()))
          .collect(Collectors.toList());
      consumer.assign(parts);
      consumer.seekToBeginning(parts);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      Map<TopicPartition, Long> end = consumer.endOffsets(parts);
      if (isolation.equals("read_committed")) {
        // a committed transaction's markers reach its partitions shortly after the producer's commit returns; until
        // then read_committed readers stop before its records. Wait until no transaction is open (the stable end
        // equals the high watermark), so a test reads what a job that has ended committed, all of it.
        Map<TopicPartition, Long> high = highWatermarks(parts);
        while (!end.equals(high)) {
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException(topic + " keeps a transaction open: stable end " + end + ", high " + high);
          }
          try {
            Thread.sleep(100);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
          end = consumer.endOffsets(parts);
          high = highWatermarks(parts);
        }
      }
      Map<TopicPartition, Long> stable = end;
      while (parts.stream().anyMatch(tp -> consumer.position(tp) < stable.get(tp))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read " + topic + " to its end in 30 s");
        }
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
          records.add(r);
        }
      }
    }
    return records;
  }

  private Map<TopicPartition, Long> highWatermarks(List<TopicPartition> parts) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
      return consumer.endOffsets(parts);
    }
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws Exception {
    cluster.close();
  }
}
