package org.herald.stage.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.herald.pipeline.Resources;
import org.junit.jupiter.api.Test;

/** The clause rules on hand-tagged sentences, so that these tests do not depend on the trained model. */
class ClausesTest {
  private static final Clauses CLAUSES = Clauses.load(Resources.classpath());

  /**
   * The clauses of a sentence written {@code word/TAG/CHUNK ...}, each rendered as
   * {@code verb-group | S=subject | O=object | PP=prep:object,... | voice | agent | not | modality}.
   */
  static List<String> read(String tagged) {
    String[] items = tagged.split(" ");
    String[] words = new String[items.length];
    String[] pos = new String[items.length];
    String[] chunks = new String[items.length];
    for (int i = 0; i < items.length; i++) {
      String[] f = items[i].split("/");
      words[i] = f[0];
      pos[i] = f[1];
      chunks[i] = f[2];
    }
    int offset = 100; // article-wide indexes: the sentence starts at token 100
    List<String> out = new ArrayList<>();
    for (Clause c : CLAUSES.read(words, pos, chunks, offset)) {
      StringBuilder b = new StringBuilder(span(words, offset, c.verbStart(), c.verbEnd()));
      b.append(" (").append(words[c.head() - offset]).append(')');
      b.append(" | S=").append(phrases(words, offset, c.subject()));
      if (c.isSubjectShared()) {
        b.append(" (shared)");
      }
      b.append(" | O=").append(phrases(words, offset, c.object()));
      b.append(" | PP=").append(c.attachments().stream()
          .map(a -> a.word() + ":" + span(words, offset, a.object().firstToken(), a.object().endToken()))
          .collect(Collectors.joining(",")));
      b.append(" | ").append(c.voice());
      if (!c.agent().isEmpty()) {
        b.append(" by=").append(phrases(words, offset, c.agent()));
      }
      if (c.isNegated()) {
        b.append(" | not");
      }
      if (c.modality() != null) {
        b.append(" | ").append(c.modality()).append('@').append(words[c.modalToken() - offset]);
      }
      out.add(b.toString());
    }
    return out;
  }

  private static String phrases(String[] words, int offset, List<Phrase> ps) {
    return ps.stream().map(p -> span(words, offset, p.firstToken(), p.endToken()) + "{" + words[p.head() - offset]
        + "}").collect(Collectors.joining(" + "));
  }

  private static String span(String[] words, int offset, int from, int to) {
    return String.join(" ", List.of(words).subList(from - offset, to - offset));
  }

  @Test
  void findsTheSubjectTheObjectAndThePrepositionalPhrasesAfterThem() {
    assertThat(read("Russian/JJ/B-NP troops/NNS/I-NP attacked/VBD/B-VP the/DT/B-NP convoy/NN/I-NP in/IN/B-PP "
        + "Kyiv/NNP/B-NP on/IN/B-PP Monday/NNP/B-NP ./././O"))
        .containsExactly("attacked (attacked) | S=Russian troops{troops} | O=the convoy{convoy} "
            + "| PP=in:Kyiv,on:Monday | ACTIVE");
  }

  @Test
  void readsAPassiveWithItsByAgentAsTheActor() {
    List<String> c = read("The/DT/B-NP convoy/NN/I-NP was/VBD/B-VP attacked/VBN/I-VP by/IN/B-PP rebels/NNS/B-NP "
        + "near/IN/B-PP Aleppo/NNP/B-NP ./././O");
    assertThat(c).containsExactly("was attacked (attacked) | S=The convoy{convoy} | O= | PP=near:Aleppo "
        + "| PASSIVE by=rebels{rebels}");
  }

