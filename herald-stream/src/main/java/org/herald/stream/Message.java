package org.herald.stream;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One record bound for Kafka: the topic's suffix (the job prepends its output prefix), the key and the JSON value as
 * UTF-8 bytes (written once, handed to the Kafka producer as they are). A Flink POJO: public fields, public
 * no-argument constructor; not thread-safe. Records pass between chained operators without copies (the job enables
 * object reuse), so a value is never changed once built.
 */
public class Message {
  /** The output topic's suffix, such as {@code events} (written to {@code PREFIX.events}). */
  public String topic;
  /** The record key: the article id, or the linked event's id; never null once built. */
  public String key;
  /** The record value, one JSON object in UTF-8. */
  public byte[] value;

  /** For Flink's POJO serializer. */
  public Message() {
  }

  /** A record for topic suffix {@code topic}. */
  public Message(String topic, String key, byte[] value) {
    this.topic = Objects.requireNonNull(topic, "topic");
    this.key = Objects.requireNonNull(key, "key");
    this.value = Objects.requireNonNull(value, "value");
  }

  /** The value as text. */
  public String text() {
    return new String(value, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return topic + "/" + key;
  }
}
