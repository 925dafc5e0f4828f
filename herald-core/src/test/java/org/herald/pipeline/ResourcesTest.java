package org.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.herald.ErrorCodes;
import org.herald.HeraldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourcesTest {
  @TempDir
  Path dir;

  @Test
  void layeredResourcesReadTheFolderFirstThenTheBundledOnes() throws IOException {
    Files.writeString(dir.resolve("mine-v1.txt"), "# a comment\nalpha\n\nbeta  \n");
    Resources r = Resources.layered(dir, Resources.classpath());
    assertThat(r.lines("mine-v1.txt")).containsExactly("alpha", "beta");
    assertThat(r.lines("countries-v1.tsv")).isNotEmpty();
  }

  @Test
  void optionalLinesAreEmptyWhenTheResourceIsMissing() throws IOException {
    Resources r = Resources.layered(dir, Resources.classpath());
    assertThat(r.optionalLines("nothing-v1.txt")).isEmpty();
    Files.writeString(dir.resolve("nothing-v1.txt"), "now something\n");
    assertThat(r.optionalLines("nothing-v1.txt")).containsExactly("now something");
  }

  @Test
  void namesThatLeaveTheFolderAreRefused() {
    Resources r = Resources.layered(dir, Resources.classpath());
    assertThatThrownBy(() -> r.open("../secret.txt")).isInstanceOf(HeraldException.class)
        .satisfies(e -> assertThat(((HeraldException) e).code()).isEqualTo(ErrorCodes.RESOURCE));
  }
}
