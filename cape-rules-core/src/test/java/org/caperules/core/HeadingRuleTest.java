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

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadingRuleTest {

  private static final LocalDate THU_2025_08_27 = LocalDate.of(2025, 8, 27);
  private static final LocalDate SAT_2026_02_07 = LocalDate.of(2026, 2, 7);

  @Test
  void of_dottedHeading_storedAsDigits() {
    HeadingRule rule = HeadingRule.of("9903.88", TariffProgram.SECTION_301, "Section 301 China");
    assertThat(rule.firstDigits()).isEqualTo("990388");
    assertThat(rule.lastDigits()).isEqualTo("990388");
    assertThat(rule.isDated()).isFalse();
    assertThat(rule.effectiveToInclusive()).isEmpty();
    assertThat(rule.toString()).isEqualTo("9903.88 SECTION_301 on any date (Section 301 China)");
  }

  @ParameterizedTest(name = "{0} covered={1}")
  @CsvSource(delimiter = '|', textBlock = """
      # hts          | covered | note
      9903.03.12     | true    | first, inclusive
      9903.03.15     | true    | inside
      9903.03.16     | true    | last, inclusive
      9903.03.11     | false   | before
      9903.03.17     | false   | after
      9903.04.12     | false   | other subheading
      3923.90.0080   | false   | commodity
      """)
  void covers_range_bothEndsInclusive(String hts, boolean covered, String note) {
    HeadingRule rule =
        HeadingRule.ofRange("9903.03.12", "9903.03.16", TariffProgram.SECTION_338, "updates");
    assertThat(rule.covers(HtsNumber.parse(hts))).as(note).isEqualTo(covered);
  }

  @Test
  void covers_tenDigitPrefixLongerThanEightDigitNumber_false() {
    HeadingRule rule = HeadingRule.of("3923.90.0080", TariffProgram.NOT_CHAPTER_99, "test");
    assertThat(rule.covers(HtsNumber.parse("9903.01.25"))).isFalse();
    assertThat(rule.covers(HtsNumber.parse("3923.90.0080"))).isTrue();
  }

  @Test
  void withEffectiveDates_indiaRow_fromInclusiveToExclusive() {
    HeadingRule rule = HeadingRule.of("9903.01.84", TariffProgram.IEEPA, "EO 14329")
        .withEffectiveDates(THU_2025_08_27, SAT_2026_02_07);
    assertThat(rule.isDated()).isTrue();
    assertThat(rule.isEffectiveOn(THU_2025_08_27.minusDays(1))).isFalse();
    assertThat(rule.isEffectiveOn(THU_2025_08_27)).isTrue();
    assertThat(rule.isEffectiveOn(SAT_2026_02_07.minusDays(1))).isTrue();
    assertThat(rule.isEffectiveOn(SAT_2026_02_07)).isFalse();
    assertThat(rule.effectiveToInclusive()).contains(LocalDate.of(2026, 2, 6));
    assertThat(rule.toString()).isEqualTo(
        "9903.01.84 IEEPA from 2025-08-27 to 2026-02-06 inclusive (EO 14329)");
  }

  @Test
  void effectiveDatesText_openEnds() {
    HeadingRule rule = HeadingRule.of("9903.01.25", TariffProgram.IEEPA, "s");
    assertThat(rule.withEffectiveDates(null, SAT_2026_02_07).effectiveDatesText())
        .isEqualTo("up to 2026-02-06 inclusive");
    assertThat(rule.withEffectiveDates(null, SAT_2026_02_07).isEffectiveOn(LocalDate.MIN))
        .isTrue();
    assertThat(rule.withEffectiveDates(THU_2025_08_27, null).effectiveDatesText())
        .isEqualTo("from 2025-08-27");
    assertThat(rule.withEffectiveDates(THU_2025_08_27, null).isEffectiveOn(LocalDate.MAX))
        .isTrue();
    assertThat(rule.withEffectiveDates(null, null).effectiveDatesText()).isEqualTo("on any date");
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # heading      | digits in message | note
      9903.0         | 99030             | 5 digits
      99             | 99                | 2 digits
      9903.01.2X     | 9903012X          | letter
      ""             | ""                | empty
      """)
  void of_badHeading_rejectedQuotingDigits(String heading, String digits, String note) {
    assertThatIllegalArgumentException().as(note)
        .isThrownBy(() -> HeadingRule.of(heading, TariffProgram.IEEPA, "s"))
        .withMessage("Heading must be 4, 6, 8 or 10 digits (dots allowed), but was: '"
            + digits + "'");
  }

  @Test
  void ofRange_reversedOrMixedLength_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> HeadingRule.ofRange("9903.03.16", "9903.03.12", TariffProgram.IEEPA, "s"))
        .withMessage("Heading range must run from a first to a last heading of the same length,"
            + " but was: '9903.03.16' to '9903.03.12'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> HeadingRule.ofRange("9903.03", "9903.03.12", TariffProgram.IEEPA, "s"))
        .withMessage("Heading range must run from a first to a last heading of the same length,"
            + " but was: '9903.03' to '9903.03.12'");
  }

  @Test
  void withEffectiveDates_notInOrder_rejectedQuotingDates() {
    HeadingRule rule = HeadingRule.of("9903.01.84", TariffProgram.IEEPA, "s");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> rule.withEffectiveDates(SAT_2026_02_07, SAT_2026_02_07))
        .withMessage("Heading 9903.01.84 must have effectiveFromInclusive before"
            + " effectiveToExclusive, but was: 2026-02-07 to 2026-02-07");
  }

  @Test
  void of_blankSource_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> HeadingRule.of("9903.01.84", TariffProgram.IEEPA, " "))
        .withMessage("Heading 9903.01.84 must cite a source, but the source was blank");
  }

  @Test
  void overlaps_sameLengthOnly() {
    HeadingRule range = HeadingRule.ofRange("9903.03.01", "9903.03.11", TariffProgram.SECTION_122,
        "s");
    assertThat(range.overlaps(HeadingRule.of("9903.03.11", TariffProgram.SECTION_338, "s")))
        .isTrue();
    assertThat(range.overlaps(HeadingRule.of("9903.03.12", TariffProgram.SECTION_338, "s")))
        .isFalse();
    assertThat(HeadingRule.of("9903.03.00", TariffProgram.SECTION_338, "s").overlaps(range))
        .isFalse();
    assertThat(range.overlaps(HeadingRule.of("9903.03", TariffProgram.SECTION_122, "s")))
        .isFalse();
  }
}
