package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCommandTest {
  @TempDir
  Path dir;

  @Test
  void rebuildsTheCameoTableFromTheThreePublicFiles() throws IOException {
    // a tiny standard of our own in the public files' formats
    Path codes = Files.writeString(dir.resolve("codes.txt"), "CAMEOEVENTCODE\tEVENTDESCRIPTION\n04\tConsult\n042\tMake a visit\n");
    Path gold = Files.writeString(dir.resolve("gold.txt"), "CODE\tGOLDSTEIN\n04\t1.0\n042\t1.9\n");
    Path plover = Files.writeString(dir.resolve("plover.txt"), "# our test table\n04: CONSULT\n042: CONSULT, visit # Make a visit\n");
    Path out = dir.resolve("cameo.tsv");
    CliRun r = CliRun.of("data", "rebuild-cameo", "--codes", codes.toString(), "--goldstein", gold.toString(),
        "--plover", plover.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> rows = Files.readAllLines(out).stream().filter(l -> !l.startsWith("#")).toList();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1)).startsWith("042\t1\t1.9\tCONSULT");
  }

  @Test
  void installsTheGeoNamesGazetteerFromALocalCopyAndExtractionUsesIt() throws IOException {
    Path cities = Path.of("../../shared/data/gazetteer/geonames/cities15000.txt.gz");
    assumeThat(Files.isRegularFile(cities)).as("shared GeoNames copy present").isTrue();
    Path data = dir.resolve("data");
    CliRun r = CliRun.of("data", "install", "geonames", "--from", cities.toString(), "--data-dir", data.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).matches("(?s)herald: installed \\d{5} places into .*geonames-cities-v1.tsv.*");

    Path article = Files.writeString(dir.resolve("a.txt"),
        "Shelling hit Kramatorsk overnight, the regional governor said on Sunday.\n");
    String before = CliRun.of("extract", article.toString()).out();
    assertThat(before).doesNotContain("\"lat\"");
    String previous = System.getProperty("herald.data");
    System.setProperty("herald.data", data.toString());
    try {
      CliRun after = CliRun.of("extract", article.toString());
      assertThat(after.code()).as(after.err()).isZero();
      assertThat(after.out()).contains("\"name\":\"Kramatorsk\"", "\"country\":\"UKR\"", "\"lat\":48.7");
    } finally {
      if (previous == null) {
        System.clearProperty("herald.data");
      } else {
        System.setProperty("herald.data", previous);
      }
    }
  }

  @Test
  void downloadsTheGazetteerPolitelyFromAUrl() throws IOException {
    String row = String.join("\t", "7", "Port Elwin", "Port Elwin", "", "-12.5", "130.8", "P", "PPL", "AU", "", "",
        "", "", "", "21000", "", "3", "Australia/Darwin", "2024-01-01") + "\n";
    java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
      out.putNextEntry(new java.util.zip.ZipEntry("cities15000.txt"));
      out.write(row.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
    com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", x -> {
      asked.add(x.getRequestURI().getPath() + " " + x.getRequestHeaders().getFirst("User-Agent"));
      byte[] body = x.getRequestURI().getPath().equals("/dump/cities15000.zip") ? zip.toByteArray() : new byte[0];
      x.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
      x.getResponseBody().write(body);
      x.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/dump/cities15000.zip";
      CliRun r = CliRun.of("data", "install", "geonames", "--url", url, "--data-dir", dir.toString());
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(Files.readString(dir.resolve("resources/geonames-cities-v1.tsv")))
          .contains("Port Elwin\t\tAUS\t-12.5\t130.8\t21000\tPPL");
      assertThat(asked).first().asString().startsWith("/robots.txt Herald/");
      CliRun gone = CliRun.of("data", "install", "geonames", "--url", url + "-gone", "--data-dir", dir.toString());
      assertThat(gone.code()).isEqualTo(1);
      assertThat(gone.err()).contains("HTTP 404").doesNotContain("Exception");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aFileThatIsNotGeoNamesIsOneLineAndInstallsNothing() throws IOException {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "a shopping list\nbread\nmilk\n");
    CliRun r = CliRun.of("data", "install", "geonames", "--from", notes.toString(), "--data-dir", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("herald: notes.txt is not a GeoNames cities file").endsWith("[H-INPUT-004]\n")
        .doesNotContain("Exception");
    assertThat(dir.resolve("resources")).doesNotExist();
  }

  @Test
  void aMissingInputIsOneLine() {
    CliRun r = CliRun.of("data", "rebuild-cameo", "--codes", "nope", "--goldstein", "nope", "--plover", "nope",
        "--out", dir.resolve("x").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("herald: no such file: nope [H-INPUT-001]\n");
  }
}
