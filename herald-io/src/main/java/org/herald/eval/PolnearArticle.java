package org.herald.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One PolNeAR article: its plain text (headline first) and one annotator's attributions.
 *
 * @param name the file name without extension ({@code politico_2016-09-08_flynn-says-trump-absolutely-righ})
 * @param annotator the id of the annotator whose file was read ({@code 4e07})
 * @param text the article text, exactly as in its {@code .txt}, so that gold offsets index it
 * @param published the publication date from {@code metadata.tsv}, or null when unknown
 * @param attributions the gold attributions, in file order
 */
public record PolnearArticle(String name, String annotator, String text, LocalDate published,
                             List<PolnearAttribution> attributions) {
  public PolnearArticle {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(annotator, "annotator");
    Objects.requireNonNull(text, "text");
    attributions = List.copyOf(attributions);
  }
}
