package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static List<JsonNode> lines(String out) {
    return out.lines().map(l -> {
      try {
        return JSON.readTree(l);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + l, e);
      }
    }).toList();
  }

  @Test
  void writesOneJsonObjectPerArticleWithThePublicationDateGiven() throws IOException {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "Envoys meet\nThe envoys met in Geneva on Tuesday.\nComments are closed.\n");
    CliRun r = CliRun.of("extract", "--published", "2024-06-17", f.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    List<JsonNode> out = lines(r.out());
    assertThat(out).hasSize(1);
    JsonNode a = out.get(0);
    assertThat(a.get("schema").asText()).isEqualTo("herald/1");
    assertThat(a.get("title").asText()).isEqualTo("Envoys meet");
    assertThat(a.get("published").asText()).isEqualTo("2024-06-17");
    assertThat(a.get("path").asText()).isEqualTo(f.toString());
    assertThat(a.get("text").asText()).isEqualTo("The envoys met in Geneva on Tuesday.");
    assertThat(a.has("entities") && a.has("quotes") && a.has("dates") && a.has("events")).isTrue();
  }

  @Test
  void readsStandardInputForADash() {
    CliRun r = CliRun.withInput("Talks ended.\n", "extract", "-");
    assertThat(r.code()).isZero();
    assertThat(lines(r.out()).get(0).get("text").asText()).isEqualTo("Talks ended.");
  }

  @Test
  void prettyPrintsWhenAsked() throws IOException {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "Talks ended.");
    CliRun r = CliRun.of("extract", "--pretty", f.toString());
    assertThat(r.out().lines().count()).isGreaterThan(5);
    assertThat(JSON.readTree(r.out()).get("text").asText()).isEqualTo("Talks ended.");
  }

  @Test
  void aMissingFileIsOneLineAndExitCodeOne() {
    CliRun r = CliRun.of("extract", dir.resolve("nope.txt").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).singleElement().asString()
        .startsWith("herald: skipped ").endsWith("no such file: " + dir.resolve("nope.txt") + " [H-INPUT-001]");
  }

  @Test
  void anInvalidDateIsAUsageError() {
    CliRun r = CliRun.of("extract", "--published", "17/06/2024", "x.txt");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("herald: Invalid value for option '--published': invalid date '17/06/2024'");
  }

  @Test
  void oneBadArticleInAFolderIsReportedAndSkippedAndTheRestAreExtracted() throws IOException {
    Files.writeString(dir.resolve("1.txt"), "First story.");
    Files.write(dir.resolve("2.txt"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0});
    Files.writeString(dir.resolve("3.txt"), "");
    Files.writeString(dir.resolve("4.html"), "<html><body><article><p>Fourth story.</p></article></body></html>");
    CliRun r = CliRun.of("extract", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(lines(r.out())).extracting(j -> j.get("text").asText()).containsExactly("First story.", "Fourth story.");
    assertThat(r.err().lines()).containsExactly(
        "herald: skipped " + dir.resolve("2.txt") + ": " + dir.resolve("2.txt") + " is a binary file, not an article [H-INPUT-002]",
        "herald: skipped " + dir.resolve("3.txt") + ": " + dir.resolve("3.txt") + " is empty [H-INPUT-003]",
        "herald: 2 extracted, 2 skipped");
  }

  @Test
  void skipsDuplicatesWhenAskedAndReportsEachOnOneLine() throws IOException {
    String story = "Harbour strike ends\nDock workers in the northern harbour town voted on Thursday to accept a "
        + "new pay offer, ending a strike that had halted shipping for three weeks. Union leaders said the deal "
        + "raised wages by six percent over two years and protected jobs at the container terminal.";
    Path a = dir.resolve("a.txt");
    Path b = dir.resolve("b.txt");
    Path c = dir.resolve("c.txt");
    Files.writeString(a, story);
    Files.writeString(b, story.replace("three weeks", "three whole weeks") + " Reporting by our staff.");
    Files.writeString(c, "Bridge reopens\nThe old bridge reopened to traffic on Friday after repairs.");
    CliRun r = CliRun.of("extract", "--dedupe", a.toString(), b.toString(), c.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(lines(r.out())).hasSize(2);
    assertThat(r.err().strip()).matches("herald: duplicate .*b\\.txt: \\d+% like .*a\\.txt");
    assertThat(lines(CliRun.of("extract", a.toString(), b.toString()).out())).as("without --dedupe").hasSize(2);
  }

  @Test
  void extractsAPageFromAUrl() throws IOException {
    com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", x -> {
      byte[] body = (x.getRequestURI().getPath().equals("/story")
          ? "<html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>"
          + "<p>The old bridge reopened to traffic on Friday after two years of repairs.</p></article></body></html>"
          : "").getBytes(java.nio.charset.StandardCharsets.UTF_8);
      x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      x.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
      x.getResponseBody().write(body);
      x.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/story";
      CliRun r = CliRun.of("extract", url);
      assertThat(r.code()).as(r.err()).isZero();
      JsonNode a = lines(r.out()).get(0);
      assertThat(a.get("url").asText()).isEqualTo(url);
      assertThat(a.get("title").asText()).isEqualTo("Bridge reopens");
      assertThat(a.get("text").asText()).contains("The old bridge reopened to traffic on Friday");
      CliRun missing = CliRun.of("extract", url + "-gone");
      assertThat(missing.code()).isEqualTo(1);
      assertThat(missing.err()).contains("HTTP 404").contains("[H-FETCH-003]");
    } finally {
      server.stop(0);
    }
  }
}
