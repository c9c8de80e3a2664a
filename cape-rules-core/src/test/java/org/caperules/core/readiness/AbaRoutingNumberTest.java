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

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbaRoutingNumberTest {

  // Vectors checked by computation against the 3-7-1 checksum (docs/formats.md#ach-values).
  @ParameterizedTest(name = "{0} valid={1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # routing | valid | note
      021000021 | true  | 3(0+0+0) + 7(2+0+2) + (1+0+1) = 30
      111000025 | true  | 3(1+0+0) + 7(1+0+2) + (1+0+5) = 30
      011000015 | true  | 3(0+0+0) + 7(1+0+1) + (1+0+5) = 20
      123456789 | false | 3(1+4+7) + 7(2+5+8) + (3+6+9) = 159
      """)
  void of_aceFormatsVectors(String routing, boolean valid, String note) {
    assertThat(AbaRoutingNumber.validate(routing).isEmpty()).as(note).isEqualTo(valid);
    assertThat(AbaRoutingNumber.tryParse(routing).isPresent()).as(note).isEqualTo(valid);
  }

  @Test
  void of_badChecksum_messageMasked() {
    assertThatIllegalArgumentException().isThrownBy(() -> AbaRoutingNumber.of("123456789"))
        .withMessage("ABA routing number '****6789' fails the 3-7-1 checksum: 3(d1+d4+d7) +"
            + " 7(d2+d5+d8) + (d3+d6+d9) must be a multiple of 10")
        .withMessageNotContaining("12345");
  }

  @Test
  void of_badPrefix_messageMasked() {
    // 500000005: 3(5+0+0) + 7(0+0+0) + (0+0+5) = 20, checksum fine, but prefix 50 is unused.
    assertThatIllegalArgumentException().isThrownBy(() -> AbaRoutingNumber.of("500000005"))
        .withMessage("ABA routing number '****0005' must start with 00-12, 21-32, 61-72 or 80"
            + " (Federal Reserve routing symbol)");
    // 130000006: 3(1+0+0) + 7(3+0+0) + (0+0+6) = 30, checksum fine, prefix 13 unused.
    assertThat(AbaRoutingNumber.validate("130000006")).isPresent();
  }

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # text          | message
      02100002       | ABA routing number must be 9 digits, but was '****0002' (8 characters)
      0210000211     | ABA routing number must be 9 digits, but was '****0211' (10 characters)
      02100002X      | ABA routing number must be 9 digits, but was '****002X' (9 characters)
      123            | ABA routing number must be 9 digits, but was '****' (3 characters)
      """)
  void of_notNineDigits_messageMasked(String text, String message) {
    assertThatIllegalArgumentException().isThrownBy(() -> AbaRoutingNumber.of(text))
        .withMessage(message);
  }

  @Test
  void parse_spacesAndHyphens_removed() {
    AbaRoutingNumber number = AbaRoutingNumber.parse(" 0210-0002\u20131 ");
    assertThat(number.value()).isEqualTo("021000021");
    assertThat(number).isEqualTo(AbaRoutingNumber.of("021000021"))
        .hasSameHashCodeAs(AbaRoutingNumber.of("021000021"))
        .isNotEqualTo(AbaRoutingNumber.of("111000025"))
        .isNotEqualTo("021000021");
    assertThat(number.compareTo(AbaRoutingNumber.of("111000025"))).isNegative();
    assertThat(number.prefix()).isEqualTo(2);
    assertThat(AbaRoutingNumber.tryParse("not a number")).isEmpty();
  }

  @Test
  void toString_lastFourDigitsOnly() {
    assertThat(AbaRoutingNumber.of("021000021")).hasToString("****0021");
    assertThat(AbaRoutingNumber.of("111000025").toString()).doesNotContain("11100");
  }

  /** Every prefix 00-99: exactly the ranges of 12 CFR 229 Appendix A are accepted. */
  @Test
  void validate_everyPrefix_onlyDocumentedRangesAccepted() {
    for (int prefix = 0; prefix < 100; prefix++) {
      String valid = withCheckDigit(String.format(Locale.ROOT, "%02d000000", prefix));
      boolean expected = prefix <= 12 || (prefix >= 21 && prefix <= 32)
          || (prefix >= 61 && prefix <= 72) || prefix == 80;
      assertThat(AbaRoutingNumber.validate(valid).isEmpty())
          .as("prefix %02d (%s)", prefix, valid).isEqualTo(expected);
    }
  }

  /** The last digit has weight 1: of the ten possible check digits exactly one passes. */
  @Test
  void validate_everyCheckDigit_exactlyOnePasses() {
    for (String base : new String[] {"02100002", "11100002", "01100001", "32271627"}) {
      int passing = 0;
      for (int d = 0; d <= 9; d++) {
        if (AbaRoutingNumber.validate(base + d).isEmpty()) {
          passing++;
        }
      }
      assertThat(passing).as("check digits passing for %s", base).isEqualTo(1);
    }
  }

  /** Finds the passing check digit by trying all ten (independent of the implementation's sum). */
  private static String withCheckDigit(String eightDigits) {
    for (int d = 0; d <= 9; d++) {
      int sum = 0;
      String text = eightDigits + d;
      int[] weights = {3, 7, 1, 3, 7, 1, 3, 7, 1};
      for (int i = 0; i < 9; i++) {
        sum += weights[i] * (text.charAt(i) - '0');
      }
      if (sum % 10 == 0) {
        return text;
      }
    }
    throw new IllegalStateException("no check digit for " + eightDigits);
  }
}
