package org.herald.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.herald.ErrorCodes;
import org.herald.HeraldException;
import org.herald.model.MediaType;
import org.herald.model.Problem;
import org.herald.model.RawDocument;

/**
 * Reads articles from JSON Lines, one object a line: {@code {"id","url","title","published","text"}} or with
 * {@code "html"} instead of {@code "text"}. Only the text (or HTML) is required; {@code published} is
 * {@code YYYY-MM-DD} or an ISO date-time. A line that is not such an object becomes a failed read naming its line
 * number, and the next line is read. Streams the file; close it when done. Not thread-safe.
 */
public final class JsonLinesSource implements Iterator<Read>, AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String origin;
  private final String path;
  private BufferedReader reader;
  private Read next;
  private int line;

  /** A source over the JSON Lines file {@code file}. */
  public JsonLinesSource(Path file) {
    this.origin = file.toString();
    this.path = origin;
    try {
      this.reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      next = Read.failed(origin, new HeraldException(ErrorCodes.INPUT_UNREADABLE, "cannot read " + origin));
    }
  }

  /** Whether a file called {@code name} is JSON Lines. */
  public static boolean isJsonLines(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
  }

  @Override
  public boolean hasNext() {
    while (next == null && reader != null) {
      String text;
      try {
        text = reader.readLine();
      } catch (IOException | java.io.UncheckedIOException e) {
        next = Read.failed(origin + ":" + (line + 1), new HeraldException(ErrorCodes.INPUT_UNREADABLE,
            "cannot read line " + (line + 1) + " (not UTF-8?); rest of the file skipped"));
        close();
        break;
      }
      if (text == null) {
        close();
        break;
      }
      line++;
      if (!text.isBlank()) {
        next = parse(text, origin + ":" + line, path);
      }
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

  /** The read of one line of JSON. */
  static Read parse(String text, String where, String path) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return Read.failed(where, new HeraldException(ErrorCodes.INPUT_UNREADABLE, "not a JSON object"));
    }
    if (node == null || !node.isObject()) {
      return Read.failed(where, new HeraldException(ErrorCodes.INPUT_UNREADABLE, "not a JSON object"));
    }
    String body = string(node, "text");
    MediaType type = MediaType.TEXT;
    if (body == null) {
      body = string(node, "html");
      type = MediaType.HTML;
    }
    if (body == null) {
      return Read.failed(where, new HeraldException(ErrorCodes.INPUT_EMPTY, "an article without \"text\" or \"html\""));
    }
    String id = string(node, "id");
    if (id == null) {
      id = FileSource.contentId(text.getBytes(StandardCharsets.UTF_8));
    }
    String date = string(node, "published");
    LocalDate published = null;
    List<Problem> problems = List.of();
    if (date != null) {
      published = date.length() >= 10 ? FeedDates.parse(date) : null;
      if (published == null) {
        problems = List.of(Problem.of("H-INPUT-010", "unreadable published date: " + date));
      }
    }
    return Read.ok(where, new RawDocument(id, path, string(node, "url"), string(node, "title"), published, body,
        type, problems));
  }

  private static String string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
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
