package org.herald.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class UrlNormalizerProperties {
  @Property
  void trackingFragmentsCaseOfHostAndTrailingSlashesNeverMatter(
      @ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 12) String host,
      @ForAll @AlphaChars @NumericChars @StringLength(min = 0, max = 20) String path,
      @ForAll @AlphaChars @StringLength(min = 1, max = 8) String campaign) {
    // a host named "www" would make the dressed one "www.www.example", whose second "www." is part of the name
    Assume.that(!host.equalsIgnoreCase("www"));
    String plain = "https://" + host + ".example/" + path;
    String dressed = "http://WWW." + host.toUpperCase() + ".EXAMPLE/" + path + "/?utm_source=" + campaign
        + "&utm_medium=rss#section-" + campaign;
    assertThat(UrlNormalizer.normalize(dressed)).isEqualTo(UrlNormalizer.normalize(plain)).isNotNull();
  }

  @Property
  void normalisingTwiceChangesNothing(
      @ForAll @AlphaChars @StringLength(min = 1, max = 10) String host,
      @ForAll @AlphaChars @NumericChars @StringLength(min = 0, max = 20) String path,
      @ForAll @NumericChars @StringLength(min = 1, max = 4) String id) {
    String once = UrlNormalizer.normalize("https://" + host + ".example/" + path + "?id=" + id + "&fbclid=x");
    assertThat(UrlNormalizer.normalize("https:" + once)).isEqualTo(once);
  }
}
