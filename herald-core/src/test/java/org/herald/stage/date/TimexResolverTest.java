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

  @Test
  void computesEasterAndTheMovableHolidays() {
    assertThat(TimexResolver.easter(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(TimexResolver.easter(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
    assertThat(TimexResolver.easter(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
    assertThat(TimexResolver.easter(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    assertThat(TimexResolver.holidayDate("11/4/4", 2024)).isEqualTo(LocalDate.of(2024, 11, 28));
    assertThat(TimexResolver.holidayDate("05/L/1", 2024)).isEqualTo(LocalDate.of(2024, 5, 27));
    assertThat(TimexResolver.holidayDate("11/1/1+1", 2024)).isEqualTo(LocalDate.of(2024, 11, 5));
    assertThat(TimexResolver.holidayDate("E-2", 2024)).isEqualTo(LocalDate.of(2024, 3, 29));
    assertThat(TimexResolver.holidayDate("12-25-1", 2024)).isEqualTo(LocalDate.of(2024, 12, 24));
    assertThat(TimexResolver.holidayDate("02-29", 2023)).isNull();
  }

  @Test
  void placesHolidaysByDirection() {
    assertThat(TimexResolver.holiday(MONDAY, "12-25", Direction.LAST)).isEqualTo("2023-12-25");
    assertThat(TimexResolver.holiday(MONDAY, "12-25", Direction.FUTURE)).isEqualTo("2024-12-25");
    assertThat(TimexResolver.holiday(MONDAY, "07-04", Direction.NEAREST)).isEqualTo("2024-07-04");
    assertThat(TimexResolver.holiday(MONDAY, "E", Direction.THIS)).isEqualTo("2024-03-31");
    assertThat(TimexResolver.holiday(null, "12-25", Direction.LAST)).isEqualTo("XXXX-12-25");
    assertThat(TimexResolver.holiday(null, "E", Direction.LAST)).isEqualTo("XXXX-XX-XX");
  }

  @Test
  void readsADateNamedBeforeAtTheAskedGranularity() {
    assertThat(TimexResolver.anaphor("1998-10-23", Unit.DAY, 1)).isEqualTo("1998-10-24");
    assertThat(TimexResolver.anaphor("1998-10-23TMO", Unit.YEAR, 0)).isEqualTo("1998");
    assertThat(TimexResolver.anaphor("1998-10-23", Unit.WEEK, 0)).isEqualTo("1998-W43");
    assertThat(TimexResolver.anaphor("1998-10", Unit.DAY, 0)).isEqualTo("1998-10-XX");
    assertThat(TimexResolver.anaphor("1998", Unit.MONTH, -1)).isEqualTo("1998-XX");
    assertThat(TimexResolver.anaphor("1998-12", Unit.MONTH, 1)).isEqualTo("1999-01");
    assertThat(TimexResolver.anaphor("1998-11-02", Unit.QUARTER, 0)).isEqualTo("1998-Q4");
  }
}
