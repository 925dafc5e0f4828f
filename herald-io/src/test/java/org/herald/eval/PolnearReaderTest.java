package org.herald.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.herald.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearReaderTest {
  static final String TEXT = "Mayor Ana Silva said the bridge would reopen.\n\n\u201cWe are ready,\u201d she said, \u201cfor the rain.\u201d\n";
  // offsets: Ana Silva 6-15, said 16-20, content 21-44; quote 1 48-60, she 63-66, said 67-71, quote 2 74-86
  static final String ANN = String.join("\n",
      "T1\tSource 6 15\tAna Silva",
      "T2\tCue 16 20\tsaid",
      "T3\tContent 21 44\tthe bridge would reopen",
      "T4\tAttribution 16 20\tsaid",
      "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
      "T5\tSource 63 66\tshe",
      "T6\tCue 67 71\tsaid",
      "T7\tContent 74 86;48 60\tfor the rain We are ready",
      "T8\tAttribution 67 71\tsaid",
      "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
      "T9\tContent 0 5\tMayor",
      "T10\tCue 6 9\tAna",
      "E3\tAttribution-no-source:T10 Cue:T10 Content:T9",
      "#1\tAnnotatorNotes T1\ta note",
      "T11\tContent 5 9999\tout of range",
      "E4\tAttribution:T4 Content:T11 Cue:T2",
      "garbage line", "");

  @TempDir
  Path dir;

  @Test
  void readsSourceCueAndDiscontinuousContentInTextOrder() {
    List<PolnearAttribution> list = PolnearReader.parse(ANN, TEXT.length());
    assertThat(list).hasSize(3);
    PolnearAttribution second = list.get(1);
    assertThat(second.id()).isEqualTo("E2");
    assertThat(second.source()).containsExactly(Span.of(63, 66));
    assertThat(second.cue()).containsExactly(Span.of(67, 71));
    assertThat(second.content()).containsExactly(Span.of(48, 60), Span.of(74, 86));
    assertThat(list.get(2).source()).isEmpty();
    assertThat(TEXT.substring(6, 15)).isEqualTo("Ana Silva");
    assertThat(TEXT.substring(74, 86)).isEqualTo("for the rain");
  }

  @Test
  void readsTheFirstAnnotatorOfEachArticleAndItsDate() throws IOException {
    Path split = dir.resolve("dev");
    Files.createDirectories(split.resolve("text"));
    Files.createDirectories(split.resolve("attributions"));
    Files.writeString(split.resolve("text/a-story.txt"), TEXT);
    Files.writeString(split.resolve("attributions/a-story_ff01.ann"), "T1\tContent 0 5\tMayor\nE1\tAttribution:T1 Content:T1\n");
    Files.writeString(split.resolve("attributions/a-story_0b2c.ann"), ANN);
    Files.writeString(split.resolve("attributions/no-text_0b2c.ann"), ANN);
    Files.writeString(dir.resolve("metadata.tsv"), "compartment\tfilename\tpublication_date\ndev\ta-story\t2016-09-12\n");
    List<PolnearArticle> articles = PolnearReader.read(split);
    assertThat(articles).hasSize(1);
    PolnearArticle a = articles.get(0);
    assertThat(a.name()).isEqualTo("a-story");
    assertThat(a.annotator()).isEqualTo("0b2c");
    assertThat(a.text()).isEqualTo(TEXT);
    assertThat(a.published()).isEqualTo(LocalDate.of(2016, 9, 12));
    assertThat(a.attributions()).hasSize(3);
  }

  @Test
  void aFolderWithoutTextAndAttributionsIsMissing() {
    assertThatThrownBy(() -> PolnearReader.read(dir.resolve("none"))).isInstanceOf(NoSuchFileException.class);
  }
}
