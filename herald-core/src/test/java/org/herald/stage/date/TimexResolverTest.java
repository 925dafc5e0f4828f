package org.herald.stage.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.herald.stage.date.TimexResolver.Direction;
import org.herald.stage.date.TimexResolver.Season;
import org.herald.stage.date.TimexResolver.Unit;
import org.junit.jupiter.api.Test;

class TimexResolverTest {
  private static final LocalDate MONDAY = LocalDate.of(2024, 6, 17);

  @Test
  void placesWeekdaysByDirection() {
    assertThat(TimexResolver.weekday(MONDAY, DayOfWeek.TUESDAY, Direction.FUTURE)).isEqualTo("2024-06-18");
    assertThat(TimexResolver.weekday(MONDAY, DayOfWeek.FRIDAY, Direction.PAST)).isEqualTo("2024-06-14");
    assertThat(TimexResolver.weekday(MONDAY, DayOfWeek.MONDAY, Direction.PAST)).isEqualTo("2024-06-17");
    assertThat(TimexResolver.weekday(MONDAY, DayOfWeek.MONDAY, Direction.LAST)).isEqualTo("2024-06-10");
    assertThat(TimexResolver.weekday(null, DayOfWeek.TUESDAY, Direction.PAST)).isEqualTo("XXXX-WXX-2");
  }

  @Test
  void resolvesLastMonthNamesStrictlyBeforeTheAnchorMonth() {
    assertThat(TimexResolver.month(MONDAY, 9, Direction.LAST)).isEqualTo("2023-09");
    assertThat(TimexResolver.month(MONDAY, 6, Direction.LAST)).isEqualTo("2023-06");
    assertThat(TimexResolver.month(MONDAY, 6, Direction.FUTURE)).isEqualTo("2024-06");
    assertThat(TimexResolver.month(null, 9, Direction.LAST)).isEqualTo("XXXX-09");
  }

  @Test
  void shiftsAtTheUnitsGranularity() {
    assertThat(TimexResolver.shift(MONDAY, Unit.WEEK, 0)).isEqualTo("2024-W25");
    assertThat(TimexResolver.shift(MONDAY, Unit.QUARTER, -1)).isEqualTo("2024-Q1");
    assertThat(TimexResolver.shift(MONDAY, Unit.DECADE, -1)).isEqualTo("201");
    assertThat(TimexResolver.shift(null, Unit.YEAR, -2)).isEqualTo("PAST_REF");
  }

  @Test
  void putsSeasonsInTheirSeasonYear() {
    assertThat(TimexResolver.season(MONDAY, Season.SP, Direction.NEXT)).isEqualTo("2025-SP");
    assertThat(TimexResolver.season(MONDAY, Season.WI, Direction.LAST)).isEqualTo("2023-WI");
    assertThat(TimexResolver.season(LocalDate.of(2024, 1, 10), Season.WI, Direction.THIS)).isEqualTo("2023-WI");
  }

  @Test
  void writesDurations() {
    assertThat(TimexResolver.duration("3", Unit.YEAR)).isEqualTo("P3Y");
    assertThat(TimexResolver.duration("2", Unit.HOUR)).isEqualTo("PT2H");
    assertThat(TimexResolver.duration("X", Unit.DECADE)).isEqualTo("PXDE");
  }
}
