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
 * Scores a probe of events' source and target countries (one case a line: {@code group || sentence || ROOT
 * SRC>TGT[,SRC>TGT...]}, as the probe files' headers say): each sentence runs through the whole pipeline, and a
 * case is right when the events of its CAMEO root have exactly the expected source and target countries. Prints
 * the score by group and the cases missed.
 */
final class CountryProbe {
  private CountryProbe() {}

  private record Case(String group, String text, String root, Set<String> pairs) {
  }

  private static List<Case> cases(String resource) throws IOException {
    List<Case> out = new ArrayList<>();
    try (InputStream in = CountryProbe.class.getResourceAsStream(resource)) {
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

  /**
   * Asserts that at least {@code floor} of the cases of probe {@code resource} (which must hold at least {@code
   * minCases}, else it did not parse as written) are right; {@code label} names the probe in the printed score.
   */
  static void assertFloor(String resource, String label, int minCases, double floor) throws IOException {
    List<Case> cases = cases(resource);
    assertThat(cases).hasSizeGreaterThanOrEqualTo(minCases);
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
    System.out.printf(Locale.ROOT, label + ": %d/%d = %.4f (%s)%n%s", right, cases.size(), accuracy,
        groups.toString().strip(), wrong);
    assertThat(accuracy).as(wrong.toString()).isGreaterThanOrEqualTo(floor);
  }
}
