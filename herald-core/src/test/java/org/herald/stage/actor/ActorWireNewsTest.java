package org.herald.stage.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Actors of wire news of another era and style (issue 6, actor round on 1987 wire news): central banks, state
 * agencies, unions and intergovernmental bodies by name ({@code actor-bodies-v1.tsv}), the seats of states that no
 * longer exist by the article's date, the body a role names, and a capital that is a market's place. Sentences
 * written for this test; it runs the pipeline up to the actor stage.
 */
class ActorWireNewsTest {
  private static final LocalDate IN_1987 = LocalDate.of(1987, 3, 2);
  private static final LocalDate IN_2015 = LocalDate.of(2015, 3, 2);

  @Test
  void codesACentralBankAsItsGovernmentNotTheBareCountry() {
    assertThat(ActorCodes.at("The Bank of Korea raised its discount rate on Tuesday.", "Bank of Korea"))
        .containsExactly("KORGOV");
    assertThat(ActorCodes.at("The Swiss National Bank left its rates unchanged.", "Swiss National Bank"))
        .containsExactly("CHEGOV");
  }

  @Test
  void codesBrusselsAsTheEuropeanUnionInAStoryOfTheUnion() {
    String eu = "The European Union is losing patience. Brussels wants Peru to open its markets.";
    assertThat(ActorCodes.at(ActorCodes.process(eu), "Brussels")).containsExactly("IGOEUREEC");
    String belgian = "The European Union is losing patience. Belgian police in Brussels arrested two men.";
    assertThat(ActorCodes.at(ActorCodes.process(belgian), "Brussels")).containsExactly("BELGOV");
    assertThat(ActorCodes.at("Brussels wants Peru to open its markets.", "Brussels")).containsExactly("BELGOV");
  }

  @Test
  void codesTheGeneralAgreementOnTariffsAndTradeAsABodyNotAGeneral() {
    assertThat(ActorCodes.at("Peru called the policy illegal under the General Agreement on Tariffs and Trade.",
        "Agreement on Tariffs")).containsExactly("IGOWTO");
  }

  @Test
  void codesMoscowAsTheSovietGovernmentOnlyWhileTheUnionLasted() {
    String text = "Moscow rejected the proposal on Friday.";
    assertThat(ActorCodes.at(ActorCodes.process(text, IN_1987), "Moscow")).containsExactly("SUNGOV");
    assertThat(ActorCodes.at(ActorCodes.process(text, IN_2015), "Moscow")).containsExactly("RUSGOV");
    assertThat(ActorCodes.at(text, "Moscow")).containsExactly("RUSGOV"); // no date: today's
  }

  @Test
  void codesBonnAsTheWestGermanGovernmentIn1987() {
    String text = "Bonn protested to the embassy on Monday.";
    assertThat(ActorCodes.at(ActorCodes.process(text, IN_1987), "Bonn")).containsExactly("DEUGOV");
  }

  @Test
  void codesTheBodiesOfTradeAndLabourByName() {
    assertThat(ActorCodes.at("GATT rejected the complaint on Monday.", "GATT")).containsExactly("IGOWTO");
    assertThat(ActorCodes.at("The United Auto Workers called a strike at two plants.", "United Auto Workers"))
        .containsExactly("USALAB");
    assertThat(ActorCodes.at("MITI urged exporters to cut shipments.", "MITI")).containsExactly("JPNGOV");
  }

  @Test
  void codesAPersonByTheBodyHisRoleNames() {
    assertThat(ActorCodes.at("U.S. Trade Representative Carla Mendes said talks would resume.", "Carla Mendes"))
        .containsExactly("USAGOV");
    assertThat(ActorCodes.at("U.S. Senate Budget Committee chairman Tom Harlan said the plan would fail.",
        "Tom Harlan")).containsExactly("USALEG");
    assertThat(ActorCodes.at("Yeutter said the talks had failed.", "Yeutter")).containsExactly("USAGOV");
  }

  @Test
  void keepsAMinisterOfOilInGovernmentThoughOilIsABusinessWord() {
    assertThat(ActorCodes.at("Saudi Oil Minister Ali Rashid said output would be cut.", "Ali Rashid"))
        .containsExactly("SAUGOV");
  }

  @Test
  void codesACapitalBeforeMarketWordsAsTheCountryNotItsGovernment() {
    assertThat(ActorCodes.at("The Tokyo stock market fell sharply on Monday.", "Tokyo")).containsExactly("JPN");
    assertThat(ActorCodes.at("Tokyo protested to Washington on Monday.", "Tokyo")).containsExactly("JPNGOV");
  }

  @Test
  void codesADepartmentNamedAfterItsCountryAsThatGovernment() {
    assertThat(ActorCodes.at("The Canadian Fisheries Department said quotas would fall.", "Fisheries"))
        .containsExactly("CANGOV");
    assertThat(ActorCodes.at("Japan cut its surplus with the United States, Energy Ministry officials said.",
        "United States")).containsExactly("USA");
  }

