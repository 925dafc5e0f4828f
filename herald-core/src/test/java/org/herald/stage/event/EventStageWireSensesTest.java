package org.herald.stage.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Senses of business and economic wire copy that are no event, or another event than their word says (s8-precision):
 * finance ministers, economic demand, money-market assistance, help to a trend, share offerings, accidents, trade
 * retaliation, workers' strikes, money in pounds. Each no-event case has a control that still codes the act.
 * Sentences written for this test; actors given by hand.
 */
class EventStageWireSensesTest extends EventStageContract {
  @Override
  protected List<Article> contractArticles() {
    return List.of(EventFixtures.article("Peruvian finance ministers met in Lima as oil demand rose.", "Peruvian",
        "PER", "PER"));
  }

  private List<String> dyads(String text, String... actorsCodeCountry) {
    return events(text, actorsCodeCountry).stream()
        .map(e -> e.cameo() + " " + e.source().code() + ">" + EventFixtures.tgt(e)).toList();
  }

  // ---- lexicon senses ----

  @Test
  void findsNoFinancingInFinanceMinistersOfSeveralCountries() {
    assertThat(codes("The finance ministers of Peru, Chile and Bolivia will meet in Quito next week.", "Peru",
        "PER", "PER", "Chile", "CHL", "CHL", "Bolivia", "BOL", "BOL")).noneMatch(c -> c.startsWith("07"));
    assertThat(codes("Chile agreed to finance a new road in Bolivia.", "Chile", "CHL", "CHL", "Bolivia", "BOL",
        "BOL")).contains("071");
  }

  @Test
  void findsNoProtectionWhenAGovernmentProtectsItsFarmers() {
    assertThat(codes("The Chilean government says the quotas protect Chilean farmers from Peru.",
        "Chilean government", "CHLGOV", "CHL", "Chilean farmers", "CHLAGR", "CHL", "Peru", "PER", "PER"))
        .noneMatch(c -> c.startsWith("074"));
  }

  @Test
  void findsNoOfferInSharesOfferedToInvestors() {
    assertThat(codes("A Chilean bank will offer two mln common shares to Peruvian investors.", "Chilean bank",
        "CHLBUS", "CHL", "Peruvian investors", "PERBUS", "PER")).noneMatch(c -> c.startsWith("03"));
  }

  @Test
  void findsNoWeaponsSuppliedInArmsNegotiatorsOrAttackHelicopters() {
    assertThat(codes("Chilean and Peruvian arms negotiators resumed work on Monday.", "Chilean", "CHL", "CHL",
        "Peruvian", "PER", "PER")).noneMatch(c -> c.startsWith("072"));
    assertThat(codes("Peru ordered new attack helicopters from Chile.", "Peru", "PER", "PER", "Chile", "CHL",
        "CHL")).noneMatch(c -> c.startsWith("19"));
  }

  @Test
  void findsNoReleaseInFreeTradeOrAPressRelease() {
    assertThat(codes("Chile said a free trade pact with Peru would help exporters.", "Chile", "CHL", "CHL", "Peru",
        "PER", "PER")).noneMatch(c -> c.startsWith("084"));
    assertThat(codes("Chile freed the Peruvian fishermen on Tuesday.", "Chile", "CHL", "CHL", "Peruvian fishermen",
        "PERCVL", "PER")).contains("084");
  }

  @Test
  void findsNoMassKillingInAHogSlaughterEstimate() {
    assertThat(codes("Chicago traders put the Chilean hog slaughter at 250,000 head.", "Chilean", "CHL", "CHL"))
        .isEmpty();
  }

  @Test
  void findsNoOccupationInTakingOverAsDirector() {
    assertThat(codes("A Chilean scientist will take over as director of the Peruvian institute.",
        "Chilean scientist", "CHLEDU", "CHL", "Peruvian institute", "PEREDU", "PER")).isEmpty();
  }

