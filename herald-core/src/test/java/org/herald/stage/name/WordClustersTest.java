package org.herald.stage.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordClustersTest {
  @Test
  void wordsSeenInTheSameContextsShareLongerPrefixes() throws IOException {
    WordClusters wc = new WordClusters();
    String[] cities = {"Oslo", "Bergen", "Lima", "Quito"};
    String[] foods = {"bread", "rice", "soup", "fish"};
    for (int r = 0; r < 5; r++) {
      for (String c : cities) {
        wc.add(("she flew to " + c + " yesterday").split(" "));
        wc.add(("the mayor of " + c + " said").split(" "));
      }
      for (String f : foods) {
        wc.add(("we ate some " + f + " today").split(" "));
        wc.add(("a plate of hot " + f + " please").split(" "));
      }
    }
    Map<String, String> t = wc.build(new WordClusters.Options(2, 50, 32, 6));
    assertThat(t.get("Oslo")).hasSize(6);
    assertThat(common(t.get("Oslo"), t.get("Lima"))).isGreaterThan(common(t.get("Oslo"), t.get("rice")));
    StringBuilder b = new StringBuilder();
    WordClusters.write(t, b);
    assertThat(WordClusters.read(b.toString().lines().toList())).isEqualTo(t);
  }

  @Test
  void exchangeClassesGroupWordsByTheWordBesideThemOnTheChosenSide() {
    WordClusters wc = new WordClusters();
    String[] cities = {"Oslo", "Bergen", "Lima", "Quito"};
    String[] foods = {"bread", "rice", "soup", "fish"};
    for (int r = 0; r < 5; r++) {
      for (String c : cities) {
        wc.add(("she flew to " + c + " yesterday").split(" "));
        wc.add(("the mayor of " + c + " said").split(" "));
      }
      for (String f : foods) {
        wc.add(("we ate some " + f + " today").split(" "));
        wc.add(("a plate of hot " + f + " please").split(" "));
      }
    }
    Map<String, String> right = wc.exchange(8, 5, 2, false, "r");
    assertThat(right.get("Oslo")).startsWith("r");
    for (String c : cities) {
      assertThat(right.get(c)).isEqualTo(right.get("Oslo"));
    }
    for (String f : foods) {
      assertThat(right.get(f)).isEqualTo(right.get("rice")).isNotEqualTo(right.get("Oslo"));
    }
    assertThat(wc.exchange(8, 5, 2, false, "r")).isEqualTo(right); // deterministic
    Map<String, String> left = wc.exchange(8, 5, 2, true, "l");
    assertThat(left.get("Lima")).startsWith("l");
    assertThat(left.get("Bergen")).isEqualTo(left.get("Quito"));
    assertThat(wc.exchange(8, 5, 11, false, "r")).containsKey("flew").doesNotContainKey("Oslo"); // 20 and 10 times
  }

  private static int common(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }
}
