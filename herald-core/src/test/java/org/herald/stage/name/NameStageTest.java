package org.herald.stage.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.herald.model.Article;
import org.herald.pipeline.Stage;
import org.herald.testkit.ArticleFixtures;
import org.herald.testkit.StageContract;
import org.junit.jupiter.api.Test;

class NameStageTest extends StageContract {
  @Override
  protected Stage createStage() {
    return new NameStage();
  }

  @Override
  protected List<Article> contractArticles() {
    return List.of(
        ArticleFixtures.article("Prime Minister Lena Holm met the Kenyan envoy in Nairobi. She said the talks went well."),
        ArticleFixtures.article("RUGBY - FRANCE BEAT ITALY IN ROME ."),
        ArticleFixtures.article("Comments are closed."),
        conll("Dutch striker Pieter Vos scored twice for Ajax on Sunday ."));
  }

  private Article run(String text) {
    return stage.apply(ArticleFixtures.article(text));
  }

  /** A CoNLL-style sentence: tokens separated by single spaces, given as one pre-tokenised sentence. */
  private static Article conll(String sentence) {
    String[] toks = sentence.split(" ");
    int[] starts = new int[toks.length];
    int[] ends = new int[toks.length];
    int pos = 0;
    for (int i = 0; i < toks.length; i++) {
      starts[i] = pos;
      ends[i] = pos + toks[i].length();
      pos = ends[i] + 1;
    }
    return Article.builder("conll", sentence).build().withTokens(starts, ends, new int[] {0});
  }

  private static List<Entity> entities(Article a) {
    return a.layer(NameStage.ENTITIES);
  }

