package org.herald.stage.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.herald.Herald;
import org.herald.model.RawDocument;
import org.herald.pipeline.Pipeline;
import org.herald.pipeline.Resources;
import org.junit.jupiter.api.Test;

/**
 * A held-out probe of the actors that are the sources of events (issue 6, actor round 2), written before the rules it
 * measures: group references ("the two countries", "both governments") to the two countries named before them,
 * named bodies of a country ("the Philippine Senate", "Nigeria's electoral commission"), the surname alone of a
 * well-known figure, and people not in the tables whose country the text states. Each article runs through the
 * whole pipeline; a case is right when the events of its CAMEO root have exactly the expected source and target
 * countries. The cases and their format are in {@code event-actor-reference-probe-v1.txt}.
 */
class EventActorReferenceProbeTest {
  /**
   * The floor under the share of cases right: 0.7115 (37 of 52) when the probe was written, before any rule it
   * measures (r 8/16, b 12/16, s 9/12, p 8/8); 0.7692 (40 of 52, r 11/16) once five roots of group cases were set
   * to the stage's conventions (the act agreed is the event), still before any rule. With the rules of the round
   * (surnames of the people table, capitalised bodies after a demonym, organisations taken for places, "both
   * governments" opening a sentence, "both men" and a group right after an appeal's verb), 47 of 52 (0.9038). The
   * misses left: a group of no earlier compound opening a sentence (left to the compound, as the article's top
   * countries misled on real news), two event misses ("approved a pact", a commission set up with no target), a
   * target "the army" of no country, and a surname the name stage never finds ("Kagame" opening a sentence).
   */
  private static final double FLOOR = 0.90;

  /** Fewest cases the file has: fewer means it did not parse as written. */
  private static final int MIN_CASES = 50;

  private record Case(String group, String text, String root, Set<String> pairs) {
  }

  private static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    try (InputStream in = EventActorReferenceProbeTest.class.getResourceAsStream("event-actor-reference-probe-v1.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] part = line.split("\\|\\|");
        String[] want = part[2].strip().split(" ");
        Set<String> pairs = want[1].equals("NONE>-") ? new TreeSet<>() : new TreeSet<>(List.of(want[1].split(",")));
        out.add(new Case(part[0].strip(), part[1].strip(), want[0], pairs));
      }
    }
    return out;
  }

  /** The country of a party: its own, or the first three letters of its code (IGO, NGO) when it has none. */
  private static String country(Participant p) {
    if (p == null) {
      return "-";
    }
    return p.country() != null ? p.country() : p.code().substring(0, Math.min(3, p.code().length()));
  }

  private static Set<String> answer(Pipeline pipeline, Case c) {
    Set<String> pairs = new TreeSet<>();
    for (Event e : pipeline.process(RawDocument.text("probe", c.text())).layer(EventStage.EVENTS)) {
      if (e.cameo().startsWith(c.root())) {
        pairs.add(country(e.source()) + ">" + country(e.target()));
      }
    }
    return pairs;
  }

  @Test
  void givesMostHeldOutEventsTheSourceAndTargetCountriesTheSentenceStates() throws IOException {
    List<Case> cases = cases();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(MIN_CASES);
    int right = 0;
    Map<String, int[]> byGroup = new TreeMap<>();
    StringBuilder wrong = new StringBuilder();
    try (Pipeline pipeline = Herald.pipelineFor(Resources.classpath(), EventStage.EVENTS)) {
      for (Case c : cases) {
        Set<String> got = answer(pipeline, c);
        int[] g = byGroup.computeIfAbsent(c.group(), k -> new int[2]);
        g[1]++;
        if (got.equals(c.pairs())) {
          right++;
          g[0]++;
        } else {
          wrong.append("  ").append(c.group()).append(' ').append(c.root()).append(" want ").append(c.pairs())
              .append(" got ").append(got).append(": ").append(c.text()).append('\n');
        }
      }
    }
    double accuracy = right / (double) cases.size();
    StringBuilder groups = new StringBuilder();
    byGroup.forEach((k, v) -> groups.append(' ').append(k).append('=').append(v[0]).append('/').append(v[1]));
    System.out.printf(Locale.ROOT, "event actor-reference probe: %d/%d = %.4f (%s)%n%s", right, cases.size(), accuracy,
        groups.toString().strip(), wrong);
    assertThat(accuracy).as(wrong.toString()).isGreaterThanOrEqualTo(FLOOR);
  }
}
