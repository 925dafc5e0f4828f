package org.herald.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.herald.model.RawDocument;
import org.herald.source.FileSource;
import org.herald.source.Read;

/** Loads a folder of articles into memory for a benchmark. */
public final class Corpus {
  private Corpus() {
  }

  /**
   * The articles of {@code dir} (recursively, .txt and .html, in name order) whose file name passes
   * {@code accept}, at most {@code limit} of them (0: all).
   *
   * @throws IllegalArgumentException when the folder holds no readable article, naming it
   */
  public static List<RawDocument> load(Path dir, int limit, Predicate<String> accept) {
    List<String> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).filter(p -> accept.test(p.getFileName().toString()))
          .filter(p -> p.getFileName().toString().matches("(?i).*\\.(txt|html?)$")).sorted()
          .map(Path::toString).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    List<RawDocument> docs = new ArrayList<>();
    for (Read read : new FileSource(files, java.io.InputStream.nullInputStream(), FileSource.DEFAULT_MAX_BYTES)) {
      if (limit > 0 && docs.size() >= limit) {
        break;
      }
      if (read.isOk()) {
        docs.add(read.document());
      }
    }
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("no readable articles (.txt, .html) in " + dir.toAbsolutePath());
    }
    return docs;
  }

  /** The articles of {@code dir}, at most {@code limit} (0: all). */
  public static List<RawDocument> load(Path dir, int limit) {
    return load(dir, limit, name -> !name.equalsIgnoreCase("README.TXT"));
  }
}
