package org.herald.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herald.model.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourceTest {
  @TempDir
  Path dir;

  private static List<Read> readAll(FileSource source) {
    List<Read> out = new ArrayList<>();
    source.forEach(out::add);
    return out;
  }

  @Test
  void walksFoldersInNameOrderReadingArticleFilesOnly() throws IOException {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/2.txt"), "Second.");
    Files.writeString(dir.resolve("1.html"), "<p>First.</p>");
    Files.writeString(dir.resolve("notes.md"), "not an article");
    Files.writeString(dir.resolve(".hidden.txt"), "hidden");
    List<Read> reads = readAll(Sources.files(List.of(dir.toString()), InputStream()));
    assertThat(reads).extracting(r -> Path.of(r.origin()).getFileName().toString()).containsExactly("1.html", "2.txt");
    assertThat(reads.get(0).document().mediaType()).isEqualTo(MediaType.HTML);
    assertThat(reads.get(1).document().content()).isEqualTo("Second.");
  }

  @Test
  void reportsABadFileAndGoesOnWithTheRest() throws IOException {
    Files.write(dir.resolve("a.txt"), new byte[] {1, 0, 2, 0, 3});
    Files.writeString(dir.resolve("b.txt"), "Fine.");
    List<Read> reads = readAll(Sources.files(List.of(dir.toString(), dir.resolve("missing.txt").toString()), InputStream()));
    assertThat(reads).extracting(Read::isOk).containsExactly(false, true, false);
    assertThat(reads.get(0).error().code()).isEqualTo("H-INPUT-002");
    assertThat(reads.get(2).error().code()).isEqualTo("H-INPUT-001");
  }

  @Test
  void refusesFilesOverTheSizeLimit() throws IOException {
    Files.writeString(dir.resolve("big.txt"), "x".repeat(2000));
    List<Read> reads = readAll(new FileSource(List.of(dir.resolve("big.txt").toString()), InputStream(), 1000));
    assertThat(reads.get(0).error().code()).isEqualTo("H-INPUT-005");
  }

  @Test
  void readsStandardInputForADash() {
    ByteArrayInputStream in = new ByteArrayInputStream("From a pipe.".getBytes(StandardCharsets.UTF_8));
    List<Read> reads = readAll(Sources.files(List.of("-"), in));
    assertThat(reads.get(0).document().content()).isEqualTo("From a pipe.");
    assertThat(reads.get(0).document().path()).isNull();
  }

  @Test
  void givesTheSameIdToTheSameContent() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Same words.");
    Files.writeString(dir.resolve("b.txt"), "Same words.");
    List<Read> reads = readAll(Sources.files(List.of(dir.toString()), InputStream()));
    assertThat(reads.get(0).document().id()).isEqualTo(reads.get(1).document().id()).hasSize(16);
  }

  private static ByteArrayInputStream InputStream() {
    return new ByteArrayInputStream(new byte[0]);
  }
}
