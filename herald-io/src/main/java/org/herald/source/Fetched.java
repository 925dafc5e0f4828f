package org.herald.source;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.herald.ErrorCodes;
import org.herald.HeraldException;
import org.herald.model.MediaType;
import org.herald.model.RawDocument;

/**
 * One successful HTTP fetch: the body of a 200 response, or a 304 (not modified since the validators sent).
 *
 * @param requested the URL asked for
 * @param uri the URL the body came from, after redirects
 * @param status the final HTTP status (200 or 304)
 * @param body the body; empty for a 304
 * @param contentType the {@code Content-Type} header, or null
 * @param etag the {@code ETag} header, or null
 * @param lastModified the {@code Last-Modified} header, or null
 */
public record Fetched(URI requested, URI uri, int status, byte[] body, String contentType, String etag,
                      String lastModified) {
  public Fetched {
    Objects.requireNonNull(requested, "requested");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(body, "body");
  }

  /** Whether the server said the resource is unchanged since the last fetch (HTTP 304). */
  public boolean isNotModified() {
    return status == 304;
  }

  /** The charset the {@code Content-Type} header names, or null when it names none or an unknown one. */
  public Charset charset() {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        String name = p.substring(8).replace("\"", "").replace("'", "").strip();
        try {
          return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return null;
        }
      }
    }
    return null;
  }

  /** Whether the body is an RSS or Atom feed. */
  public boolean isFeed() {
    return body.length > 0 && FeedReader.isFeed(body, uri.getPath());
  }

  /** The media type without parameters, lower-cased, or null. */
  public String mimeType() {
    if (contentType == null) {
      return null;
    }
    String m = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return m.isEmpty() ? null : m;
  }

  /**
   * The documents in the body: the items of a feed, else the one page or text it is (its URL set to where it
   * came from); none for a 304.
   *
   * @throws HeraldException when the body is not an article or a feed (an image, a PDF, binary data, empty)
   */
  public List<Read> documents() {
    if (isNotModified()) {
      return List.of();
    }
    String origin = uri.toString();
    String mime = mimeType();
    if (isFeed()) {
      return FeedReader.read(body, null, origin);
    }
    MediaType type = null;
    if (mime != null) {
      if (mime.equals("text/html") || mime.equals("application/xhtml+xml")) {
        type = MediaType.HTML;
      } else if (mime.equals("text/plain")) {
        type = MediaType.TEXT;
      } else if (!mime.startsWith("text/") && !mime.endsWith("xml")) {
        throw new HeraldException(ErrorCodes.INPUT_BINARY, origin + " is " + mime + ", not an article");
      }
    }
    Decoder.Decoded d = Decoder.decode(body, uri.getPath(), origin, charset(), type);
    RawDocument doc = new RawDocument(FileSource.contentId(body), null, origin, null, null, d.text(), d.mediaType(),
        d.problems());
    return List.of(Read.ok(origin, doc));
  }
}
