package org.herald.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Stream;
import org.herald.ErrorCodes;
import org.herald.HeraldException;
import org.herald.model.RawDocument;

/**
 * Reads articles from files, folders (recursively, in name order, article extensions only) and standard input
 * ({@code -}). Each input becomes one {@link Read}; an input that cannot be read becomes a failed read and the
 * rest go on. Files are read lazily, one at a time. Not thread-safe.
 */
public final class FileSource implements Iterable<Read> {
  /** Files larger than this are refused: no news article is that long. */
  public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;
  /** Extensions read when walking a folder; files named explicitly are always read. */
  private static final List<String> ARTICLE_EXTENSIONS = List.of(".txt", ".text", ".html", ".htm", ".xhtml",
      ".rss", ".atom", ".warc", ".warc.gz", ".jsonl", ".ndjson");

  private final List<String> inputs;
  private final InputStream stdin;
  private final long maxBytes;
  private final java.util.function.Supplier<Fetcher> fetcher;

  /**
   * A source over {@code inputs}: file or folder paths, or {@code -} for {@code stdin}.
   *
   * @param maxBytes the largest input accepted, in bytes
   */
  public FileSource(List<String> inputs, InputStream stdin, long maxBytes) {
    this(inputs, stdin, maxBytes, null);
  }

  /**
   * A source over {@code inputs} that may also name http(s) URLs, fetched with the fetcher {@code fetcher}
   * supplies (asked once, when the first URL comes up; null for a polite fetcher with default options).
   */
  public FileSource(List<String> inputs, InputStream stdin, long maxBytes, java.util.function.Supplier<Fetcher> fetcher) {
    this.inputs = List.copyOf(inputs);
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.maxBytes = maxBytes;
    this.fetcher = memo(fetcher != null ? fetcher
        : () -> new Fetcher(FetchOptions.defaults().withMaxBytes(maxBytes)));
  }

  private static java.util.function.Supplier<Fetcher> memo(java.util.function.Supplier<Fetcher> s) {
    Fetcher[] made = new Fetcher[1];
    return () -> made[0] == null ? (made[0] = s.get()) : made[0];
  }

