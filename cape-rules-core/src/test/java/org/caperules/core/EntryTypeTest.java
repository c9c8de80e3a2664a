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

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntryTypeTest {

  /** Every code of CATAIR Appendix B (docs/formats.md#entry-types), in table order. */
  private static final List<String> SECTION_5_CODES = List.of(
      "01", "02", "03", "04", "05", "06", "07", "08", "09",
      "11", "12", "13",
      "21", "22", "23", "24", "25", "26",
      "31", "32", "33", "34", "38",
      "41", "42", "43", "44", "45", "46", "47",
      "51", "52",
      "61", "62", "63", "64", "65", "66",
      "69", "70",
      "86");

  @Test
  void values_exactlyTheCodesOfSection5_inOrder() {
    assertThat(Arrays.stream(EntryType.values()).map(EntryType::code))
        .containsExactlyElementsOf(SECTION_5_CODES);
  }

  @Test
  void ofParseTryParse_everyCodeOfSection5_roundTrips() {
    for (String code : SECTION_5_CODES) {
      EntryType type = EntryType.of(code);
      assertThat(type.code()).as(code).isEqualTo(code);
      assertThat(type.toString()).as(code).isEqualTo(code);
      assertThat(type.name()).as(code).isEqualTo("TYPE_" + code);
      assertThat(EntryType.parse(" " + code + "\t")).as(code).isSameAs(type);
      assertThat(EntryType.tryParse(code)).as(code).containsSame(type);
      if (code.charAt(0) == '0') {
        assertThat(EntryType.parse(code.substring(1))).as("single digit %s", code).isSameAs(type);
      }
    }
  }

  /** Every two-digit string: known exactly when in Appendix B (00, 10 ... 60 are headers). */
  @Test
  void of_everyTwoDigitString_knownExactlyWhenInSection5() {
    for (int n = 0; n < 100; n++) {
      String code = String.format(Locale.ROOT, "%02d", n);
      if (SECTION_5_CODES.contains(code)) {
        assertThat(EntryType.of(code).code()).as(code).isEqualTo(code);
      } else {
        assertThatIllegalArgumentException().as(code).isThrownBy(() -> EntryType.of(code))
            .withMessage("Unknown CBP entry type code: '" + code + "' (not in CATAIR Appendix B)");
        assertThat(EntryType.tryParse(code)).as(code).isEmpty();
      }
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # code | description (CATAIR Appendix B, en dashes written as hyphens)
      01     | Consumption - Free and Dutiable
      08     | NAFTA Duty Deferral (USMCA duty deferral in CBP's CAPE texts)
      09     | Reconciliation Summary
      21     | Warehouse
      23     | Temporary Importation Bond (TIB)
      34     | Warehouse Withdrawal - Antidumping/Countervailing Duty
      47     | Drawback Entry (TFTEA)
      86     | Section 321
      """)
  void description_sampleCodes_catairName(String code, String description) {
    assertThat(EntryType.of(code).description()).isEqualTo(description);
  }

  @Test
  void description_uncertainCodes_sayUncertain() {
    for (String code : List.of("13", "69", "70")) {
      assertThat(EntryType.of(code).description()).as(code).contains("UNCERTAIN");
    }
    for (EntryType type : EntryType.values()) {
      if (!Set.of("13", "69", "70").contains(type.code())) {
        assertThat(type.description()).as(type.code()).doesNotContain("UNCERTAIN").isNotBlank();
      }
    }
  }

  /** Each predicate is true exactly for the codes its source lists. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # predicate                 | codes                | source
      isWarehouse                 | 21 22                | CSMS #69127837 (CBP-reported)
      isWarehouseWithdrawal       | 31 32 34 38          | CSMS #69127837 (CBP-reported)
      isDrawback                  | 41 42 43 44 45 46 47 | CATAIR Appendix B
      isAdCvd                     | 03 07 34 38          | CATAIR Appendix B (AD/CVD types)
      isReconciliation            | 09                   | CSMS #68340863 (docs/rules.md)
      isDutyDeferral              | 08                   | CSMS #68340863 (docs/rules.md)
      isInformal                  | 11 12                | CATAIR Appendix B
      isTemporaryImportationBond  | 23                   | docs/decisions.md#type-23-tib
      """)
  void predicate_everyType_trueExactlyForListedCodes(String predicate, String codes, String source) {
    Set<String> expected = Set.of(codes.split(" "));
    Predicate<EntryType> test = predicate(predicate);
    for (EntryType type : EntryType.values()) {
      assertThat(test.test(type)).as("%s(%s) per %s", predicate, type, source)
          .isEqualTo(expected.contains(type.code()));
    }
  }

  private static Predicate<EntryType> predicate(String name) {
    return switch (name) {
      case "isWarehouse" -> EntryType::isWarehouse;
      case "isWarehouseWithdrawal" -> EntryType::isWarehouseWithdrawal;
      case "isDrawback" -> EntryType::isDrawback;
      case "isAdCvd" -> EntryType::isAdCvd;
      case "isReconciliation" -> EntryType::isReconciliation;
      case "isDutyDeferral" -> EntryType::isDutyDeferral;
      case "isInformal" -> EntryType::isInformal;
      case "isTemporaryImportationBond" -> EntryType::isTemporaryImportationBond;
      default -> throw new IllegalArgumentException(name);
    };
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # code | note
      1      | one digit: only parse pads it
      001    | three digits
      A1     | letter
      ""     | empty
      " 01"  | of does not trim
      """)
  void of_notTwoDigits_rejectedQuotingCode(String code, String note) {
    assertThatIllegalArgumentException().as(note).isThrownBy(() -> EntryType.of(code))
        .withMessage("CBP entry type code must be 2 digits, but was: '" + code + "'");
  }

  @Test
  void parse_badText_rejectedQuotingTrimmedText() {
    assertThatIllegalArgumentException().isThrownBy(() -> EntryType.parse("  "))
        .withMessage("CBP entry type code must be 2 digits, but was: ''");
    assertThatIllegalArgumentException().isThrownBy(() -> EntryType.parse(" 0 "))
        .withMessage("Unknown CBP entry type code: '00' (not in CATAIR Appendix B)");
    assertThatIllegalArgumentException().isThrownBy(() -> EntryType.parse("Type 01"))
        .withMessage("CBP entry type code must be 2 digits, but was: 'Type 01'");
    assertThat(EntryType.parse(" 9 ")).isSameAs(EntryType.TYPE_09);
  }

  @Test
  void tryParse_badText_empty() {
    assertThat(EntryType.tryParse("x")).isEmpty();
    assertThat(EntryType.tryParse("")).isEmpty();
    assertThat(EntryType.tryParse("470")).isEmpty();
    assertThat(EntryType.tryParse(" 8 ")).contains(EntryType.TYPE_08);
  }
}
