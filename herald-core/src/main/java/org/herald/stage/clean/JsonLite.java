package org.herald.stage.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small lenient JSON reader for the JSON-LD blocks of web pages: objects become maps, arrays lists, strings
 * strings, numbers doubles, and bad JSON null. Core has no JSON library, and JSON-LD needs no more. Stateless.
 */
final class JsonLite {
  /** Deeper nesting than this is refused (a hostile page must not exhaust the stack). */
  private static final int MAX_DEPTH = 64;

  private final String s;
  private int i;

  private JsonLite(String s) {
    this.s = s;
  }

  /** The value {@code json} holds, or null when it is not JSON. */
  static Object parse(String json) {
    if (json == null) {
      return null;
    }
    try {
      JsonLite p = new JsonLite(json);
      p.space();
      Object v = p.value(0);
      p.space();
      if (p.i < p.s.length() && p.s.charAt(p.i) == ';') {
        p.i++;
        p.space();
      }
      return p.i == p.s.length() ? v : null;
    } catch (RuntimeException e) {
      return null; // any syntax error: not JSON
    }
  }

  private Object value(int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("too deep");
    }
    char c = s.charAt(i);
    switch (c) {
      case '{' -> {
        i++;
        Map<String, Object> m = new LinkedHashMap<>();
        space();
        if (s.charAt(i) == '}') {
          i++;
          return m;
        }
        while (true) {
          space();
          String key = string();
          space();
          expect(':');
          space();
          m.put(key, value(depth + 1));
          space();
          if (s.charAt(i) == ',') {
            i++;
            continue;
          }
          expect('}');
          return m;
        }
      }
      case '[' -> {
        i++;
        List<Object> l = new ArrayList<>();
        space();
        if (s.charAt(i) == ']') {
          i++;
          return l;
        }
        while (true) {
          space();
          l.add(value(depth + 1));
          space();
          if (s.charAt(i) == ',') {
            i++;
            continue;
          }
          expect(']');
          return l;
        }
      }
      case '"' -> {
        return string();
      }
      default -> {
        int start = i;
        while (i < s.length() && ",}] \t\r\n".indexOf(s.charAt(i)) < 0) {
          i++;
        }
        String word = s.substring(start, i);
        return switch (word) {
          case "true" -> Boolean.TRUE;
          case "false" -> Boolean.FALSE;
          case "null" -> null;
          default -> Double.parseDouble(word);
        };
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder sb = new StringBuilder();
    while (true) {
      char c = s.charAt(i++);
      if (c == '"') {
        return sb.toString();
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = s.charAt(i++);
      switch (e) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'u' -> {
          sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
          i += 4;
        }
        default -> sb.append(e);
      }
    }
  }

  private void expect(char c) {
    if (s.charAt(i) != c) {
      throw new IllegalArgumentException("expected " + c + " at " + i);
    }
    i++;
  }

  private void space() {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
  }
}
