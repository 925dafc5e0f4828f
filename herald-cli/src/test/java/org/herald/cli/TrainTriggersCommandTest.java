package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code herald train triggers} and its WordNet expansion (issue 6, trigger coverage). */
class TrainTriggersCommandTest {
  private static String bundledHand;
  private static String bundledGenerated;

  @TempDir
  Path dir;

  @BeforeAll
  static void readBundled() throws IOException {
    bundledHand = resource("/org/herald/resources/event-verbs-v1.tsv");
    bundledGenerated = resource("/org/herald/resources/" + TrainTriggersCommand.GENERATED);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = TrainTriggersCommandTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> entries(String generated) {
    return generated.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
  }

  @Test
  void rebuildsTheBundledWordNetLexiconByteIdentically() {
    assertThat(TrainTriggersCommand.generate(bundledHand.getBytes(StandardCharsets.UTF_8)))
        .as("rerun ./herald train triggers --out herald-core/src/main/resources/org/herald/resources/"
            + TrainTriggersCommand.GENERATED)
        .isEqualTo(bundledGenerated);
  }

  @Test
  void neverProposesAStoppedWordOrAWordTheHandWrittenLexiconStartsAPatternWith() {
    Set<String> handFirst = new HashSet<>();
    for (String l : bundledHand.lines().toList()) {
      if (!l.startsWith("#") && !l.isBlank()) {
        handFirst.addAll(List.of(l.split("\t")[0].strip().split("\\s+")[0].split("\\|")));
      }
    }
    List<String> lemmas = entries(bundledGenerated).stream().map(l -> l.split("\t")[0]).toList();
    assertThat(lemmas).isNotEmpty().allMatch(TriggerExpander::isWord)
        .noneMatch(handFirst::contains).noneMatch(TriggerExpander.STOP::contains)
        .noneMatch(TriggerExpander.REVIEWED_OUT::contains);
  }

  @Test
  void expandsASeedThroughItsFirstSenseAndDropsAWordTwoRootsWant() throws Exception {
    TriggerExpander x = new TriggerExpander(TriggerExpander.bundledWordNet());
    List<TriggerExpander.Entry> one = x.expand(List.of("ridicule\t111\tVT"));
    assertThat(one).anySatisfy(e -> {
      assertThat(e.lemma()).isEqualTo("lampoon");
      assertThat(e.code()).isEqualTo("111");
      assertThat(e.kind()).isEqualTo("VT");
    });
    // the seed itself is hand-written, so never proposed again
    assertThat(one).extracting(TriggerExpander.Entry::lemma).doesNotContain("ridicule");
    // "lampoon" written by hand with another code: the hand-written one wins, nothing is generated for it
    assertThat(x.expand(List.of("ridicule\t111\tVT", "lampoon\t190\tV")))
        .extracting(TriggerExpander.Entry::lemma).doesNotContain("lampoon");
    // two roots propose the same synonym: ambiguous, dropped
    assertThat(x.expand(List.of("satirize\t190\tVT"))).extracting(TriggerExpander.Entry::lemma).contains("lampoon");
    assertThat(x.expand(List.of("ridicule\t111\tVT", "satirize\t190\tVT")))
        .extracting(TriggerExpander.Entry::lemma).doesNotContain("lampoon");
  }

  @Test
  void writesTheFileAndPrintsTheFigureLine() throws IOException {
    Path lexicon = dir.resolve("verbs.tsv");
    Files.writeString(lexicon, "# one seed\nridicule\t111\tVT\n");
    Path out = dir.resolve("out.tsv");
    CliRun r = CliRun.of("train", "triggers", "--lexicon", lexicon.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String text = Files.readString(out);
    assertThat(text).startsWith("# Herald event trigger patterns from WordNet, version 1").contains("\nlampoon\t111\tVT\t");
    assertThat(r.out().strip()).isEqualTo("triggers-train seeds_file=" + lexicon + " entries=" + entries(text).size());
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("verbs.tsv", "out.tsv");
    }
  }
}
