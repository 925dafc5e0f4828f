package org.herald.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.herald.ErrorCodes;
import org.herald.HeraldException;
import org.herald.model.MediaType;
import org.herald.model.RawDocument;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the web pages of a WARC or WARC.gz file (Common Crawl's CC-NEWS, a crawler's archive) with jwarc: each
 * {@code response} record whose HTTP payload is HTML or text, and each {@code resource} record holding HTML or
 * text, becomes one raw document with the record's target URI as its URL. Other records (requests, metadata,
 * images) are passed over. A record that cannot be read becomes a failed read and the next one is tried; a file
 * whose framing breaks (truncated) ends with one failed read. Streams the file; close it when done. Not
 * thread-safe.
 */
public final class WarcSource implements Iterator<Read>, AutoCloseable {
  private final String origin;
  private final String path;
  private final long maxBytes;
  private WarcReader reader;
  private Read next;
  private int records;

  /** A source over the WARC file {@code file}; bodies over {@code maxBytes} are skipped and reported. */
  public WarcSource(Path file, long maxBytes) {
    this.origin = file.toString();
    this.path = origin;
    this.maxBytes = maxBytes;
    try {
      this.reader = new WarcReader(file);
    } catch (IOException e) {
      this.next = Read.failed(origin, new HeraldException(ErrorCodes.INPUT_UNREADABLE,
          "cannot read " + origin + ": " + e.getMessage()));
    }
  }

  /**
   * A source over WARC (or WARC.gz) bytes read from {@code in}, for files on other file systems (the stream job's
   * backfill, issue 10); {@code origin} names them in messages. Closing the source closes {@code in}.
   */
  public WarcSource(InputStream in, String origin, long maxBytes) {
    this.origin = origin;
    this.path = origin;
    this.maxBytes = maxBytes;
    try {
      this.reader = new WarcReader(in);
    } catch (IOException e) {
      this.next = Read.failed(origin, new HeraldException(ErrorCodes.INPUT_UNREADABLE,
          "cannot read " + origin + ": " + e.getMessage()));
    }
  }

  /** Whether a file called {@code name} is a WARC file. */
  public static boolean isWarc(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith(".warc") || lower.endsWith(".warc.gz");
  }

  @Override
  public boolean hasNext() {
    while (next == null && reader != null) {
      Optional<WarcRecord> record;
      try {
        record = reader.next();
      } catch (IOException | RuntimeException e) {
        next = Read.failed(origin + "@" + reader.position(), new HeraldException(ErrorCodes.INPUT_UNREADABLE,
            "broken WARC record after " + records + " records (" + e.getMessage() + "); rest of the file skipped"));
        close();
        break;
      }
      if (record.isEmpty()) {
        if (records == 0) {
          next = Read.failed(origin, new HeraldException(ErrorCodes.INPUT_EMPTY, origin + " holds no WARC record"));
        }
        close();
        break;
      }
      records++;
      next = convert(record.get());
    }
    return next != null;
  }

  @Override
  public Read next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Read r = next;
    next = null;
    return r;
  }

  /** The read of one record, or null when the record is not a page. */
  private Read convert(WarcRecord record) {
    String where = origin + "@" + reader.position();
    try {
      String target;
      String contentType;
      MessageBody body;
      if (record instanceof WarcResponse response) {
        if (!response.contentType().base().equals(org.netpreserve.jwarc.MediaType.HTTP)) {
          return null;
        }
        HttpResponse http = response.http();
        if (http.status() != 200) {
          return null;
        }
        target = response.target();
        contentType = http.contentType().base().toString();
        body = http.body();
      } else if (record instanceof WarcResource resource) {
        target = resource.target();
        contentType = resource.contentType().base().toString();
        body = resource.body();
      } else {
        return null;
      }
      boolean html = contentType.contains("html");
      if (!html && !contentType.startsWith("text/plain")) {
        return null;
      }
      where = target;
      byte[] bytes;
      try (InputStream in = body.stream()) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      }
      if (bytes.length > maxBytes) {
        throw new HeraldException(ErrorCodes.INPUT_TOO_LARGE, target + " is over the "
            + maxBytes / (1024 * 1024) + " MB limit");
      }
      Decoder.Decoded d = Decoder.decode(bytes, html ? "page.html" : "page.txt", target);
      LocalDate date = null; // the capture date is not the publication date; the page states its own
      RawDocument doc = new RawDocument(FileSource.contentId(bytes), path, target, null, date, d.text(),
          html ? MediaType.HTML : d.mediaType(), d.problems());
      return Read.ok(target, doc);
    } catch (HeraldException e) {
      return Read.failed(where, e);
    } catch (IOException | RuntimeException e) {
      return Read.failed(where, new HeraldException(ErrorCodes.INPUT_UNREADABLE,
          "unreadable WARC record: " + e.getMessage()));
    }
  }

  @Override
  public void close() {
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException ignored) {
        // closing a file we only read: nothing to lose
      }
      reader = null;
    }
  }

}
