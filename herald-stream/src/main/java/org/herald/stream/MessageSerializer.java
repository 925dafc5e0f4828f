package org.herald.stream;

import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Writes a {@link Message} to topic {@code PREFIX.SUFFIX}, UTF-8 key and value. Stateless. */
final class MessageSerializer implements KafkaRecordSerializationSchema<Message> {
  private static final long serialVersionUID = 1L;
  private final String prefix;

  MessageSerializer(String prefix) {
    this.prefix = prefix;
  }

  @Override
  public ProducerRecord<byte[], byte[]> serialize(Message m, KafkaSinkContext context, Long timestamp) {
    return new ProducerRecord<>(prefix + "." + m.topic, null, timestamp,
        m.key.getBytes(StandardCharsets.UTF_8), m.value.getBytes(StandardCharsets.UTF_8));
  }
}
