package org.herald.stage.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.model.Article;
import org.herald.pipeline.Resources;
import org.herald.pipeline.Stage;
import org.herald.testkit.ArticleFixtures;
import org.herald.testkit.StageContract;
import org.junit.jupiter.api.Test;

class DateStageTest extends StageContract {
  private static final String MONDAY = "2024-06-17";

  @Override
  protected Stage createStage() {
    return new DateStage();
  }

  @Override
  protected List<Article> contractArticles() {
    return List.of(
        ArticleFixtures.article("The minister will travel to Hanoi on Tuesday, officials said. "
            + "Last September, she met the envoy.\nThe treaty of 1919 (1914-1918) has held since 2000.", MONDAY),
        ArticleFixtures.article("Talks resumed on Friday at 10 a.m. and lasted three days."),
        ArticleFixtures.article("Prices rose 2,000 points in 2023-03-12 trading, mid-2023.", MONDAY));
  }

  /** "text=value" for each expression found in {@code text} published on {@code published}. */
  static List<String> timex(String text, String published) {
    DateStage stage = new DateStage();
    stage.open(Resources.classpath());
    Article a = published == null ? ArticleFixtures.article(text) : ArticleFixtures.article(text, published);
    return stage.apply(a).layer(DateStage.TIMEX).stream()
        .map(t -> t.text() + "=" + t.value() + (t.endValue() == null ? "" : ".." + t.endValue())
            + (t.mod() == null ? "" : "/" + t.mod()))
        .toList();
  }

  static List<TimeExpression> expressions(String text, String published) {
    DateStage stage = new DateStage();
    stage.open(Resources.classpath());
    return stage.apply(ArticleFixtures.article(text, published)).layer(DateStage.TIMEX);
  }

  @Test
  void resolvesTuesdayInFutureContextToTheNextTuesday() {
    assertThat(timex("The mayor has said, ahead of her trip to Lagos on Tuesday, that trade will grow.", MONDAY))
        .containsExactly("Tuesday=2024-06-18");
    assertThat(timex("Tuesday’s summit will be her first visit since 2000.", MONDAY))
        .containsExactly("Tuesday=2024-06-18", "2000=2000");
  }

  @Test
  void readsUndottedMonthAbbreviationsOfWireDatelines() {
    assertThat(timex("OSLO, Sept 14 (Wire) - Talks resumed. They end Oct 2.", MONDAY))
        .containsExactly("Sept 14=2023-09-14", "Oct 2=2024-10-02");
    assertThat(timex("Jan Novak said the plan is sound.", MONDAY)).isEmpty();
  }

  @Test
  void resolvesBareWeekdayInPastContextToTheMostRecentOne() {
    assertThat(timex("The two leaders met on Friday in Geneva.", MONDAY)).containsExactly("Friday=2024-06-14");
    assertThat(timex("The ministers talked on Monday.", MONDAY)).containsExactly("Monday=2024-06-17");
  }

  @Test
  void resolvesLastAndNextWeekdays() {
    assertThat(timex("He left last Friday and returns next Monday.", MONDAY))
        .containsExactly("last Friday=2024-06-14", "next Monday=2024-06-24");
  }

  @Test
  void resolvesLastSeptemberToThePreviousYear() {
    assertThat(timex("Last September, the council hosted the talks.", MONDAY))
        .containsExactly("Last September=2023-09");
    assertThat(timex("The rally took place last June.", MONDAY)).containsExactly("last June=2023-06");
  }

  @Test
  void readsYearsOnlyInDateContext() {
    assertThat(timex("The army withdrew in 1945 and 2,000 troops stayed; 1,945 people left.", MONDAY))
        .containsExactly("1945=1945");
    assertThat(timex("They sent 2000 troops.", MONDAY)).isEmpty();
  }

  @Test
  void readsYearRangesAsTwoExpressionsTheFirstCarryingTheEnd() {
    List<TimeExpression> t = expressions("The war (1950-1953) ended badly.", MONDAY);
    assertThat(t).hasSize(2);
    assertThat(t.get(0).text()).isEqualTo("1950");
    assertThat(t.get(0).value()).isEqualTo("1950");
    assertThat(t.get(0).endValue()).isEqualTo("1953");
    assertThat(t.get(1).text()).isEqualTo("1953");
    assertThat(t.get(1).endValue()).isNull();
    assertThat(timex("Output grew between 2010 and 2015.", MONDAY)).containsExactly("2010=2010..2015", "2015=2015");
    assertThat(timex("The fair ran from May to July 2023.", MONDAY))
        .containsExactly("May=2023-05..2023-07", "July 2023=2023-07");
  }

