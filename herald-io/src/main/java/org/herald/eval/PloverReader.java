package org.herald.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the PLOVER gold standard records file ({@code PLOVER_GSR_CAMEO.txt}): a JSON array of objects, read
 * leniently (trailing commas, comments). Records without a sentence ({@code DOCUMENT} entries that document the
 * file) are skipped. Thread-safe: holds no state.
 */
public final class PloverReader {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS,
          JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .build();

  private PloverReader() {
  }

  /**
   * Every record with a sentence and an event type, in file order.
   *
   * @throws IOException when the text is not a JSON array of objects
   */
  public static List<PloverRecord> read(Reader in) throws IOException {
    JsonNode root;
    try (JsonParser p = MAPPER.createParser(in)) {
      root = MAPPER.readTree(p);
    }
    if (root == null || !root.isArray()) {
      throw new IOException("not a JSON array of PLOVER records");
    }
    List<PloverRecord> out = new ArrayList<>();
    for (JsonNode n : root) {
      String id = n.path("id").asText("");
      String text = n.path("text").asText("").strip();
      String type = n.path("event").asText("").strip().toUpperCase(Locale.ROOT);
      if (id.isEmpty() || text.isEmpty() || type.isEmpty()) {
        continue;
      }
      out.add(new PloverRecord(id, PloverRecord.currentType(type), text, codes(n.path("source")),
          codes(n.path("target"))));
    }
    return out;
  }

  /** The codes of an actor field: a list of {code: …} objects, one object, or an empty string. */
  private static List<String> codes(JsonNode field) {
    List<String> out = new ArrayList<>();
    if (field.isArray()) {
      for (JsonNode a : field) {
        addCode(a, out);
      }
    } else if (field.isObject()) {
      addCode(field, out);
    }
    return out;
  }

  private static void addCode(JsonNode actor, List<String> out) {
    String code = actor.path("code").asText("").strip().toUpperCase(Locale.ROOT);
    if (!code.isEmpty() && !out.contains(code)) {
      out.add(code);
    }
  }
}
