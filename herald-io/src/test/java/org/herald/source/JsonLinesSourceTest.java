package org.herald.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.herald.model.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesSourceTest {
  @TempDir
  Path dir;

  @Test
  void readsTextAndHtmlArticlesAndReportsBadLinesByNumber() throws Exception {
    Path file = dir.resolve("articles.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\":\"a1\",\"url\":\"https://example.org/a1\",\"title\":\"Dam opens\",\"published\":\"2024-06-17\","
            + "\"text\":\"The new dam opened on Monday.\"}",
        "not json at all",
        "",
        "{\"title\":\"No body\"}",
        "{\"html\":\"<p>The canal reopened to barges.</p>\",\"published\":\"2024-06-18T09:00:00Z\"}"));
    List<Read> reads = new ArrayList<>();
    Sources.files(List.of(file.toString()), java.io.InputStream.nullInputStream()).forEach(reads::add);
    assertThat(reads).hasSize(4);
    assertThat(reads.get(0).document().id()).isEqualTo("a1");
    assertThat(reads.get(0).document().title()).isEqualTo("Dam opens");
    assertThat(reads.get(0).document().published()).isEqualTo(LocalDate.of(2024, 6, 17));
    assertThat(reads.get(1).isOk()).isFalse();
    assertThat(reads.get(1).origin()).endsWith(":2");
    assertThat(reads.get(2).isOk()).isFalse();
    assertThat(reads.get(2).origin()).endsWith(":4");
    assertThat(reads.get(3).document().mediaType()).isEqualTo(MediaType.HTML);
    assertThat(reads.get(3).document().published()).isEqualTo(LocalDate.of(2024, 6, 18));
  }
}
