package org.herald.stream;

import java.io.Serializable;
import java.util.Objects;

/**
 * What one run of the stream job reads and writes.
 *
 * @param bootstrap Kafka's bootstrap servers, {@code HOST:PORT[,HOST:PORT...]}
 * @param inTopic the topic of raw articles (JSON Lines format, one article a record), or null when reading files
 * @param files the file or folder (any Flink file system URI) of a backfill, or null when reading a topic
 * @param outPrefix the output topics' prefix: {@code PREFIX.articles}, {@code .events}, {@code .quotes},
 *     {@code .entities}, {@code .linked-events}, {@code .errors}
 * @param parallelism tasks per operator (at least 1)
 * @param checkpointMs checkpoint interval in ms; output becomes visible to {@code read_committed} readers at each
 * @param bounded whether the topic is read up to its end offsets at start, then the job ends (backfills, benchmarks)
 * @param groupId the consumer group the source commits its offsets under (for monitoring; Flink's own checkpoints
 *     hold the positions it restarts from)
 * @param outOfOrderDays how far out of day order event reports may come before linked events close
 */
public record StreamOptions(String bootstrap, String inTopic, String files, String outPrefix, int parallelism,
                            long checkpointMs, boolean bounded, String groupId, int outOfOrderDays)
    implements Serializable {
  /** The checkpoint interval, ms, unless one is given ({@code --checkpoint-ms}). */
  public static final long DEFAULT_CHECKPOINT_MS = 10_000;

  public StreamOptions {
    Objects.requireNonNull(bootstrap, "bootstrap");
    Objects.requireNonNull(outPrefix, "outPrefix");
    if ((inTopic == null) == (files == null)) {
      throw new IllegalArgumentException("read either a topic or files, not " + (inTopic == null ? "neither" : "both"));
    }
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism " + parallelism + " is not at least 1");
    }
    if (checkpointMs < 10) {
      throw new IllegalArgumentException("checkpoint interval " + checkpointMs + " ms is under 10 ms");
    }
    if (outOfOrderDays < 0) {
      throw new IllegalArgumentException("out-of-order days " + outOfOrderDays + " is negative");
    }
  }

  /** Options reading topic {@code in} with defaults: parallelism 1, checkpoints every 10 s, unbounded. */
  public static StreamOptions topic(String bootstrap, String in, String outPrefix) {
    return new StreamOptions(bootstrap, in, null, outPrefix, 1, DEFAULT_CHECKPOINT_MS, false, "herald-stream", 3);
  }

  /** A copy with {@code n} tasks per operator. */
  public StreamOptions withParallelism(int n) {
    return new StreamOptions(bootstrap, inTopic, files, outPrefix, n, checkpointMs, bounded, groupId, outOfOrderDays);
  }

  /** A copy checkpointing every {@code ms}. */
  public StreamOptions withCheckpointMs(long ms) {
    return new StreamOptions(bootstrap, inTopic, files, outPrefix, parallelism, ms, bounded, groupId, outOfOrderDays);
  }

  /** A copy that reads the topic only up to its end offsets at start. */
  public StreamOptions untilEnd() {
    return new StreamOptions(bootstrap, inTopic, files, outPrefix, parallelism, checkpointMs, true, groupId,
        outOfOrderDays);
  }

  /** A copy letting event reports come up to {@code days} out of day order before their linked events close. */
  public StreamOptions withOutOfOrderDays(int days) {
    return new StreamOptions(bootstrap, inTopic, files, outPrefix, parallelism, checkpointMs, bounded, groupId, days);
  }

  /** A copy under consumer group {@code id}. */
  public StreamOptions withGroupId(String id) {
    return new StreamOptions(bootstrap, inTopic, files, outPrefix, parallelism, checkpointMs, bounded, id,
        outOfOrderDays);
  }
}
