package org.caperules.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntrySummaryStatusTest {

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # text         | expected
      ""             | ACCEPTED
      " "            | ACCEPTED
      Accepted       | ACCEPTED
      " ACCEPTED "   | ACCEPTED
      Cancelled      | CANCELLED
      canceled       | CANCELLED
      REJECTED       | REJECTED
      """)
  void parse_spellings_mapped(String text, EntrySummaryStatus expected) {
    assertThat(EntrySummaryStatus.parse(text)).isEqualTo(expected);
    assertThat(EntrySummaryStatus.tryParse(text)).contains(expected);
  }

  @Test
  void parse_unknown_rejectedQuotingText() {
    assertThatIllegalArgumentException().isThrownBy(() -> EntrySummaryStatus.parse("Under Review"))
        .withMessage("Unknown entry summary status: 'Under Review' (expected Accepted, Cancelled"
            + " or Rejected)");
    assertThat(EntrySummaryStatus.tryParse("Under Review")).isEmpty();
  }
}