  @Test
  void readsAnUnnamedBorrowersLoansAsNoAid() {
    assertThat(codes("Banks may declare their Bolivian loans non-performing.", "Bolivian", "BOL", "BOL"))
        .isEmpty();
  }

  // ---- conventions ----

  @Test
  void readsEconomicDemandAsNoDemand() {
    assertThat(codes("Peruvian oil demand rose two pct in March.", "Peruvian", "PER", "PER")).isEmpty();
    assertThat(codes("Chilean demand could be sluggish this winter.", "Chilean", "CHL", "CHL")).isEmpty();
    assertThat(codes("Chile said supply and demand were in balance.", "Chile", "CHL", "CHL")).isEmpty();
    assertThat(codes("Farmers must cut output to meet demand, Chile said.", "Chile", "CHL", "CHL")).isEmpty();
  }

  @Test
  void stillCodesADemandMadeOfSomeone() {
    assertThat(codes("The talks stalled over a Chilean demand that Peru lift its quotas.", "Chilean", "CHL", "CHL",
        "Peru", "PER", "PER")).anyMatch(c -> c.startsWith("10"));
    assertThat(codes("Chile will demand compensation from Peru.", "Chile", "CHL", "CHL", "Peru", "PER", "PER"))
        .anyMatch(c -> c.startsWith("10"));
  }

  @Test
  void readsMoneyMarketAssistanceAsNoAid() {
    assertThat(codes("The Central Bank of Chile provided the money market with 40 mln pesos of assistance.",
        "Central Bank of Chile", "CHLGOV", "CHL")).isEmpty();
    assertThat(codes("The Central Bank of Chile offered banks liquidity aid at a fixed rate.",
        "Central Bank of Chile", "CHLGOV", "CHL")).isEmpty();
  }

  @Test
  void stillCodesALoanToACountry() {
    assertThat(codes("Chile provided Bolivia with a loan of 40 mln dlrs.", "Chile", "CHL", "CHL", "Bolivia", "BOL",
        "BOL")).anyMatch(c -> c.startsWith("07"));
  }

  @Test
  void readsHelpWithNoOneHelpedAsAPurposeNotAid() {
    assertThat(codes("Chile will buy more copper to help reduce its trade surplus with Peru.", "Chile", "CHL", "CHL",
        "Peru", "PER", "PER")).noneMatch(c -> c.startsWith("07"));
    assertThat(dyads("Chile agreed to help Peru after the floods.", "Chile", "CHL", "CHL", "Peru", "PER", "PER"))
        .anyMatch(d -> d.startsWith("07") && d.endsWith("CHL>PER"));
  }

  @Test
  void readsDeathsInAnAccidentAsNoViolence() {
    assertThat(codes("Six Chilean miners were killed in a rock fall at a copper mine.", "Chilean miners", "CHLLAB",
        "CHL")).isEmpty();
    assertThat(codes("Flash floods killed 40 Peruvian villagers in the north.", "Peruvian villagers", "PERCVL",
        "PER")).isEmpty();
    assertThat(codes("Chilean rebels killed six Peruvian soldiers in an ambush.", "Chilean rebels", "CHLREB", "CHL",
        "Peruvian soldiers", "PERMIL", "PER")).isNotEmpty();
  }

  @Test
  void readsRetaliationOverTradeAsASanction() {
    assertThat(dyads("Chile fears Peruvian retaliation against its copper exports.", "Chile", "CHL", "CHL",
        "Peruvian", "PER", "PER")).allMatch(d -> !d.startsWith("19")).anyMatch(d -> d.startsWith("163 PER"));
    assertThat(codes("Peru vowed to retaliate for the Chilean missile attack on its warships.", "Peru", "PER", "PER",
        "Chilean", "CHL", "CHL")).anyMatch(c -> c.startsWith("19"));
  }

  @Test
  void readsRetaliationForSanctionsAsASanction() {
    assertThat(codes("Peru said it would retaliate if Chile imposed sanctions.", "Peru", "PER", "PER", "Chile", "CHL",
        "CHL")).noneMatch(c -> c.startsWith("19")).contains("163");
  }

