package org.herald.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.herald.HeraldException;
import org.junit.jupiter.api.Test;

class FtsQueryTest {
  @Test
  void quotesWordsKeepsPhrasesPrefixesAndOperators() {
    assertThat(FtsQuery.of("trade talks")).isEqualTo("\"trade\" \"talks\"");
    assertThat(FtsQuery.of("\"air defence\" Ukraine")).isEqualTo("\"air defence\" \"Ukraine\"");
    assertThat(FtsQuery.of("sanction* OR embargo")).isEqualTo("\"sanction\"* OR \"embargo\"");
    assertThat(FtsQuery.of("drones NOT Iran")).isEqualTo("\"drones\" NOT \"Iran\"");
  }

  @Test
  void punctuationThatWouldBreakFtsSyntaxIsHarmless() {
    assertThat(FtsQuery.of("U.S.-China (talks): \"unclosed")).isEqualTo("\"U\" \"S\" \"China\" \"talks\" \"unclosed\"");
    assertThat(FtsQuery.of("OR talks OR")).isEqualTo("\"OR\" \"talks\"");
    assertThatThrownBy(() -> FtsQuery.of(" -- ")).isInstanceOf(HeraldException.class)
        .extracting(e -> ((HeraldException) e).code()).isEqualTo(StoreCodes.QUERY);
  }
}
