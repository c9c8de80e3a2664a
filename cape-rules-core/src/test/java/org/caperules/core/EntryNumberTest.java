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

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntryNumberTest {

  // Vectors for the CATAIR AE Table 1 check digit (docs/formats.md#entry-numbers): real entry
  // numbers (7501 sample file names, an ES-003 parser fixture) and the synthetic ABI engine
  // vectors. Each check digit is the published one.
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # entry        | source
      MYK28000864    | 7501 sample 01281805_MYK-2800086-4 (hand sum 36, EntryNumber doc)
      MYK28102637    | 7501 sample 02021457_MYK-2810263-7
      MYK28100649    | 7501 sample 02021756_MYK-2810064-9
      MYK28103742    | 7501 sample 02181909_MYK-2810374-2
      BII05992854    | ES-003 parser fixture (hand sum 56)
      BII05999206    | ES-003 parser fixture
      ABC12345676    | ABI engine synthetic (hand sum 34)
      99999999990    | ABI engine synthetic (sum 90)
      """)
  void of_publishedVectors_valid(String entry, String source) {
    EntryNumber number = EntryNumber.of(entry);
    assertThat(number.toString()).as(source).isEqualTo(entry);
    assertThat(EntryNumber.checkDigit(entry.substring(0, 10))).as(source)
        .isEqualTo(entry.charAt(10) - '0');
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # entry      | computed check | source
      ABC12345678  | 6              | capeportalguide example CSV (invalid)
      60500000100  | 8              | CAPEView tests (invalid)
      60500000101  | 8              | CAPEView tests (invalid)
      """)
  void of_publishedNegativeVectors_rejectedWithCheckDigitMessage(
      String entry, int computed, String source) {
    assertThatIllegalArgumentException().as(source)
        .isThrownBy(() -> EntryNumber.of(entry))
        .withMessage("Entry number '" + entry + "' has check digit " + entry.charAt(10)
            + ", but the CATAIR check digit of '" + entry.substring(0, 10) + "' is " + computed);
  }

  @Test
  void parse_hyphensSpacesDashesAndLowerCase_normalised() {
    assertThat(EntryNumber.parse(" abc-1234567-6 ").value()).isEqualTo("ABC12345676");
    assertThat(EntryNumber.parse("ABC\u20131234567\u20146").value()).isEqualTo("ABC12345676");
    assertThat(EntryNumber.parse("ABC 1234567 6").value()).isEqualTo("ABC12345676");
  }

  @Test
  void of_nonCanonical_rejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> EntryNumber.of("abc12345676"))
        .withMessage("Entry number filer code must be 3 characters A-Z or 0-9, but was 'abc' in"
            + " 'abc12345676'");
    assertThatIllegalArgumentException().isThrownBy(() -> EntryNumber.of("ABC-1234567-6"))
        .withMessage("Entry number must have 11 characters (3-character filer code, 7 digits,"
            + " check digit), but 'ABC-1234567-6' has 13");
  }

  @Test
  void parse_wrongLength_messageQuotesNormalisedValue() {
    assertThatIllegalArgumentException().isThrownBy(() -> EntryNumber.parse("ABC1234"))
        .withMessage("Entry number must have 11 characters (3-character filer code, 7 digits,"
            + " check digit), but 'ABC1234' has 7");
  }

  @Test
  void parse_letterInSerial_rejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> EntryNumber.parse("ABC123456X6"))
        .withMessage("Entry number must have 7 digits and a check digit after the filer code, but"
            + " was '123456X6' in 'ABC123456X6'");
  }

  @Test
  void tryParse_invalid_emptyAndValid_present() {
    assertThat(EntryNumber.tryParse("ABC12345678")).isEmpty();
    assertThat(EntryNumber.tryParse("abc-1234567-6")).contains(EntryNumber.of("ABC12345676"));
  }

  @Test
  void normalize_keepsInvalidTextForReporting() {
    assertThat(EntryNumber.normalize(" abc-1234567-8\t")).isEqualTo("ABC12345678");
    assertThat(EntryNumber.normalize("")).isEmpty();
  }

  @Test
  void accessors_formattedFilerCodeSerialCheckDigit() {
    EntryNumber number = EntryNumber.of("MYK28000864");
    assertThat(number.filerCode()).isEqualTo("MYK");
    assertThat(number.serial()).isEqualTo("2800086");
    assertThat(number.checkDigit()).isEqualTo(4);
    assertThat(number.formatted()).isEqualTo("MYK-2800086-4");
  }

  @Test
  void equalsHashCodeCompareTo_byCanonicalText() {
    EntryNumber a = EntryNumber.parse("abc-1234567-6");
    EntryNumber b = EntryNumber.of("ABC12345676");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo("ABC12345676");
    assertThat(a.compareTo(EntryNumber.of("MYK28000864"))).isNegative();
  }

  @Test
  void checkDigit_badBase_rejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> EntryNumber.checkDigit("AB!1234567"))
        .withMessage("Check digit base must be 3 characters A-Z or 0-9 and 7 digits, but was:"
            + " 'AB!1234567'");
  }

  /** Each single-character change of a valid number's serial is caught (Luhn property). */
  @Test
  void checkDigit_everySingleDigitChangeInSerial_detected(TestReporter reporter) {
    long seed = 20260420L;
    reporter.publishEntry("seed", Long.toString(seed));
    SplittableRandom random = new SplittableRandom(seed);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    for (int n = 0; n < 2_000; n++) {
      StringBuilder base = new StringBuilder();
      for (int k = 0; k < 3; k++) {
        base.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      for (int k = 0; k < 7; k++) {
        base.append((char) ('0' + random.nextInt(10)));
      }
      String valid = base.toString() + EntryNumber.checkDigit(base);
      assertThat(EntryNumber.tryParse(valid)).as("seed=%d case=%d %s", seed, n, valid).isPresent();
      assertThat(EntryNumber.parse(randomDashes(random, valid)).value())
          .as("seed=%d case=%d round trip %s", seed, n, valid).isEqualTo(valid);
      for (int pos = 3; pos < 10; pos++) {
        for (char d = '0'; d <= '9'; d++) {
          if (d == valid.charAt(pos)) {
            continue;
          }
          String changed = valid.substring(0, pos) + d + valid.substring(pos + 1);
          assertThat(EntryNumber.validate(changed))
              .as("seed=%d case=%d %s changed at %d to %s", seed, n, valid, pos, changed)
              .isPresent();
        }
      }
    }
  }

  private static String randomDashes(SplittableRandom random, String valid) {
    String formatted = valid.substring(0, 3) + "-" + valid.substring(3, 10) + "-"
        + valid.substring(10);
    return random.nextBoolean() ? formatted.toLowerCase(java.util.Locale.ROOT) : formatted;
  }
}
