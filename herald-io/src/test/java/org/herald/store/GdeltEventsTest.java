package org.herald.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GdeltEventsTest {
  @TempDir
  Path dir;

  @Test
  void everyRowHasTheSixtyOneColumnsInCodebookOrder() {
    GdeltEvents gdelt = GdeltEvents.bundled();
    assertThat(gdelt.columns()).hasSize(61).startsWith("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
        "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode").endsWith("DATEADDED", "SOURCEURL");
    assertThat(gdelt.columns().get(26)).isEqualTo("EventCode");
    assertThat(gdelt.columns().get(51)).isEqualTo("ActionGeo_Type");
    try (Store s = Store.open(dir.resolve("h.db"))) {
      s.put(Stories.visit("https://news.example.org/visit"));
      s.put(Stories.visit(null, "2024-06-25", "\tand more", "2024-06-24"));
      List<LinkedEvent> events = s.events(Filter.all());
      assertThat(events).hasSize(2);
      for (LinkedEvent v : events) {
        assertThat(gdelt.row(v).split("\t", -1)).hasSize(61);
      }
      String[] f = gdelt.row(events.get(1)).split("\t", -1);
      assertThat(f[0]).isEqualTo(String.valueOf(events.get(1).id()));
      assertThat(f[1]).isEqualTo("20240618");
      assertThat(f[2]).isEqualTo("202406");
      assertThat(f[3]).isEqualTo("2024");
      assertThat(f[4]).isEqualTo("2024.4658"); // day 170 of 2024
      assertThat(f[5]).isEqualTo("SWEGOV");
      assertThat(f[6]).isEqualTo("ANNA LINDQVIST");
      assertThat(f[7]).isEqualTo("SWE");
      assertThat(f[12]).isEqualTo("GOV");
      assertThat(f[15]).isEqualTo("FINGOV");
      assertThat(f[25]).isEqualTo("1");
      assertThat(List.of(f[26], f[27], f[28], f[29], f[30])).containsExactly("040", "040", "04", "1", "1.0");
      assertThat(List.of(f[31], f[32], f[33], f[34])).containsExactly("1", "1", "1", "");
      assertThat(List.of(f[51], f[52], f[53], f[56], f[57])).containsExactly("4", "Helsinki", "FIN", "60.1700",
          "24.9400");
      assertThat(f[59]).matches("\\d{14}");
      assertThat(f[60]).isEqualTo("https://news.example.org/visit");
      assertThat(gdelt.row(events.get(0)).split("\t", -1)[60]).as("no URL, no path: empty").isEmpty();
    }
  }
}
