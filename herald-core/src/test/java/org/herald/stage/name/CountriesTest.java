package org.herald.stage.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountriesTest {
  private final Countries countries = Countries.bundled();

  @Test
  void findsCountriesByNameAliasAndDemonym() {
    assertThat(countries.code("North Korea")).isEqualTo("PRK");
    assertThat(countries.code("DPRK")).isEqualTo("PRK");
    assertThat(countries.code("Russian")).isEqualTo("RUS");
    assertThat(countries.code("Britons")).isEqualTo("GBR");
    assertThat(countries.code("USSR")).isEqualTo("SUN");
    assertThat(countries.code("Atlantis")).isNull();
  }

  @Test
  void givesNamesCapitalsAndCoordinates() {
    assertThat(countries.name("FRA")).isEqualTo("France");
    assertThat(countries.capital("FRA")).isEqualTo("Paris");
    assertThat(countries.geo("FRA").lat()).isBetween(48.0, 49.0);
    assertThat(countries.isCapital("Moscow")).isTrue();
    assertThat(countries.isCapital("Chicago")).isFalse();
    assertThat(countries.place("Vostochny").iso3()).isEqualTo("RUS");
  }

  @Test
  void listsEveryCountryWithAUniqueCode() {
    assertThat(countries.all()).hasSizeGreaterThan(190);
    assertThat(countries.all()).extracting(Countries.Country::iso3).doesNotHaveDuplicates();
  }

  @Test
  void givesTitlesTheirSector() {
    Titles titles = Titles.bundled();
    assertThat(titles.sector("First Deputy Prime Minister")).isEqualTo("GOV");
    assertThat(titles.sector("opposition leader")).isEqualTo("OPP");
    assertThat(titles.sector("army chief")).isEqualTo("MIL");
    assertThat(titles.sector("judge")).isEqualTo("JUD");
    assertThat(titles.sector("striker")).isEmpty();
    assertThat(titles.sector("gardener")).isNull();
  }
}
