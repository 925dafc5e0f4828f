package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's commands on a store filled once from hand-written articles: stdout, stderr and exit codes. */
class StoreCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;
  static String store;

  @BeforeAll
  static void ingestTwoArticles() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "Ministers meet in Oslo\n"
        + "Foreign Minister Ingrid Halvorsen of Norway met Swedish Prime Minister Lars Berg in Oslo on Monday. "
        + "\"We will guard the northern sea lanes together,\" Halvorsen said.\n");
    Files.writeString(in.resolve("b.txt"), "Fishing quotas disputed\n"
        + "Norway accused Russia of breaking the fishing accord in the Barents Sea on Tuesday.\n");
    store = dir.resolve("herald.db").toString();
    CliRun r = CliRun.of("ingest", "--store", store, "--published", "2024-06-17", in.toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void ingestReportsWhatItStoredAndTheSameInputAgainChangesNothing() {
    CliRun r = CliRun.of("ingest", "--store", store, "--published", "2024-06-17", dir.resolve("in").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("herald: 0 stored, 2 unchanged, 0 updated, 0 near-duplicates, 0 skipped");
  }

  @Test
  void aCopyWithOtherPunctuationAndSpacingIsANearDuplicateAndNotStoredAgain() throws Exception {
    Path copy = Files.createDirectories(dir.resolve("copy"));
    Files.writeString(copy.resolve("syndicated.txt"), "Ministers meet in Oslo\n"
        + "Foreign Minister Ingrid Halvorsen of Norway met Swedish Prime Minister Lars Berg in Oslo on Monday! "
        + "\"We will guard the northern  sea lanes together\" -- Halvorsen said.\n");
    CliRun r = CliRun.of("ingest", "-v", "--store", store, "--published", "2024-06-17", copy.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("herald: duplicate ").contains("syndicated.txt as article 1")
        .contains("herald: 0 stored, 0 unchanged, 0 updated, 1 near-duplicates, 0 skipped");
  }

  @Test
  void ingestSkipsABadInputAndStoresTheRest() throws Exception {
    Path bad = dir.resolve("bad");
    Files.createDirectories(bad);
    Files.write(bad.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 0, 7, 8, 0});
    Files.writeString(bad.resolve("good.txt"), "Talks end\nThe envoys of Chile and Peru ended their talks in Lima.\n");
    CliRun r = CliRun.of("ingest", "--store", dir.resolve("other.db").toString(), bad.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("herald: skipped").contains("binary.txt").contains("1 stored, 0 unchanged, 0 updated, 0 near-duplicates, 1 skipped");
  }

  @Test
  void searchPrintsMatchesWithTheirPassage() {
    CliRun r = CliRun.of("search", "--store", store, "sea", "lanes");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Ministers meet in Oslo").contains("[sea] [lanes]");
    assertThat(r.out()).doesNotContain("Fishing quotas");
    CliRun none = CliRun.of("search", "--store", store, "volcano");
    assertThat(none.code()).isZero();
    assertThat(none.out()).isEmpty();
    assertThat(none.err()).isEqualTo("herald: no stored article matches\n");
  }

  @Test
  void searchWritesJsonLinesAndRejectsABadFilter() throws Exception {
    CliRun r = CliRun.of("search", "--store", store, "--format", "jsonl", "fishing");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode hit = JSON.readTree(r.out().lines().findFirst().orElseThrow());
    assertThat(hit.get("title").asText()).isEqualTo("Fishing quotas disputed");
    CliRun bad = CliRun.of("search", "--store", store, "--actor", "R-S", "fishing");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--actor 'R-S' is not a code").contains("[H-USAGE-001]");
  }

  @Test
  void eventsListsTableJsonLinesAndCsv() throws Exception {
    CliRun table = CliRun.of("events", "--store", store);
    assertThat(table.code()).as(table.err()).isZero();
    assertThat(table.out().lines().findFirst().orElseThrow()).startsWith("ID ").contains("TRIGGER");
    assertThat(table.out().lines().count()).isGreaterThan(1);

    CliRun jsonl = CliRun.of("events", "--store", store, "--format", "jsonl");
    List<String> lines = jsonl.out().lines().toList();
    assertThat(lines).hasSize((int) table.out().lines().count() - 1);
    JsonNode first = JSON.readTree(lines.get(0));
    assertThat(first.has("cameo") && first.has("plover") && first.get("first").has("trigger")).isTrue();

    CliRun csv = CliRun.of("events", "--store", store, "--format", "csv", "--limit", "1");
    assertThat(csv.out().lines().toList()).hasSize(2).first().asString().startsWith("id,day,source_code");
  }

  @Test
  void eventsFiltersByActorAndSaysWhenNothingPasses() {
    CliRun nor = CliRun.of("events", "--store", store, "--actor", "NOR", "--format", "csv");
    assertThat(nor.code()).isZero();
    assertThat(nor.out().lines().skip(1)).isNotEmpty().allSatisfy(l -> assertThat(l).contains("NOR"));
    CliRun none = CliRun.of("events", "--store", store, "--actor", "BRA");
    assertThat(none.code()).isZero();
    assertThat(none.err()).isEqualTo("herald: no stored event passes the filters\n");
    CliRun bad = CliRun.of("events", "--store", store, "--from", "2024-13-01");
    assertThat(bad.code()).isEqualTo(2);
  }

  @Test
  void entityShowsRolesQuotesAndEvents() {
    CliRun r = CliRun.of("entity", "--store", store, "Halvorsen");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("== Ingrid Halvorsen (NOR) - PERSON, in 1 article")
        .contains("Foreign Minister").contains("We will guard the northern sea lanes together");
    CliRun none = CliRun.of("entity", "--store", store, "Nobody", "Here");
    assertThat(none.code()).isEqualTo(1);
    assertThat(none.err()).isEqualTo("herald: no person, organisation or place called 'Nobody Here' is stored\n");
  }

  @Test
  void statsCountsWhatIsStored() throws Exception {
    CliRun r = CliRun.of("stats", "--store", store);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Articles    2, published 2024-06-17 to 2024-06-17");
    JsonNode json = JSON.readTree(CliRun.of("stats", "--store", store, "--format", "json").out());
    assertThat(json.get("articles").asInt()).isEqualTo(2);
    assertThat(json.get("schemaVersion").asInt()).as("003-near-duplicates").isEqualTo(3);
  }

  @Test
  void exportWritesGdeltRowsOfSixtyOneFields() {
    CliRun r = CliRun.of("export", "--store", store, "--format", "gdelt-events");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> rows = r.out().lines().toList();
    assertThat(rows).isNotEmpty();
    assertThat(rows).allSatisfy(row -> assertThat(row.split("\t", -1)).hasSize(61));
    assertThat(r.err()).isEqualTo("herald: exported " + rows.size() + " events\n");
  }

  @Test
  void exportWritesJsonLinesWithReportsAndCsvToAFile() throws Exception {
    CliRun r = CliRun.of("export", "--store", store, "--format", "jsonl");
    JsonNode first = JSON.readTree(r.out().lines().findFirst().orElseThrow());
    assertThat(first.get("reports").size()).isEqualTo(first.get("numMentions").asInt());
    Path out = dir.resolve("events.csv");
    CliRun csv = CliRun.of("export", "--store", store, "--format", "csv", "-o", out.toString());
    assertThat(csv.code()).as(csv.err()).isZero();
    assertThat(csv.out()).isEmpty();
    assertThat(Files.readAllLines(out).get(0)).startsWith("id,day,");
    assertThat(Files.list(dir).filter(p -> p.toString().endsWith(".part"))).isEmpty();
    CliRun unknown = CliRun.of("export", "--store", store, "--format", "xml");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown format 'xml'");
  }

  @Test
  void storeProblemsAreOneLineErrorsWithCodes() throws Exception {
    CliRun missing = CliRun.of("events", "--store", dir.resolve("nothing.db").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.out()).isEmpty();
    assertThat(missing.err()).matches("herald: no store at .*nothing\\.db; run 'herald ingest' first \\[H-STORE-002\\]\n");

    Path junk = dir.resolve("notes.db");
    Files.writeString(junk, "shopping list: bread, milk\n");
    CliRun corrupt = CliRun.of("ingest", "--store", junk.toString(), dir.resolve("in").toString());
    assertThat(corrupt.code()).isEqualTo(1);
    assertThat(corrupt.err()).endsWith("[H-STORE-004]\n").doesNotContain("\tat ");
    assertThat(corrupt.err().lines()).hasSize(1);
    assertThat(Files.readString(junk)).isEqualTo("shopping list: bread, milk\n");

    CliRun folder = CliRun.of("stats", "--store", dir.toString());
    assertThat(folder.code()).isEqualTo(1);
    assertThat(folder.err()).contains("is a folder").endsWith("[H-STORE-001]\n");
  }
}
