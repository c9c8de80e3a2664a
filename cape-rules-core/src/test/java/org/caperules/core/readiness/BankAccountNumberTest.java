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
package org.caperules.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BankAccountNumberTest {

  @Test
  void toString_lastFourDigitsOnly_lengthHidden() {
    assertThat(BankAccountNumber.of("123456789012")).hasToString("****9012");
    assertThat(BankAccountNumber.of("56789012")).hasToString("****9012");
    assertThat(BankAccountNumber.of("1234")).hasToString("****");
  }

  @Test
  void parse_spacesAndHyphens_removed() {
    BankAccountNumber number = BankAccountNumber.parse("1234-5678 9012");
    assertThat(number.value()).isEqualTo("123456789012");
    assertThat(number).isEqualTo(BankAccountNumber.of("123456789012"))
        .hasSameHashCodeAs(BankAccountNumber.of("123456789012"))
        .isNotEqualTo(BankAccountNumber.of("123456789013"))
        .isNotEqualTo("123456789012");
  }

  @Test
  void of_seventeenDigits_accepted() {
    // CBP QRC Pub. 5292-1225: "an account number of up to 17 digits".
    assertThat(BankAccountNumber.of("12345678901234567").value()).hasSize(17);
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(delimiter = '|', textBlock = """
      # text               | message
      123456789012345678 | Bank account number must be 1 to 17 digits, but was '****5678' (18 characters)
      12345678901A       | Bank account number must be 1 to 17 digits, but was '****901A' (12 characters)
      ''                 | Bank account number must be 1 to 17 digits, but was '****' (0 characters)
      """)
  void of_invalid_messageMasked(String text, String message) {
    assertThatIllegalArgumentException().isThrownBy(() -> BankAccountNumber.of(text))
        .withMessage(message);
  }
}
