package org.herald.stage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.herald.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The lexicon's agency-copy families (issue 6, s8-recall): trade measures put on or lifted from a country's goods,
 * retaliation in trade, loans, credits and sums granted to a country, shipments banned to it, ships hit, charges
 * levelled, protection offered to its ships and accords renegotiated, each on sentences written for this test.
 */
class EventStageAgencyCopyTest extends EventStageContract {
  private static final String[] PERU_CHILE = {"Peru", "PER", "PER", "Chile", "CHL", "CHL"};
  private static final String[] PERU_CHILEAN = {"Peru", "PER", "PER", "Chilean", "CHL", "CHL"};
  private static final String[] PERU_BOLIVIA = {"Peru", "PER", "PER", "Bolivia", "BOL", "BOL"};

  /** The source, target and CAMEO code of each event of {@code text}, its actors given as in {@link #events}. */
  private List<Tuple> codings(String text, String... actorsCodeCountry) {
    return events(text, actorsCodeCountry).stream()
        .map(e -> tuple(EventFixtures.src(e), EventFixtures.tgt(e), e.cameo())).toList();
  }

  @Override
  protected List<Article> contractArticles() {
    return List.of(EventFixtures.article("Peru put new duties on Chilean copper.", PERU_CHILEAN));
  }

  @Test
  void codesDutiesPutImposedOrRaisedOnACountrysGoodsAsATradeSanction() {
    assertThat(codings("Peru put new duties on Chilean copper.", PERU_CHILEAN))
        .containsExactly(tuple("PER", "CHL", "163"));
    assertThat(codings("Peru imposed a countervailing duty on Chilean wine.", PERU_CHILEAN))
        .containsExactly(tuple("PER", "CHL", "163"));
    assertThat(codings("Peru raised tariffs on Chilean fruit.", PERU_CHILEAN))
        .containsExactly(tuple("PER", "CHL", "163"));
  }

  @Test
  void codesDutiesDroppedOrCutForACountryAsSanctionsEased() {
    assertThat(codings("Peru dropped the duties on Chilean copper.", PERU_CHILEAN))
        .containsExactly(tuple("PER", "CHL", "085"));
    assertThat(codings("Peru cut tariffs on Chilean fruit.", PERU_CHILEAN))
        .containsExactly(tuple("PER", "CHL", "085"));
  }

  @Test
  void codesNothingForATaxOrQuotaThatNamesNoOtherCountry() {
    assertThat(events("Peru imposed a new tax on imported fuel.", "Peru", "PER", "PER")).isEmpty();
    assertThat(events("Peru cut its OPEC quota.", "Peru", "PER", "PER", "OPEC", "IGOOPC", null)).isEmpty();
  }

  @Test
  void codesRetaliationWithDutiesOrAgainstGoodsAsASanctionNotAFight() {
    assertThat(codings("Peru will retaliate with duties on Chilean wine.", PERU_CHILEAN))
        .containsExactly(tuple("PER", "CHL", "163"));
    assertThat(events("Peru said it would retaliate against Chilean goods.", PERU_CHILEAN))
        .extracting(Event::cameo).containsExactly("163");
  }

  @Test
  void keepsABareRetaliationAFight() {
    assertThat(events("Peru's retaliation against Chile killed ten soldiers.", PERU_CHILE))
        .extracting(Event::cameo).containsExactly("190");
  }

  @Test
  void codesRetaliatoryMeasuresThreatenedAsAThreatOfSanctions() {
    assertThat(codings("Peru threatened retaliatory measures against Chile.", PERU_CHILE))
        .containsExactly(tuple("PER", "CHL", "1312"));
  }

  @Test
  void codesALoanAgreedOrASumGrantedToACountryAsEconomicAid() {
    assertThat(codings("Peru agreed a 40 mln dlr loan to Bolivia.", PERU_BOLIVIA))
        .containsExactly(tuple("PER", "BOL", "071"));
    assertThat(codings("Peru has granted Bolivia 12 mln dlrs for flood relief.", PERU_BOLIVIA))
        .containsExactly(tuple("PER", "BOL", "071"));
    assertThat(codings("Peru opened a new credit line for Bolivia.", PERU_BOLIVIA))
        .containsExactly(tuple("PER", "BOL", "071"));
  }

