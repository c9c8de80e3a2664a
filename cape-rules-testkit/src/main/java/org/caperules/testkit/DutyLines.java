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
package org.caperules.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.caperules.core.DutyLine;
import org.caperules.core.HeadingRule;
import org.caperules.core.HtsNumber;
import org.caperules.core.IeepaHeadings;
import org.caperules.core.TariffProgram;

/**
 * Draws the duty lines of generated entries from the Chapter 99 heading table
 * {@link IeepaHeadings#standard()}: IEEPA lines whose heading is effective on the entry date,
 * non-IEEPA Chapter 99 lines (Section 301 China, Section 232, Section 122) and ordinary commodity
 * lines, each with a duty of 1.00 to 25,000.00. {@link Entries} builds entries from them; its
 * {@link Entries#ieepaLine(RandomGenerator, LocalDate)} and
 * {@link Entries#nonIeepaChapter99Line(RandomGenerator, LocalDate)} are the public face.
 *
 * <p>Example: {@code DutyLines.ieepa(random, LocalDate.of(2025, 2, 10))} draws from the IEEPA rows
 * effective on 10 Feb 2025 and may give 9903.01.20 (China, entries of 4 Feb - 3 Mar 2025);
 * {@code DutyLines.ieepa(random, LocalDate.of(2025, 6, 2))} never does.
 *
 * <p>Every value is drawn with {@link Draw}, in a fixed order. This class is immutable and
 * thread-safe; the generators passed to it are not.
 */
final class DutyLines {

  private static final IeepaHeadings HEADINGS = IeepaHeadings.standard();
  private static final List<HeadingRule> IEEPA_RULES = HEADINGS.rules().stream()
      .filter(rule -> rule.program() == TariffProgram.IEEPA).toList();
  /** First day of the IEEPA window, from the heading table. */
  static final LocalDate IEEPA_FIRST_DAY = IEEPA_RULES.stream()
      .map(rule -> Objects.requireNonNull(rule.effectiveFromInclusive(), rule.headings()))
      .min(LocalDate::compareTo).orElseThrow();
  /** Last day of the IEEPA window, inclusive, from the heading table. */
  static final LocalDate IEEPA_LAST_DAY = IEEPA_RULES.stream()
      .map(rule -> rule.effectiveToInclusive().orElseThrow())
      .max(LocalDate::compareTo).orElseThrow();
  /** The IEEPA rows effective on each day of the IEEPA window, index = days from its start. */
  private static final List<List<HeadingRule>> IEEPA_RULES_BY_DAY = ieepaRulesByDay();
  /** The non-IEEPA Chapter 99 families drawn: 301 China, 232 steel/aluminium, 122. */
  private static final List<String> NON_IEEPA_FAMILIES =
      List.of("990388", "990380", "990381", "990303");
  private static final List<HeadingRule> NON_IEEPA_RULES = HEADINGS.rules().stream()
      .filter(rule -> rule.program() != TariffProgram.IEEPA)
      .filter(rule -> NON_IEEPA_FAMILIES.contains(rule.firstDigits().substring(0, 6)))
      // 9903.03 outside .01-.16 is no published heading: draw Section 122 from its dated range.
      .filter(rule -> !rule.firstDigits().equals("990303"))
      .toList();
  /** Ordinary 10-digit HTSUS numbers for the commodity line of an entry. */
  private static final List<String> COMMODITIES = List.of(
      "3923900080",   // plastic articles for the conveyance of goods
      "8471300100",   // portable computers
      "9403609081",   // wooden furniture
      "6110202079",   // cotton sweaters
      "8517620090",   // network equipment
      "7318158069",   // steel bolts
      "9503000073",   // toys
      "8516604000");  // cooking stoves and ranges
  private static final long MIN_CENTS = 100L;           // 1.00
  private static final long MAX_CENTS = 2_500_000L;     // 25,000.00
  /** The scale of duty amounts: cents. */
  static final int CENTS_SCALE = 2;
  private static final int FAMILY_ATTEMPTS = 100;
  private static final int HEADING_SUFFIXES = 100;

  private DutyLines() {}

  /**
   * Draws a dutiable IEEPA line whose heading is effective on the entry date; see
   * {@link Entries#ieepaLine(RandomGenerator, LocalDate)}.
   *
   * @param random  the generator
   * @param entryDate  the entry date
   * @return the line, its duty above zero
   */
  static DutyLine ieepa(RandomGenerator random, LocalDate entryDate) {
    Objects.requireNonNull(entryDate, "entryDate");
    long day = ChronoUnit.DAYS.between(IEEPA_FIRST_DAY, entryDate);
    List<HeadingRule> rules = day >= 0 && day < IEEPA_RULES_BY_DAY.size()
        ? IEEPA_RULES_BY_DAY.get((int) day)
        : IEEPA_RULES;
    return DutyLine.of(heading(random, Draw.pick(random, rules)), duty(random));
  }

  /**
   * Draws a dutiable non-IEEPA Chapter 99 line effective on the entry date; see
   * {@link Entries#nonIeepaChapter99Line(RandomGenerator, LocalDate)}.
   *
   * @param random  the generator
   * @param entryDate  the entry date
   * @return the line
   */
  static DutyLine nonIeepaChapter99(RandomGenerator random, LocalDate entryDate) {
    Objects.requireNonNull(entryDate, "entryDate");
    List<HeadingRule> effective = NON_IEEPA_RULES.stream()
        .filter(rule -> rule.isEffectiveOn(entryDate)).toList();
    return DutyLine.of(heading(random, Draw.pick(random, effective)), duty(random));
  }

  private static HtsNumber heading(RandomGenerator random, HeadingRule rule) {
    String first = rule.firstDigits();
    if (first.length() == 8) {
      int from = Integer.parseInt(first.substring(6));
      int to = Integer.parseInt(rule.lastDigits().substring(6));
      return HtsNumber.of(first.substring(0, 6) + twoDigits(Draw.between(random, from, to)));
    }
    // A 6-digit family row: draw suffixes until this row is the most specific one.
    HtsNumber hts = HtsNumber.of(first + twoDigits(Draw.below(random, HEADING_SUFFIXES)));
    for (int i = 1; i < FAMILY_ATTEMPTS && !rule.equals(HEADINGS.rule(hts).orElse(null)); i++) {
      hts = HtsNumber.of(first + twoDigits(Draw.below(random, HEADING_SUFFIXES)));
    }
    return hts;
  }

  /**
   * Draws the commodity line of an entry: an ordinary 10-digit HTSUS number with a duty of 1.00
   * to 25,000.00.
   *
   * @param random  the generator
   * @return the line
   */
  static DutyLine commodity(RandomGenerator random) {
    return DutyLine.of(HtsNumber.of(Draw.pick(random, COMMODITIES)), duty(random));
  }

  private static BigDecimal duty(RandomGenerator random) {
    long cents = MIN_CENTS + Draw.below(random, (int) (MAX_CENTS - MIN_CENTS + 1));
    return BigDecimal.valueOf(cents, CENTS_SCALE);
  }

  private static String twoDigits(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }

  private static List<List<HeadingRule>> ieepaRulesByDay() {
    List<List<HeadingRule>> byDay = new ArrayList<>();
    for (LocalDate d = IEEPA_FIRST_DAY; !d.isAfter(IEEPA_LAST_DAY); d = d.plusDays(1)) {
      LocalDate day = d;
      byDay.add(IEEPA_RULES.stream().filter(rule -> rule.isEffectiveOn(day)).toList());
    }
    return List.copyOf(byDay);
  }
}
