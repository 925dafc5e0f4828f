package org.herald.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.herald.store.LinkedEvent;
import org.herald.store.StoredActor;

/** Output helpers of the store's query commands: buffered text, JSON objects one a line, event table rows. */
final class StoreOutput {
  private static final JsonFactory JSON = new JsonFactory();

  private StoreOutput() {
  }

  /** A buffered print stream over {@code out}; flush it when done (closing it leaves {@code out} open). */
  static PrintStream buffered(OutputStream out) {
    return new PrintStream(new BufferedOutputStream(new NonClosing(out), 1 << 16), false, StandardCharsets.UTF_8);
  }

  /** Writes one JSON object to {@code out} with {@code body}, then a line end. */
  static void jsonLine(PrintStream out, JsonBody body) {
    try {
      JsonGenerator g = JSON.createGenerator((OutputStream) out, JsonEncoding.UTF8);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      body.write(g);
      g.flush();
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes to a JSON generator. */
  @FunctionalInterface
  interface JsonBody {
    void write(JsonGenerator g) throws IOException;
  }

  static final String EVENT_HEADER = String.format("%-8s %-10s %-24s %-24s %-22s %4s  %s", "ID", "DAY", "SOURCE",
      "TARGET", "TYPE", "ARTS", "TRIGGER");

  /** One line of the events table. */
  static String eventRow(LinkedEvent v) {
    return String.format("%-8d %-10s %-24s %-24s %-22s %4d  %s", v.id(), v.day() == null ? "-" : v.day(),
        cut(actor(v.source()), 24), cut(v.target() == null ? "-" : actor(v.target()), 24),
        cut(v.plover() + " (" + v.cameo() + ")", 22), v.numArticles(), "\"" + v.first().trigger() + "\"");
  }

  private static String actor(StoredActor a) {
    return a.name().isEmpty() || a.name().equals(a.code()) ? a.code() : a.code() + " " + a.name();
  }

  static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }

  /** Keeps a console stream open when a wrapper around it is closed. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
