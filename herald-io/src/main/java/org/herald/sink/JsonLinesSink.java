package org.herald.sink;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.herald.ErrorCodes;
import org.herald.HeraldException;
import org.herald.model.Article;

/**
 * Writes articles as JSON Lines: one {@code herald/1} object per line (or indented objects when pretty), flushed
 * after each article so a reader downstream sees it at once. Not thread-safe; the caller serialises writes.
 */
public final class JsonLinesSink implements Sink {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final OutputStream out;
  private final boolean pretty;

  JsonLinesSink(OutputStream out, boolean pretty) {
    this.out = out;
    this.pretty = pretty;
  }

  @Override
  public void accept(Article article) {
    try {
      JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        g.setPrettyPrinter(new DefaultPrettyPrinter());
      }
      ArticleJson.write(article, g);
      g.flush();
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new HeraldException(ErrorCodes.OUTPUT, "cannot write output: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
