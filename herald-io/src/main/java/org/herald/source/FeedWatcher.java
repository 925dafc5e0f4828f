package org.herald.source;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.herald.ErrorCodes;
import org.herald.HeraldException;
import org.herald.dedupe.UrlNormalizer;
import org.herald.model.RawDocument;

/**
 * Polls feeds (http(s) URLs or files) and hands on only the items not seen before (issue 7, {@code herald
 * watch}). URLs are fetched conditionally, so an unchanged feed costs a 304. An item is known by its normalised
 * link, else by a hash of its XML; the keys seen are kept in a state file (one a line, the most recent 50,000),
 * rewritten through a temporary file and a rename. An item counts as seen only once {@link #markSeen} is called,
 * after it was written, so an interrupted run picks it up again. Not thread-safe.
 */
public final class FeedWatcher {
  /** Keys remembered; old ones fall off (a feed rarely brings back an item that old). */
  private static final int MAX_KEYS = 50_000;

  private final List<String> feeds;
  private final Fetcher fetcher;
  private final Path stateFile;
  private final LinkedHashSet<String> seen = new LinkedHashSet<>();
  private boolean dirty;
  private final List<Fetched> uncommitted = new ArrayList<>();

  /**
   * A watcher over {@code feeds}, remembering what it has seen in {@code stateFile} (null: in memory only).
   *
   * @throws HeraldException when the state file exists but cannot be read
   */
  public FeedWatcher(List<String> feeds, Fetcher fetcher, Path stateFile) {
    this.feeds = List.copyOf(feeds);
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.stateFile = stateFile;
    if (stateFile != null && Files.exists(stateFile)) {
      try {
        for (String line : Files.readAllLines(stateFile, StandardCharsets.UTF_8)) {
          if (!line.isBlank() && !line.startsWith("#")) {
            seen.add(line.strip());
          }
        }
      } catch (IOException e) {
        throw new HeraldException(ErrorCodes.INPUT_UNREADABLE, "cannot read watch state " + stateFile + ": "
            + e.getMessage());
      }
    }
  }

  /** The state file in the user's cache folder used when none is named. */
  public static Path defaultStateFile() {
    return FetchOptions.cacheFolder().resolve("watch-state.txt");
  }

  /**
   * One poll of every feed: the items not seen before, in feed order, and a failed read for each feed that
   * could not be fetched or read. Items appearing twice (in two feeds) are handed on once.
   */
  public List<Read> poll() {
    uncommitted.clear();
    List<Read> out = new ArrayList<>();
    java.util.Set<String> thisPoll = new java.util.HashSet<>();
    for (String feed : feeds) {
      List<Read> items;
      try {
        items = items(feed);
      } catch (HeraldException e) {
        out.add(Read.failed(feed, e));
        continue;
      }
      for (Read r : items) {
        if (!r.isOk()) {
          out.add(r);
          continue;
        }
        String key = key(r.document());
        if (!seen.contains(key) && thisPoll.add(key)) {
          out.add(r);
        }
      }
    }
    return out;
  }

  private List<Read> items(String feed) {
    if (Fetcher.isUrl(feed)) {
      URI uri = Fetcher.parse(feed);
      Fetched f = fetcher.fetch(uri, true);
      if (f.isNotModified()) {
        return List.of();
      }
      if (!f.isFeed()) {
        throw new HeraldException(ErrorCodes.INPUT_BINARY, feed + " is not an RSS or Atom feed");
      }
      uncommitted.add(f);
      return f.documents();
    }
    Path p = Path.of(feed);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(p);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new HeraldException(ErrorCodes.INPUT_MISSING, "no such file: " + feed);
    } catch (IOException e) {
      throw new HeraldException(ErrorCodes.INPUT_UNREADABLE, "cannot read " + feed + ": " + e.getMessage());
    }
    if (!FeedReader.isFeed(bytes, p.getFileName().toString())) {
      throw new HeraldException(ErrorCodes.INPUT_BINARY, feed + " is not an RSS or Atom feed");
    }
    return FeedReader.read(bytes, feed, feed);
  }

  /** The key an item is remembered by: its normalised link, else its id. */
  public static String key(RawDocument d) {
    String url = UrlNormalizer.normalize(d.url());
    return url != null ? url : "id:" + d.id();
  }

  /** Marks {@code r}'s item as seen (it was written); call {@link #save} to keep it. */
  public void markSeen(Read r) {
    if (r.isOk()) {
      String key = key(r.document());
      seen.remove(key);
      seen.add(key);
      dirty = true;
      if (seen.size() > MAX_KEYS) {
        Iterator<String> it = seen.iterator();
        it.next();
        it.remove();
      }
    }
  }

  /** How many item keys are remembered. */
  public int seenCount() {
    return seen.size();
  }

  /**
   * Ends a poll whose new items were all handled: remembers the feeds' validators, so the next poll of an
   * unchanged feed costs a 304, and saves the state. After an interrupted poll call {@link #save} only: the
   * next poll then reads the feeds in full and hands on the items not yet marked.
   */
  public void commit() {
    for (Fetched f : uncommitted) {
      fetcher.remember(f);
    }
    uncommitted.clear();
    save();
  }

  /** Writes the state file if anything changed. */
  public void save() {
    if (stateFile == null || !dirty) {
      return;
    }
    List<String> lines = new ArrayList<>(seen.size() + 1);
    lines.add("# Herald watch state v1: one seen feed item a line (normalised link, or id:HASH)");
    lines.addAll(seen);
    try {
      if (stateFile.getParent() != null) {
        Files.createDirectories(stateFile.getParent());
      }
      Path tmp = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
      Files.write(tmp, lines, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING);
      }
      dirty = false;
    } catch (IOException e) {
      throw new HeraldException(ErrorCodes.OUTPUT, "cannot write watch state " + stateFile + ": " + e.getMessage());
    }
  }
}