  @Test
  void readsAThingExplodingInAPlaceAsNoAttackByThatPlace() {
    assertThat(codes("A grain silo in Lima, Peru, exploded on Friday, injuring five workers.", "Lima", "PER", "PER",
        "Peru", "PER", "PER")).noneMatch(c -> c.startsWith("18"));
    assertThat(codes("Peruvian rebels exploded a bomb in Lima.", "Peruvian rebels", "PERREB", "PER", "Lima", "PER",
        "PER")).anyMatch(c -> c.startsWith("18"));
  }

  @Test
  void readsPricesAndReservesRebuiltAsNoAid() {
    assertThat(codes("Peru hopes to rebuild its reserves this year.", "Peru", "PER", "PER"))
        .noneMatch(c -> c.startsWith("07"));
    assertThat(codes("Chile pledged to rebuild Peruvian schools.", "Chile", "CHL", "CHL", "Peruvian", "PER", "PER"))
        .anyMatch(c -> c.startsWith("07"));
  }

  @Test
  void readsALowerCaseMonthBeforeADayAsADate() {
    assertThat(codes("LIMA, march 9 - Peruvian students said Chile was wrong.", "Peruvian students", "PEREDU", "PER",
        "Chile", "CHL", "CHL")).noneMatch(c -> c.startsWith("14"));
    assertThat(codes("Peruvian students will march 20 km to the Chilean embassy.", "Peruvian students", "PEREDU",
        "PER", "Chilean embassy", "CHLGOV", "CHL")).anyMatch(c -> c.startsWith("14"));
  }

  @Test
  void readsAnAgreementStruckAsAnAgreement() {
    assertThat(codes("Peru said the agreement struck by Chile and Bolivia was unfair.", "Peru", "PER", "PER", "Chile",
        "CHL", "CHL", "Bolivia", "BOL", "BOL")).noneMatch(c -> c.startsWith("19")).contains("057");
  }

  @Test
  void readsABareRetaliationInAStoryOfTradeAsASanction() {
    assertThat(dyads("Peru raised tariffs on wine. Trade talks on exports failed. Chile said it could retaliate "
        + "against Lima.", "Peru", "PER", "PER", "Chile", "CHL", "CHL", "Lima", "PERGOV", "PER"))
        .contains("163 CHL>PERGOV").noneMatch(d -> d.startsWith("19"));
    assertThat(dyads("Peru raised tariffs on wine and its troops shelled the border. Trade talks on exports failed. "
        + "Chile said it could retaliate against Lima.", "Peru", "PER", "PER", "Chile", "CHL", "CHL", "Lima", "PERGOV",
        "PER")).contains("190 CHL>PERGOV");
  }

  @Test
  void readsADemandThatRoseOrFellAsAQuantity() {
    assertThat(codes("Japanese demand for U.S. beef rose in May.", "Japanese", "JPN", "JPN", "U.S.", "USA", "USA"))
        .noneMatch(c -> c.startsWith("10"));
    assertThat(codes("Peru rejected a Chilean demand that it withdraw its troops.", "Peru", "PER", "PER", "Chilean",
        "CHL", "CHL")).anyMatch(c -> c.startsWith("12"));
  }

  @Test
  void readsABudgetCallingForSpendingAsNoAppeal() {
    assertThat(codes("The Peruvian cabinet approved a deficit budget calling for more spending.", "Peruvian cabinet",
        "PERGOV", "PER")).noneMatch(c -> c.startsWith("02"));
    assertThat(codes("Peru called for talks with Chile.", "Peru", "PER", "PER", "Chile", "CHL", "CHL"))
        .anyMatch(c -> c.startsWith("02"));
  }

