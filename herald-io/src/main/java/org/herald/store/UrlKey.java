package org.herald.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Normalises URLs so one article reached by slightly different URLs is stored once: scheme and {@code www.}
 * dropped, host lower-cased, default port, fragment, trailing slash and tracking parameters ({@code utm_*},
 * {@code fbclid}, {@code gclid}) removed, remaining parameters sorted. Stateless and thread-safe.
 */
public final class UrlKey {
  private UrlKey() {
  }

  /** The key of {@code url}, or null when {@code url} is null or blank; a URL that does not parse is trimmed. */
  public static String of(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String u = url.trim();
    try {
      URI uri = new URI(u);
      if (uri.getHost() == null) {
        return u;
      }
      StringBuilder b = new StringBuilder(host(uri.getHost()));
      int port = uri.getPort();
      if (port != -1 && port != 80 && port != 443) {
        b.append(':').append(port);
      }
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      while (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      b.append(path);
      String query = query(uri.getRawQuery());
      if (!query.isEmpty()) {
        b.append('?').append(query);
      }
      return b.toString();
    } catch (URISyntaxException e) {
      return u;
    }
  }

  /** The host of {@code url} without {@code www.}, lower-case, or null when it has none. */
  public static String hostOf(String url) {
    if (url == null) {
      return null;
    }
    try {
      String h = new URI(url.trim()).getHost();
      return h == null ? null : host(h);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String host(String h) {
    String lower = h.toLowerCase(Locale.ROOT);
    return lower.startsWith("www.") ? lower.substring(4) : lower;
  }

  private static String query(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String p : raw.split("&")) {
      String name = p.contains("=") ? p.substring(0, p.indexOf('=')) : p;
      String n = name.toLowerCase(Locale.ROOT);
      if (p.isEmpty() || n.startsWith("utm_") || n.equals("fbclid") || n.equals("gclid")) {
        continue;
      }
      kept.add(p);
    }
    kept.sort(null);
    return String.join("&", kept);
  }
}