  @Test
  void theActorOfAPassiveIsItsAgentAndThePatientItsSubject() {
    String[] w = {"Talks", "were", "held", "by", "envoys"};
    Clause c = CLAUSES.read(w, new String[] {"NNS", "VBD", "VBN", "IN", "NNS"},
        new String[] {"B-NP", "B-VP", "I-VP", "B-PP", "B-NP"}, 0).get(0);
    assertThat(c.actor()).extracting(Phrase::head).containsExactly(4);
    assertThat(c.patient()).extracting(Phrase::head).containsExactly(0);
  }

  @Test
  void aPastParticipleWithoutAuxiliaryIsPassiveOnlyBeforeBy() {
    assertThat(read("the/DT/B-NP convoy/NN/I-NP attacked/VBN/B-VP by/IN/B-PP rebels/NNS/B-NP"))
        .containsExactly("attacked (attacked) | S=the convoy{convoy} | O= | PP= | PASSIVE by=rebels{rebels}");
    assertThat(read("Iran/NNP/B-NP has/VBZ/B-VP attacked/VBN/I-VP ships/NNS/B-NP"))
        .containsExactly("has attacked (attacked) | S=Iran{Iran} | O=ships{ships} | PP= | ACTIVE");
  }

  @Test
  void marksANegationInsideTheVerbGroup() {
    assertThat(read("Iran/NNP/B-NP did/VBD/B-VP n't/RB/I-VP sign/VB/I-VP the/DT/B-NP deal/NN/I-NP"))
        .containsExactly("did n't sign (sign) | S=Iran{Iran} | O=the deal{deal} | PP= | ACTIVE | not");
    assertThat(read("Iran/NNP/B-NP has/VBZ/B-VP never/RB/I-VP signed/VBN/I-VP"))
        .allMatch(s -> s.endsWith("| not"));
  }

  @Test
  void readsModalsAndVerbsOfIntentAsModality() {
    assertThat(read("China/NNP/B-NP will/MD/B-VP send/VB/I-VP troops/NNS/B-NP"))
        .containsExactly("will send (send) | S=China{China} | O=troops{troops} | PP= | ACTIVE | future@will");
    assertThat(read("Russia/NNP/B-NP plans/VBZ/B-VP to/TO/I-VP expel/VB/I-VP diplomats/NNS/B-NP"))
        .containsExactly("plans to expel (expel) | S=Russia{Russia} | O=diplomats{diplomats} | PP= | ACTIVE "
            + "| intent@plans");
    assertThat(read("Rebels/NNS/B-NP threatened/VBD/B-VP to/TO/I-VP attack/VB/I-VP"))
        .allMatch(s -> s.endsWith("| threat@threatened"));
  }

  @Test
  void aVerbOfIntentWithoutToIsPlainlyAsserted() {
    assertThat(read("They/PRP/B-NP agreed/VBD/B-VP a/DT/B-NP ceasefire/NN/I-NP"))
        .containsExactly("agreed (agreed) | S=They{They} | O=a ceasefire{ceasefire} | PP= | ACTIVE");
  }

  @Test
  void splitsACoordinatedSubjectIntoConjuncts() {
    assertThat(read("Russia/NNP/B-NP and/CC/O North/NNP/B-NP Korea/NNP/I-NP signed/VBD/B-VP a/DT/B-NP "
        + "pact/NN/I-NP"))
        .containsExactly("signed (signed) | S=Russia{Russia} + North Korea{Korea} | O=a pact{pact} | PP= | ACTIVE");
  }

  @Test
  void splitsTwoProperNamesChunkedAsOnePhraseIntoConjuncts() {
    assertThat(read("Moscow/NNP/B-NP and/CC/I-NP Pyongyang/NNP/I-NP will/MD/B-VP develop/VB/I-VP trade/NN/B-NP "
        + "and/CC/I-NP security/NN/I-NP arrangements/NNS/I-NP"))
        .containsExactly("will develop (develop) | S=Moscow{Moscow} + Pyongyang{Pyongyang} "
            + "| O=trade and security arrangements{arrangements} | PP= | ACTIVE | future@will");
  }

