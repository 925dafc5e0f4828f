package org.herald.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.herald.HeraldException;
import org.herald.model.MediaType;
import org.junit.jupiter.api.Test;

class DecoderTest {
  @Test
  void refusesEmptyAndBlankInput() {
    assertThatThrownBy(() -> Decoder.decode(new byte[0], "a.txt", "a.txt"))
        .isInstanceOf(HeraldException.class).hasMessage("a.txt is empty");
    assertThatThrownBy(() -> Decoder.decode(" \n\t".getBytes(StandardCharsets.UTF_8), "a.txt", "a.txt"))
        .hasMessage("a.txt holds no text");
  }

  @Test
  void refusesBinaryData() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
    assertThatThrownBy(() -> Decoder.decode(png, "x.txt", "x.txt"))
        .isInstanceOfSatisfying(HeraldException.class, e -> assertThat(e.code()).isEqualTo("H-INPUT-002"));
  }

  @Test
  void fallsBackToWindows1252ForBytesThatAreNotUtf8() {
    byte[] latin = "Café in São Paulo".getBytes(Charset.forName("windows-1252"));
    Decoder.Decoded d = Decoder.decode(latin, "a.txt", "a.txt");
    assertThat(d.text()).isEqualTo("Café in São Paulo");
    assertThat(d.problems()).extracting(p -> p.code()).containsExactly("H-INPUT-011");
  }

  @Test
  void honoursAByteOrderMarkAndAnHtmlCharsetDeclaration() {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'h', 'i'};
    assertThat(Decoder.decode(bom, null, "x").text()).isEqualTo("hi");
    byte[] html = "<html><head><meta charset=\"iso-8859-1\"></head><body>S\u00e3o</body></html>"
        .getBytes(StandardCharsets.ISO_8859_1);
    Decoder.Decoded d = Decoder.decode(html, "page", "page");
    assertThat(d.mediaType()).isEqualTo(MediaType.HTML);
    assertThat(d.text()).contains("São");
  }

  @Test
  void tellsHtmlFromTextByNameThenByContent() {
    byte[] text = "Plain words.".getBytes(StandardCharsets.UTF_8);
    assertThat(Decoder.decode(text, "a.html", "a").mediaType()).isEqualTo(MediaType.HTML);
    assertThat(Decoder.decode(text, null, "a").mediaType()).isEqualTo(MediaType.TEXT);
    byte[] page = "\n <!DOCTYPE html><p>x</p>".getBytes(StandardCharsets.UTF_8);
    assertThat(Decoder.decode(page, null, "a").mediaType()).isEqualTo(MediaType.HTML);
  }
}
