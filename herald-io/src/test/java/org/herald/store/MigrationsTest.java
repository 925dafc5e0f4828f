package org.herald.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MigrationsTest {
  @Test
  void splitsAScriptIntoStatementsAtLineEndingSemicolonsEvenBeforeAComment() {
    assertThat(Migrations.statements("-- header\nCREATE TABLE a (\n  x TEXT -- a column\n);\n\n"
        + "CREATE INDEX i ON a(x); -- why\nCREATE TABLE b (y TEXT);\n"))
        .containsExactly("CREATE TABLE a (\n  x TEXT -- a column\n);", "CREATE INDEX i ON a(x); -- why",
            "CREATE TABLE b (y TEXT);");
  }

  @Test
  void theBundledScriptsAreNumberedInOrder() {
    assertThat(Migrations.bundled()).extracting(Migrations.Script::version).startsWith(1);
    assertThat(Migrations.bundled().get(0).name()).isEqualTo("001-initial.sql");
  }
}
