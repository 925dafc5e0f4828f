package org.herald.stream;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.enumerate.FileEnumerator;
import org.apache.flink.core.fs.FileStatus;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;
import org.herald.source.FileSource;

/**
 * Lists the article files under the backfill's paths on any Flink file system, as {@code herald ingest} walks a
 * folder: recursively, in name order, article extensions only ({@link FileSource#isArticleName}); a file named
 * explicitly is always read. One split per file (files are not split). Not thread-safe.
 */
final class ArticleFiles implements FileEnumerator {
  private int next;

  @Override
  public Collection<FileSourceSplit> enumerateSplits(Path[] paths, int minDesiredSplits) throws IOException {
    List<FileSourceSplit> splits = new ArrayList<>();
    for (Path p : paths) {
      FileSystem fs = p.getFileSystem();
      add(fs, fs.getFileStatus(p), splits, true);
    }
    return splits;
  }

  private void add(FileSystem fs, FileStatus status, List<FileSourceSplit> splits, boolean named) throws IOException {
    Path p = status.getPath();
    if (status.isDir()) {
      FileStatus[] children = fs.listStatus(p);
      if (children == null) {
        return;
      }
      Arrays.sort(children, Comparator.comparing(c -> c.getPath().getName()));
      for (FileStatus c : children) {
        if (!c.getPath().getName().startsWith(".")) {
          add(fs, c, splits, false);
        }
      }
    } else if (named || FileSource.isArticleName(p.getName())) {
      splits.add(new FileSourceSplit(String.valueOf(next++), p, 0, status.getLen(), status.getModificationTime(),
          status.getLen()));
    }
  }
}
