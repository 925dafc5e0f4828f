package org.herald.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlKeyTest {
  @Test
  void dropsSchemeWwwPortFragmentTrailingSlashAndTrackingParameters() {
    assertThat(UrlKey.of("https://www.Example.org:443/world/story/?utm_source=x&b=2&a=1&fbclid=z#comments"))
        .isEqualTo("example.org/world/story?a=1&b=2");
    assertThat(UrlKey.of("http://example.org/world/story")).isEqualTo("example.org/world/story");
    assertThat(UrlKey.of("http://example.org:8080/s")).isEqualTo("example.org:8080/s");
  }

  @Test
  void keepsWhatItCannotParseAndNothingForNoUrl() {
    assertThat(UrlKey.of(null)).isNull();
    assertThat(UrlKey.of("  ")).isNull();
    assertThat(UrlKey.of("not a url")).isEqualTo("not a url");
    assertThat(UrlKey.hostOf("https://www.bbc.co.uk/news")).isEqualTo("bbc.co.uk");
    assertThat(UrlKey.hostOf(null)).isNull();
  }
}
