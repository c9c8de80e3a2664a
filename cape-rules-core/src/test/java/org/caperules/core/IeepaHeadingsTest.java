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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IeepaHeadingsTest {

  private static final IeepaHeadings STANDARD = IeepaHeadings.standard();

  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource(delimiter = '|', textBlock = """
      # hts        | program          | source
      9903.01.01   | IEEPA            | Mexico EO 14194
      9903.01.04   | IEEPA            | Mexico USMCA exception (IEEPA heading, no duty)
      9903.01.10   | IEEPA            | Canada EO 14193
      9903.01.20   | IEEPA            | China fentanyl EO 14195
      9903.01.24   | IEEPA            | China fentanyl EO 14228
      9903.01.25   | IEEPA            | reciprocal baseline EO 14257
      9903.01.28   | IEEPA            | ES-003 parser fixture 99030128
      9903.01.33   | IEEPA            | reciprocal exception (IEEPA heading, no duty)
      9903.01.63   | IEEPA            | China reciprocal
      9903.01.77   | IEEPA            | Brazil EO 14323
      9903.01.84   | IEEPA            | India EO 14329
      9903.02.01   | IEEPA            | referenced in CSMS #66749380
      9903.02.19   | IEEPA            | EU country-specific
      9903.02.71   | IEEPA            | last Annex I heading
      9903.02.99   | IEEPA            | field classifier 9903.02.*
      9903.03.01   | SECTION_122      | Section 122 duty
      9903.03.11   | SECTION_122      | Proclamation 11012 last exemption
      9903.03.12   | SECTION_338      | Section 338 Canada from 2026-08-22 (UNCERTAIN)
      9903.03.15   | SECTION_338      | F884 carve-out (UNCERTAIN)
      9903.03.16   | SECTION_338      | last heading of the 338 range (UNCERTAIN)
      9903.03.17   | SECTION_122      | 9903.03 family, not in the 338 range
      9903.05.01   | SECTION_301      | Section 301 Brazil, from 2026-07-22
      9903.05.20   | SECTION_301      | Section 301 forced labor 9903.05.xx
      9903.45.29   | SECTION_201      | bifacial solar exclusion
      9903.78.01   | SECTION_232      | copper (verify)
      9903.80.01   | SECTION_232      | steel
      9903.81.91   | SECTION_232      | steel/aluminum
      9903.85.02   | SECTION_232      | aluminum derivatives
      9903.88.15   | SECTION_301      | China List 4A
      9903.94.01   | SECTION_232      | autos
      9903.96.01   | OTHER_CHAPTER_99 | companion headings (UNCERTAIN)
      9903.04.01   | OTHER_CHAPTER_99 | not in any source
      9902.12.34   | OTHER_CHAPTER_99 | Chapter 99 outside 9903
      3923.90.0080 | NOT_CHAPTER_99   | ES-003 parser fixture commodity line
      """)
  void program_standardTable_classifiesPerSources(
      String hts, TariffProgram program, String source) {
    HtsNumber number = HtsNumber.parse(hts);
    assertThat(STANDARD.program(number)).as(source).isEqualTo(program);
    assertThat(STANDARD.isIeepa(number)).as(source).isEqualTo(program == TariffProgram.IEEPA);
    assertThat(program.isIeepa()).as(source).isEqualTo(program == TariffProgram.IEEPA);
  }

  @Test
  void isIeepa_every9903Heading_trueExactlyFor01And02() {
    for (int sub = 0; sub < 100; sub++) {
      for (int item = 0; item < 100; item++) {
        String digits = String.format(java.util.Locale.ROOT, "9903%02d%02d", sub, item);
        assertThat(STANDARD.isIeepa(HtsNumber.of(digits))).as(digits)
            .isEqualTo(sub == 1 || sub == 2);
      }
    }
  }

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # hts        | entryDate  | effective | note (docs/rules.md#ieepa-window, #heading-dates)
      9903.01.25   | 2025-04-04 | false     | day before the reciprocal baseline (from 5 Apr 2025)
      9903.01.25   | 2025-04-05 | true      | first day, inclusive
      9903.01.25   | 2026-02-23 | true      | last IEEPA day (CSMS #67834313)
      9903.01.25   | 2026-02-24 | false     | IEEPA ended for goods entered on/after 24 Feb 2026
      9903.01.20   | 2025-02-04 | true      | China fentanyl first day
      9903.01.20   | 2025-03-03 | true      | China fentanyl last day
      9903.01.20   | 2025-03-04 | false     | replaced by 9903.01.24
      9903.01.84   | 2026-02-06 | true      | India last day (before 12:01 a.m. 7 Feb 2026)
      9903.01.84   | 2026-02-07 | false     | India ended
      9903.01.99   | 2025-02-03 | false     | 9903.01 family before the IEEPA window
      9903.01.99   | 2025-02-04 | true      | 9903.01 family first day
      9903.02.19   | 2025-08-06 | false     | Annex I rates from 7 Aug 2025
      9903.02.19   | 2025-08-07 | true      | Annex I first day
      9903.88.15   | 2020-01-01 | true      | undated rule
      9903.04.01   | 2020-01-01 | true      | no rule
      3923.90.0080 | 2020-01-01 | true      | not Chapter 99
      """)
  void isEffectiveOn_boundaries(String hts, LocalDate entryDate, boolean effective, String note) {
    HtsNumber number = HtsNumber.parse(hts);
    assertThat(STANDARD.isEffectiveOn(number, entryDate)).as(note).isEqualTo(effective);
    assertThat(STANDARD.effectiveDateWarning(number, entryDate).isPresent()).as(note)
        .isEqualTo(!effective);
  }

  @Test
  void effectiveDateWarning_indiaAfterEnd_sentenceWithDates() {
    assertThat(STANDARD.effectiveDateWarning(HtsNumber.parse("9903.01.84"),
        LocalDate.of(2026, 2, 10)))
        .contains("IEEPA heading 9903.01.84 applies to entries from 2025-08-27 to 2026-02-06"
            + " inclusive, but the entry date is 2026-02-10 (source: India Russian oil, EO 14329,"
            + " 2025-08-27 until before 2026-02-07)");
  }

  @Test
  void effectiveDateWarning_section338BeforeStart_openEndedDates() {
    assertThat(STANDARD.effectiveDateWarning(HtsNumber.parse("9903.03.15"),
        LocalDate.of(2026, 8, 21)))
        .contains("SECTION_338 heading 9903.03.15 applies to entries from 2026-08-22, but the"
            + " entry date is 2026-08-21 (source: Section 338 Canada, from 2026-08-22, F884 names"
            + " 9903.03.15 (UNCERTAIN))");
  }

  @Test
  void rule_mostSpecificWins() {
    assertThat(STANDARD.rule(HtsNumber.parse("9903.01.84")).map(HeadingRule::headings))
        .contains("9903.01.84");
    assertThat(STANDARD.rule(HtsNumber.parse("9903.01.50")).map(HeadingRule::headings))
        .contains("9903.01");
    assertThat(STANDARD.rule(HtsNumber.parse("9903.03.14")).map(HeadingRule::headings))
        .contains("9903.03.12-9903.03.16");
    assertThat(STANDARD.rule(HtsNumber.parse("3923.90.0080"))).isEmpty();
  }

  @Test
  void rules_standardTable_everyRowCitesASource() {
    assertThat(STANDARD.rules()).allSatisfy(r -> assertThat(r.source()).isNotBlank());
    assertThat(IeepaHeadings.standard()).isSameAs(STANDARD);
    assertThat(STANDARD.toString())
        .isEqualTo("IeepaHeadings[" + STANDARD.rules().size() + " rules]");
    assertThat(IeepaHeadings.of(STANDARD.rules())).isEqualTo(STANDARD)
        .hasSameHashCodeAs(STANDARD).isNotEqualTo(STANDARD.toString());
  }

  @Test
  void of_customTable_reclassifies9903point96AsIeepa() {
    List<HeadingRule> rules = new ArrayList<>(STANDARD.rules());
    rules.removeIf(r -> r.headings().equals("9903.96"));
    rules.add(HeadingRule.of("9903.96", TariffProgram.IEEPA, "hypothetical CSMS"));
    IeepaHeadings custom = IeepaHeadings.of(rules);
    assertThat(custom.isIeepa(HtsNumber.parse("9903.96.01"))).isTrue();
    assertThat(STANDARD.isIeepa(HtsNumber.parse("9903.96.01"))).isFalse();
    assertThat(custom).isNotEqualTo(STANDARD);
  }

  @Test
  void of_emptyTable_fallsBackOnChapter() {
    IeepaHeadings empty = IeepaHeadings.of(List.of());
    assertThat(empty.program(HtsNumber.parse("9903.01.25")))
        .isEqualTo(TariffProgram.OTHER_CHAPTER_99);
    assertThat(empty.program(HtsNumber.parse("3923.90.0080")))
        .isEqualTo(TariffProgram.NOT_CHAPTER_99);
  }

  @Test
  void of_overlappingRulesOfSameLength_rejectedQuotingBoth() {
    List<HeadingRule> rules = List.of(
        HeadingRule.ofRange("9903.03.01", "9903.03.11", TariffProgram.SECTION_122, "a"),
        HeadingRule.of("9903.03.11", TariffProgram.SECTION_338, "b"));
    assertThatIllegalArgumentException().isThrownBy(() -> IeepaHeadings.of(rules))
        .withMessage("Heading rules overlap: '9903.03.01-9903.03.11 SECTION_122 on any date (a)'"
            + " and '9903.03.11 SECTION_338 on any date (b)'");
  }

  private static DutyLine line(String hts, String duty) {
    return DutyLine.of(HtsNumber.parse(hts), new BigDecimal(duty));
  }

  @Test
  void ieepaDuty_noLines_zeroAndNotDutiable() {
    assertThat(STANDARD.ieepaDuty(List.of())).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(STANDARD.hasDutiableIeepaLine(List.of())).isFalse();
  }

  @Test
  void ieepaDuty_es003Fixture_onlyChapter99IeepaLine() {
    // ES-003 fixture: ordinal 1 99030128 duty $850.00; ordinal 2 3923900080 duty $300.00.
    List<DutyLine> lines = List.of(line("99030128", "850.00"), line("3923900080", "300.00"));
    assertThat(STANDARD.ieepaDuty(lines)).isEqualByComparingTo("850.00");
    assertThat(STANDARD.hasDutiableIeepaLine(lines)).isTrue();
  }

  @Test
  void ieepaDuty_mixedLines_handSum() {
    // IEEPA lines: 1,234.56 (9903.01.25) + 617.28 (9903.01.24) + 0.00 (9903.02.19)
    //              - 34.56 (9903.01.25 credit) = 1,817.28.
    // Not IEEPA: 900.00 (9903.88.15, Section 301), 120.00 (9903.03.01, Section 122),
    //            300.00 (3923.90.0080 commodity), 45.00 (9903.96.01, UNCERTAIN companion).
    List<DutyLine> lines = List.of(
        line("9903.01.25", "1234.56"),
        line("9903.88.15", "900.00"),
        line("9903.01.24", "617.28"),
        line("3923.90.0080", "300.00"),
        line("9903.03.01", "120.00"),
        line("9903.02.19", "0.00"),
        line("9903.96.01", "45.00"),
        line("9903.01.25", "-34.56"));
    assertThat(STANDARD.ieepaDuty(lines)).isEqualTo(new BigDecimal("1817.28"));
    assertThat(STANDARD.hasDutiableIeepaLine(lines)).isTrue();
  }

  @Test
  void hasDutiableIeepaLine_onlyIeepaLineZeroAnd301LineDutiable_false() {
    List<DutyLine> lines = List.of(line("9903.01.33", "0.00"), line("9903.88.15", "500.00"));
    assertThat(STANDARD.hasDutiableIeepaLine(lines)).isFalse();
    assertThat(STANDARD.ieepaDuty(lines)).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void hasDutiableIeepaLine_perLineNotSum() {
    // +100.00 and -100.00 on IEEPA lines: the sum is 0, but one line is dutiable.
    List<DutyLine> offset = List.of(line("9903.01.25", "100.00"), line("9903.01.25", "-100.00"));
    assertThat(STANDARD.ieepaDuty(offset)).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(STANDARD.hasDutiableIeepaLine(offset)).isTrue();
    List<DutyLine> creditOnly = List.of(line("9903.01.25", "-50.00"));
    assertThat(STANDARD.ieepaDuty(creditOnly)).isEqualByComparingTo("-50.00");
    assertThat(STANDARD.hasDutiableIeepaLine(creditOnly)).isFalse();
  }
}