  @Test
  void aNonFiniteVerbBelongsToTheNearestNounPhrase() {
    assertThat(read("He/PRP/B-NP wrote/VBD/B-VP an/DT/B-NP article/NN/I-NP in/IN/B-PP the/DT/B-NP daily/NN/I-NP "
        + "published/VBN/B-VP by/IN/B-PP the/DT/B-NP party/NN/I-NP"))
        .last().isEqualTo("published (published) | S=the daily{daily} | O= | PP= | PASSIVE by=the party{party}");
    assertThat(read("the/DT/B-NP right/NN/I-NP of/IN/B-PP people/NNS/B-NP to/TO/B-VP choose/VB/I-VP"))
        .containsExactly("to choose (choose) | S=people{people} | O= | PP= | ACTIVE");
  }

  @Test
  void anOpeningQuoteBetweenSubjectAndVerbIsSkipped() {
    assertThat(read("Russia/NNP/B-NP ``/``/O will/MD/B-VP win/VB/I-VP ''/''/O"))
        .containsExactly("will win (win) | S=Russia{Russia} | O= | PP= | ACTIVE | future@will");
  }

  @Test
  void onlyAFiniteVerbAfterAQuotationTakesAnInvertedSubject() {
    assertThat(read("exchanges/NNS/B-NP ''/''/O to/TO/B-VP promote/VB/I-VP confidence/NN/B-NP"))
        .containsExactly("to promote (promote) | S= | O=confidence{confidence} | PP= | ACTIVE");
  }

  @Test
  void aSecondCoordinatedVerbSharesTheFirstOnesSubject() {
    assertThat(read("Putin/NNP/B-NP met/VBD/B-VP Xi/NNP/B-NP and/CC/O signed/VBD/B-VP a/DT/B-NP treaty/NN/I-NP"))
        .containsExactly("met (met) | S=Putin{Putin} | O=Xi{Xi} | PP= | ACTIVE",
            "signed (signed) | S=Putin{Putin} (shared) | O=a treaty{treaty} | PP= | ACTIVE");
  }

  @Test
  void aVerbGroupChunkedAcrossACoordinatorIsSplitIntoTwoClauses() {
    assertThat(read("Putin/NNP/B-NP met/VBD/B-VP and/CC/I-VP thanked/VBD/I-VP Xi/NNP/B-NP"))
        .containsExactly("met (met) | S=Putin{Putin} | O= | PP= | ACTIVE",
            "thanked (thanked) | S=Putin{Putin} (shared) | O=Xi{Xi} | PP= | ACTIVE");
  }

  @Test
  void aCoordinatedObjectStopsWhereANewClauseBegins() {
    assertThat(read("Putin/NNP/B-NP met/VBD/B-VP Xi/NNP/B-NP and/CC/O Modi/NNP/B-NP in/IN/B-PP Moscow/NNP/B-NP"))
        .containsExactly("met (met) | S=Putin{Putin} | O=Xi{Xi} + Modi{Modi} | PP=in:Moscow | ACTIVE");
    assertThat(read("Russia/NNP/B-NP attacked/VBD/B-VP Ukraine/NNP/B-NP and/CC/O China/NNP/B-NP "
        + "protested/VBD/B-VP"))
        .containsExactly("attacked (attacked) | S=Russia{Russia} | O=Ukraine{Ukraine} | PP= | ACTIVE",
            "protested (protested) | S=China{China} | O= | PP= | ACTIVE");
  }

  @Test
  void theHeadOfASubjectWithAPrepositionalModifierIsTheFirstNoun() {
    assertThat(read("The/DT/B-NP president/NN/I-NP of/IN/B-PP Russia/NNP/B-NP visited/VBD/B-VP "
        + "Beijing/NNP/B-NP"))
        .containsExactly("visited (visited) | S=The president of Russia{president} | O=Beijing{Beijing} | PP= "
            + "| ACTIVE");
  }