  @Override
  public Iterator<Read> iterator() {
    return new Iterator<>() {
      private int next;
      private final List<Object> pending = new ArrayList<>(); // Path, Read, or Iterator<Read> (an archive)

      @Override
      public boolean hasNext() {
        while (true) {
          while (pending.isEmpty() && next < inputs.size()) {
            expand(inputs.get(next++));
          }
          if (pending.isEmpty()) {
            return false;
          }
          if (pending.get(0) instanceof Path p && isArchive(p)) {
            pending.set(0, archive(p));
          }
          if (pending.get(0) instanceof Iterator<?> it && !it.hasNext()) {
            pending.remove(0);
            continue;
          }
          return true;
        }
      }

      @Override
      public Read next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        if (pending.get(0) instanceof Iterator<?> it) {
          return (Read) it.next();
        }
        Object o = pending.remove(0);
        if (o instanceof Read r) {
          return r;
        }
        List<Read> reads = read((Path) o);
        pending.addAll(0, reads.subList(1, reads.size()));
        return reads.get(0);
      }

      private void expand(String input) {
        if (input.equals("-")) {
          pending.addAll(readStdin());
          return;
        }
        if (Fetcher.isUrl(input)) {
          pending.addAll(fetch(input));
          return;
        }
        Path p;
        try {
          p = Path.of(input);
        } catch (java.nio.file.InvalidPathException e) {
          pending.add(Read.failed(input, new HeraldException(ErrorCodes.INPUT_MISSING, "no such file: " + input)));
          return;
        }
        if (Files.isDirectory(p)) {
          try (Stream<Path> walk = Files.walk(p)) {
            walk.filter(Files::isRegularFile).filter(FileSource::isArticleFile).sorted().forEach(pending::add);
          } catch (IOException | RuntimeException e) {
            pending.add(Read.failed(input,
                new HeraldException(ErrorCodes.INPUT_UNREADABLE, "cannot list folder " + input + ": " + e.getMessage())));
          }
        } else if (Files.exists(p)) {
          pending.add(p);
        } else {
          pending.add(Read.failed(input, new HeraldException(ErrorCodes.INPUT_MISSING, "no such file: " + input)));
        }
      }
    };
  }

  /** The documents at a URL: a page, or a feed's items; a failed read when the fetch fails. */
  private List<Read> fetch(String input) {
    try {
      List<Read> reads = fetcher.get().fetch(Fetcher.parse(input)).documents();
      return reads.isEmpty() ? List.of(Read.failed(input,
          new HeraldException(ErrorCodes.INPUT_EMPTY, input + " holds no items"))) : reads;
    } catch (HeraldException e) {
      return List.of(Read.failed(input, e));
    }
  }

  /** Whether {@code p} is read record by record (WARC, JSON Lines) rather than as one article. */
  private static boolean isArchive(Path p) {
    String name = p.getFileName().toString();
    return WarcSource.isWarc(name) || JsonLinesSource.isJsonLines(name);
  }

  private Iterator<Read> archive(Path p) {
    String name = p.getFileName().toString();
    return WarcSource.isWarc(name) ? new WarcSource(p, maxBytes) : new JsonLinesSource(p);
  }

  private static boolean isArticleFile(Path p) {
    return isArticleName(p.getFileName().toString());
  }

  /**
   * Whether a file called {@code fileName} is read when walking a folder: not hidden, with an article extension.
   * Public for the stream job's folder walk (issue 10).
   */
  public static boolean isArticleName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.startsWith(".")) {
      return false;
    }
    return ARTICLE_EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  private List<Read> read(Path p) {
    String origin = p.toString();
    try {
      long size = Files.size(p);
      if (size > maxBytes) {
        throw new HeraldException(ErrorCodes.INPUT_TOO_LARGE,
            origin + " is " + size / (1024 * 1024) + " MB, over the " + maxBytes / (1024 * 1024) + " MB limit");
      }
      byte[] bytes = Files.readAllBytes(p);
      return documents(bytes, origin, p.getFileName().toString(), origin, origin);
    } catch (HeraldException e) {
      return List.of(Read.failed(origin, e));
    } catch (NoSuchFileException e) {
      return List.of(Read.failed(origin, new HeraldException(ErrorCodes.INPUT_MISSING, "no such file: " + origin)));
    } catch (AccessDeniedException e) {
      return List.of(Read.failed(origin,
          new HeraldException(ErrorCodes.INPUT_UNREADABLE, "permission denied: " + origin)));
    } catch (IOException e) {
      return List.of(Read.failed(origin, new HeraldException(ErrorCodes.INPUT_UNREADABLE,
          "cannot read " + origin + ": " + e.getMessage())));
    }
  }

  /** The documents in one input's bytes: the items of a feed, else the one article the bytes are. */
  static List<Read> documents(byte[] bytes, String path, String name, String origin, String describedAs) {
    if (bytes.length > 0 && FeedReader.isFeed(bytes, name)) {
      return FeedReader.read(bytes, path, origin);
    }
    return List.of(Read.ok(origin, document(bytes, path, name, describedAs)));
  }

  private List<Read> readStdin() {
    try {
      byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new HeraldException(ErrorCodes.INPUT_TOO_LARGE, "standard input is over the "
            + maxBytes / (1024 * 1024) + " MB limit");
      }
      return documents(bytes, null, null, "-", "standard input");
    } catch (HeraldException e) {
      return List.of(Read.failed("-", e));
    } catch (IOException e) {
      return List.of(Read.failed("-", new HeraldException(ErrorCodes.INPUT_UNREADABLE, "cannot read standard input")));
    }
  }

  /** Decodes {@code bytes} into a raw document whose id is a hash of the bytes. */
  static RawDocument document(byte[] bytes, String path, String name, String origin) {
    Decoder.Decoded d = Decoder.decode(bytes, name, origin);
    return new RawDocument(contentId(bytes), path, null, null, null, d.text(), d.mediaType(), d.problems());
  }

  /** A stable id for content: the first 16 hex digits of its SHA-256. */
  public static String contentId(byte[] bytes) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
