package org.herald.stage.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.model.Article;
import org.herald.pipeline.Resources;
import org.herald.pipeline.Stage;
import org.herald.stage.name.NameStage;
import org.herald.testkit.ArticleFixtures;
import org.herald.testkit.StageContract;
import org.junit.jupiter.api.Test;

class ActorStageTest extends StageContract {
  private static final NameStage NAMES = new NameStage();

  static {
    NAMES.open(Resources.classpath());
  }

  @Override
  protected Stage createStage() {
    return new ActorStage();
  }

  @Override
  protected List<Article> contractArticles() {
    return List.of(named("Russian President Oleg Varin met Chinese troops in Beijing. He left on Friday."),
        named("NATO and the African Union criticised Pyongyang."), named("Nothing to see here."));
  }

  private static Article named(String text) {
    return NAMES.apply(ArticleFixtures.article(text));
  }

  private Article run(String text) {
    return stage.apply(named(text));
  }

  private static Actor actor(Article a, String text) {
    return a.layer(ActorStage.ACTORS).stream().filter(x -> x.textIn(a).equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor '" + text + "' in " + a.layer(ActorStage.ACTORS)));
  }

  /** The actor whose words hold {@code words}, with or without a word such as "ethnic" before them. */
  private static Actor within(Article a, String words) {
    return a.layer(ActorStage.ACTORS).stream().filter(x -> x.textIn(a).contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor with '" + words + "' in " + a.layer(ActorStage.ACTORS)));
  }

  private static String code(Article a, String text) {
    return actor(a, text).code();
  }

  @Test
  void codesPeopleByCountryAndRoleSector() {
    Article a = run("Russian Defence Minister Oleg Varin and Russian General Pyotr Lebed met Judge Anna Kim of Canada.");
    assertThat(code(a, "Oleg Varin")).isEqualTo("RUSGOV");
    assertThat(code(a, "Pyotr Lebed")).isEqualTo("RUSMIL");
    assertThat(code(a, "Anna Kim")).isEqualTo("CANJUD");
    assertThat(actor(a, "Oleg Varin").country()).isEqualTo("RUS");
    assertThat(actor(a, "Oleg Varin").entity()).isNotNull();
  }

  @Test
  void givesABareLeaderSurnameItsCountryAndRole() {
    Article a = run("Obama wants to visit Switzerland.");
    assertThat(code(a, "Obama")).isEqualTo("USAGOV");
    assertThat(actor(a, "Obama").country()).isEqualTo("USA");
  }

  @Test
  void prefersTheLeaderTableToAnotherNamesCountryForATitledSurname() {
    Article a = run("Moroccan diplomats met President Obama in Rabat.");
    assertThat(code(a, "Obama")).isEqualTo("USAGOV");
  }

  @Test
  void codesASectorNounRightAfterACountryName() {
    Article a = run("Ivory Coast rebels rejected the plan.");
    assertThat(code(a, "Ivory Coast rebels")).isEqualTo("CIVREB");
  }

  @Test
  void codesAnInstitutionNounOfACountryNamedAfterIt() {
    Article a = run("A court in Peru has issued arrest warrants.");
    assertThat(code(a, "court")).isEqualTo("PERJUD");
  }

  @Test
  void codesAnArmedGroupTheNameStageFoundAsAnOrganisation() {
    Article a = run("The rebel Kurdistan Workers' Party issued a declaration.");
    assertThat(a.layer(ActorStage.ACTORS)).extracting(Actor::code).contains("TURREB");
  }

  @Test
  void codesADeputyMinisterAsGovernmentNotLegislature() {
    Article a = run("Chilean Deputy Foreign Minister Pablo Rojas met Deputy Treasury Secretary Ann Lee of Canada.");
    assertThat(code(a, "Pablo Rojas")).isEqualTo("CHLGOV");
    assertThat(code(a, "Ann Lee")).isEqualTo("CANGOV");
  }

  @Test
  void codesStaffOfACharityAsNgoAndOfTheUnAsTheUn() {
    Article a = run("Ida Berg, a spokeswoman for the charity Blue Harbour, and Tom Reyes, a UN spokesman, spoke.");
    assertThat(code(a, "Ida Berg")).isEqualTo("NGO");
    assertThat(code(a, "Tom Reyes")).startsWith("IGOUNO");
  }

  @Test
  void codesPeopleWithoutRoleByCountryOnly() {
    Article a = run("Xi Jinping arrived.");
    assertThat(code(a, "Xi Jinping")).isEqualTo("CHNGOV");
    Article b = run("Ivo Petrov of Bulgaria arrived.");
    assertThat(code(b, "Ivo Petrov")).isEqualTo("BGR");
  }

  @Test
  void issue6_givesAKnownFigureWithoutACountryInTheTextTheCountryOfThePeopleTable() {
    Article a = run("President Abdelaziz Bouteflika met Hugo Chavez on Monday.");
    assertThat(code(a, "Abdelaziz Bouteflika")).isEqualTo("DZAGOV");
    assertThat(actor(a, "Hugo Chavez").country()).isEqualTo("VEN");
    Article b = run("Rebel leader Jonas Savimbi arrived.");
    assertThat(code(b, "Jonas Savimbi")).isEqualTo("AGOREB");
    Article c = run("Secretary-General Kofi Annan arrived.");
    assertThat(code(c, "Kofi Annan")).isEqualTo("IGOUNO");
    assertThat(actor(c, "Kofi Annan").country()).isNull();
  }

  @Test
  void issue6_codesAnUnknownCivilBodyOfNoCountryAsAnNgo() {
    assertThat(ActorStage.civilBody("Third World Water Forum")).isTrue();
    assertThat(ActorStage.civilBody("Association of African Jurists")).isTrue();
    assertThat(ActorStage.civilBody("The Ceasefire Violations Committee")).isTrue();
    assertThat(ActorStage.civilBody("Forum")).isFalse();
    assertThat(ActorStage.civilBody("Acme Holdings")).isFalse();
  }

  @Test
  void issue6_letsTheTextsCountryWinOverThePeopleTable() {
    Article a = run("Peruvian President Hugo Chavez arrived.");
    assertThat(code(a, "Hugo Chavez")).isEqualTo("PERGOV");
  }

  @Test
  void givesAKnownFigureHisOwnCountryOverAPlaceHisSentenceNames() {
    Article a = run("Prime Minister Tony Blair flew to Nairobi, where he met aid workers in Kenya.");
    assertThat(actor(a, "Tony Blair").country()).isEqualTo("GBR");
    assertThat(code(a, "Tony Blair")).isEqualTo("GBRGOV");
  }

  @Test
  void codesACompanyByItsLegalFormAsABusinessNotAsItsCountry() {
    Article a = run("Norsk Kabel Ltd of Norway signed a supply contract with Chile.");
    assertThat(code(a, "Norsk Kabel Ltd")).isEqualTo("NORBUS");
  }

  @Test
  void issue6_dropsASpellingThatTwoPeopleOfDifferentCountriesShare() {
    assertThat(ActorStage.knownPeople(List.of("Ann Lee\tCHN\tGOV\tLee", "Bo Lee\tKOR\tGOV\tLee")))
        .containsKeys("ann lee", "bo lee").doesNotContainKey("lee");
  }

  @Test
  void skipsPeopleWithNoCountryOrRole() {
    Article a = run("Lena Holm arrived.");
    assertThat(a.layer(ActorStage.ACTORS)).isEmpty();
  }

  @Test
  void makesEveryMentionOfAPersonAnActor() {
    Article a = run("French President Claire Dubois arrived in Lyon. The French president met workers. "
        + "She then left.");
    assertThat(code(a, "Claire Dubois")).isEqualTo("FRAGOV");
    assertThat(code(a, "The French president")).isEqualTo("FRAGOV");
    assertThat(code(a, "She")).isEqualTo("FRAGOV");
    assertThat(actor(a, "She").entity()).isEqualTo(actor(a, "Claire Dubois").entity());
  }

  @Test
  void codesCountriesAndTheirAliases() {
    Article a = run("Russia and North Korea signed a pact; the DPRK praised it.");
    assertThat(code(a, "Russia")).isEqualTo("RUS");
    assertThat(code(a, "North Korea")).isEqualTo("PRK");
    assertThat(code(a, "DPRK")).isEqualTo("PRK");
  }

  @Test
  void codesCapitalsAndGovernmentSeatsAsGovernments() {
    Article a = run("Moscow and Washington traded barbs, and the Kremlin and the White House issued statements.");
    assertThat(code(a, "Moscow")).isEqualTo("RUSGOV");
    assertThat(code(a, "Washington")).isEqualTo("USAGOV");
    assertThat(code(a, "Kremlin")).isEqualTo("RUSGOV");
    assertThat(code(a, "White House")).isEqualTo("USAGOV");
  }

  @Test
  void codesOtherCitiesByCountry() {
    Article a = run("Protests spread to Chicago.");
    assertThat(code(a, "Chicago")).isEqualTo("USA");
  }

  @Test
  void codesDemonymsWithSectorNouns() {
    Article a = run("Russian troops, Chinese police and the Iranian government were involved; "
        + "the Soviet army and the Russian delegation were not.");
    assertThat(code(a, "Russian troops")).isEqualTo("RUSMIL");
    assertThat(code(a, "Chinese police")).isEqualTo("CHNCOP");
    assertThat(code(a, "Iranian government")).isEqualTo("IRNGOV");
    assertThat(code(a, "Soviet army")).isEqualTo("SUNMIL");
    assertThat(code(a, "Russian delegation")).isEqualTo("RUSGOV");
  }

  @Test
  void codesDemonymsWithAdjectivesBeforeTheSectorNoun() {
    Article a = run("Ukrainian armed forces and Turkish riot police moved in.");
    assertThat(code(a, "Ukrainian armed forces")).isEqualTo("UKRMIL");
    assertThat(code(a, "Turkish riot police")).isEqualTo("TURCOP");
  }

  @Test
  void codesCountryPossessivesWithSectorNouns() {
    Article a = run("Japan's military said the drill was over.");
    assertThat(code(a, "Japan's military")).isEqualTo("JPNMIL");
  }

  @Test
  void leavesDemonymsInsideTitlesToThePerson() {
    Article a = run("Russian President Oleg Varin spoke. The Russian president was calm.");
    assertThat(a.layer(ActorStage.ACTORS)).extracting(x -> x.textIn(a))
        .containsExactly("Oleg Varin", "The Russian president");
  }

  @Test
  void codesIntergovernmentalOrganisations() {
    Article a = run("The UN, the EU, NATO, the African Union, the IMF, the World Bank and the WHO met.");
    assertThat(code(a, "UN")).isEqualTo("IGOUNO");
    assertThat(code(a, "EU")).isEqualTo("IGOEUREEC");
    assertThat(code(a, "NATO")).isEqualTo("IGOWSTNAT");
    assertThat(code(a, "African Union")).isEqualTo("IGOAFRAFU");
    assertThat(code(a, "IMF")).isEqualTo("IGOWSTIMF");
    assertThat(code(a, "World Bank")).isEqualTo("IGOWSTWBK");
    assertThat(code(a, "WHO")).isEqualTo("IGOUNOWHO");
    assertThat(actor(a, "UN").country()).isNull();
  }

  @Test
  void codesOrganisationsByWhatTheyAre() {
    Article a = run("The Russian delegation included space agency Roscosmos chief Pavel Orlov and Russian "
        + "Railway head Ivan Sokol.");
    assertThat(code(a, "Roscosmos")).isEqualTo("RUSGOV");
    assertThat(code(a, "Pavel Orlov")).isEqualTo("RUSGOV");
    assertThat(code(a, "Russian Railway")).isEqualTo("RUSBUS");
    assertThat(code(a, "Ivan Sokol")).isEqualTo("RUSBUS");
  }

  @Test
  void codesIgoOfficialsWithoutCountryByTheirOrganisation() {
    Article a = run("Antonio Guterres urged restraint.");
    assertThat(code(a, "Antonio Guterres")).isEqualTo("IGOUNO");
  }

  @Test
  void skipsRegionsAcrossCountries() {
    Article a = run("Security in Eurasia and the Middle East was discussed.");
    assertThat(a.layer(ActorStage.ACTORS)).isEmpty();
  }

  @Test
  void keepsActorsSortedAndApart() {
    Article a = run("Russian troops entered, and Moscow said the Russian army would stay.");
    List<Actor> actors = a.layer(ActorStage.ACTORS);
    for (int i = 1; i < actors.size(); i++) {
      assertThat(actors.get(i).start()).isGreaterThanOrEqualTo(actors.get(i - 1).end());
    }
    assertThat(actors).extracting(Actor::code).containsExactly("RUSMIL", "RUSGOV", "RUSMIL");
  }

  @Test
  void codesANamedArmedGroupFromTheGroupTable() {
    Article a = run("Boko Haram fighters raided a market on Sunday.");
    assertThat(code(a, "Boko Haram")).isEqualTo("NGAREB");
    assertThat(actor(a, "Boko Haram").country()).isEqualTo("NGA");
  }

  @Test
  void codesAnInternationalGroupWithoutACountry() {
    Article a = run("Reporters Without Borders criticised the new law.");
    assertThat(code(a, "Reporters Without Borders")).isEqualTo("NGOMED");
    assertThat(actor(a, "Reporters Without Borders").country()).isNull();
  }

  @Test
  void codesAGroupNounByTheCountryNamedAfterIt() {
    Article a = run("The talks stalled after rebels in Chile seized a mine.");
    assertThat(code(a, "rebels")).isEqualTo("CHLREB");
    Article b = run("Gunmen shot two guards near the port in Peru.");
    assertThat(code(b, "Gunmen")).isEqualTo("PERUAF");
  }

  @Test
  void leavesAGroupNounWithoutACountryOut() {
    Article a = run("The talks stalled after rebels seized a mine.");
    assertThat(a.layer(ActorStage.ACTORS)).isEmpty();
  }

  @Test
  void joinsARoleOfACountryWithTheNameRightAfterIt() {
    Article a = ArticleFixtures.article("Chilean leader Rosa Vidal met Peru Chile officials.");
    Actor role = new Actor(0, 14, "Chilean leader", "E1", "CHLGOV", "CHL");
    Actor person = new Actor(15, 25, "Rosa Vidal", "E2", "CHL", "CHL");
    assertThat(ActorStage.isRoleBeforeName(a, role, person)).isTrue();
    Actor peru = new Actor(30, 34, "Peru", "E3", "PER", "PER");
    Actor chile = new Actor(35, 40, "Chile", "E4", "CHL", "CHL");
    assertThat(ActorStage.isRoleBeforeName(a, peru, chile)).isFalse();
    assertThat(ActorStage.isRoleBeforeName(a, person, peru)).isFalse();
  }

  @Test
  void codesEthnicAndReligiousPeoplesByTheCountryTheirDemonymNames() {
    Article a = run("Iraqi Kurds marched on Sunday while Shiites stayed home.");
    assertThat(code(a, "Iraqi Kurds")).isEqualTo("IRQKUR");
    assertThat(code(a, "Shiites")).isEqualTo("MOSSHI");
    assertThat(actor(a, "Shiites").country()).isNull();
    assertThat(code(run("A Saudi businessman sued the company."), "Saudi businessman")).isEqualTo("SAUBUS");
  }

  @Test
  void codesAnEthnicGroupPlacedInAnotherCountryAsThatCountrysCivilians() {
    assertThat(actor(run("Police said ethnic Hungarians in southern Romania marched on Sunday."), "Hungarians")
        .country()).isEqualTo("ROU");
    assertThat(actor(run("Police said the Hungarians of northern Romania marched."), "Hungarians").country())
        .isEqualTo("ROU");
    assertThat(actor(run("Thousands of Hungarians in Romania marched on Sunday."), "Hungarians").country())
        .isEqualTo("HUN");
  }

  @Test
  void issue6_placesAnEthnicMinorityInTheOtherCountryItsSentenceNames() {
    assertThat(within(run("Ethnic Russians have rallied against Estonia's new language law."), "Russians")
        .code()).isEqualTo("ESTCVL");
    assertThat(within(run("Ethnic Uzbeks fled to Uzbekistan after clashes in Kyrgyzstan."), "Uzbeks").country())
        .isEqualTo("KGZ");
    // the far side of a border is not where they live: the police's country is
    assertThat(within(run("Serbian police arrested ten ethnic Albanians near the border with Kosovo."), "Albanians")
        .country()).isEqualTo("SRB");
    assertThat(within(run("Albanians protested against Serbia's decision."), "Albanians").country())
        .isEqualTo("ALB");
  }

  @Test
  void issue6_findsAPeopleByItsPluralDemonymWhereTheNameStageTagsNothing() {
    assertThat(within(run("The Serbs walked out of the talks on Monday."), "Serbs").code()).isEqualTo("SRB");
    assertThat(within(run("The Hungarians of northern Serbia demanded autonomy."), "Hungarians").code())
        .isEqualTo("SRBCVL");
  }

  @Test
  void codesTheEuropeanCommunityAsTheUnionItBecame() {
    assertThat(code(run("Greece criticised the European Community on Monday."), "European Community"))
        .isEqualTo("IGOEUREEC");
  }

  @Test
  void issue6_findsTheCountryOfAGroupNounPastAWordOfThePlacesKind() {
    assertThat(within(run("The envoy met dissidents from military-ruled Myanmar on Friday."), "dissidents")
        .code()).isEqualTo("MMROPP");
    assertThat(within(run("Aid reached refugees in war-torn Sudan on Friday."), "refugees").code())
        .isEqualTo("SDNREF");
  }

  @Test
  void givesTwoCoordinatedDemonymsTheNounTheyShare() {
    Article a = run("Police in Chad beat Sudanese and Nigerian refugees on Monday.");
    assertThat(a.layer(ActorStage.ACTORS)).extracting(Actor::code).contains("SDNREF", "NGAREF");
  }

  @Test
  void placesAPeopleInTheCountryTheSentenceNamedBeforeWhenNoneFollows() {
    Article a = run("Elders in Nigeria demanded that power be taken from Hausa politicians.");
    assertThat(actor(a, "Hausa").code()).isEqualTo("NGAHAU");
  }

  @Test
  void issue6_givesTheLoneSurnameOfAFigureOfThePeopleTableItsEntry() {
    assertThat(code(run("Annan urged Syria to accept the peace plan."), "Annan")).isEqualTo("IGOUNO");
    Article abe = run("Abe protested to China over the islands dispute.");
    assertThat(code(abe, "Abe")).isEqualTo("JPNGOV");
    assertThat(actor(abe, "Abe").country()).isEqualTo("JPN");
  }

  @Test
  void issue6_dropsASurnameThatTwoFiguresOfDifferentCountriesShare() {
    assertThat(ActorStage.peopleSurnames(List.of("Ann Lee\tCHN\tGOV", "Bo Lee\tKOR\tGOV", "Al Haddad\tSYR\tGOV",
        "Bo Haddad\tSYR\tGOV"))).doesNotContainKey("lee").containsKey("haddad");
  }

  @Test
  void issue6_codesACapitalisedBodyAfterADemonymOrPossessiveByItsSector() {
    assertThat(code(run("The Philippine Senate condemned the treaty."), "Philippine Senate")).isEqualTo("PHLLEG");
    assertThat(within(run("Egypt's Supreme Court rejected the appeal on Monday."), "Egypt").code())
        .isEqualTo("EGYJUD");
  }

  @Test
  void issue6_codesAnOrganisationTheNameStageTookForAPlace() {
    assertThat(within(run("The African Union condemned the coup in Niger on Thursday."), "African Union").code())
        .isEqualTo("IGOAFRAFU");
  }
}
