/*
 * Copyright 2026 The cape-rules authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
