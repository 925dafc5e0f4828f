package org.herald.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.herald.ErrorCodes;
import org.herald.HeraldException;

/** Factories of sources. */
public final class Sources {
  private Sources() {
  }

  /** Files, folders (recursively) and {@code -} for {@code stdin}, with the default size limit. */
  public static FileSource files(List<String> inputs, InputStream stdin) {
    return new FileSource(inputs, stdin, FileSource.DEFAULT_MAX_BYTES);
  }

  /**
   * Files, folders, {@code -} and http(s) URLs (pages or feeds), the URLs fetched by {@code fetcher} (polite:
   * robots.txt, per-host rate limit, size and time limits).
   */
  public static FileSource files(List<String> inputs, InputStream stdin, Fetcher fetcher) {
    return new FileSource(inputs, stdin, FileSource.DEFAULT_MAX_BYTES, fetcher == null ? null : () -> fetcher);
  }

  /** The pages of a WARC or WARC.gz file, streamed; close it when done. */
  public static WarcSource warc(java.nio.file.Path file) {
    return new WarcSource(file, FileSource.DEFAULT_MAX_BYTES);
  }

  /** The articles of a JSON Lines file, streamed; close it when done. */
  public static JsonLinesSource jsonLines(java.nio.file.Path file) {
    return new JsonLinesSource(file);
  }

  /**
   * The documents in one file's bytes, read as {@code herald ingest} reads a file called {@code name}: the items of
   * a feed, the records of a JSON Lines file, else the one article (text or HTML) the bytes are. WARC files are
   * read with {@link WarcSource#WarcSource(InputStream, String, long)} instead. For the stream job (issue 10).
   */
  public static java.util.List<Read> documents(byte[] bytes, String name, String origin) {
    if (JsonLinesSource.isJsonLines(name)) {
      java.util.List<Read> reads = new java.util.ArrayList<>();
      String[] lines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].isBlank()) {
          reads.add(JsonLinesSource.parse(lines[i], origin + ":" + (i + 1), origin));
        }
      }
      return reads;
    }
    return FileSource.documents(bytes, origin, name, origin, origin);
  }

  /**
   * The article in one line of the JSON Lines format ({@code {"id","url","title","published","text"|"html"}}), or a
   * failed read naming {@code where} when the line is not one. For messages from a queue (issue 10).
   */
  public static Read jsonLine(String line, String where) {
    return JsonLinesSource.parse(line, where, null);
  }

  /** A raw document from bytes that came from somewhere other than a file (a classpath resource, a request). */
  public static org.herald.model.RawDocument bytes(byte[] bytes, String name, String origin) {
    return FileSource.document(bytes, null, name, origin);
  }

  /**
   * The lines of a user's UTF-8 text file (a dictionary, say); none for a null path. A missing or unreadable file
   * is a {@link HeraldException} with a one-line message.
   */
  public static List<String> textLines(Path p) {
    if (p == null) {
      return List.of();
    }
    try {
      return Files.readAllLines(p, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new HeraldException(ErrorCodes.INPUT_MISSING, "no such file: " + p);
    } catch (MalformedInputException e) {
      throw new HeraldException(ErrorCodes.INPUT_UNREADABLE, p + " is not UTF-8 text");
    } catch (IOException e) {
      throw new HeraldException(ErrorCodes.INPUT_UNREADABLE, "cannot read " + p + ": " + e.getMessage());
    }
  }
}
