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
  void issue4_namesAQuarterWithoutAPublicationDateWithoutFailing() {
    assertThat(timex("Donations rose in the final quarter of 2004. The totals for the fourth quarter were up.", null))
        .isNotEmpty();
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

  @Test
  void resolvesFixedHolidaysByTenseAndYear() {
    assertThat(timex("The ceasefire held over Christmas and collapsed on New Year's Day.", MONDAY))
        .containsExactly("Christmas=2023-12-25", "New Year's Day=2024-01-01");
    assertThat(timex("The market will close on Christmas Eve and on Independence Day.", MONDAY))
        .containsExactly("Christmas Eve=2024-12-24", "Independence Day=2024-07-04");
    assertThat(timex("Voters marched on Christmas Day 2019.", MONDAY)).containsExactly("Christmas Day 2019=2019-12-25");
  }

  @Test
  void computesMovableHolidays() {
    assertThat(timex("The family reunited last Thanksgiving and will meet again on Thanksgiving Day.", MONDAY))
        .containsExactly("last Thanksgiving=2023-11-23", "Thanksgiving Day=2024-11-28");
    assertThat(timex("Pilgrims gathered on Good Friday and Easter Sunday.", MONDAY))
        .containsExactly("Good Friday=2024-03-29", "Easter Sunday=2024-03-31");
    assertThat(timex("Polls open on Election Day 2024, after Labor Day.", MONDAY))
        .containsExactly("Election Day 2024=2024-11-05", "Labor Day=2024-09-02");
  }

  @Test
  void keepsHolidayWordsAsNamesWithoutDay() {
    assertThat(timex("Independence Square was calm. Mother Superior spoke.", MONDAY)).isEmpty();
  }

  @Test
  void resolvesThatDayAgainstTheLastDateNamed() {
    assertThat(timex("The envoy landed on March 3, 2021. Earlier that day, rebels had left; "
        + "the next day, talks began. Later that year, a truce held.", MONDAY))
        .containsExactly("March 3, 2021=2021-03-03", "Earlier that day=2021-03-03", "the next day=2021-03-04",
            "Later that year=2021");
    assertThat(timex("The strike began in October 2020 and ended that same day.", MONDAY))
        .containsExactly("October 2020=2020-10", "that same day=2020-10-XX");
    assertThat(timex("Exports fell in 2019 after rising the previous year.", MONDAY))
        .containsExactly("2019=2019", "the previous year=2018");
  }

  @Test
  void fallsBackToThePublicationDateForThatDayWithNothingNamedBefore() {
    assertThat(timex("The minister left the next day.", MONDAY)).containsExactly("the next day=2024-06-18");
  }

  @Test
  void readsTheDayBeforeOnlyWhenNoDateFollows() {
    assertThat(timex("Rates rose in 2021, after falling the year before.", MONDAY))
        .containsExactly("2021=2021", "the year before=2020");
    assertThat(timex("He spoke the day before last Tuesday.", MONDAY)).containsExactly("last Tuesday=2024-06-11");
  }

  @Test
  void readsPartsOfTheDayAndOvernight() {
    assertThat(timex("Shares fell in the morning, steadied by mid-afternoon and rose overnight.", MONDAY))
        .containsExactly("the morning=2024-06-17TMO", "mid-afternoon=2024-06-17TAF/MID", "overnight=2024-06-16TNI");
    assertThat(timex("He left late last night; she arrives early tonight.", MONDAY))
        .containsExactly("late last night=2024-06-16TNI/END", "early tonight=2024-06-17TNI/START");
  }

  @Test
  void readsClockTimesWithZonesAndHoursOfTheDay() {
    assertThat(timex("The blast came at 10:35 a.m. (0735 GMT); the convoy leaves at 4 in the morning.", MONDAY))
        .containsExactly("10:35 a.m.=2024-06-17T10:35", "0735 GMT=2024-06-17T07:35", "4 in the morning=2024-06-17T04:00");
    assertThat(timex("Polls close at 8 p.m. ET and at 9 in the evening.", MONDAY))
        .containsExactly("8 p.m. ET=2024-06-17T20:00", "9 in the evening=2024-06-17T21:00");
  }

  @Test
  void readsHalvesAndQuartersOfTheCurrentYear() {
    assertThat(timex("Output rose in the first half of the year and will ease in the second half of next year.", MONDAY))
        .containsExactly("the first half of the year=2024-H1", "the second half of next year=2025-H2");
    assertThat(timex("Growth will slow in the fourth quarter of last year.", MONDAY))
        .containsExactly("the fourth quarter of last year=2023-Q4");
  }

  @Test
  void readsAHalfWithoutYearOnlyInQuarterlyReports() {
    assertThat(timex("The team scored in the second half.", MONDAY)).isEmpty();
    assertThat(timex("Quarter profit rose, and the company will grow in the second half.", MONDAY))
        .contains("the second half=2024-H2");
  }

  @Test
  void readsApostropheDecadesAndModifiedCenturies() {
    assertThat(timex("Rents doubled since the '90s, as in the early 20th century and the late 1970s.", MONDAY))
        .containsExactly("the '90s=199", "the early 20th century=19/START", "the late 1970s=197/END");
  }

  @Test
  void readsVagueSpansOfUnitsAsDurations() {
    assertThat(timex("After months of talks, in the days before the vote, the first win in years came.", MONDAY))
        .containsExactly("months=PXM", "days=PXD", "years=PXY");
    assertThat(timex("Traders fear the weeks ahead; years ago, a day-long strike ended a decades-long feud.", MONDAY))
        .containsExactly("the weeks ahead=PXW", "years ago=PAST_REF", "day-long=P1D", "decades-long=PXDE");
  }

  @Test
  void readsThisMomentAsThePresent() {
    assertThat(timex("At this moment, the talks are stalled.", MONDAY)).containsExactly("this moment=PRESENT_REF");
  }

  @Test
  void readsMoreAndAdditionalUnitsAsDurations() {
    assertThat(timex("Troops stay for at least two more weeks and an additional year.", MONDAY))
        .containsExactly("at least two more weeks=P2W", "an additional year=P1Y");
  }

  @Test
  void readsHalvesOfUnits() {
    assertThat(timex("The call took half an hour, the trial a year and a half, the siege two and a half days.", MONDAY))
        .containsExactly("half an hour=PT30M", "a year and a half=P1Y6M", "two and a half days=P2.5D");
    assertThat(timex("A minute and a half later, the pilot radioed.", MONDAY))
        .containsExactly("A minute and a half=PT1M30S");
  }

  @Test
  void readsOverTheYearsAndTheAgeOfThingsButNotOfPeople() {
    assertThat(timex("Over the years, the centuries-old bridge decayed; a 40-year-old man crossed it.", MONDAY))
        .containsExactly("the years=PXY", "centuries-old=PXCE");
  }

  @Test
  void splitsTwoDaysOfOneMonthIntoTwoExpressions() {
    assertThat(timex("Leaders meet on April 24 and 25 in Oslo.", MONDAY))
        .containsExactly("April 24=2024-04-24..2024-04-25", "25=2024-04-25");
    assertThat(timex("The vote was held 20-21 March 2012.", MONDAY))
        .containsExactly("20=2012-03-20..2012-03-21", "21 March 2012=2012-03-21");
  }

  @Test
  void readsHundredsAsCenturies() {
    assertThat(timex("Mills thrived in the 1800s.", MONDAY)).containsExactly("the 1800s=18");
  }

  @Test
  void readsPageStampsWithUndottedWeekdaysButNotTheWordSun() {
    assertThat(timex("Updated 10:38 AM EDT, Thu March 21, 2013. The Sun said so.", "2013-03-21"))
        .containsExactly("10:38 AM EDT=2013-03-21T10:38", "Thu March 21, 2013=2013-03-21");
    assertThat(timex("The ferry left at 11:06 GMT.", "2013-03-21")).containsExactly("11:06 GMT=2013-03-21T11:06");
  }

  @Test
  void readsTheYearBeforeAYearAsThatYear() {
    assertThat(timex("Back in the year 2000 the bridge opened.", MONDAY)).containsExactly("the year 2000=2000");
  }

  @Test
  void readsThePastWeekendAndTheFollowingMonths() {
    assertThat(timex("Crowds gathered over the past weekend; in the following months, rents rose.", MONDAY))
        .containsExactly("the past weekend=2024-W24-WE", "the following months=PXM");
  }

  @Test
  void readsAYearBeforeANounAfterAPreposition() {
    assertThat(timex("Turnout fell in 2012 elections; police sent 2000 officers.", MONDAY))
        .containsExactly("2012=2012");
  }

  @Test
  void readsNowruzAsAFixedDay() {
    assertThat(timex("Families celebrated Nowruz in the capital.", "2013-03-22")).containsExactly("Nowruz=2013-03-21");
  }

  @Test
  void issue4_readsCurrentBeforeANounAsThePresentButNotTheCurrentAccount() {
    assertThat(timex("The firm blamed current market conditions and its current chief.", MONDAY))
        .containsExactly("current=PRESENT_REF", "current=PRESENT_REF");
    assertThat(timex("The current account deficit widened.", MONDAY)).isEmpty();
    assertThat(timex("Sales in the current year rose.", MONDAY)).containsExactly("the current year=2024");
  }

  @Test
  void issue4_readsAnEarningsReportsFiscalAndFullYear() {
    assertThat(timex("Profit for the fiscal year will fall, and sales for the full year rose.", MONDAY))
        .containsExactly("the fiscal year=2024", "the full year=2024");
    assertThat(timex("Sales rose in the latest fiscal year.", MONDAY)).containsExactly("the latest fiscal year=2023");
    assertThat(timex("In the fiscal year ended June 30, sales rose.", MONDAY))
        .containsExactly("the fiscal year=P1Y", "June 30=2023-06-30");
  }

  @Test
  void issue4_readsHowLongSomethingTookAfterTakeLastOrSpend() {
    assertThat(timex("The inquiry could take months, and the talks lasted weeks.", MONDAY))
        .containsExactly("months=PXM", "weeks=PXW");
    assertThat(timex("Families waited hours for news.", MONDAY)).containsExactly("hours=PTXH");
  }

  @Test
  void issue4_readsThisPastWeekAsTheLastOne() {
    assertThat(timex("This past week, stocks rose.", MONDAY)).containsExactly("This past week=2024-W24");
  }

  @Test
  void issue4_splitsAMonthRangeWithADashIntoTwoMonths() {
    assertThat(timex("Output fell in January-March 2024.", MONDAY))
        .containsExactly("January=2024-01..2024-03", "March 2024=2024-03");
  }

  @Test
  void issue4_readsAScheduleToldInThePresentAsFuture() {
    assertThat(timex("The summit ends on Friday in Rome.", MONDAY)).containsExactly("Friday=2024-06-21");
    assertThat(timex("The summit ended on Friday in Rome.", MONDAY)).containsExactly("Friday=2024-06-14");
  }

  @Test
  void issue4_readsEarlierInTheDayAsThePublicationDayAfterACoarserDate() {
    assertThat(timex("Prices rose this year. Earlier in the day, the bank cut rates.", MONDAY))
        .containsExactly("this year=2024", "the day=2024-06-17");
  }

  @Test
  void issue4_readsBritishClockTimesAndFortnights() {
    assertThat(timex("Trading resumed at 9.30am, a fortnight after the crash.", MONDAY))
        .containsExactly("9.30am=2024-06-17T09:30", "a fortnight=P2W");
    assertThat(timex("The shares have fallen over the past fortnight.", MONDAY))
        .containsExactly("the past fortnight=P2W");
  }

  @Test
  void issue4_leavesAgesQuarterlyDividendsAndTheVerbFallAlone() {
    assertThat(timex("The chief, 52 years old, raised the quarterly dividend.", MONDAY)).isEmpty();
    assertThat(timex("Prices are expected to fall sharply.", MONDAY)).isEmpty();
    assertThat(timex("The deal was saved at the last minute.", MONDAY)).isEmpty();
  }

  @Test
  void issue4_readsAYearThatIsNoRoundNumberBeforeANoun() {
    assertThat(timex("Rebels won 2012 elections, up from 2008 levels.", MONDAY))
        .containsExactly("2012=2012", "2008=2008");
    assertThat(timex("Police said 2000 people and 1500 troops were there.", MONDAY)).isEmpty();
  }

  @Test
  void issue4_readsThePastYearAsTheYearBeforeAndThePastFewYearsAsASpan() {
    assertThat(timex("Hate crimes rose over the past year and over the past few years.", MONDAY))
        .containsExactly("the past year=2023", "the past few years=PXY");
    assertThat(timex("It was the worst storm of the past century.", MONDAY))
        .containsExactly("the past century=P100Y");
  }

  @Test
  void issue4_readsPlannedToAndAsSoonAsBeforeAWeekdayAsFuture() {
    assertThat(timex("The team planned to leave Hanoi on Thursday.", MONDAY)).containsExactly("Thursday=2024-06-20");
    assertThat(timex("The envoy could arrive as soon as Friday, aides said.", MONDAY))
        .containsExactly("Friday=2024-06-21");
    assertThat(timex("The team left Hanoi on Thursday.", MONDAY)).containsExactly("Thursday=2024-06-13");
  }

  @Test
  void issue4_readsADeadlineDayAsTheNearestOneWhateverTheTense() {
    assertThat(timex("The offer was extended to July 12.", MONDAY)).containsExactly("July 12=2024-07-12");
    assertThat(timex("The offer was extended on June 3.", MONDAY)).containsExactly("June 3=2024-06-03");
    assertThat(timex("The plant was opened on October 2.", MONDAY)).containsExactly("October 2=2023-10-02");
  }

  @Test
  void issue4_readsADeadlineMonthAndAPresentPassiveWithoutAPastTense() {
    assertThat(timex("The talks, which began in spring, are supposed to end by August.", MONDAY))
        .contains("August=2024-08");
    assertThat(timex("The appeal is heard in August in Paris.", MONDAY)).containsExactly("August=2024-08");
    assertThat(timex("The appeal was heard in August in Paris.", MONDAY)).containsExactly("August=2023-08");
  }

  @Test
  void issue4_keepsOnlyTheLengthOfAnOffsetThatReachesBeforeTheYearZero() {
    assertThat(timex("It happened 2004 years ago.", "1980-01-01")).containsExactly("2004 years=P2004Y");
  }

  @Test
  void issue4_keepsAnApproximatorInsideAnAgoExpression() {
    assertThat(timex("The war ended almost four years ago, and the deal came about two years ago.", MONDAY))
        .containsExactly("almost four years ago=2020", "about two years ago=2022");
    assertThat(timex("Then, a week or so ago, the general moved.", MONDAY)).containsExactly("a week or so ago=2024-W24");
  }

  @Test
  void issue4_readsFractionsRangesAndRoughAmountsAsOneDuration() {
    assertThat(timex("They lived in camps for 2 1/2 years and stopped for 5 1/2 hours.", MONDAY))
        .containsExactly("2 1/2 years=P2Y6M", "5 1/2 hours=PT5H30M");
    assertThat(timex("Shipments resume within two to three weeks.", MONDAY))
        .containsExactly("two to three weeks=PXW");
    assertThat(timex("Deals will come during the next 12 to 18 months.", MONDAY))
        .containsExactly("the next 12 to 18 months=PXM");
    assertThat(timex("Lives may be saved in a year or two.", MONDAY)).containsExactly("a year or two=PXY");
    assertThat(timex("Plants close over the next two years or so.", MONDAY))
        .containsExactly("the next two years or so=P2Y");
    assertThat(timex("The index rose eight trading days in a row.", MONDAY)).containsExactly("eight trading days=P8D");
  }

  @Test
  void issue4_readsMonthsAndPartsOfWeekdaysThatRecurAsSets() {
    assertThat(timex("Marchers gather each July, and flights leave on Tuesday nights.", MONDAY))
        .containsExactly("each July=XXXX-07", "Tuesday nights=XXXX-WXX-2TNI");
  }

  @Test
  void issue4_readsTheDayBeforeYesterdayAndThePreviousWeekday() {
    assertThat(timex("The day before yesterday the talks failed.", MONDAY))
        .containsExactly("The day before yesterday=2024-06-15");
    assertThat(timex("He will return the day after tomorrow.", MONDAY))
        .containsExactly("the day after tomorrow=2024-06-19");
    assertThat(timex("Shares fell 4% from the previous Friday.", MONDAY)).containsExactly("the previous Friday=2024-06-14");
  }

  @Test
  void issue4_readsADayCountedFromAnEventAndTheFirstHoursOfIt() {
    assertThat(timex("It is the second day of the offensive.", MONDAY)).containsExactly("the second day=2024-06-17");
    assertThat(timex("Prisoners were taken in the first hours of the war.", MONDAY))
        .containsExactly("the first hours=PTXH");
    assertThat(timex("The first-day sales were strong.", MONDAY)).isEmpty();
  }

  @Test
  void issue4_readsTheLastHalfOfAYearOrDecadeAndAFiscalQuarterWrittenAfterTheOrdinal() {
    assertThat(timex("Earnings for the last half of 2023 fell.", MONDAY)).containsExactly("the last half of 2023=2023-H2");
    assertThat(timex("Sales were flat in the last half of the '80s.", MONDAY))
        .containsExactly("the last half of the '80s=198");
    assertThat(timex("Profit rose in the third fiscal quarter of 2023.", MONDAY))
        .containsExactly("the third fiscal quarter of 2023=2023-Q3");
  }

  @Test
  void issue4_readsAPartOfYesterdayAndTimeZonesOfWorldDesks() {
    assertThat(timex("In London at mid-afternoon yesterday, shares were up.", MONDAY))
        .containsExactly("mid-afternoon yesterday=2024-06-16TAF/MID");
    assertThat(timex("The market closed at 1552 HKT.", MONDAY)).containsExactly("1552 HKT=2024-06-17T15:52");
  }

  @Test
  void issue4_readsAnHourBeforeItsDayAsOneTime() {
    assertThat(timex("The offer runs until 5 p.m. EST, July 9.", MONDAY))
        .containsExactly("5 p.m. EST, July 9=2024-07-09T17:00");
  }

  @Test
  void issue4_readsMarketShorthandForTheEndOfAMonthAndAYearsQuarter() {
    assertThat(timex("Stocks will rise by end-March.", MONDAY)).containsExactly("end-March=2025-03/END");
    assertThat(timex("The cut takes effect in next year's first quarter and 2023's fourth quarter was weak.", MONDAY))
        .containsExactly("next year's first quarter=2025-Q1", "2023's fourth quarter=2023-Q4");
    assertThat(timex("Inspectors come every few years.", MONDAY)).containsExactly("every few years=PXY");
  }

  @Test
  void issue4_readsAWhileAndALengthyPeriodAsSpansOfUnknownLength() {
    assertThat(timex("We will have to live without it for a while.", MONDAY)).containsExactly("a while=PXX");
    assertThat(timex("Troops are there to stay for a fairly lengthy period.", MONDAY))
        .containsExactly("a fairly lengthy period=PXX");
    assertThat(timex("Once in a while the plant stops.", MONDAY)).isEmpty();
  }

  @Test
  void issue4_readsEasterWeekAsTheIsoWeekOfEasterSunday() {
    assertThat(timex("Protesters prayed as Easter week began.", "2000-04-16")).containsExactly("Easter week=2000-W16");
  }

  @Test
  void issue4_readsOClockTimesEveryOtherUnitAndUnitsSinceAnEvent() {
    assertThat(timex("The meeting began at 3 o'clock.", MONDAY)).containsExactly("3 o'clock=2024-06-17T03:00");
    assertThat(timex("The council meets every other week.", MONDAY)).containsExactly("every other week=P2W");
    assertThat(timex("It has been weeks since the crash.", MONDAY)).containsExactly("weeks=PXW");
  }

  @Test
  void issue4_leavesEarlierAndLaterOutsideANamedDayButKeepsAroundBeforeAPointInTime() {
    assertThat(timex("Earlier Friday, lawyers filed a petition; a news conference follows later today.", MONDAY))
        .containsExactly("Friday=2024-06-14", "today=2024-06-17");
    assertThat(timex("The shop was robbed around 7:15 p.m., and the deal closes around July 1.", MONDAY))
        .containsExactly("around 7:15 p.m.=2024-06-17T19:15", "around July 1=2024-07-01");
    assertThat(timex("The plant closed earlier this year.", MONDAY)).containsExactly("earlier this year=2024");
  }

  @Test
  void issue4_readsAYearInWordsBeforeANounButNotComparisonsOfPeriodsOrHighNoon() {
    assertThat(timex("He confessed to a nineteen ninety-seven attack on a lounge.", MONDAY))
        .containsExactly("nineteen ninety-seven=1997");
    assertThat(timex("The twenty five people left.", MONDAY)).isEmpty();
    assertThat(timex("The quarter-to-quarter comparison and year-over-year sales improved.", MONDAY)).isEmpty();
    assertThat(timex("The poster showed Gary Cooper in High Noon.", MONDAY)).isEmpty();
    assertThat(timex("Unemployment is just above its quarter-century low.", MONDAY)).isEmpty();
  }

  @Test
  void issue4_readsHalvesWrittenWithHyphensAndTheFollowingEvening() {
    assertThat(timex("He served three-and-a-half years, then a year-and-a-half more.", MONDAY))
        .containsExactly("three-and-a-half years=P3Y6M", "a year-and-a-half=P1Y6M");
    assertThat(timex("They met on June 3 and left the following evening.", MONDAY))
        .containsExactly("June 3=2024-06-03", "the following evening=2024-06-04");
    assertThat(timex("They met on June 3; the previous night had been quiet.", MONDAY))
        .containsExactly("June 3=2024-06-03", "the previous night=2024-06-02");
  }

  @Test
  void issue4_readsDaysAndHoursWrittenAsWords() {
    assertThat(timex("The vote is on the eighteenth of November.", MONDAY))
        .containsExactly("the eighteenth of November=2024-11-18");
    assertThat(timex("Women's Day is this coming Sunday, March eighth.", "1998-03-05"))
        .containsExactly("this coming Sunday, March eighth=1998-03-08");
    assertThat(timex("We met at twelve o'clock.", MONDAY)).containsExactly("twelve o'clock=2024-06-17T12:00");
    assertThat(timex("In March first-quarter sales rose.", MONDAY)).containsExactly("March=2024-03", "first-quarter=2024-Q1");
  }

  @Test
  void issue4_readsABritishFinancialYearAsAFiscalYear() {
    assertThat(timex("Sony expects a loss in its current financial year, after a profit in the last financial year.",
        MONDAY)).containsExactly("its current financial year=2024", "the last financial year=2023");
  }
}
