package org.herald.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An article as a source read it, before cleaning: content as decoded text plus what the source knew of it.
 * The clean stage turns it into an {@link Article}.
 *
 * @param id stable identifier (a path, URL or content hash); never null
 * @param path the file it came from, or null
 * @param url its URL, or null
 * @param title its title when the source knew it, or null (the cleaner may find one)
 * @param published its publication date when known, or null (the cleaner may find one)
 * @param content the decoded content
 * @param mediaType how to read {@code content}
 * @param problems what went wrong while reading (decoding), possibly empty
 */
public record RawDocument(String id, String path, String url, String title, LocalDate published,
                          String content, MediaType mediaType, List<Problem> problems) {
  public RawDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(mediaType, "mediaType");
    problems = List.copyOf(problems == null ? List.of() : problems);
  }

  /** Plain text with no metadata, mainly for tests and the API. */
  public static RawDocument text(String id, String content) {
    return new RawDocument(id, null, null, null, null, content, MediaType.TEXT, List.of());
  }

  /** A copy with the publication date set (the CLI's {@code --published} overrides what the source found). */
  public RawDocument withPublished(LocalDate date) {
    return new RawDocument(id, path, url, title, date, content, mediaType, problems);
  }
}
