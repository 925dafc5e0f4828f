package org.herald.stage.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.herald.model.Article;
import org.herald.pipeline.Resources;
import org.herald.testkit.ArticleFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
  @TempDir
  Path dir;

  private Resources installed(String rows) throws IOException {
    Files.writeString(dir.resolve(Gazetteer.RESOURCE), Gazetteer.HEADER + rows);
    return Resources.layered(dir, Resources.classpath());
  }

  private static final String ROWS = String.join("\n",
      "Kramatorsk\t\tUKR\t48.72\t37.56\t150000\tPPL",
      "Springfield\t\tUSA\t39.80\t-89.64\t114000\tPPLA",
      "Springfield\t\tUSA\t37.21\t-93.29\t169000\tPPL",
      "Springfield\t\tAUS\t-27.65\t152.92\t20000\tPPL",
      "Quetta\tKwatah,Shalkot\tPAK\t30.19\t67.01\t733000\tPPLA",
      "Shalkot\t\tIND\t10.00\t77.00\t16000\tPPL",
      "broken row without columns") + "\n";

  @Test
  void isEmptyWhenNothingIsInstalled() {
    assertThat(Gazetteer.load(Resources.classpath()).size()).isZero();
    assertThat(Gazetteer.load(Resources.classpath()).find("Kramatorsk", null)).isNull();
  }

  @Test
  void prefersAMainNameThenTheArticlesCountryThenTheMostPopulous() throws IOException {
    Gazetteer g = Gazetteer.load(installed(ROWS));
    assertThat(g.size()).isEqualTo(6);
    assertThat(g.find("springfield", null).geo().lat()).isEqualTo(37.21);
    assertThat(g.find("Springfield", "AUS").iso3()).isEqualTo("AUS");
    assertThat(g.find("Shalkot", null).iso3()).isEqualTo("IND"); // its own main name beats another's other name
    assertThat(g.find("Kwatah", null).name()).isEqualTo("Quetta");
    assertThat(g.find("Atlantis", null)).isNull();
  }

  @Test
  void givesPlacesTheBundledTablesDoNotKnowTheirCountryAndPoint() throws IOException {
    String text = "Shelling hit Kramatorsk overnight, the regional governor said on Sunday.";
    NameStage bare = new NameStage();
    bare.open(Resources.classpath());
    Entity before = place(bare.apply(ArticleFixtures.article(text)), "Kramatorsk");
    assertThat(before.geo()).isNull();

    NameStage withGazetteer = new NameStage();
    withGazetteer.open(installed(ROWS));
    Entity after = place(withGazetteer.apply(ArticleFixtures.article(text)), "Kramatorsk");
    assertThat(after.country()).isEqualTo("UKR");
    assertThat(after.geo()).isEqualTo(new Geo(48.72, 37.56));
  }

  @Test
  void leavesBundledPlacesAsTheTablesHaveThem() throws IOException {
    NameStage stage = new NameStage();
    stage.open(installed("Moscow\t\tUSA\t46.73\t-117.00\t25000\tPPL\n"));
    Entity moscow = place(stage.apply(ArticleFixtures.article("Delegates arrived in Moscow on Monday.")), "Moscow");
    assertThat(moscow.country()).isEqualTo("RUS");
  }

  private static Entity place(Article a, String name) {
    return a.layer(NameStage.ENTITIES).stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + a.layer(NameStage.ENTITIES)));
  }
}
