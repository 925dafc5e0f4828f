package org.herald.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.herald.ErrorCodes;
import org.herald.HeraldException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads a folder of HTML pages with gold article bodies, in one of two layouts: the article-extraction
 * benchmark's ({@code ground-truth.json} mapping ids to {@code articleBody} and {@code url}, pages in
 * {@code html/ID.html.gz}, gzip-compressed UTF-8) or Readability's test pages (one folder per page with
 * {@code source.html} and the expected extraction {@code expected.html}, whose text, one block a line, is the
 * gold body).
 */
public final class HtmlBenchmark {
  /** One page: its id, URL (or null), HTML and gold body text. */
  public record Page(String id, String url, String html, String gold) {
  }

  private HtmlBenchmark() {
  }

  /** The pages of {@code dir}, sorted by id. */
  public static List<Page> read(Path dir) {
    try {
      if (Files.isRegularFile(dir.resolve("ground-truth.json"))) {
        return readGroundTruth(dir);
      }
      if (Files.isDirectory(dir)) {
        return readReadability(dir);
      }
    } catch (IOException e) {
      throw new HeraldException(ErrorCodes.INPUT_UNREADABLE, "cannot read " + dir + ": " + e.getMessage());
    }
    throw new HeraldException(ErrorCodes.INPUT_MISSING, "no such folder: " + dir);
  }

  private static List<Page> readGroundTruth(Path dir) throws IOException {
    JsonNode root = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    List<Page> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Path gz = dir.resolve("html").resolve(e.getKey() + ".html.gz");
      Path plain = dir.resolve("html").resolve(e.getKey() + ".html");
      String html;
      if (Files.isRegularFile(gz)) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
          html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      } else if (Files.isRegularFile(plain)) {
        html = Files.readString(plain, StandardCharsets.UTF_8);
      } else {
        throw new HeraldException(ErrorCodes.INPUT_MISSING, "no page for " + e.getKey() + " in " + dir.resolve("html"));
      }
      JsonNode url = e.getValue().get("url");
      pages.add(new Page(e.getKey(), url == null || url.isNull() ? null : url.asText(), html,
          e.getValue().path("articleBody").asText("")));
    }
    pages.sort((a, b) -> a.id().compareTo(b.id()));
    return pages;
  }

  private static List<Page> readReadability(Path dir) throws IOException {
    List<Page> pages = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : list.sorted().toList()) {
        Path source = p.resolve("source.html");
        Path expected = p.resolve("expected.html");
        if (Files.isRegularFile(source) && Files.isRegularFile(expected)) {
          pages.add(new Page(p.getFileName().toString(), null, Files.readString(source, StandardCharsets.UTF_8),
              blockText(Files.readString(expected, StandardCharsets.UTF_8))));
        }
      }
    }
    if (pages.isEmpty()) {
      throw new HeraldException(ErrorCodes.INPUT_EMPTY, dir + " holds neither ground-truth.json nor page folders");
    }
    return pages;
  }

  /** The text of an HTML fragment, one block element a line. */
  static String blockText(String html) {
    StringBuilder out = new StringBuilder();
    for (Element e : Jsoup.parse(html).body().select("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td")) {
      if (e.parents().stream().noneMatch(a -> a.is("p, li, blockquote, pre, td"))) {
        String t = e.text().strip();
        if (!t.isEmpty()) {
          out.append(t).append('\n');
        }
      }
    }
    return out.toString().strip();
  }
}
