package org.herald.server;

import java.nio.file.Path;
import java.util.List;
import org.herald.Herald;
import org.herald.pipeline.Pipeline;
import org.herald.source.Read;
import org.herald.source.Sources;
import org.herald.store.Store;

/** A store filled with the bundled sample articles (the repository's samples/ folder), for server tests. */
final class TestStore {
  private TestStore() {
  }

  static Store samples(Path dir) {
    Store store = Store.open(dir.resolve("herald.db"));
    try (Pipeline p = Herald.pipeline()) {
      for (Read r : Sources.files(List.of(Path.of("..", "samples").toString()), java.io.InputStream.nullInputStream())) {
        if (r.isOk()) {
          store.put(p.process(r.document()));
        }
      }
    }
    return store;
  }
}