  private static Entity entity(Article a, String name) {
    return entities(a).stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + entities(a)));
  }

  private static List<String> mentionTexts(Article a, Entity e) {
    return e.mentions().stream().map(m -> m.textIn(a)).toList();
  }

  @Test
  void readsTitlesBeforeNamesWithTheirCountry() {
    Article a = run("German Chancellor Anna Keller met Finance Minister Tomas Brandt in Berlin on Friday.");
    Entity keller = entity(a, "Anna Keller");
    assertThat(keller.type()).isEqualTo(EntityType.PERSON);
    assertThat(keller.roles()).containsExactly("Chancellor");
    assertThat(keller.country()).isEqualTo("DEU");
    Entity brandt = entity(a, "Tomas Brandt");
    assertThat(brandt.roles()).containsExactly("Finance Minister");
    assertThat(brandt.country()).isEqualTo("DEU");
    assertThat(entity(a, "German").type()).isEqualTo(EntityType.MISC);
    assertThat(entity(a, "Berlin").geo()).isNotNull();
  }

  @Test
  void keepsMultiWordTitlesWhole() {
    Article a = run("The cabinet includes First Deputy Prime Minister Karl Stenberg of Norway.");
    Entity p = entity(a, "Karl Stenberg");
    assertThat(p.roles()).containsExactly("First Deputy Prime Minister");
  }

  @Test
  void readsRolesFromAppositionsAfterNames() {
    Article a = run("Maria Santos, Brazil's trade minister, arrived in Lisbon on Monday.");
    Entity santos = entity(a, "Maria Santos");
    assertThat(santos.roles()).containsExactly("trade minister");
    assertThat(santos.country()).isEqualTo("BRA");
  }

  @Test
  void readsHeadOfOrganisationAppositions() {
    Article a = run("Pavel Orlov, head of Roscosmos, said the launch would go ahead.");
    Entity orlov = entity(a, "Pavel Orlov");
    assertThat(orlov.roles()).containsExactly("head of Roscosmos");
    assertThat(orlov.country()).isEqualTo("RUS");
    assertThat(entity(a, "Roscosmos").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void readsLowerCaseTitlesAfterAnOrganisation() {
    Article a = run("The Ukrainian team was led by state railway Ukrzaliznytsia chief Ivan Hrytsenko.");
    Entity p = entity(a, "Ivan Hrytsenko");
    assertThat(p.roles()).containsExactly("head of Ukrzaliznytsia");
    assertThat(p.country()).isEqualTo("UKR");
    assertThat(entity(a, "Ukrzaliznytsia").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void linksRoleOnlyMentionsToTheOnePersonWithThatRole() {
    Article a = run("French President Claire Dubois arrived in Rome. The French president later met students.");
    Entity dubois = entity(a, "Claire Dubois");
    assertThat(dubois.country()).isEqualTo("FRA");
    assertThat(mentionTexts(a, dubois)).containsExactly("Claire Dubois", "The French president");
    assertThat(dubois.mentions().get(1).kind()).isEqualTo(MentionKind.ROLE);
  }

  @Test
  void leavesRoleOnlyMentionsUnlinkedWhenTwoPeopleFit() {
    Article a = run("President Ana Lima met President Jon Berg. The president smiled.");
    assertThat(entities(a).stream().flatMap(e -> e.mentions().stream()))
        .noneMatch(m -> m.kind() == MentionKind.ROLE);
  }

  @Test
  void givesTheModelsOwnBioTagsOneAWordWithoutTheRules() {
    String[][] tags = ((NameStage) stage).modelTags(new String[][] {
        "Dutch striker Pieter Vos scored twice for Ajax on Sunday .".split(" "), "He left .".split(" ")});
    assertThat(tags[0]).hasSize(11).startsWith("B-MISC", "O", "B-PER", "I-PER", "O").endsWith("O");
    assertThat(tags[1]).containsExactly("O", "O", "O");
    assertThatThrownBy(() -> new NameStage().modelTags(new String[][] {{"x"}}))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void bindsPronounsToTheOnlyPersonNearby() {
    Article a = run("Health Minister Ivo Petrov visited a clinic in Sofia. He praised the staff.");
    Entity petrov = entity(a, "Ivo Petrov");
    assertThat(mentionTexts(a, petrov)).containsExactly("Ivo Petrov", "He");
    assertThat(petrov.mentions().get(1).kind()).isEqualTo(MentionKind.PRONOUN);
  }

  @Test
  void leavesPronounsUnboundWhenTwoPeopleAreNearby() {
    // titles make both persons whatever the model guesses of bare names: this test is about pronouns
    Article a = run("Minister Lena Holm met Judge Marta Ruiz in Madrid. She left early.");
    assertThat(entities(a).stream().flatMap(e -> e.mentions().stream()))
        .noneMatch(m -> m.kind() == MentionKind.PRONOUN);
  }

  @Test
  void linksSurnamesToTheFullNameAndKeepsTheLongestForm() {
    Article a = run("Petrov spoke first. Later, Ivo Petrov answered questions. Petrov then left.");
    List<Entity> people = entities(a).stream().filter(e -> e.type() == EntityType.PERSON).toList();
    assertThat(people).hasSize(1);
    assertThat(people.get(0).name()).isEqualTo("Ivo Petrov");
    assertThat(mentionTexts(a, people.get(0))).containsExactly("Petrov", "Ivo Petrov", "Petrov");
  }

  @Test
  void mergesCountryAliasesIntoOneLocationWithCoordinates() {
    Article a = run("North Korea said the DPRK would respond to any pressure.");
    List<Entity> es = entities(a);
    assertThat(es).hasSize(1);
    Entity nk = es.get(0);
    assertThat(nk.type()).isEqualTo(EntityType.LOCATION);
    assertThat(nk.country()).isEqualTo("PRK");
    assertThat(nk.name()).isEqualTo("North Korea");
    assertThat(mentionTexts(a, nk)).containsExactly("North Korea", "DPRK");
    assertThat(nk.geo().lat()).isBetween(38.0, 40.0);
  }

  @Test
  void codesTheSovietUnionAsSun() {
    Article a = run("The deal was signed in the USSR; later the Soviet Union broke apart.");
    Entity sun = entity(a, "Soviet Union");
    assertThat(sun.country()).isEqualTo("SUN");
    assertThat(sun.mentions()).hasSize(2);
  }

  @Test
  void knowsTheUsAndBritainByShortNames() {
    Article a = run("Officials in the US and Britain welcomed the move.");
    assertThat(entity(a, "United States").country()).isEqualTo("USA");
    assertThat(entity(a, "United Kingdom").country()).isEqualTo("GBR");
  }

  @Test
  void skipsSentenceInitialCommonWordsDaysAndMonths() {
    Article a = run("According to officials, the talks ended on Tuesday. The next round starts in September.");
    assertThat(entities(a)).isEmpty();
  }

  @Test
  void recognisesOrganisationsByTheirCueWords() {
    Article a = run("The Ministry of Finance and the Bank of Nordland disagreed with the Liberal Party.");
    assertThat(entity(a, "Ministry of Finance").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(entity(a, "Bank of Nordland").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(entity(a, "Liberal Party").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void recognisesNewspapersAfterDaily() {
    Article a = run("The article ran in the state daily, Vecherny Listok, on its front page.");
    Entity paper = entity(a, "Vecherny Listok");
    assertThat(paper.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(paper.roles()).contains("daily");
  }

  @Test
  void givesGovernmentSeatsTheirCountry() {
    Article a = run("NATO and the United Nations criticised the Kremlin and the White House.");
    assertThat(entity(a, "NATO").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(entity(a, "United Nations").country()).isNull();
    assertThat(entity(a, "Kremlin").country()).isEqualTo("RUS");
    assertThat(entity(a, "White House").country()).isEqualTo("USA");
  }

  @Test
  void makesDemonymsMiscWithTheirCountry() {
    Article a = run("Chinese and Japanese diplomats met, and Koreans watched.");
    assertThat(entity(a, "Chinese").type()).isEqualTo(EntityType.MISC);
    assertThat(entity(a, "Chinese").country()).isEqualTo("CHN");
    assertThat(entity(a, "Japanese").country()).isEqualTo("JPN");
    assertThat(entity(a, "Koreans").country()).isEqualTo("KOR");
  }

  @Test
  void choosesNorthKoreaForKoreanWhenTheArticleIsAboutIt() {
    Article a = run("Pyongyang hosted the summit. Korean officials attended.");
    assertThat(entity(a, "Korean").country()).isEqualTo("PRK");
  }

  @Test
  void namesWarsAndEventsAsMisc() {
    Article a = run("Veterans of the Korean War gathered in Seoul.");
    assertThat(entity(a, "Korean War").type()).isEqualTo(EntityType.MISC);
    assertThat(entity(a, "Seoul").country()).isEqualTo("KOR");
  }

  @Test
  void usesTheLeaderListForCountryAndRole() {
    Article a = run("Xi Jinping spoke by phone with Emmanuel Macron.");
    assertThat(entity(a, "Xi Jinping").country()).isEqualTo("CHN");
    assertThat(entity(a, "Emmanuel Macron").country()).isEqualTo("FRA");
    assertThat(entity(a, "Emmanuel Macron").roles()).containsExactly("President");
  }

  @Test
  void keepsHyphenatedKoreanNamesAndSkipsHyphenatedAdjectives() {
    Article a = run("Kim Jong-un inspected a US-backed project near the border.");
    assertThat(entity(a, "Kim Jong-un").country()).isEqualTo("PRK");
    assertThat(entities(a)).hasSize(1);
  }

  @Test
  void findsPlacesBeforeLowerCaseSiteNouns() {
    Article a = run("The rocket left from the Plesetsk cosmodrome at dawn.");
    assertThat(entity(a, "Plesetsk").type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void findsDictionaryNamesInAllCapitalHeadlines() {
    Article a = ArticleFixtures.article("RUGBY - FRANCE BEAT ITALY IN ROME .");
    a = stage.apply(a);
    assertThat(entities(a)).extracting(Entity::name).containsExactly("France", "Italy", "Rome");
    assertThat(entities(a)).extracting(Entity::type)
        .containsOnly(EntityType.LOCATION);
  }

  @Test
  void alignsWithPreTokenisedConllSentences() {
    Article a = stage.apply(conll("Dutch striker Pieter Vos scored twice for Ajax on Sunday ."));
    assertThat(entity(a, "Dutch").type()).isEqualTo(EntityType.MISC);
    Entity vos = entity(a, "Pieter Vos");
    assertThat(vos.type()).isEqualTo(EntityType.PERSON);
    assertThat(vos.roles()).containsExactly("striker");
    for (Entity e : entities(a)) {
      for (Mention m : e.mentions()) {
        assertThat(a.tokenAt(m.start())).isNotNegative();
        assertThat(a.tokenStart(a.tokenAt(m.start()))).isEqualTo(m.start());
        assertThat(a.tokenEnd(a.tokenAt(m.end() - 1))).isEqualTo(m.end());
      }
    }
  }

  @Test
  void numbersEntitiesInOrderOfFirstMention() {
    Article a = run("Moscow answered Kyiv. Then Kyiv answered Moscow and Minsk.");
    assertThat(entities(a)).extracting(Entity::id).containsExactly("E1", "E2", "E3");
    assertThat(entities(a)).extracting(Entity::name).containsExactly("Moscow", "Kyiv", "Minsk");
  }

  @Test
  void readsTheDatelineCityAsAPlaceAndTheWireInBracketsAsAnOrganisation() {
    Article a = run("LIMA, May 3 (Andes Wire) - Talks on copper exports stalled on Friday, Mining Minister Rosa Quispe said.");
    assertThat(entity(a, "Lima").type()).isEqualTo(EntityType.LOCATION);
    assertThat(entity(a, "Lima").country()).isEqualTo("PER");
    assertThat(entity(a, "Andes Wire").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(entity(a, "Rosa Quispe").country()).isEqualTo("PER"); // the dateline's country
    assertThat(entities(a)).noneMatch(e -> e.type() == EntityType.PERSON && e.name().contains("Wire"));
  }

  @Test
  void givesOfficialsTheCountryOfAPlacePhraseOpeningTheSentence() {
    Article a = run("In Oslo, Deputy Trade Minister Jon Dahl said the offer from Peru was fair.");
    assertThat(entity(a, "Jon Dahl").country()).isEqualTo("NOR");
  }

  @Test
  void givesOfficialsTheSubjectCountryOfTheClauseButNotTheirCounterpartsCountry() {
    Article a = run("Norway will send two ships to Peru, Defence Minister Eva Lunde said after talks with her "
        + "Peruvian counterpart in Lima.");
    assertThat(entity(a, "Eva Lunde").country()).isEqualTo("NOR");
  }

  @Test
  void givesACounterpartTheRoleOfThePersonMetAndTheCountryOfTheDemonym() {
    Article a = run("Chilean Foreign Minister Pablo Rojas will meet his Peruvian counterpart, Ana Torres, on Monday.");
    Entity torres = entity(a, "Ana Torres");
    assertThat(torres.roles()).containsExactly("Foreign Minister");
    assertThat(torres.country()).isEqualTo("PER");
  }

  @Test
  void matchesAMinisterToTheMinistryNamedJustBefore() {
    Article a = run("A Danish frigate was shadowed near Russia's coast, the Danish defence ministry said. "
        + "Defence Minister Lars Holm accused Moscow of a provocation.");
    assertThat(entity(a, "Lars Holm").country()).isEqualTo("DNK");
  }

  @Test
  void fallsBackToTheArticlesDominantCountryForOfficials() {
    Article a = run("Tea exports from Kenya rose. Farmers in Kenya welcomed the news. Prices in Uganda fell. "
        + "Trade Minister Joy Wambui said the outlook was good.");
    assertThat(entity(a, "Joy Wambui").country()).isEqualTo("KEN");
  }

  @Test
  void readsLowerCaseAppositionRolesInTheirOwnWords() {
    Article a = run("Omar Haddad, a spokesman for Jordan's foreign ministry, said the border was calm. "
        + "Lina Park, a counsellor at the Korean embassy in Lima, left on Monday. "
        + "Amir Khan, the Bangladeshi army's chief spokesman, denied the report.");
    assertThat(entity(a, "Omar Haddad").roles()).containsExactly("foreign ministry spokesman");
    assertThat(entity(a, "Omar Haddad").country()).isEqualTo("JOR");
    assertThat(entity(a, "Lina Park").roles()).containsExactly("counsellor at the Korean embassy in Lima");
    assertThat(entity(a, "Amir Khan").roles()).containsExactly("chief army spokesman");
    assertThat(entity(a, "Amir Khan").country()).isEqualTo("BGD");
  }

  @Test
  void keepsOrganisationNamesInRolesAndGivesTheirStaffNoCountryFromContext() {
    Article a = run("HANOI, May 3 (Asia Wire) - Ida Berg, a spokeswoman for the EU's trade service, said Vietnam "
        + "had met its terms. A World Bank economist, Tom Reyes, said growth would slow. "
        + "Growth will pick up, said Mia Holt, who led the IMF mission to Hanoi.");
    Entity berg = entity(a, "Ida Berg");
    assertThat(berg.roles()).containsExactly("spokeswoman for the EU trade service");
    assertThat(berg.country()).isNull();
    assertThat(entity(a, "Tom Reyes").roles()).containsExactly("World Bank economist");
    assertThat(entity(a, "Tom Reyes").country()).isNull();
    assertThat(entity(a, "Mia Holt").roles()).containsExactly("head of the IMF mission to Hanoi");
    assertThat(entity(a, "Mia Holt").country()).isNull();
  }

  @Test
  void readsARoleThatOpensTheSentenceBeforeTheName() {
    Article a = run("Chile's labour ministry spokeswoman, Carla Soto, said wages would rise.");
    Entity soto = entity(a, "Carla Soto");
    assertThat(soto.roles()).containsExactly("labour ministry spokeswoman");
    assertThat(soto.country()).isEqualTo("CHL");
  }

  @Test
  void readsRolesAfterWhoServesAs() {
    Article a = run("Paul Mwangi, a former Kenyan diplomat who serves as the AU's envoy for the lake talks, spoke.");
    Entity p = entity(a, "Paul Mwangi");
    assertThat(p.roles()).containsExactly("former Kenyan diplomat", "AU envoy for the lake talks");
    assertThat(p.country()).isEqualTo("KEN");
  }

  @Test
  void splitsChainedTitlesAndKeepsRoyalTitlesOutOfTheName() {
    Article a = run("Navy spokesman Rear Admiral Kofi Mensah met Deputy Energy Secretary Paul Grant and Qatari "
        + "Interior Minister Sheikh Hamad bin Nasser. Sheikh Hamad said little.");
    assertThat(entity(a, "Kofi Mensah").roles()).contains("Rear Admiral");
    assertThat(entity(a, "Paul Grant").roles()).containsExactly("Deputy Energy Secretary");
    Entity hamad = entity(a, "Hamad bin Nasser");
    assertThat(hamad.roles()).containsExactly("Interior Minister", "Sheikh");
    assertThat(hamad.country()).isEqualTo("QAT");
    assertThat(mentionTexts(a, hamad)).contains("Hamad bin Nasser", "Hamad");
  }

  @Test
  void keepsASentenceInitialCommonWordThatStartsATitle() {
    Article a = run("Major General Ali Reza said the drill was over. Water Resources Minister Sami Adel agreed.");
    assertThat(entity(a, "Ali Reza").roles()).containsExactly("Major General");
    assertThat(entity(a, "Sami Adel").roles()).containsExactly("Water Resources Minister");
  }

  @Test
  void givesTheLeaderOfADelegationItsCountry() {
    Article a = run("The Greek delegation was led by Deputy Foreign Minister Nikos Pappas, and talks lasted a day in Oslo.");
    assertThat(entity(a, "Nikos Pappas").country()).isEqualTo("GRC");
  }

  @Test
  void sharesATitleCountryBetweenCoordinatedOfficials() {
    Article a = run("Irish Finance Minister Sean Walsh and Health Minister Mary Byrne met unions in Paris.");
    assertThat(entity(a, "Mary Byrne").country()).isEqualTo("IRL");
  }

  @Test
  void givesAnAideTheCountryOfTheLeaderTheyServe() {
    Article a = run("Emmanuel Macron spoke first. Kofi Boateng, Macron's chief economic adviser, said nothing.");
    Entity p = entity(a, "Kofi Boateng");
    assertThat(p.roles()).containsExactly("chief economic adviser");
    assertThat(p.country()).isEqualTo("FRA");
  }

  @Test
  void linksAFamilyNameWrittenFirstToTheFullName() {
    Article a = run("Commerce Minister Li Wenhao arrived in Oslo. Li said the talks went well.");
    Entity li = entity(a, "Li Wenhao");
    assertThat(mentionTexts(a, li)).contains("Li Wenhao", "Li");
    assertThat(entities(a)).filteredOn(e -> e.type() == EntityType.PERSON).hasSize(1);
  }

  @Test
  void splitsTwoBylineNamesJoinedByAnAmpersand() {
    Article a = run("By Anna Berg & Jonas Lind\nThe port reopened on Monday.");
    assertThat(entity(a, "Anna Berg").type()).isEqualTo(EntityType.PERSON);
    assertThat(entity(a, "Jonas Lind").type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void readsACourtOfSomethingAsAnOrganisationNotATitle() {
    Article a = run("The case went to the International Court of Justice in The Hague.");
    assertThat(entity(a, "International Court of Justice").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void handlesAParagraphShapedLikeANewsReport() {
    String text = """
        Macron outlines aims of visit to Vietnam
        Paris and Hanoi will deepen energy and defence ties, French President Emmanuel Macron has said, before \
        his trip to Vietnam on Thursday. The French president set out his aims in an interview with the \
        Hanoi daily, Nhan Dan.
        He also promised more student exchanges between the two countries.
        According to the Elysee, the French delegation will include Foreign Minister Julien Marchand, \
        Armed Forces Minister Claire Vautrin, space agency CNES chief Marc Delorme, and French Rail head \
        Paul Girard.""";
    Article a = run(text);
    Entity macron = entity(a, "Emmanuel Macron");
    assertThat(macron.country()).isEqualTo("FRA");
    assertThat(macron.roles()).containsExactly("President");
    assertThat(mentionTexts(a, macron)).contains("Macron", "Emmanuel Macron", "The French president", "He");
    assertThat(entity(a, "Julien Marchand").roles()).containsExactly("Foreign Minister");
    assertThat(entity(a, "Julien Marchand").country()).isEqualTo("FRA");
    assertThat(entity(a, "Claire Vautrin").roles()).containsExactly("Armed Forces Minister");
    assertThat(entity(a, "Marc Delorme").roles()).containsExactly("head of CNES");
    assertThat(entity(a, "Paul Girard").roles()).containsExactly("head of French Rail");
    assertThat(entity(a, "Paul Girard").country()).isEqualTo("FRA");
    assertThat(entity(a, "Vietnam").country()).isEqualTo("VNM");
    assertThat(entity(a, "Hanoi").geo()).isNotNull();
    assertThat(entity(a, "Nhan Dan").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(entity(a, "Elysee").country()).isEqualTo("FRA");
  }
}
