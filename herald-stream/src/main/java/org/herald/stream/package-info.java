/**
 * Herald's pipeline as an Apache Flink job over Kafka (issue 10): the same {@code Pipeline} as the CLI, one per
 * task, reading raw articles from a topic or files and writing articles, events, quotes, entities and linked events
 * to topics, exactly once. Nullness: parameters and returns are non-null unless documented; POJO fields Flink
 * serializes may be null where their Javadoc says so.
 */
package org.herald.stream;
