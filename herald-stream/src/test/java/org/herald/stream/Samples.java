package org.herald.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herald.model.Article;
import org.herald.pipeline.Pipeline;
import org.herald.sink.ArticleJson;
import org.herald.source.Read;
import org.herald.source.Sources;

/** The repository's own sample articles (samples/, Herald's invented news) as raw-article JSON lines. */
final class Samples {
  static final ObjectMapper JSON = new ObjectMapper();

  private Samples() {
  }

  static Path dir() {
    Path p = Path.of(System.getProperty("herald.samples", "../samples"));
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("no samples folder at " + p.toAbsolutePath());
    }
    return p;
  }

  /** Each sample file, read as {@code herald ingest} reads it, as one JSON line. */
  static List<String> lines() throws IOException {
    List<String> lines = new ArrayList<>();
    for (Read r : Sources.files(List.of(dir().toString()), new ByteArrayInputStream(new byte[0]))) {
      if (!r.isOk()) {
        throw new IllegalStateException(r.origin() + ": " + r.error().getMessage());
      }
      lines.add(ArticleFileFormat.line(r.document()));
    }
    return lines;
  }

  /**
   * {@code copies} variants of each sample: the same text with one neutral sentence added (so the store does not
   * take it for a duplicate), its own id and a URL on host {@code host<copy>.example.net}.
   */
  static List<String> variants(int copies) throws IOException {
    return variants(copies, false);
  }

  /**
   * As {@link #variants(int)}; when {@code ownWords}, each copy also gets its own closing paragraph as long as the
   * story, so copies are reports of the same events by different papers rather than near-duplicates (which the
   * store keeps once).
   */
  static List<String> variants(int copies, boolean ownWords) throws IOException {
    List<String> out = new ArrayList<>();
    List<String> base = lines();
    for (int c = 0; c < copies; c++) {
      for (String line : base) {
        ObjectNode o = (ObjectNode) JSON.readTree(line);
        String id = o.get("id").asText() + "-" + c;
        o.put("id", id);
        o.put("url", "https://host" + c + ".example.net/news/" + id);
        String field = o.has("text") ? "text" : "html";
        String body = o.get(field).asText();
        String own = ownWords ? " It also mentions " + filler(new java.util.Random(31L * c + id.hashCode()),
            body.split("\\s+").length) + "." : "";
        o.put(field, body + "\n\nThis copy number " + (c + 1) + " was syndicated." + own + "\n");
        out.add(JSON.writeValueAsString(o));
      }
    }
    return out;
  }

  private static final String[] FILLER = ("harbour ferry cargo quay tariff copper wheat customs railway tunnel crane "
      + "container freight dock lorry toll permit tanker lighthouse channel pier warehouse orchard meadow bakery "
      + "library garden market tram bicycle museum archive festival").split(" ");

  /** {@code n} lower-case nouns that name no actor and trigger no event. */
  private static String filler(java.util.Random random, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : " ").append(FILLER[random.nextInt(FILLER.length)]);
    }
    return b.toString();
  }

  /** What the pipeline gives for {@code line} directly, outside Flink. */
  static Article extract(Pipeline pipeline, String line) {
    return pipeline.process(Sources.jsonLine(line, "test").document());
  }

  /** {@code a} in the herald/1 JSON contract, as a tree. */
  static JsonNode json(Article a) throws IOException {
    StringWriter w = new StringWriter();
    try (var g = JSON.getFactory().createGenerator(w)) {
      ArticleJson.write(a, g);
    }
    return JSON.readTree(w.toString());
  }
}
