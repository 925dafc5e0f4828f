package org.herald.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlNormalizerTest {
  @Test
  void dropsSchemeWwwCaseOfHostDefaultPortFragmentTrackingAndTrailingSlash() {
    assertThat(UrlNormalizer.normalize("HTTPS://WWW.Example.ORG:443/World/Story-1/?utm_source=rss&id=7&fbclid=x#c"))
        .isEqualTo("//example.org/World/Story-1?id=7");
    assertThat(UrlNormalizer.normalize("http://example.org/World/Story-1?id=7"))
        .isEqualTo("//example.org/World/Story-1?id=7");
  }

  @Test
  void keepsThePathCaseOtherPortsAndRealParameters() {
    assertThat(UrlNormalizer.normalize("http://example.org:8080/a/../b/?p=2&q=news"))
        .isEqualTo("//example.org:8080/b?p=2&q=news");
    assertThat(UrlNormalizer.normalize("https://example.org/")).isEqualTo("//example.org");
    assertThat(UrlNormalizer.normalize("https://example.org/?utm_campaign=x")).isEqualTo("//example.org");
  }

  @Test
  void givesNullForWhatIsNotAnHttpUrl() {
    assertThat(UrlNormalizer.normalize(null)).isNull();
    assertThat(UrlNormalizer.normalize(" ")).isNull();
    assertThat(UrlNormalizer.normalize("mailto:desk@example.org")).isNull();
    assertThat(UrlNormalizer.normalize("/relative/path")).isNull();
    assertThat(UrlNormalizer.normalize("http://bad host/")).isNull();
  }
}
