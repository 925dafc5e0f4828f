package org.herald.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.herald.model.Span;

/**
 * Reads one split of the PolNeAR corpus (Newell, Margolin and Ruths, LREC 2018): a folder with {@code text/<article>.txt}
 * and {@code attributions/<article>_<annotator>.ann} (brat standoff), and {@code metadata.tsv} beside the folder
 * when present (for publication dates).
 *
 * <p>Some articles were annotated by several annotators (for agreement). The rule, so that every run scores
 * the same gold: the file of the annotator whose id sorts first (plain string order) is read, the others
 * ignored. Articles without an {@code .ann} file are skipped.
 *
 * <p>brat lines read: {@code T<n>\t<Type> <start> <end>[;<start> <end>…]\t<text>} for the types
 * {@code Source}, {@code Cue} and {@code Content}, and {@code E<n>\t<Trigger>:T<a> Content:T<c> Cue:T<q>
 * [Source:T<s>]}, whose argument roles are read by their prefix ({@code Content2} is a second content). Other
 * and malformed lines are ignored; a relation without a content is dropped. Stateless and thread-safe.
 */
public final class PolnearReader {
  private PolnearReader() {
  }

  /** The articles of split folder {@code dir}, sorted by name. */
  public static List<PolnearArticle> read(Path dir) throws IOException {
    Path texts = dir.resolve("text");
    Path anns = dir.resolve("attributions");
    if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
      throw new java.nio.file.NoSuchFileException(dir + " (expected text/ and attributions/ folders)");
    }
    Map<String, Path> chosen = new TreeMap<>();
    Map<String, String> annotator = new HashMap<>();
    try (Stream<Path> files = Files.list(anns)) {
      for (Path p : (Iterable<Path>) files.sorted()::iterator) {
        String file = p.getFileName().toString();
        int us = file.lastIndexOf('_');
        if (!file.endsWith(".ann") || us <= 0) {
          continue;
        }
        String article = file.substring(0, us);
        String who = file.substring(us + 1, file.length() - 4);
        String had = annotator.get(article);
        if (had == null || who.compareTo(had) < 0) {
          annotator.put(article, who);
          chosen.put(article, p);
        }
      }
    }
    Map<String, LocalDate> dates = dates(dir.toAbsolutePath().getParent());
    List<PolnearArticle> out = new ArrayList<>(chosen.size());
    for (Map.Entry<String, Path> e : chosen.entrySet()) {
      Path txt = texts.resolve(e.getKey() + ".txt");
      if (!Files.isRegularFile(txt)) {
        continue;
      }
      String text = Files.readString(txt, StandardCharsets.UTF_8);
      String ann = Files.readString(e.getValue(), StandardCharsets.UTF_8);
      out.add(new PolnearArticle(e.getKey(), annotator.get(e.getKey()), text, dates.get(e.getKey()),
          parse(ann, text.length())));
    }
    return List.copyOf(out);
  }

  /** The attributions of one {@code .ann} file's content; spans outside [0, textLength] are dropped. */
  public static List<PolnearAttribution> parse(String ann, int textLength) {
    Map<String, List<Span>> bound = new HashMap<>();
    List<String[]> relations = new ArrayList<>();
    for (String line : ann.split("\r?\n")) {
      String[] cols = line.split("\t");
      if (cols.length < 2 || cols[0].isEmpty()) {
        continue;
      }
      if (cols[0].charAt(0) == 'T') {
        List<Span> spans = spans(cols[1], textLength);
        if (spans != null) {
          bound.put(cols[0], spans);
        }
      } else if (cols[0].charAt(0) == 'E') {
        relations.add(new String[] {cols[0], cols[1]});
      }
    }
    List<PolnearAttribution> out = new ArrayList<>(relations.size());
    for (String[] r : relations) {
      List<Span> source = new ArrayList<>();
      List<Span> cue = new ArrayList<>();
      List<Span> content = new ArrayList<>();
      for (String arg : r[1].trim().split(" +")) {
        int colon = arg.indexOf(':');
        if (colon <= 0) {
          continue;
        }
        List<Span> spans = bound.get(arg.substring(colon + 1));
        if (spans == null) {
          continue;
        }
        String role = arg.substring(0, colon);
        if (role.startsWith("Source")) {
          source.addAll(spans);
        } else if (role.startsWith("Cue")) {
          cue.addAll(spans);
        } else if (role.startsWith("Content")) {
          content.addAll(spans);
        }
      }
      if (!content.isEmpty()) {
        source.sort(java.util.Comparator.comparingInt(Span::start));
        cue.sort(java.util.Comparator.comparingInt(Span::start));
        content.sort(java.util.Comparator.comparingInt(Span::start));
        out.add(new PolnearAttribution(r[0], source, cue, content));
      }
    }
    return out;
  }

  /** "Content 10 20;25 30" → its fragments; null when malformed or out of range. */
  private static List<Span> spans(String typeAndOffsets, int textLength) {
    int sp = typeAndOffsets.indexOf(' ');
    if (sp < 0) {
      return null;
    }
    List<Span> out = new ArrayList<>(1);
    for (String frag : typeAndOffsets.substring(sp + 1).split(";")) {
      String[] se = frag.trim().split(" ");
      if (se.length != 2) {
        return null;
      }
      try {
        int s = Integer.parseInt(se[0]);
        int e = Integer.parseInt(se[1]);
        if (s < 0 || e < s || e > textLength) {
          return null;
        }
        out.add(Span.of(s, e));
      } catch (NumberFormatException ex) {
        return null;
      }
    }
    return out;
  }

  /** Publication dates by article name from {@code metadata.tsv} in {@code folder}; empty when absent. */
  private static Map<String, LocalDate> dates(Path folder) throws IOException {
    Map<String, LocalDate> out = new HashMap<>();
    Path meta = folder == null ? null : folder.resolve("metadata.tsv");
    if (meta == null || !Files.isRegularFile(meta)) {
      return out;
    }
    List<String> lines = Files.readAllLines(meta, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      return out;
    }
    List<String> header = List.of(lines.get(0).split("\t"));
    int name = header.indexOf("filename");
    int date = header.indexOf("publication_date");
    if (name < 0 || date < 0) {
      return out;
    }
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t");
      if (cols.length > Math.max(name, date)) {
        try {
          out.put(cols[name], LocalDate.parse(cols[date]));
        } catch (DateTimeParseException e) {
          // "None" or a partial date: leave the article undated
        }
      }
    }
    return out;
  }
}