  @Test
  void leavesThePrepositionOutOfSinceSpans() {
    assertThat(timex("It is his first trip there since 2000, when he met the king.", MONDAY))
        .containsExactly("2000=2000");
  }

  @Test
  void resolvesDaysAndUnitsRelativeToPublication() {
    assertThat(timex("Today, yesterday and tomorrow; tonight too.", MONDAY)).containsExactly(
        "Today=2024-06-17", "yesterday=2024-06-16", "tomorrow=2024-06-18", "tonight=2024-06-17TNI");
    assertThat(timex("This week differs from last week; next month and this year, unlike last year.", MONDAY))
        .containsExactly("This week=2024-W25", "last week=2024-W24", "next month=2024-07", "this year=2024",
            "last year=2023");
    assertThat(timex("Sales fell earlier this month, a year ago and two years ago, and three days ago.", MONDAY))
        .containsExactly("earlier this month=2024-06", "a year ago=2023", "two years ago=2022",
            "three days ago=2024-06-14");
  }

  @Test
  void resolvesMonthsByTense() {
    assertThat(timex("The vote was held in September.", MONDAY)).containsExactly("September=2023-09");
    assertThat(timex("The vote will be held in September.", MONDAY)).containsExactly("September=2024-09");
    assertThat(timex("The plan starts this September.", MONDAY)).containsExactly("this September=2024-09");
  }

  @Test
  void resolvesSeasonsDecadesAndCenturies() {
    assertThat(timex("Work will start next spring.", MONDAY)).containsExactly("next spring=2025-SP");
    assertThat(timex("In the 1990s and in the 20th century it was different.", MONDAY))
        .containsExactly("the 1990s=199", "the 20th century=19");
  }

  @Test
  void readsAbsoluteDatesInTheirCommonForms() {
    assertThat(timex("They met on March 12, 2023, on 12 March 2023 and on 2023-03-12.", MONDAY))
        .containsExactly("March 12, 2023=2023-03-12", "12 March 2023=2023-03-12", "2023-03-12=2023-03-12");
    assertThat(timex("Shares fell in March 2023.", MONDAY)).containsExactly("March 2023=2023-03");
    assertThat(timex("The deal was signed on March 12.", MONDAY)).containsExactly("March 12=2024-03-12");
    assertThat(timex("The deal will be signed on March 12.", MONDAY)).containsExactly("March 12=2025-03-12");
  }

  @Test
  void readsModifiedDates() {
    assertThat(timex("Growth slowed in mid-2023 and late 2022 and will pick up early next year.", MONDAY))
        .containsExactly("mid-2023=2023/MID", "late 2022=2022/END", "early next year=2025/START");
  }

  @Test
  void readsQuartersAndFiscalYears() {
    assertThat(timex("Profit rose in Q3 2024 and in the third quarter, and in fiscal 2024.", MONDAY))
        .containsExactly("Q3 2024=2024-Q3", "the third quarter=2023-Q3", "fiscal 2024=2024");
    assertThat(timex("Profit will rise in the third quarter.", MONDAY)).containsExactly("the third quarter=2024-Q3");
  }

  @Test
  void readsAnEarningsReportsQuarterAndTheSameQuarterAYearAgo() {
    String oct = "2023-10-25";
    assertThat(timex("Net profit rose to $4 million in the third quarter from $3 million a year ago. "
        + "Sales in the latest quarter fell, and the year-ago period had a charge.", oct))
        .containsExactly("the third quarter=2023-Q3", "a year ago=2022-Q3", "the latest quarter=2023-Q3",
            "the year-ago period=2022-Q3");
    assertThat(timex("Profit in the quarter rose from a year earlier.", oct))
        .containsExactly("the quarter=2023-Q3", "a year earlier=2022-Q3");
    assertThat(timex("The plant opened a year ago.", oct)).containsExactly("a year ago=2022");
  }

  @Test
  void leavesFractionsOfThingsAlone() {
    assertThat(timex("The country imports three-quarters of its grain and a quarter of its fuel.", MONDAY)).isEmpty();
  }

  @Test
  void keepsTimeMlExtentsOfDurations() {
    assertThat(timex("He signed a two-year deal after nearly three years of talks.", MONDAY))
        .containsExactly("two-year=P2Y", "nearly three years=P3Y");
    assertThat(timex("Sales in the nine months rose; a few weeks later they fell.", MONDAY))
        .contains("the nine months=P9M", "a few weeks=PXW");
  }