  @Test
  void readsTheSectorOfAnOrganisationFromTheWordsOfItsName() {
    assertThat(ActorStage.sectorOfName("Southern Prairie Edison")).isEqualTo("BUS");
    assertThat(ActorStage.sectorOfName("Federal Statistics Office")).isEqualTo("GOV");
    assertThat(ActorStage.sectorOfName("Provincial Treasury Corporation")).isEqualTo("BUS");
    assertThat(ActorStage.sectorOfName("Central Bank of Barbados")).isEqualTo("GOV");
    assertThat(ActorStage.sectorOfName("Midwest Board of Trade")).isEqualTo("BUS");
    assertThat(ActorStage.sectorOfName("Friends of the Valley")).isNull();
    assertThat(ActorStage.sectorOfName("Muslim Council of Ruritania")).isNull(); // a council need be no state's
    assertThat(ActorStage.sectorOfName("House Fisheries Committee")).isEqualTo("LEG");
  }

  @Test
  void codesAnOfficialTitledByAnIntergovernmentalBodyAsThatBody() {
    assertThat(ActorCodes.at("Lending to Peru will rise, World Bank Vice-President Omar Haddou said in Lima.",
        "Omar Haddou")).containsExactly("IGOWSTWBK");
    assertThat(ActorCodes.at("GATT spokesman Lars Berg said the panel would meet in May.", "Lars Berg"))
        .containsExactly("IGOWTO");
    assertThat(ActorCodes.at("Peru's UN ambassador Luis Prado said the vote was close.", "Luis Prado"))
        .doesNotContain("IGOUNO");
  }

  @Test
  void givesAKnownFigureHisSectorWhereTheTextGivesOnlyHisCountry() {
    assertThat(ActorCodes.at("American officials said Malcolm Baldrige would visit Tokyo.", "Malcolm Baldrige"))
        .containsExactly("USAGOV");
  }

  @Test
  void codesAUsDepartmentWholeThoughItsNameHoldsAStop() {
    assertThat(ActorCodes.at("Exports of rice will rise, the U.S. Agriculture Department said.",
        "Agriculture Department")).containsExactly("USAGOV");
  }

  @Test
  void readsNoBodyIntoALowerCaseWordOfTheTitle() {
    assertThat(ActorCodes.at("Mr Hale, who married PR executive Ann Lowry in 2000, resigned.", "Ann Lowry"))
        .doesNotContain("IGOUNOWHO");
  }

  @Test
  void codesStatesAndSeatsByTheirNamesOfTheTime() {
    assertThat(ActorCodes.at("Upper Volta and Dahomey signed a trade pact.", "Upper Volta")).containsExactly("BFA");
    assertThat(ActorCodes.at("Peking said it would raise grain imports.", "Peking")).containsExactly("CHNGOV");
    String rangoon = "Rangoon rejected the charges on Monday.";
    assertThat(ActorCodes.at(ActorCodes.process(rangoon, IN_1987), "Rangoon")).containsExactly("MMRGOV");
    assertThat(ActorCodes.at(ActorCodes.process(rangoon, IN_2015), "Rangoon")).doesNotContain("MMRGOV");
  }

  @Test
  void leavesACityThatOnlyQualifiesAnotherNameToThatName() {
    assertThat(ActorCodes.at("Students at Peking University staged a sit-in.", "Peking"))
        .doesNotContain("CHNGOV");
  }

  @Test
  void codesRussianActorsOfTheSovietYearsAsSoviet() {
    String text = "Russian troops crossed the border on Monday.";
    assertThat(ActorCodes.at(ActorCodes.process(text, IN_1987), "Russian troops")).containsExactly("SUNMIL");
    assertThat(ActorCodes.at(ActorCodes.process(text, IN_2015), "Russian troops")).containsExactly("RUSMIL");
  }

  @Test
  void codesARoleOfABodyByThatBody() {
    assertThat(ActorCodes.at("Kasem Lertrat, president of the Thai Rice Exporters Association, said sales fell.",
        "Kasem Lertrat")).containsExactly("THABUS");
  }

  @Test
  void codesABareMinistryAsTheGovernmentOfTheCountryTheArticleIsAbout() {
    String text = "Thailand will cut rice exports, Thai officials said.\n\nThailand sold less rice to Africa this "
        + "year.\n\nThe Commerce Ministry said prices would rise.";
    assertThat(ActorCodes.at(text, "Commerce Ministry")).containsExactly("THAGOV");
    String bonds = "Thailand will cut rice exports, Thai officials said.\n\nThailand sold less rice to Africa.\n\n"
        + "Yields on Treasury bonds rose.";
    assertThat(ActorCodes.at(bonds, "Treasury")).isEmpty();
  }
}
