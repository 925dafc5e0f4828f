package org.herald.stream;

import java.util.Objects;

/**
 * One record bound for Kafka: the topic's suffix (the job prepends its output prefix), the key and the JSON value.
 * A Flink POJO: public fields, public no-argument constructor; not thread-safe.
 */
public class Message {
  /** The output topic's suffix, such as {@code events} (written to {@code PREFIX.events}). */
  public String topic;
  /** The record key: the article id, or the linked event's id; never null once built. */
  public String key;
  /** The record value, one JSON object. */
  public String value;

  /** For Flink's POJO serializer. */
  public Message() {
  }

  /** A record for topic suffix {@code topic}. */
  public Message(String topic, String key, String value) {
    this.topic = Objects.requireNonNull(topic, "topic");
    this.key = Objects.requireNonNull(key, "key");
    this.value = Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return topic + "/" + key;
  }
}