  @Test
  void readsDurationsSetsAndReferences() {
    assertThat(timex("Over the past three years, talks ran for three days and two weeks.", MONDAY))
        .containsExactly("the past three years=P3Y", "three days=P3D", "two weeks=P2W");
    assertThat(timex("They meet every week and report annually.", MONDAY))
        .containsExactly("every week=P1W", "annually=P1Y");
    assertThat(timex("It is now calm, and currently quiet, but recently it was not.", MONDAY))
        .containsExactly("now=PRESENT_REF", "currently=PRESENT_REF", "recently=PAST_REF");
  }

  @Test
  void readsTimesOfDay() {
    assertThat(timex("The talks began at 10 a.m. and ended at midnight.", MONDAY))
        .containsExactly("10 a.m.=2024-06-17T10:00", "midnight=2024-06-17T24:00");
    assertThat(timex("He will arrive Tuesday morning.", MONDAY)).containsExactly("Tuesday morning=2024-06-18TMO");
  }

  @Test
  void ignoresModalsMarchesAndNames() {
    assertThat(timex("Prices may rise. A protest march set off. Theresa May spoke on Super Tuesday.", MONDAY))
        .isEmpty();
  }

  @Test
  void readsDailyAsASetOnlyWhenItIsAnAdverb() {
    assertThat(timex("The essay ran in the state daily, Morning Star. The ministers meet daily.", MONDAY))
        .containsExactly("daily=P1D");
  }

  @Test
  void keepsRelativeExpressionsUnresolvedWithoutAPublicationDate() {
    assertThat(timex("They met on Tuesday, yesterday and last September, in 1945.", null))
        .containsExactly("Tuesday=XXXX-WXX-2", "yesterday=PAST_REF", "last September=XXXX-09", "1945=1945");
  }
  @Test
  void readsYearsSaidInWords() {
    assertThat(timex("The law passed in nineteen ninety-six and lapsed in the year two thousand.", MONDAY))
        .containsExactly("nineteen ninety-six=1996", "the year two thousand=2000");
    assertThat(timex("It snowed in January nineteen ninety-seven.", MONDAY))
        .containsExactly("January nineteen ninety-seven=1997-01");
    assertThat(timex("They hired nineteen twenty workers.", MONDAY)).isEmpty();
  }

  @Test
  void resolvesTheWeekendByTense() {
    String wednesday = "2024-06-19";
    assertThat(timex("Crowds gathered over the weekend.", wednesday)).containsExactly("the weekend=2024-W24-WE");
    assertThat(timex("Crowds will gather over the weekend.", wednesday)).containsExactly("the weekend=2024-W25-WE");
  }

  @Test
  void placesAnUnyearedDateNearestThePublicationUnlessATenseCueIsClose() {
    String nov = "1999-11-02";
    assertThat(timex("The board declared a dividend, payable Dec. 7 to holders of record Nov. 22.", nov))
        .containsExactly("Dec. 7=1999-12-07", "Nov. 22=1999-11-22");
    assertThat(timex("The talks collapsed on Dec. 7.", nov)).containsExactly("Dec. 7=1998-12-07");
  }

  @Test
  void findsTheYearOfADateFromItsWeekday() {
    assertThat(timex("The paper said in an editorial on Monday, Oct. 26: enough.", "1999-03-01"))
        .containsExactly("Monday, Oct. 26=1998-10-26");
  }

  @Test
  void writesDecadesInYearsAndQuartersInQuarters() {
    assertThat(timex("Losses grew over two decades and the past two quarters; recent weeks were calm.", MONDAY))
        .containsExactly("two decades=P20Y", "the past two quarters=P2Q", "recent weeks=PXW");
  }

  @Test
  void readsTheFutureAndDailyBeforeANoun() {
    assertThat(timex("Nobody knows the future. Police hold a daily briefing.", MONDAY))
        .containsExactly("the future=FUTURE_REF", "daily=P1D");
  }
  @Test
  void readsTheYearAndTheWeekAsTheCurrentOnesAndAFiscalYearAsALength() {
    String oct = "2023-10-25";
    assertThat(timex("For the year, volume was flat; the week was calm.", oct))
        .containsExactly("the year=2023", "the week=2023-W43");
    assertThat(timex("Net rose in the year ended June 30.", oct)).containsExactly("the year=P1Y", "June 30=2023-06-30");
    assertThat(timex("The deal should close by year-end.", oct)).containsExactly("year-end=2023/END");
  }

  @Test
  void readsSeasonsDecadesInWordsAndTermReferences() {
    assertThat(timex("Sales slowed this past summer, as in the nineties; in the long term they grow.", MONDAY))
        .containsExactly("this past summer=2023-SU", "the nineties=199", "the long term=FUTURE_REF");
  }
}
