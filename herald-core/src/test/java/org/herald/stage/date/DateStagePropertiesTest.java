package org.herald.stage.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.herald.pipeline.Resources;
import org.herald.testkit.ArticleFixtures;

class DateStagePropertiesTest {
  /** TIMEX3 values this stage writes: dates, weeks, seasons, quarters, decades, times, durations, refs. */
  private static final Pattern TIMEX3 = Pattern.compile(
      "(?:(?:\\d{4}|XXXX)(?:-(?:\\d{2}|XX)(?:-(?:\\d{2}|XX))?|-W(?:\\d{2}|XX)(?:-(?:\\d|WE))?|-(?:SP|SU|FA|WI)"
          + "|-[QH][\\dX])?(?:T(?:\\d{2}:\\d{2}|MO|AF|EV|NI))?"
          + "|\\d{2,3}|FY\\d{4}|P(?:\\d+(?:\\.\\d+)?|X)(?:Y|M|W|D|Q|DE|CE|WE)|P\\d+Y\\d+M|PXX|PT(?=[\\dX])(?:(?:\\d+|X)H)?(?:(?:\\d+|X)M)?(?:(?:\\d+|X)S)?"
          + "|PRESENT_REF|PAST_REF|FUTURE_REF)");

  private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
      "Sunday"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};

  private final DateStage stage = new DateStage();

  DateStagePropertiesTest() {
    stage.open(Resources.classpath());
  }

  @Provide
  Arbitrary<LocalDate> published() {
    return Arbitraries.integers().between(0, 365 * 60).map(d -> LocalDate.of(1980, 1, 1).plusDays(d));
  }

  @Provide
  Arbitrary<String> sentence() {
    Arbitrary<String> day = Arbitraries.of(WEEKDAYS);
    Arbitrary<String> month = Arbitraries.of(MONTHS);
    Arbitrary<Integer> year = Arbitraries.integers().between(1000, 2099);
    return Arbitraries.oneOf(
        day.map(d -> "The envoy will arrive on " + d + " morning."),
        day.map(d -> "They met last " + d + "."),
        month.map(m -> "Prices fell last " + m + " and recovered in " + m + "."),
        year.map(y -> "The pact lasted from " + y + " to " + (y + 3) + " and was signed in " + y + "."),
        Arbitraries.integers().between(1, 12).map(n -> "It ended " + n + " years ago, after " + n + " weeks."),
        Arbitraries.of("this week", "next month", "early next year", "the past three years", "every week",
            "annually", "at 10 a.m.", "mid-2023", "Q3 2024", "fiscal 2024", "the 1990s", "now", "recently",
            "the third quarter", "next spring", "yesterday evening", "on Christmas Eve", "last Thanksgiving",
            "at Easter", "on Election Day", "that same day", "the day before", "overnight", "the first half of the year",
            "half an hour", "an hour and a half", "a year and a half", "for two more weeks", "on April 24 and 25")
            .map(e -> "It happened " + e + ", they said."));
  }

  /** Sequences of time words and phrases, with and without a publication date: the stage must never throw. */
  @Property(tries = 500)
  void neverFailsOnMixedTimeWordsWithOrWithoutAPublicationDate(@ForAll("jumble") String text,
                                                               @ForAll("published") LocalDate published,
                                                               @ForAll boolean dated) {
    List<TimeExpression> found = stage.apply(dated ? ArticleFixtures.article(text, published.toString())
        : ArticleFixtures.article(text)).layer(DateStage.TIMEX);
    for (TimeExpression t : found) {
      assertThat(t.value()).as(t.text()).matches(TIMEX3);
    }
  }

  @Provide
  Arbitrary<String> jumble() {
    Arbitrary<String> piece = Arbitraries.of("the", "fourth", "quarter", "of", "2004", "the quarter", "a year ago",
        "last", "next", "this", "that", "same", "day", "week", "month", "year", "Tuesday", "September", "Sept.", "5",
        "1950-1953", "between", "and", "from", "to", "since", "early", "mid-", "late", "the 1990s", "fiscal",
        "Q3", "at", "10", "a.m.", "GMT", "Christmas", "Easter", "half", "ago", "earlier", "later", "previous",
        "following", "two", "three", "dozen", "years", "days", "the past", "weekend", "now", ",", ".", "will", "met");
    return piece.list().ofMinSize(1).ofMaxSize(12).map(l -> String.join(" ", l));
  }

  private List<TimeExpression> run(String text, LocalDate published) {
    return stage.apply(ArticleFixtures.article(text, published.toString())).layer(DateStage.TIMEX);
  }

  @Property(tries = 300)
  void everyValueIsValidTimex3(@ForAll("sentence") String text, @ForAll("published") LocalDate published) {
    for (TimeExpression t : run(text, published)) {
      assertThat(t.value()).as(t.text()).matches(TIMEX3);
      if (t.endValue() != null) {
        assertThat(t.endValue()).as(t.text()).matches(TIMEX3);
      }
    }
  }

  @Property(tries = 200)
  void weekdaysLandWithinSevenDaysOfTheAnchor(@ForAll("published") LocalDate published) {
    for (String d : WEEKDAYS) {
      for (String text : List.of("They met on " + d + ".", "He will come on " + d + ".", "Not since last " + d + ".",
          "See you next " + d + ".")) {
        for (TimeExpression t : run(text, published)) {
          LocalDate date = LocalDate.parse(t.value().substring(0, 10));
          long days = Math.abs(date.toEpochDay() - published.toEpochDay());
          assertThat(days).as("%s on %s → %s", text, published, t.value()).isLessThanOrEqualTo(7);
        }
      }
    }
  }

  @Property(tries = 200)
  void lastMonthNamesFallBeforeTheAnchor(@ForAll("published") LocalDate published) {
    for (String m : MONTHS) {
      List<TimeExpression> ts = run("It happened last " + m + ".", published);
      assertThat(ts).hasSize(1);
      String v = ts.get(0).value();
      LocalDate first = LocalDate.parse(v + "-01");
      assertThat(first).as(v).isBefore(published.withDayOfMonth(1));
      assertThat(first).as(v).isAfter(published.minusMonths(13));
    }
  }

  @Property(tries = 200)
  void rangesAreOrdered(@ForAll("sentence") String text, @ForAll("published") LocalDate published) {
    for (TimeExpression t : run(text, published)) {
      if (t.endValue() != null) {
        assertThat(t.endValue().compareTo(t.value())).as(t.text()).isPositive();
      }
    }
  }

  private static final String[] HOLIDAYS = {"Christmas", "Easter", "Thanksgiving", "Halloween", "Good Friday",
      "Memorial Day", "Labor Day", "Election Day", "New Year's Eve", "Independence Day", "Mother's Day"};

  @Property(tries = 200)
  void lastHolidaysFallBeforeTheAnchorAndNextOnesAfterItWithinAboutAYear(
      @ForAll("published") LocalDate published) {
    for (String h : HOLIDAYS) {
      List<TimeExpression> last = run("It happened last " + h + ".", published);
      assertThat(last).as(h).hasSize(1);
      LocalDate d = LocalDate.parse(last.get(0).value());
      assertThat(d).as("last %s on %s", h, published).isBefore(published).isAfter(published.minusDays(400));
      List<TimeExpression> next = run("It comes next " + h + ".", published);
      assertThat(next).as(h).hasSize(1);
      LocalDate n = LocalDate.parse(next.get(0).value());
      assertThat(n).as("next %s on %s", h, published).isAfter(published).isBefore(published.plusDays(400));
    }
  }
}
