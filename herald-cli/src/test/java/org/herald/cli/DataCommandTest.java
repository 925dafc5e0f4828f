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
