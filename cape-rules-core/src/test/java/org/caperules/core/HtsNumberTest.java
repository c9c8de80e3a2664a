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
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtsNumberTest {

  // Values from an ES-003 parser fixture (docs/formats.md#hts-numbers) and the headings of
  // docs/rules.md#ieepa-headings and #not-ieepa.
  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # input            | digits     | formatted    | heading | chapter99
      99030128           | 99030128   | 9903.01.28   | 9903.01 | true
      9903.01.25         | 99030125   | 9903.01.25   | 9903.01 | true
      " 9903.88.15 "     | 99038815   | 9903.88.15   | 9903.88 | true
      3923900080         | 3923900080 | 3923.90.0080 | 3923.90 | false
      3923.90.0080       | 3923900080 | 3923.90.0080 | 3923.90 | false
      "3923.90.00 80"    | 3923900080 | 3923.90.0080 | 3923.90 | false
      9903012500         | 9903012500 | 9903.01.2500 | 9903.01 | true
      """)
  void parse_dotsAndSpaces_stripped(
      String input, String digits, String formatted, String heading, boolean chapter99) {
    HtsNumber hts = HtsNumber.parse(input);
    assertThat(hts.digits()).isEqualTo(digits);
    assertThat(hts.formatted()).isEqualTo(formatted);
    assertThat(hts.toString()).isEqualTo(formatted);
    assertThat(hts.heading()).isEqualTo(heading);
    assertThat(hts.isChapter99()).isEqualTo(chapter99);
    assertThat(HtsNumber.of(digits)).isEqualTo(hts).hasSameHashCodeAs(hts);
    assertThat(HtsNumber.tryParse(input)).contains(hts);
    assertThat(HtsNumber.parse(hts.toString())).isEqualTo(hts);
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # digits        | note
      9903012         | 7 digits
      39239000800     | 11 digits
      ""              | empty
      99030I25        | letter I for digit 1
      9903.01.25      | of does not strip dots
      """)
  void of_wrongLengthOrNonDigit_rejectedQuotingValue(String digits, String note) {
    assertThatIllegalArgumentException().as(note).isThrownBy(() -> HtsNumber.of(digits))
        .withMessage("HTS number must be 10 digits, or 8 digits for a Chapter 99 heading, but"
            + " was: '" + digits + "'");
    assertThat(HtsNumber.tryParse(digits.replace(".", "x"))).as(note).isEmpty();
  }

  @Test
  void of_eightDigitsOutsideChapter99_rejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> HtsNumber.of("39239000"))
        .withMessage("An 8-digit HTS number must be a Chapter 99 heading (99xxxxxx), but was:"
            + " '39239000'");
    assertThat(HtsNumber.tryParse("3923.90.00")).isEmpty();
  }

  @Test
  void parse_badText_messageQuotesTextWithoutDotsAndSpaces() {
    assertThatIllegalArgumentException().isThrownBy(() -> HtsNumber.parse(" 9903.01.2 "))
        .withMessage("HTS number must be 10 digits, or 8 digits for a Chapter 99 heading, but"
            + " was: '9903012'");
    assertThatIllegalArgumentException().isThrownBy(() -> HtsNumber.parse("9903-01-25"))
        .withMessage("HTS number must be 10 digits, or 8 digits for a Chapter 99 heading, but"
            + " was: '9903-01-25'");
  }

  @Test
  @SuppressWarnings("NullAway") // deliberately passes null
  void of_null_npeNamingDigits() {
    assertThatNullPointerException().isThrownBy(() -> HtsNumber.of(null)).withMessage("digits");
  }

  @Test
  void format_prefixLengths() {
    assertThat(HtsNumber.format("9903")).isEqualTo("9903");
    assertThat(HtsNumber.format("990303")).isEqualTo("9903.03");
    assertThat(HtsNumber.format("99030312")).isEqualTo("9903.03.12");
    assertThat(HtsNumber.format("3923900080")).isEqualTo("3923.90.0080");
  }
}
