package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input corpus: binary files, broken HTML, wrong encodings, empty and huge inputs. Every build runs
 * it: no input may crash the CLI or print a stack trace.
 */
class HostileInputTest {
  @TempDir
  static Path dir;

  @BeforeAll
  static void writeCorpus() throws IOException {
    Random random = new Random(42);
    byte[] noise = new byte[4096];
    random.nextBytes(noise);
    Files.write(dir.resolve("noise.txt"), noise);
    Files.write(dir.resolve("gzip.html"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0, 0});
    Files.writeString(dir.resolve("broken.html"),
        "<html><body><p>Unclosed <b>bold <div><table><tr><td>cell</p></b><p>Talks in Oslo &amp c"
            + "<script>while(true){}</script><<<>>>&#xZZ;&#99999999;</td></html");
    Files.writeString(dir.resolve("deep.html"), "<div>".repeat(5000) + "Deep text." + "</div>".repeat(5000));
    Files.write(dir.resolve("latin1.txt"), "Le président a parlé à Genève.".getBytes(Charset.forName("ISO-8859-1")));
    Files.write(dir.resolve("utf16.txt"), "\uFEFFTalks in Oslo.".getBytes(StandardCharsets.UTF_16));
    Files.writeString(dir.resolve("empty.txt"), "");
    Files.writeString(dir.resolve("blank.txt"), " \n\n \t\n");
    Files.writeString(dir.resolve("controls.txt"), "Talks\u0000\u0001 in\u0007 Oslo.");
    Files.writeString(dir.resolve("long-line.txt"), "word ".repeat(200_000));
    Files.writeString(dir.resolve("punctuation.txt"), "“”‘’\"\"''.,;:!?()[]—–-…".repeat(2000));
    Files.writeString(dir.resolve("quotes.txt"), "He said “".repeat(3000));
  }

  @Test
  void everyHostileInputGivesOneLineErrorsOrOutputButNeverAStackTrace() {
    CliRun r = CliRun.of("extract", dir.toString());
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.err().lines()).allMatch(l -> l.startsWith("herald: "));
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("noise.txt is a binary file", "gzip.html is a binary file", "empty.txt is empty",
        "blank.txt holds no text", "controls.txt is a binary file");
    // the rest were extracted
    assertThat(r.out().lines().count()).isEqualTo(7);
    assertThat(r.out()).contains("Talks in Oslo").contains("Le président a parlé à Genève.").contains("Deep text.");
  }
}