  @Test
  void doesNotMakeTheBorrowerOfASignedLoanItsLender() {
    assertThat(events("Peru signed a 50 mln dlr loan with the World Bank to build roads.", "Peru", "PER", "PER",
        "World Bank", "IGOWSTWBK", null))
        .noneMatch(e -> e.cameo().equals("071") && "PER".equals(EventFixtures.src(e)));
  }

  @Test
  void codesShipmentsBannedOrForbiddenToACountryAsAnEmbargo() {
    assertThat(codings("Peru banned arms shipments to Chile.", PERU_CHILE))
        .containsExactly(tuple("PER", "CHL", "163"));
    assertThat(codings("Peru will forbid fuel exports to Chile.", PERU_CHILE))
        .containsExactly(tuple("PER", "CHL", "163"));
  }

  @Test
  void keepsTheVerbFormsAndPluralsThatOtherLinesReadThroughTheirLemma() {
    assertThat(events("Peru armed the Chilean rebels.", "Peru", "PER", "PER", "Chilean rebels", "CHLREB", "CHL"))
        .extracting(Event::cameo).containsExactly("072");
    assertThat(events("Peru barred Chilean ships from its ports.", PERU_CHILEAN))
        .extracting(Event::cameo).containsExactly("163");
    assertThat(events("Peru approved arms sales to Chile.", PERU_CHILE))
        .extracting(Event::cameo).containsExactly("072");
  }

  @Test
  void codesAShipHitAsAnAttackAndChargesLevelledAsAnAccusation() {
    assertThat(codings("Peruvian jets hit a Chilean tanker.", "Peruvian jets", "PERMIL", "PER", "Chilean", "CHL",
        "CHL")).containsExactly(tuple("PERMIL", "CHL", "190"));
    assertThat(codings("Peru levelled charges against Chile over the border.", PERU_CHILE))
        .containsExactly(tuple("PER", "CHL", "112"));
  }

  @Test
  void codesProtectionOfferedToAnotherCountrysShipsAsMilitaryProtection() {
    assertThat(codings("Peru offered naval protection to Chilean fishing boats.", PERU_CHILEAN))
        .containsExactly(tuple("PER", "CHL", "074"));
  }

  @Test
  void codesAnAccordRenegotiatedWithACountryAsNegotiation() {
    assertThat(codings("Peru renegotiated the fishing accord with Chile.", PERU_CHILE))
        .containsExactly(tuple("PER", "CHL", "046"));
  }

  @Test
  void readsAFinanceMinisterAndAHogSlaughterAsNoEvent() {
    assertThat(events("The Peruvian finance minister spoke to Chile on Monday.", "Peruvian finance minister",
        "PERGOV", "PER", "Chile", "CHL", "CHL")).noneMatch(e -> e.cameo().startsWith("07"));
    assertThat(events("Peruvian traders put the hog slaughter at 290,000 head.", "Peruvian traders", "PERBUS", "PER"))
        .isEmpty();
    assertThat(events("Peru will finance a dam in Chile.", PERU_CHILE)).extracting(Event::cameo)
        .containsExactly("071");
  }

  @Test
  void makesTheActorAfterFromTheSourceOfPressureAssurancesAndMoneyReceived() {
    assertThat(codings("Peru has come under pressure from Chile to cut its tariffs.", PERU_CHILE))
        .contains(tuple("CHL", "PER", "170"));
    assertThat(codings("Peru won assurances from Chile that the border would stay open.", PERU_CHILE))
        .contains(tuple("CHL", "PER", "030"));
    assertThat(codings("Peru secured new loans from Chile.", PERU_CHILE)).containsExactly(tuple("CHL", "PER", "071"));
    assertThat(codings("Peru will seek more money from Chile.", PERU_CHILE))
        .containsExactly(tuple("PER", "CHL", "0231"));
  }
}
