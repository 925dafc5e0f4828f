package org.herald.stage.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.herald.pipeline.Resources;

/**
 * The held-out event probes' case format and scoring, shared by the clause and role probes. One case per line:
 * {@code sentence || actor=CODE/COUNTRY; … || ROOT SRC>TGT[,SRC>TGT…] [STATUS]}, where {@code NONE>-} expects no
 * event of that root and {@code -} stands for no country or no target.
 */
final class ProbeCases {
  private ProbeCases() {}

  /** One sentence with its actors, the CAMEO root it is about, the expected pairs and, optionally, the status. */
  record Case(String text, String[] actors, String root, Set<String> pairs, EventStatus status) {
  }

  /** What a probe scored: the share of cases right and a line for each one wrong. */
  record Score(int right, int cases, String wrong) {
    double accuracy() {
      return right / (double) cases;
    }
  }

  static List<Case> parse(String cases) {
    List<Case> out = new ArrayList<>();
    for (String line : cases.strip().split("\n")) {
      String[] part = line.split("\\|\\|");
      List<String> actors = new ArrayList<>();
      for (String a : part[1].split(";")) {
        String[] kv = a.strip().split("=");
        String[] cc = kv[1].split("/");
        actors.add(kv[0]);
        actors.add(cc[0]);
        actors.add(cc[1].equals("-") ? null : cc[1]);
      }
      String[] want = part[2].strip().split(" ");
      Set<String> pairs = want[1].equals("NONE>-") ? new TreeSet<>() : new TreeSet<>(List.of(want[1].split(",")));
      EventStatus status = want.length > 2 ? EventStatus.valueOf(want[2]) : null;
      out.add(new Case(part[0].strip(), actors.toArray(String[]::new), want[0], pairs, status));
    }
    return out;
  }

  /** The stage's answer to a case: its root's pairs, with the status when every one has the expected status. */
  static String answer(EventStage stage, Case c) {
    List<Event> events = stage.apply(EventFixtures.article(c.text(), c.actors())).layer(EventStage.EVENTS);
    Set<String> pairs = new TreeSet<>();
    boolean statusRight = true;
    for (Event e : events) {
      if (e.cameo().startsWith(c.root())) {
        String tgt = EventFixtures.tgt(e);
        pairs.add(EventFixtures.src(e) + ">" + (tgt == null ? "-" : tgt));
        statusRight &= c.status() == null || e.status() == c.status();
      }
    }
    return pairs + (statusRight ? "" : " (status)");
  }

  /** Fewest cases a probe has: fewer means its text did not parse as written. */
  private static final int MIN_CASES = 40;
  private static EventStage bundled;

  /** The event stage with the bundled resources, opened once for every probe. */
  static synchronized EventStage bundledStage() {
    if (bundled == null) {
      EventStage stage = new EventStage();
      stage.open(Resources.classpath());
      bundled = stage;
    }
    return bundled;
  }

  /**
   * Scores the probe's {@code cases} (one a line) with the bundled stage, prints the figure named {@code label},
   * and asserts it is at least {@code floor}, listing the cases got wrong when it is not.
   */
  static void assertFloor(String cases, String label, double floor) {
    List<Case> parsed = parse(cases);
    assertThat(parsed).as("%s cases", label).hasSizeGreaterThanOrEqualTo(MIN_CASES);
    Score score = score(bundledStage(), parsed, label);
    assertThat(score.accuracy()).as(score.wrong()).isGreaterThanOrEqualTo(floor);
  }

  /** Scores every case and prints the figure, named {@code label}, with the cases got wrong. */
  static Score score(EventStage stage, List<Case> cases, String label) {
    int right = 0;
    StringBuilder wrong = new StringBuilder();
    for (Case c : cases) {
      String got = answer(stage, c);
      String want = c.pairs().toString();
      if (got.equals(want)) {
        right++;
      } else {
        wrong.append("  ").append(c.root()).append(" want ").append(want).append(" got ").append(got)
            .append(": ").append(c.text()).append('\n');
      }
    }
    Score s = new Score(right, cases.size(), wrong.toString());
    System.out.printf(Locale.ROOT, "%s: %d/%d = %.3f%n%s", label, right, cases.size(), s.accuracy(), s.wrong());
    return s;
  }
}