  @Test
  void readsDemandForLiquidityOrTermsMetAsNoEvent() {
    assertThat(codes("Peruvian banks would lend again, due to demand for liquidity in Chile.", "Peruvian banks",
        "PERBUS", "PER", "Chile", "CHL", "CHL")).noneMatch(c -> c.startsWith("10"));
    assertThat(codes("Peru cut its output to meet the terms of its accord with Chile.", "Peru", "PER", "PER", "Chile",
        "CHL", "CHL")).noneMatch(c -> c.startsWith("04"));
  }

  @Test
  void readsAStrikeByWorkersAsALabourStrike() {
    assertThat(codes("A strike by Chilean dockworkers over pay entered its third day.", "Chilean dockworkers",
        "CHLLAB", "CHL")).noneMatch(c -> c.startsWith("19"));
  }

  @Test
  void readsOneStatesStrikeAgainstAnotherAsMilitaryForce() {
    assertThat(dyads("Officials in Lima feared a Chilean strike against Peru.", "Lima", "PERGOV", "PER", "Chilean",
        "CHL", "CHL", "Peru", "PER", "PER")).contains("190 CHL>PER").noneMatch(d -> d.startsWith("143"));
    assertThat(codes("Chilean dockworkers began a strike against the government over wages.", "Chilean dockworkers",
        "CHLLAB", "CHL", "the government", "CHLGOV", "CHL")).contains("143").noneMatch(c -> c.startsWith("19"));
  }

  @Test
  void readsMoneyAndBidsWithdrawnAsNoMilitaryWithdrawal() {
    assertThat(codes("Chile withdrew its bid for the Peruvian copper mine.", "Chile", "CHL", "CHL", "Peruvian", "PER",
        "PER")).noneMatch(c -> c.startsWith("087"));
    assertThat(codes("Chile withdrew its troops from Peru.", "Chile", "CHL", "CHL", "Peru", "PER", "PER"))
        .contains("0872");
  }

  @Test
  void readsABillSignedIntoLawAsNoAgreement() {
    assertThat(codes("The Chilean president signed the bill into law on Friday.", "The Chilean president", "CHLGOV",
        "CHL")).doesNotContain("057");
    assertThat(codes("Chile signed an agreement with Peru on Friday.", "Chile", "CHL", "CHL", "Peru", "PER", "PER"))
        .contains("057");
  }

  @Test
  void readsACompanyOfficerResigningAsNoConcession() {
    assertThat(codes("The head of the Chilean mining company resigned on Friday.", "the Chilean mining company",
        "CHLBUS", "CHL")).doesNotContain("0831");
    assertThat(codes("The Chilean foreign minister resigned on Friday.", "The Chilean foreign minister", "CHLGOV",
        "CHL")).contains("0831");
  }

  @Test
  void readsPoundsAfterAnAmountAsMoney() {
    assertThat(codes("Chile said the deal was worth 1.7 mln British pounds.", "Chile", "CHL", "CHL", "British",
        "GBR", "GBR")).isEmpty();
    assertThat(codes("Chilean artillery pounds Peruvian positions near the border.", "Chilean artillery", "CHLMIL",
        "CHL", "Peruvian positions", "PERMIL", "PER")).anyMatch(c -> c.startsWith("19"));
  }

  @Test
  void readsPotentialTargetsAsNoAttack() {
    assertThat(codes("Chilean officials saw few potential targets in Peru.", "Chilean officials", "CHLGOV", "CHL",
        "Peru", "PER", "PER")).noneMatch(c -> c.startsWith("19"));
  }

  @Test
  void findsNoSupportOrAttackInCurrencyOperationsAndIllness() {
    assertThat(codes("The Chilean central bank sold dollars to support the peso.", "Chilean central bank", "CHLGOV",
        "CHL")).isEmpty();
    assertThat(codes("The Peruvian minister suffered a mild heart attack on Sunday.", "Peruvian minister", "PERGOV",
        "PER")).isEmpty();
    assertThat(codes("Chile will support Peru at the summit.", "Chile", "CHL", "CHL", "Peru", "PER", "PER"))
        .contains("050");
  }
}
