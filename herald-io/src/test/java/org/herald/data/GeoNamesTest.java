package org.herald.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.herald.ErrorCodes;
import org.herald.HeraldException;
import org.herald.stage.name.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoNamesTest {
  @TempDir
  Path dir;

  /** Two rows in GeoNames' 19-column cities format, written for this test. */
  private static final String CITIES = row("1", "Kramatorsk", "Kramatorsk", "Kramatorske,KRM,Краматорськ",
      "48.72", "37.56", "UA", "150000") + row("2", "Pristina", "Pristina", "Prishtina,Priştine", "42.67", "21.17",
      "XK", "160000");

  private static String row(String id, String name, String ascii, String alternates, String lat, String lon,
                            String country, String population) {
    return String.join("\t", id, name, ascii, alternates, lat, lon, "P", "PPL", country, "", "01", "", "", "",
        population, "", "200", "Europe/Somewhere", "2024-01-01") + "\n";
  }

  private List<String> installedRows(DataFolder folder) throws IOException {
    return Files.readAllLines(folder.resources().resolve(Gazetteer.RESOURCE)).stream()
        .filter(l -> !l.startsWith("#")).toList();
  }

  @Test
  void installsCitiesWithAlpha3CountriesAndLatinOtherNames() throws IOException {
    DataFolder folder = new DataFolder(dir);
    GeoNames.Installed done = GeoNames.install("cities.txt", CITIES.getBytes(StandardCharsets.UTF_8), folder);
    assertThat(done.places()).isEqualTo(2);
    assertThat(installedRows(folder)).containsExactly(
        "Kramatorsk\tKramatorske\tUKR\t48.72\t37.56\t150000\tPPL",
        "Pristina\tPrishtina\tXKX\t42.67\t21.17\t160000\tPPL");
  }

  @Test
  void readsZippedAndGzippedCopies() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(CITIES.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(GeoNames.install("c.txt.gz", gz.toByteArray(), new DataFolder(dir.resolve("a"))).places()).isEqualTo(2);
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("readme.md"));
      out.write("not this one".getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new ZipEntry("cities15000.txt"));
      out.write(CITIES.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(GeoNames.install("c.zip", zip.toByteArray(), new DataFolder(dir.resolve("b"))).places()).isEqualTo(2);
  }

  @Test
  void refusesAFileThatIsNotGeoNamesAndKeepsThePreviousGazetteer() throws IOException {
    DataFolder folder = new DataFolder(dir);
    GeoNames.install("cities.txt", CITIES.getBytes(StandardCharsets.UTF_8), folder);
    assertThatThrownBy(() -> GeoNames.install("notes.txt", "just some words\nand more\n".getBytes(StandardCharsets.UTF_8),
        folder)).isInstanceOf(HeraldException.class)
        .hasMessageContaining("not a GeoNames cities file")
        .satisfies(e -> assertThat(((HeraldException) e).code()).isEqualTo(ErrorCodes.INPUT_UNREADABLE));
    assertThatThrownBy(() -> GeoNames.install("x.gz", new byte[] {0x1f, (byte) 0x8b, 1, 2}, folder))
        .isInstanceOf(HeraldException.class);
    assertThat(installedRows(folder)).hasSize(2);
    try (var files = Files.list(folder.resources())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly(Gazetteer.RESOURCE);
    }
  }

  @Test
  void theDataFolderFollowsHeraldDataThenXdg() {
    assertThat(DataFolder.of(Map.of("HERALD_DATA", "/srv/h", "XDG_DATA_HOME", "/data"), "/home/u").root())
        .isEqualTo(Path.of("/srv/h"));
    assertThat(DataFolder.of(Map.of("XDG_DATA_HOME", "/data"), "/home/u").resources())
        .isEqualTo(Path.of("/data/herald/resources"));
    assertThat(DataFolder.of(Map.of(), "/home/u").store()).isEqualTo(Path.of("/home/u/.local/share/herald/herald.db"));
  }

  @Test
  void countryCodesBecomeAlpha3() {
    assertThat(GeoNames.iso3("UA")).isEqualTo("UKR");
    assertThat(GeoNames.iso3("XK")).isEqualTo("XKX");
    assertThat(GeoNames.iso3("")).isEmpty();
    assertThat(GeoNames.iso3("Q1")).isEmpty();
  }
}
