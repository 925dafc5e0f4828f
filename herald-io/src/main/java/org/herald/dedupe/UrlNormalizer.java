package org.herald.dedupe;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Normalises article URLs so that two links to one article compare equal: the scheme and a leading
 * {@code www.} are dropped (an article is the same over http and https), the host is lower-cased, default ports,
 * the fragment, tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid} and the like) and a trailing
 * slash are removed, and dot segments are resolved. Stateless and thread-safe.
 */
public final class UrlNormalizer {
  /** Query parameters that only say where a reader came from (besides every {@code utm_*}). */
  private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
      "yclid", "mc_cid", "mc_eid", "igshid", "_ga", "_gl", "ocid", "cmpid", "ncid", "ito", "sr_share",
      "at_medium", "at_campaign", "smid", "smtyp");

  private UrlNormalizer() {
  }

  /**
   * The normalised form of {@code url}, {@code //host/path?query}; null when {@code url} is null, blank or not
   * an absolute http(s) URL.
   */
  public static String normalize(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    URI u;
    try {
      u = new URI(url.strip()).normalize();
    } catch (URISyntaxException e) {
      return null;
    }
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
      return null;
    }
    String host = u.getHost().toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    StringBuilder b = new StringBuilder("//").append(host);
    int port = u.getPort();
    if (port >= 0 && port != 80 && port != 443) {
      b.append(':').append(port);
    }
    String path = u.getRawPath() == null ? "" : u.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    b.append(path);
    String query = u.getRawQuery();
    if (query != null) {
      StringBuilder q = new StringBuilder();
      for (String param : query.split("&")) {
        if (param.isEmpty()) {
          continue;
        }
        String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
        if (name.startsWith("utm_") || TRACKING.contains(name)) {
          continue;
        }
        q.append(q.length() == 0 ? "?" : "&").append(param);
      }
      b.append(q);
    }
    return b.toString();
  }
}
