package org.herald.stage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.herald.model.Article;
import org.herald.pipeline.Resources;
import org.junit.jupiter.api.Test;

/**
 * The trigger lexicon's two files (issue 6, trigger coverage): the hand-written patterns win over the WordNet
 * ones, the bundled files load, and the stage codes the broadened phrasing, on sentences written for this test,
 * without coding events in sentences that report none.
 */
class TriggerLexiconTest extends EventStageContract {
  private static final CameoTable CAMEO = CameoTable.load(Resources.classpath());

  @Override
  protected List<Article> contractArticles() {
    return List.of(EventFixtures.article("Velmora lampooned Kestrand on Monday.", "Velmora", "PER", "PER", "Kestrand",
        "CHL", "CHL"));
  }

  private static List<String> codes(List<TriggerLexicon.Pattern> patterns) {
    return patterns.stream().map(TriggerLexicon.Pattern::code).toList();
  }

  @Test
  void dropsAGeneratedPatternWhoseFirstWordStartsAHandWrittenOne() {
    TriggerLexicon lex = TriggerLexicon.parse(List.of("attack\t190\tV", "condemn * attack\t111\tV"),
        List.of("attack\t111\tV", "assail\t190\tVT", "onslaught|attack\t190\tN"), CAMEO);
    assertThat(lex.startingWith("attack")).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("190");
      assertThat(p.verb()).isTrue();
    });
    assertThat(codes(lex.startingWith("condemn"))).containsExactly("111");
    assertThat(codes(lex.startingWith("assail"))).containsExactly("190");
    assertThat(lex.startingWith("onslaught")).singleElement().satisfies(p -> {
      assertThat(p.noun()).isTrue();
      assertThat(p.slots()[0]).containsExactly("onslaught");
    });
    assertThat(lex.words()).contains("assail", "onslaught");
    assertThat(lex.verbHeads()).contains("assail").doesNotContain("onslaught");
  }

  @Test
  void rejectsAGeneratedLineWithAnUnknownCode() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TriggerLexicon.parse(List.of("attack\t190\tV"),
        List.of("assail\t999\tV"), CAMEO)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999");
  }

  @Test
  void loadsTheBundledHandWrittenAndWordNetPatterns() {
    TriggerLexicon hand = TriggerLexicon.parse(Resources.classpath().lines(TriggerLexicon.RESOURCE), CAMEO);
    TriggerLexicon both = TriggerLexicon.load(Resources.classpath(), CAMEO);
    assertThat(both.size()).isGreaterThan(hand.size());
    assertThat(hand.startingWith("lampoon")).isEmpty();
    assertThat(codes(both.startingWith("lampoon"))).containsExactly("111");
    // a hand-written word keeps exactly its hand-written patterns
    assertThat(codes(both.startingWith("attack"))).isEqualTo(codes(hand.startingWith("attack")));
  }

  @Test
  void issue6_codesAWordNetTriggerTheHandWrittenLexiconLacks() {
    assertThat(events("Velmora lampooned Kestrand on Monday.", "Velmora", "PER", "PER", "Kestrand", "CHL", "CHL"))
        .extracting(EventFixtures::src, EventFixtures::tgt, Event::cameo).containsExactly(tuple("PER", "CHL", "111"));
    assertThat(events("Chilean troops subjugated the Peruvian villagers.", "Chilean troops", "CHLMIL", "CHL",
        "Peruvian villagers", "PERCVL", "PER")).extracting(Event::cameo).containsExactly("175");
  }

  @Test
  void issue6_ordersToLeaveAreExpulsionsNotDemands() {
    assertThat(events("Peru ordered the Chilean envoy to leave the country within two days.", "Peru", "PER", "PER",
        "Chilean envoy", "CHLGOV", "CHL")).extracting(EventFixtures::tgt, Event::cameo)
        .containsExactly(tuple("CHLGOV", "166"));
  }

  @Test
  void issue6_codesWeaponsShippedAndForcesPutOnAlert() {
    assertThat(events("Peru shipped anti-tank missiles to Chile.", "Peru", "PER", "PER", "Chile", "CHL", "CHL"))
        .extracting(Event::cameo).containsExactly("072");
    assertThat(events("Peru put its navy on the highest alert.", "Peru", "PER", "PER"))
        .extracting(Event::cameo).containsExactly("152");
  }

  @Test
  void issue6_codesLeavingAnAllianceAndClosingAnEmbassyAsReducedRelations() {
    assertThat(events("Peru withdrew from the regional alliance.", "Peru", "PER", "PER"))
        .extracting(Event::cameo).containsExactly("160");
    assertThat(events("Peru closed its embassy in Chile.", "Peru", "PER", "PER", "Chile", "CHL", "CHL"))
        .extracting(Event::cameo).containsExactly("161");
  }

  @Test
  void issue6_codesKillingsAndSuicideBlastsAsAssaults() {
    assertThat(events("Chilean rebels hacked a Peruvian farmer to death.", "Chilean rebels", "CHLREB", "CHL",
        "Peruvian farmer", "PERCVL", "PER")).extracting(Event::cameo).containsExactly("1823");
    assertThat(events("A Chilean militant blew himself up near a Peruvian army post.", "Chilean militant", "CHLREB",
        "CHL", "Peruvian army", "PERMIL", "PER")).extracting(Event::cameo).first().isEqualTo("1831");
  }

  @Test
  void issue6_codesNoEventWhereTheBroadenedWordsAreNotActs() {
    assertThat(events("Sales of Peruvian wine rose in Chile last year.", "Peruvian", "PER", "PER", "Chile", "CHL",
        "CHL")).isEmpty();
    assertThat(events("The border between Peru and Chile runs through the desert.", "Peru", "PER", "PER", "Chile",
        "CHL", "CHL")).isEmpty();
    // WordNet's troponyms of "beat" are contests ("outperform"): none of them is a trigger
    assertThat(events("Peru's economy outperformed Chile's last year.", "Peru", "PER", "PER", "Chile", "CHL",
        "CHL")).isEmpty();
  }
}
