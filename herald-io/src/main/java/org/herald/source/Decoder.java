package org.herald.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.herald.ErrorCodes;
import org.herald.HeraldException;
import org.herald.model.MediaType;
import org.herald.model.Problem;

/**
 * Turns the bytes of one input into text: rejects binary data, honours a byte-order mark or an HTML charset
 * declaration, decodes UTF-8 strictly and falls back to Windows-1252 (recording a problem) when the bytes are
 * not UTF-8. Stateless and thread-safe.
 */
public final class Decoder {
  /** How much of the start of an input is sniffed for binary data and markup. */
  private static final int SNIFF = 8192;

  /** Decoded text with what was learnt on the way. */
  public record Decoded(String text, MediaType mediaType, List<Problem> problems) {
  }

  private Decoder() {
  }

  /**
   * Decodes {@code bytes}.
   *
   * @param nameHint a file name or URL path used to tell HTML from text, or null
   * @throws HeraldException {@link ErrorCodes#INPUT_EMPTY} when there is no text, {@link ErrorCodes#INPUT_BINARY}
   *     when the bytes are not text
   */
  public static Decoded decode(byte[] bytes, String nameHint, String origin) {
    return decode(bytes, nameHint, origin, null, null);
  }

  /**
   * Decodes {@code bytes} that came with an HTTP {@code Content-Type}: its charset outranks the page's own
   * declaration (the HTML standard's order: byte-order mark, transport header, then {@code <meta>}).
   *
   * @param headerCharset the charset the header names, or null
   * @param headerType the media type the header names, or null to sniff
   */
  public static Decoded decode(byte[] bytes, String nameHint, String origin, Charset headerCharset,
      MediaType headerType) {
    if (bytes.length == 0) {
      throw new HeraldException(ErrorCodes.INPUT_EMPTY, origin + " is empty");
    }
    List<Problem> problems = new ArrayList<>();
    Charset bom = bomCharset(bytes);
    if (bom == null && looksBinary(bytes)) {
      throw new HeraldException(ErrorCodes.INPUT_BINARY, origin + " is a binary file, not an article");
    }
    MediaType type = headerType != null ? headerType : mediaType(bytes, nameHint);
    String text;
    if (bom != null) {
      int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
      text = new String(bytes, skip, bytes.length - skip, bom);
    } else {
      Charset declared = headerCharset != null ? headerCharset
          : type == MediaType.HTML ? declaredCharset(bytes) : null;
      if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
        text = new String(bytes, declared);
      } else {
        try {
          text = StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
          text = new String(bytes, Charset.forName("windows-1252"));
          problems.add(Problem.of("H-INPUT-011", "not valid UTF-8; read as Windows-1252"));
        }
      }
    }
    if (text.isBlank()) {
      throw new HeraldException(ErrorCodes.INPUT_EMPTY, origin + " holds no text");
    }
    return new Decoded(text, type, problems);
  }

  private static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** NUL bytes, or many control bytes, in the first 8 KB mean binary data. */
  static boolean looksBinary(byte[] b) {
    int n = Math.min(b.length, SNIFF);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if (c == 0) {
        return true;
      }
      if (c < 0x09 || (c > 0x0d && c < 0x20 && c != 0x1b)) {
        control++;
      }
    }
    return control > n / 10 + 1;
  }

  private static MediaType mediaType(byte[] bytes, String nameHint) {
    if (nameHint != null) {
      String lower = nameHint.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
        return MediaType.HTML;
      }
      if (lower.endsWith(".txt") || lower.endsWith(".text")) {
        return MediaType.TEXT;
      }
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
        && head.contains("<html") || head.contains("<body") || head.contains("<head>")) {
      return MediaType.HTML;
    }
    return MediaType.TEXT;
  }

  /** The charset an HTML page declares in its first 8 KB ({@code <meta charset>}), or null. */
  private static Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    int k = head.indexOf("charset=");
    if (k < 0) {
      return null;
    }
    int s = k + 8;
    while (s < head.length() && (head.charAt(s) == '"' || head.charAt(s) == '\'' || head.charAt(s) == ' ')) {
      s++;
    }
    int e = s;
    while (e < head.length() && (Character.isLetterOrDigit(head.charAt(e)) || head.charAt(e) == '-'
        || head.charAt(e) == '_')) {
      e++;
    }
    try {
      return e > s ? Charset.forName(head.substring(s, e)) : null;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
      return null;
    }
  }

}
