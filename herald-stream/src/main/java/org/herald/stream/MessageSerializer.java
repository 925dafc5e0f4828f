package org.herald.stream;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.flink.connector.kafka.lineage.DefaultKafkaDatasetFacet;
import org.apache.flink.connector.kafka.lineage.DefaultKafkaDatasetIdentifier;
import org.apache.flink.connector.kafka.lineage.KafkaDatasetFacet;
import org.apache.flink.connector.kafka.lineage.KafkaDatasetFacetProvider;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes a {@link Message} to topic {@code PREFIX.SUFFIX}, UTF-8 key and value (the message's own bytes), and names the topics it writes
 * (the sink's pooled transactions need them to find what a failed attempt left open). Stateless.
 */
final class MessageSerializer implements KafkaRecordSerializationSchema<Message>, KafkaDatasetFacetProvider {
  private static final long serialVersionUID = 1L;
  /** Every suffix a {@link Message} may carry. */
  static final List<String> SUFFIXES = List.of("articles", "events", "quotes", "entities", "errors", "linked-events");
  private final String prefix;

  MessageSerializer(String prefix) {
    this.prefix = prefix;
  }

  @Override
  public ProducerRecord<byte[], byte[]> serialize(Message m, KafkaSinkContext context, Long timestamp) {
    return new ProducerRecord<>(prefix + "." + m.topic, null, timestamp,
        m.key.getBytes(StandardCharsets.UTF_8), m.value);
  }

  @Override
  public Optional<KafkaDatasetFacet> getKafkaDatasetFacet() {
    return Optional.of(new DefaultKafkaDatasetFacet(DefaultKafkaDatasetIdentifier.ofTopics(
        SUFFIXES.stream().map(s -> prefix + "." + s).toList())));
  }
}
