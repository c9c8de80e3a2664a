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
package org.caperules.es003.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellValuesTest {

  @ParameterizedTest(name = "{2}: ''{0}''")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # text                    | expected   | note
      04/08/2025                | 2025-04-08 | ACE MM/DD/YYYY
      4/8/2025                  | 2025-04-08 | M/D/YYYY, no leading zeros
      12/31/2026                | 2026-12-31 | two-digit month and day
      2025-04-08                | 2025-04-08 | ISO
      " 04/08/2025 "            | 2025-04-08 | surrounding spaces trimmed
      04/08/2025 00:00          | 2025-04-08 | Excel date cell with midnight
      4/8/2025 0:00             | 2025-04-08 | Excel m/d/yyyy h:mm
      2025-04-08 00:00:00       | 2025-04-08 | ISO with midnight
      2025-04-08T00:00          | 2025-04-08 | ISO T midnight
      4/8/2025 12:00:00 AM      | 2025-04-08 | Excel 12-hour midnight
      02/29/2028                | 2028-02-29 | leap day exists
      45658                     | 2025-01-01 | Excel serial: DATE(2025,1,1) = 45658
      45755                     | 2025-04-08 | Excel serial: 45658 + 97 days (31 Jan + 28 Feb + 31 Mar + 7)
      36526                     | 2000-01-01 | lowest accepted serial
      """)
  void parseDate_acceptedForms(String text, LocalDate expected, String note) {
    assertThat(CellValues.parseDate(text)).as(note).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{2}: ''{0}''")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # text          | message | note
      02/30/2026      | Date '02/30/2026' does not exist: month 2 of 2026 has 28 days | impossible day
      02/29/2026      | Date '02/29/2026' does not exist: month 2 of 2026 has 28 days | not a leap year
      04/31/2026      | Date '04/31/2026' does not exist: month 4 of 2026 has 30 days | April has 30 days
      2026-02-30      | Date '2026-02-30' does not exist: month 2 of 2026 has 28 days | ISO impossible day
      13/04/2026      | Date '13/04/2026' does not exist: month 13 is not 1 to 12 (day-first dates are not accepted; ACE writes the month first) | day-first (Excel locale damage)
      00/10/2026      | Date '00/10/2026' does not exist: month 0 is not 1 to 12 | month 0
      13/13/2026      | Date '13/13/2026' does not exist: month 13 is not 1 to 12 | month 13, day 13
      4/8/25          | Date '4/8/25' has a 2-digit year; re-export it with 4-digit years (MM/DD/YYYY) | Excel short year
      "April 8, 2025" | Date must be MM/DD/YYYY, M/D/YYYY or YYYY-MM-DD, but was: 'April 8, 2025' | words
      08.04.2025      | Date must be MM/DD/YYYY, M/D/YYYY or YYYY-MM-DD, but was: '08.04.2025' | dotted
      04/08/2025 13:45 | Date must be MM/DD/YYYY, M/D/YYYY or YYYY-MM-DD, but was: '04/08/2025 13:45' | time not midnight
      12345           | Date '12345' looks like an Excel serial day number, but is outside 36526 (2000-01-01) to 73050 (2099-12-31) | serial out of range
      """)
  void parseDate_rejected_messageQuotesValue(String text, String message, String note) {
    assertThatIllegalArgumentException().as(note).isThrownBy(() -> CellValues.parseDate(text))
        .withMessage(message);
  }

  @Test
  void parseDate_blank_rejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> CellValues.parseDate("  "))
        .withMessage("Date is blank; expected MM/DD/YYYY, M/D/YYYY or YYYY-MM-DD");
  }

  @Test
  void parseDate_hugeValue_messageCut() {
    String huge = "9".repeat(50_000);
    assertThatIllegalArgumentException().isThrownBy(() -> CellValues.parseDate(huge))
        .withMessage("Date must be MM/DD/YYYY, M/D/YYYY or YYYY-MM-DD, but was: '"
            + "9".repeat(200) + "\u2026'");
  }

  @Test
  void parseOptionalDate_blankNullOtherwiseParsed() {
    assertThat(CellValues.parseOptionalDate(" ")).isNull();
    assertThat(CellValues.parseOptionalDate("1/2/2026")).isEqualTo(LocalDate.of(2026, 1, 2));
  }

  @ParameterizedTest(name = "{2}: ''{0}''")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # text           | expected  | note
      $1,234.56        | 1234.56   | Excel-formatted text
      1234.56          | 1234.56   | plain
      -12.00           | -12.00    | minus, scale kept
      (12.00)          | -12.00    | accounting parentheses
      ($1.00)          | -1.00     | parentheses and dollar
      -$12.00          | -12.00    | minus before dollar
      $-12.00          | -12.00    | minus after dollar
      " $10,000.00 "   | 10000.00  | trimmed
      "$ 2,567.49"     | 2567.49   | space after dollar
      1234             | 1234      | scale 0 kept
      .5               | 0.5       | leading dot
      $0.00            | 0.00      | Chapter 99 goods value
      1,234,567.891    | 1234567.891 | three decimals kept
      """)
  void parseMoney_acceptedForms_keepScale(String text, BigDecimal expected, String note) {
    // BigDecimal.equals compares the scale too, so 12.00 is not 12.0.
    assertThat(CellValues.parseMoney(text)).as(note).isEqualTo(expected);
  }

  @Test
  void parseMoney_blank_zero() {
    assertThat(CellValues.parseMoney("")).isEqualTo(BigDecimal.ZERO);
    assertThat(CellValues.parseMoney("   ")).isEqualTo(BigDecimal.ZERO);
  }

  @ParameterizedTest(name = "{1}: ''{0}''")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # text      | note
      12,34       | decimal comma (European Excel)
      "1,2345.00" | commas not in threes
      1.2E+04     | Excel scientific notation
      FREE        | text (es-003.com: some exports say FREE)
      (-12.00)    | sign given twice
      --12        | two minus signs
      -(12.00)    | minus outside parentheses
      $           | dollar only
      ()          | empty parentheses
      12.00-      | trailing minus
      12.         | dot without decimals
      USD 12      | currency code
      """)
  void parseMoney_rejected_messageQuotesValue(String text, String note) {
    assertThatIllegalArgumentException().as(note).isThrownBy(() -> CellValues.parseMoney(text))
        .withMessage("Amount must be a number such as 1234.56, $1,234.56, -12.00 or (12.00), but"
            + " was: '" + text + "'");
  }

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Y     | true
      YES   | true
      TRUE  | true
      1     | true
      y     | true
      " Yes " | true
      true  | true
      N     | false
      NO    | false
      FALSE | false
      0     | false
      n     | false
      ""    | false
      "  "  | false
      """)
  void parseIndicator_everyAcceptedSpelling(String text, boolean expected) {
    assertThat(CellValues.parseIndicator(text)).isEqualTo(expected);
  }

  @Test
  void parseIndicator_other_rejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> CellValues.parseIndicator(" maybe "))
        .withMessage("Indicator must be Y, YES, TRUE, 1, N, NO, FALSE, 0 or blank, but was:"
            + " 'maybe'");
    assertThatIllegalArgumentException().isThrownBy(() -> CellValues.parseIndicator("2"))
        .withMessage("Indicator must be Y, YES, TRUE, 1, N, NO, FALSE, 0 or blank, but was: '2'");
  }

  @Test
  void parseFiledInAce_blankIsYesOtherwiseIndicator() {
    assertThat(CellValues.parseFiledInAce("")).isTrue();
    assertThat(CellValues.parseFiledInAce(" ")).isTrue();
    assertThat(CellValues.parseFiledInAce("N")).isFalse();
    assertThat(CellValues.parseFiledInAce("yes")).isTrue();
    assertThatIllegalArgumentException().isThrownBy(() -> CellValues.parseFiledInAce("X"))
        .withMessage("Indicator must be Y, YES, TRUE, 1, N, NO, FALSE, 0 or blank, but was: 'X'");
  }

  @ParameterizedTest(name = "money ''{0}'' = {1}")
  @CsvSource(delimiter = '|', textBlock = """
      1234.56     | 1234.56
      -12.00      | -12.00
      ' 7 '       | 7
      .5          | 0.5
      ''          | 0
      $1,234.56   | 1234.56
      (12.00)     | -12.00
      ($1.00)     | -1.00
      -$12.00     | -12.00
      $-12.00     | -12.00
      $ 10,000.00 | 10000.00
      1,234,567.8 | 1234567.8
      -.5         | -0.5
      (0.00)      | 0.00
      -0.00       | 0.00
      000123.4500 | 123.4500
      123456789012345678 | 123456789012345678
      1234567890123456789 | 1234567890123456789
      99999999999999999999.99 | 99999999999999999999.99
      """)
  void money_fastPathAndFullParser_sameAsCellValues(String text, BigDecimal expected) {
    assertThat(CellValues.money(text)).isEqualByComparingTo(expected);
    assertThat(CellValues.money(text)).isEqualTo(CellValues.parseMoney(text));
  }

  /**
   * Seeded random amounts in every form the fast path takes (signs, dollar sign, parentheses,
   * grouping commas, 0 to 25 digits, decimals) and near-misses: the same value and scale as the
   * full parser, or the same failure.
   */
  @Test
  void money_randomAmounts_sameAsCellValues() {
    long seed = 20261123L;
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    for (int n = 0; n < 100_000; n++) {
      StringBuilder digits = new StringBuilder();
      int count = random.nextInt(26);
      for (int i = 0; i < count; i++) {
        digits.append((char) ('0' + random.nextInt(10)));
      }
      String integer = digits.toString();
      if (random.nextBoolean() && integer.length() > 3) {  // group by thousands, sometimes wrongly
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
          if (i > 0 && (integer.length() - i) % 3 == (random.nextInt(8) == 0 ? 1 : 0)) {
            grouped.append(',');
          }
          grouped.append(integer.charAt(i));
        }
        integer = grouped.toString();
      }
      String text = integer + (random.nextBoolean() ? "." + "0123456789".substring(0,
          random.nextInt(11)) : "");
      text = switch (random.nextInt(6)) {
        case 0 -> "-" + text;
        case 1 -> "$" + text;
        case 2 -> "(" + text + ")";
        case 3 -> "-$" + text;
        default -> text;
      };
      String amount = text;
      BigDecimal expected;
      try {
        expected = CellValues.parseMoney(amount);
      } catch (IllegalArgumentException ex) {
        assertThatIllegalArgumentException().as("seed=%d n=%d '%s'", seed, n, amount)
            .isThrownBy(() -> CellValues.money(amount)).withMessage(ex.getMessage());
        continue;
      }
      assertThat(CellValues.money(amount)).as("seed=%d n=%d '%s'", seed, n, amount)
          .isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "money ''{0}'' rejected like CellValues")
  @CsvSource(delimiter = '|', textBlock = """
      12,34
      1234,567
      1,2345
      ,123
      12.
      $
      -
      (-12.00)
      ()
      1.2E+04
      FREE
      """)
  void money_invalid_sameMessageAsCellValues(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> CellValues.money(text))
        .withMessage("Amount must be a number such as 1234.56, $1,234.56, -12.00 or (12.00), but"
            + " was: '" + text + "'");
  }

  @ParameterizedTest(name = "date ''{0}''")
  @CsvSource(delimiter = '|', textBlock = """
      04/08/2025          | 2025-04-08
      2025-04-08          | 2025-04-08
      ' 12/31/2025 '      | 2025-12-31
      4/8/2025            | 2025-04-08
      04/08/2025 00:00:00 | 2025-04-08
      45755               | 2025-04-08
      """)
  void date_fastPathAndFullParser_sameAsCellValues(String text, LocalDate expected) {
    assertThat(CellValues.date(text)).isEqualTo(expected)
        .isEqualTo(CellValues.parseDate(text));
  }

  @ParameterizedTest(name = "date ''{0}'' rejected like CellValues")
  @CsvSource(delimiter = '|', textBlock = """
      02/30/2026 | Date '02/30/2026' does not exist: month 2 of 2026 has 28 days
      13/04/2026 | Date '13/04/2026' does not exist: month 13 is not 1 to 12 (day-first dates are not accepted; ACE writes the month first)
      2026-02-29 | Date '2026-02-29' does not exist: month 2 of 2026 has 28 days
      04-08-2025 | Date must be MM/DD/YYYY, M/D/YYYY or YYYY-MM-DD, but was: '04-08-2025'
      """)
  void date_invalid_messageOfCellValues(String text, String message) {
    assertThatIllegalArgumentException().isThrownBy(() -> CellValues.date(text))
        .withMessage(message);
  }

  @ParameterizedTest(name = "entry type ''{0}''")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      01                 | 01
      1                  | 01
      1.0                | 01
      " 01 - Consumption " | 01
      01-Consumption     | 01
      11 - Informal      | 11
      """)
  void parseEntryType_printedForms(String text, String code) {
    assertThat(PrintedCodes.parseEntryType(text)).isEqualTo(org.caperules.core.EntryType.of(code));
  }

  @ParameterizedTest(name = "entry type ''{0}'' rejected")
  @CsvSource(delimiter = '|', textBlock = """
      1.5        | CBP entry type code must be 2 digits, but was: '1.5'
      99 - Other | Unknown CBP entry type code: '99' (not in CATAIR Appendix B) (read from '99 - Other')
      """)
  void parseEntryType_notATypeRejected(String text, String message) {
    assertThatIllegalArgumentException().isThrownBy(() -> PrintedCodes.parseEntryType(text))
        .withMessage(message);
  }

  @ParameterizedTest(name = "importer ''{0}'' = {1}")
  @CsvSource(delimiter = '|', textBlock = """
      12-3456789-00  | 12-345678900
      123456789-00   | 12-345678900
      12345678900    | 12-345678900
      12 3456789 00  | 12-345678900
      12-3456789A1   | 12-3456789A1
      12-3456789     | 12-3456789
      123-45-6789    | 123-45-6789
      061234-12345   | 061234-12345
      """)
  void parseImporterNumber_punctuationOnly(String text, String canonical) {
    assertThat(PrintedCodes.parseImporterNumber(text))
        .isEqualTo(org.caperules.core.ImporterNumber.of(canonical));
  }

  @Test
  void parseImporterNumber_bareNineDigitsAmbiguous_messageMasked() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PrintedCodes.parseImporterNumber("123456789"))
        .withMessageContaining("'*****6789' is 9 digits without hyphens")
        .withMessageNotContaining("123456789");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PrintedCodes.parseImporterNumber("12-345"))
        .withMessageContaining("but was: '12-345'");
  }

  @ParameterizedTest(name = "accounting zero ''{0}''")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      " $-   "
      $-
      "$ - "
      """)
  void money_accountingZero_zeroWithCents(String text) {
    assertThat(CellValues.money(text)).isEqualTo(new BigDecimal("0.00"));
    assertThat(CellValues.parseMoney(text)).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void money_dashWithoutDollarOrTwoDashes_rejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> CellValues.parseMoney("-"));
    assertThatIllegalArgumentException().isThrownBy(() -> CellValues.parseMoney("$--"));
  }

  @ParameterizedTest(name = "amount ''{0}'' = {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      1000         | 1000.00
      3000.0       | 3000.00
      800.00       | 800.00
      $1,234.5     | 1234.50
      12.3400      | 12.34
      (0.5)        | -0.50
      ""           | 0.00
      " $-   "     | 0.00
      """)
  void amount_alwaysTwoDecimals(String text, String expected) {
    assertThat(CellValues.amount(text)).isEqualTo(new BigDecimal(expected));
  }

  @ParameterizedTest(name = "amount ''{0}'' refused")
  @CsvSource(delimiter = '|', textBlock = """
      12.345
      0.30000000000000004
      """)
  void amount_fractionsOfACent_refusedNeverRounded(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> CellValues.amount(text))
        .withMessage("Amount '" + text + "' has fractions of a cent; an ES-003 amount is in"
            + " dollars and cents");
  }
}
