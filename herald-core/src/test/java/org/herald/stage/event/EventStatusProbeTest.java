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
 * A held-out probe of events' status (issue 6: asserted, intended, negated, hypothetical), written before the status
 * rules were read: plain asserted controls, plans and pledges, negations ("failed to", "no country", "without",
 * "yet to"), modals and conditionals, questions, and threats whose threatened act must not read as done. Each
 * sentence runs through the whole pipeline; a case is right when its root has an event and every event of the root
 * has an allowed status ({@code NOTASSERTED}: no event of the root is asserted, none at all included). The cases
 * and their format are in {@code event-status-probe-v1.txt}.
 */
class EventStatusProbeTest {
  /**
   * The floor under the share of cases right: 0.7236 (89 of 123) when the probe was written, before the status
   * rules were read; 38 cases had no event of the expected root at all (some of those are right as NOTASSERTED).
   * With the status round's rules, written on its misses (so this figure measures the rules, not how far they
   * generalise): 107 of 123 (0.8699); questions 3/12 -> 11/12, negations 16/25 -> 22/25. The 16 misses left have
   * no event of the expected root at all (expelling diplomats is coded 161, not 17; "cut gas supplies", "approved
   * the treaty", "accepted the offer" code nothing; "no country" and "none of the Gulf states" are not actors;
   * "refused to meet" is CAMEO's rejection, 12), so they are misses of the trigger lexicon, not of the status.
   */
  private static final double FLOOR = 0.86;

  /** Fewest cases the file has: fewer means it did not parse as written. */
  private static final int MIN_CASES = 110;

  private static final String NOT_ASSERTED = "NOTASSERTED";

  private record Case(String group, String text, String root, Set<String> statuses) {
  }

  private static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    try (InputStream in = EventStatusProbeTest.class.getResourceAsStream("event-status-probe-v1.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] part = line.split("\\|\\|");
        String[] want = part[2].strip().split(" ");
        out.add(new Case(part[0].strip(), part[1].strip(), want[0], new TreeSet<>(List.of(want[1].split("/")))));
      }
    }
    return out;
  }

  /** The statuses of the case's root events, in order, such as {@code [ASSERTED, INTENDED]}. */
  private static List<String> answer(Pipeline pipeline, Case c) {
    List<String> got = new ArrayList<>();
    for (Event e : pipeline.process(RawDocument.text("probe", c.text())).layer(EventStage.EVENTS)) {
      if (e.cameo().startsWith(c.root())) {
        got.add(e.status().name());
      }
    }
    return got;
  }

  private static boolean right(Case c, List<String> got) {
    if (c.statuses().contains(NOT_ASSERTED) && !got.contains(EventStatus.ASSERTED.name())) {
      return true;
    }
    return !got.isEmpty() && c.statuses().containsAll(got);
  }

  @Test
  void givesMostHeldOutEventsTheStatusTheSentenceStates() throws IOException {
    List<Case> cases = cases();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(MIN_CASES);
    int right = 0;
    int found = 0;
    Map<String, int[]> byGroup = new TreeMap<>();
    StringBuilder wrong = new StringBuilder();
    try (Pipeline pipeline = Herald.pipelineFor(Resources.classpath(), EventStage.EVENTS)) {
      for (Case c : cases) {
        List<String> got = answer(pipeline, c);
        int[] g = byGroup.computeIfAbsent(c.group(), k -> new int[2]);
        g[1]++;
        found += got.isEmpty() ? 0 : 1;
        if (right(c, got)) {
          right++;
          g[0]++;
        } else {
          wrong.append("  ").append(c.group()).append(' ').append(c.root()).append(" want ").append(c.statuses())
              .append(" got ").append(got).append(": ").append(c.text()).append('\n');
        }
      }
    }
    double accuracy = right / (double) cases.size();
    StringBuilder groups = new StringBuilder();
    byGroup.forEach((k, v) -> groups.append(' ').append(k).append('=').append(v[0]).append('/').append(v[1]));
    System.out.printf(Locale.ROOT, "event status probe: %d/%d = %.4f, root found in %d (%s)%n%s", right,
        cases.size(), accuracy, found, groups.toString().strip(), wrong);
    assertThat(accuracy).as(wrong.toString()).isGreaterThanOrEqualTo(FLOOR);
  }
}
