package org.herald.stage.clean;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.herald.model.MediaType;
import org.herald.model.RawDocument;
import org.herald.pipeline.Resources;
import org.jsoup.Jsoup;

/**
 * A tuning tool for the HTML cleaner (issue 7): over a folder of Readability-style pages ({@code ID/source.html}
 * with the expected article in {@code ID/expected.html}), counts the characters of blocks by what the cleaner did
 * with them (kept, dropped inside the container, outside it), their kind, and whether the expected article holds
 * them. Not a unit test; run it by hand on a dev set, never on a test set:
 *
 * <pre>java -cp ... org.herald.stage.clean.HtmlTrace DIR [ID]</pre>
 *
 * With an ID it prints every block of that page.
 */
public final class HtmlTrace {
  private HtmlTrace() {
  }

  public static void main(String[] args) throws IOException {
    HtmlCleaner cleaner = new HtmlCleaner(new Boilerplate(Resources.classpath().lines("boilerplate-v2.txt")));
    Map<String, long[]> stats = new TreeMap<>();
    try (Stream<Path> list = Files.list(Path.of(args[0]))) {
      for (Path dir : list.sorted().toList()) {
        String id = dir.getFileName().toString();
        Path source = dir.resolve("source.html");
        if (!Files.isRegularFile(source) || args.length > 1 && !id.equals(args[1])) {
          continue;
        }
        String gold = collapse(Jsoup.parse(Files.readString(dir.resolve("expected.html"))).text());
        RawDocument raw = new RawDocument(id, null, null, null, null, Files.readString(source), MediaType.HTML,
            List.of());
        cleaner.clean(raw, (b, inContainer, kept) -> {
          String t = b.text();
          boolean inGold = !t.isEmpty() && gold.contains(collapse(t));
          String key = (kept ? "kept " : inContainer ? "dropped " : "outside ") + b.kind + (inGold ? " gold" : " not-gold");
          long[] s = stats.computeIfAbsent(key, k -> new long[2]);
          s[0] += t.length();
          s[1]++;
          if (args.length > 1) {
            System.out.println(key + "\t<" + b.element.normalName() + " class=" + b.element.className() + ">\t"
                + t.substring(0, Math.min(120, t.length())));
          }
        });
      }
    }
    stats.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-26s chars=%8d blocks=%6d%n", k, v[0], v[1]));
  }

  private static String collapse(String s) {
    return String.join(" ", s.strip().split("\\s+"));
  }
}
