package org.herald.stage.token;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class TokenizerProperties {
  private final Tokenizer tokenizer = new Tokenizer();

  @Property(tries = 500)
  void tokensAreOrderedNonEmptyAndNeverStartWithWhitespace(@ForAll @StringLength(max = 300) String text) {
    Tokenizer.Result r = tokenizer.tokenize(text);
    int prevEnd = 0;
    for (int i = 0; i < r.starts().length; i++) {
      assertThat(r.starts()[i]).isGreaterThanOrEqualTo(prevEnd);
      assertThat(r.ends()[i]).isGreaterThan(r.starts()[i]).isLessThanOrEqualTo(text.length());
      assertThat(Character.isWhitespace(text.charAt(r.starts()[i]))).isFalse();
      prevEnd = r.ends()[i];
    }
  }

  @Property(tries = 500)
  void sentencesPartitionTheTokens(@ForAll @StringLength(max = 300) String text) {
    Tokenizer.Result r = tokenizer.tokenize(text);
    if (r.starts().length == 0) {
      assertThat(r.sentenceStarts()).isEmpty();
      return;
    }
    assertThat(r.sentenceStarts()[0]).isZero();
    for (int i = 1; i < r.sentenceStarts().length; i++) {
      assertThat(r.sentenceStarts()[i]).isGreaterThan(r.sentenceStarts()[i - 1]).isLessThan(r.starts().length);
    }
  }

  @Property(tries = 300)
  void everyNonSpaceCharIsInsideSomeToken(@ForAll("newsLike") String text) {
    Tokenizer.Result r = tokenizer.tokenize(text);
    boolean[] covered = new boolean[text.length()];
    for (int i = 0; i < r.starts().length; i++) {
      for (int k = r.starts()[i]; k < r.ends()[i]; k++) {
        covered[k] = true;
      }
    }
    for (int k = 0; k < text.length(); k++) {
      if (!Character.isWhitespace(text.charAt(k))) {
        assertThat(covered[k]).as("char %d '%s' of %s", k, text.charAt(k), text).isTrue();
      }
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> newsLike() {
    return net.jqwik.api.Arbitraries.strings()
        .withChars("abcXYZ019 .,;:'’“”\"()-?!\n$%&/")
        .ofMaxLength(120);
  }
}
