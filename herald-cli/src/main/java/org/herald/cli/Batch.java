package org.herald.cli;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.herald.HeraldException;
import org.herald.model.Article;
import org.herald.model.RawDocument;
import org.herald.pipeline.Pipeline;
import org.herald.source.Read;

/**
 * Runs the pipeline over a stream of reads: reports and skips bad inputs, shows progress, and stops cleanly on
 * Ctrl-C after the current article. Not thread-safe.
 */
final class Batch {
  private final Pipeline pipeline;
  private final Console console;
  private final LocalDate published;
  private final boolean verbose;
  private final boolean debug;
  private int done;
  private int skipped;

  Batch(Pipeline pipeline, Console console, LocalDate published, boolean verbose, boolean debug) {
    this.pipeline = pipeline;
    this.console = console;
    this.published = published;
    this.verbose = verbose;
    this.debug = debug;
  }

  /** Extracts every read and hands each article to {@code sink}; returns normally when done or interrupted. */
  void run(Iterable<Read> reads, Consumer<Article> sink) {
    Progress progress = new Progress(console, "articles");
    try (Interrupts interrupts = Interrupts.install()) {
      for (Read read : reads) {
        if (interrupts.requested()) {
          console.err().println("herald: interrupted; stopped after " + done + " articles");
          break;
        }
        if (!read.isOk()) {
          skip(read.origin(), read.error());
          continue;
        }
        RawDocument raw = read.document();
        if (published != null) {
          raw = raw.withPublished(published);
        }
        Article article;
        try {
          article = pipeline.process(raw);
        } catch (HeraldException e) {
          skip(read.origin(), e);
          continue;
        }
        sink.accept(article);
        done++;
        if (verbose) {
          console.err().println("herald: extracted " + read.origin() + " (" + article.tokenCount() + " tokens)");
        }
        progress.step(done + skipped);
      }
    } finally {
      progress.finish();
    }
  }

  private void skip(String origin, HeraldException e) {
    skipped++;
    console.err().println("herald: skipped " + origin + ": " + e.getMessage() + " [" + e.code() + "]");
    if (debug && e.getCause() != null) {
      e.getCause().printStackTrace(console.err());
    }
  }

  int done() {
    return done;
  }

  int skipped() {
    return skipped;
  }
}
