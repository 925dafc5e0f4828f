package org.herald.stream;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * The optional JDBC sink: writes extracted articles and linked events into Herald's store schema on PostgreSQL
 * ({@link PostgresRows}). Each task buffers what it receives and writes it in one transaction when the buffer
 * fills and before every checkpoint (Flink calls {@link SinkWriter#flush} then), so a checkpoint completes only
 * after its records are committed; records replayed after a failure are written again, and the idempotent writes
 * make that a no-op. A database error fails the task, and the job restarts from its last checkpoint.
 */
public final class PostgresSink implements Sink<Message> {
  private static final long serialVersionUID = 1L;
  /** Records a transaction holds at most: large enough to amortise the commit, small enough to bound memory. */
  static final int BATCH = 200;

  private final PostgresTarget target;

  /** A sink writing to {@code target}. */
  public PostgresSink(PostgresTarget target) {
    this.target = Objects.requireNonNull(target, "target");
  }

  @Override
  public SinkWriter<Message> createWriter(WriterInitContext context) throws IOException {
    try {
      return new Writer(PostgresRows.open(target));
    } catch (SQLException e) {
      throw new IOException("cannot open the PostgreSQL store at " + target + ": " + e.getMessage(), e);
    }
  }

  /** One task's writer. */
  private static final class Writer implements SinkWriter<Message> {
    private final PostgresRows rows;
    private final List<Message> buffer = new ArrayList<>();

    Writer(PostgresRows rows) {
      this.rows = rows;
    }

    @Override
    public void write(Message m, Context context) throws IOException {
      if (!m.topic.equals("articles") && !m.topic.equals("linked-events")) {
        return; // events, quotes and entities are rows of their article's record; errors are not stored
      }
      // with object reuse on, the runtime may hand the next record in this very object: keep a copy
      buffer.add(new Message(m.topic, m.key, m.value.clone()));
      if (buffer.size() >= BATCH) {
        flush(false);
      }
    }

    @Override
    public void flush(boolean endOfInput) throws IOException {
      if (buffer.isEmpty()) {
        return;
      }
      try {
        rows.write(buffer);
      } catch (SQLException e) {
        throw new IOException("writing to PostgreSQL failed: " + e.getMessage(), e);
      }
      buffer.clear();
    }

    @Override
    public void close() throws Exception {
      rows.close();
    }
  }
}