  @Test
  void aPossessorBelongsToThePhraseButIsNotItsHead() {
    assertThat(read("Russia/NNP/B-NP 's/POS/B-NP president/NN/I-NP warned/VBD/B-VP Kyiv/NNP/B-NP"))
        .containsExactly("warned (warned) | S=Russia 's president{president} | O=Kyiv{Kyiv} | PP= | ACTIVE");
    assertThat(read("Kyiv/NNP/B-NP warned/VBD/B-VP Russia/NNP/B-NP 's/POS/I-NP president/NN/B-NP"))
        .containsExactly("warned (warned) | S=Kyiv{Kyiv} | O=Russia 's president{president} | PP= | ACTIVE");
  }

  @Test
  void skipsAnAppositionBetweenTheSubjectAndTheVerb() {
    assertThat(read("Vladimir/NNP/B-NP Putin/NNP/I-NP ,/,/O the/DT/B-NP Russian/JJ/I-NP president/NN/I-NP ,/,/O "
        + "said/VBD/B-VP"))
        .containsExactly("said (said) | S=Vladimir Putin , the Russian president{Putin} | O= | PP= | ACTIVE");
  }

  @Test
  void skipsARelativeClauseAsideToTheSubjectBeforeIt() {
    List<String> c = read("Putin/NNP/B-NP ,/,/O who/WP/B-NP arrived/VBD/B-VP on/IN/B-PP Monday/NNP/B-NP ,/,/O "
        + "criticised/VBD/B-VP NATO/NNP/B-NP");
    assertThat(c).containsExactly("arrived (arrived) | S=Putin{Putin} | O= | PP=on:Monday | ACTIVE",
        "criticised (criticised) | S=Putin , who arrived on Monday{Putin} | O=NATO{NATO} | PP= | ACTIVE");
  }

  @Test
  void aRelativePronounStandsForThePhraseBeforeIt() {
    assertThat(read("the/DT/B-NP rebels/NNS/I-NP who/WP/B-NP attacked/VBD/B-VP the/DT/B-NP convoy/NN/I-NP "
        + "fled/VBD/B-VP"))
        .first().isEqualTo("attacked (attacked) | S=the rebels{rebels} | O=the convoy{convoy} | PP= | ACTIVE");
  }

  @Test
  void readsAnInvertedSubjectAfterAQuotation() {
    assertThat(read("``/``/O We/PRP/B-NP will/MD/B-VP win/VB/I-VP ,/,/O ''/''/O said/VBD/B-VP Putin/NNP/B-NP "
        + "./././O"))
        .containsExactly("will win (win) | S=We{We} | O= | PP= | ACTIVE | future@will",
            "said (said) | S=Putin{Putin} | O= | PP= | ACTIVE");
  }

  @Test
  void aSubordinateClauseAfterThatHasItsOwnSubject() {
    assertThat(read("Officials/NNS/B-NP said/VBD/B-VP that/IN/B-SBAR Iran/NNP/B-NP seized/VBD/B-VP "
        + "a/DT/B-NP tanker/NN/I-NP"))
        .containsExactly("said (said) | S=Officials{Officials} | O= | PP= | ACTIVE",
            "seized (seized) | S=Iran{Iran} | O=a tanker{tanker} | PP= | ACTIVE");
  }

  @Test
  void aSentenceWithoutAVerbGroupHasNoClause() {
    assertThat(read("No/DT/B-NP comment/NN/I-NP ./././O")).isEmpty();
    assertThat(CLAUSES.read(new String[0], new String[0], new String[0], 0)).isEmpty();
  }

  @Test
  void refusesAWordListLineWithAnUnknownRole() {
    assertThatThrownBy(() -> Clauses.of(List.of("will\tmaybe\tfuture")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maybe");
    assertThatThrownBy(() -> Clauses.of(List.of("will modal future")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("word TAB role");
  }
}
