package org.herald.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.connector.file.src.impl.StreamFormatAdapter;
import org.apache.flink.core.fs.FSDataInputStream;
import org.herald.model.MediaType;
import org.herald.model.RawDocument;
import org.herald.source.FileSource;
import org.herald.source.Read;
import org.herald.source.Sources;
import org.herald.source.WarcSource;

/**
 * Reads article files for Flink's {@code FileSource} (batch backfills, issue 10) with herald-io's readers, as
 * {@code herald ingest} reads them: a WARC or WARC.gz file gives its pages, a JSON Lines file its lines, a feed its
 * items, any other file (text, HTML) one article. Emits each article as one line of the JSON Lines article format,
 * what the Kafka source carries too, so one {@link ExtractFunction} serves both. Unreadable records are skipped
 * (herald-io reports them as failed reads). Files are not split; a restore re-reads a file and skips what was
 * emitted. The reader needs the file's name to choose, so this wraps a per-file {@link StreamFormat}.
 */
public final class ArticleFileFormat implements BulkFormat<String, FileSourceSplit> {
  private static final long serialVersionUID = 1L;

  @Override
  public Reader<String> createReader(Configuration config, FileSourceSplit split) throws IOException {
    return new StreamFormatAdapter<>(new Named(split.path().toString())).createReader(config, split);
  }

  @Override
  public Reader<String> restoreReader(Configuration config, FileSourceSplit split) throws IOException {
    return new StreamFormatAdapter<>(new Named(split.path().toString())).restoreReader(config, split);
  }

  @Override
  public boolean isSplittable() {
    return false;
  }

  @Override
  public TypeInformation<String> getProducedType() {
    return Types.STRING;
  }

  /** The format of one file, knowing its path. */
  static final class Named extends SimpleStreamFormat<String> {
    private static final long serialVersionUID = 1L;
    private final String path;

    Named(String path) {
      this.path = path;
    }

    @Override
    public StreamFormat.Reader<String> createReader(Configuration config, FSDataInputStream stream) {
      String name = path.substring(path.lastIndexOf('/') + 1);
      Iterator<Read> reads;
      if (WarcSource.isWarc(name)) {
        reads = new WarcSource(stream, path, FileSource.DEFAULT_MAX_BYTES);
      } else {
        reads = readAll(stream, name).iterator();
      }
      return new LineReader(reads);
    }

    private java.util.List<Read> readAll(InputStream in, String name) {
      try {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, FileSource.DEFAULT_MAX_BYTES + 1));
        if (bytes.length > FileSource.DEFAULT_MAX_BYTES) {
          return java.util.List.of(); // over herald ingest's limit: no news article is that long
        }
        return Sources.documents(bytes, name, path);
      } catch (IOException e) {
        return java.util.List.of();
      }
    }

    @Override
    public TypeInformation<String> getProducedType() {
      return Types.STRING;
    }
  }

  /** Turns reads into JSON lines, skipping failures. */
  static final class LineReader implements StreamFormat.Reader<String> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Iterator<Read> reads;

    LineReader(Iterator<Read> reads) {
      this.reads = reads;
    }

    @Override
    public String read() throws IOException {
      while (reads.hasNext()) {
        Read r = reads.next();
        if (r.isOk()) {
          return line(r.document());
        }
      }
      return null;
    }

    @Override
    public void close() throws IOException {
      if (reads instanceof AutoCloseable c) {
        try {
          c.close();
        } catch (Exception e) {
          throw new IOException(e);
        }
      }
    }
  }

  /** {@code d} as one line of the JSON Lines article format. */
  static String line(RawDocument d) throws IOException {
    ObjectNode o = LineReader.JSON.createObjectNode();
    o.put("id", d.id());
    o.put("url", d.url());
    o.put("title", d.title());
    o.put("published", d.published() == null ? null : d.published().toString());
    o.put(d.mediaType() == MediaType.HTML ? "html" : "text", d.content());
    return LineReader.JSON.writeValueAsString(o);
  }
}
