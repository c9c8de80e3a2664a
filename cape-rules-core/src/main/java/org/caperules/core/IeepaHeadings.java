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

import static org.caperules.core.TariffProgram.IEEPA;
import static org.caperules.core.TariffProgram.OTHER_CHAPTER_99;
import static org.caperules.core.TariffProgram.SECTION_122;
import static org.caperules.core.TariffProgram.SECTION_201;
import static org.caperules.core.TariffProgram.SECTION_232;
import static org.caperules.core.TariffProgram.SECTION_301;
import static org.caperules.core.TariffProgram.SECTION_338;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The Chapter 99 heading table: which tariff program each 9903 heading belongs to, and the
 * entry dates it applies to. It answers the question CAPE asks of every entry summary line: is
 * this an IEEPA duty (docs/rules.md#ieepa-headings)?
 *
 * <p>The {@linkplain #standard() standard table} is data, kept in one list in this class so that
 * a change of rule is one edit. Its main rows:
 *
 * <ul>
 *   <li>IEEPA: every 9903.01.xx and 9903.02.xx heading, dated to the IEEPA window 2025-02-04 to
 *       2026-02-23 inclusive (CSMS #67834313), with the dated headings of the executive orders
 *       and CSMS bulletins (9903.01.20 China 2025-02-04 to 2025-03-03, 9903.01.84 India to
 *       2026-02-06, ...). The exception headings (9903.01.26-.33 and so on) are IEEPA too; they
 *       carry no duty.
 *   <li>Not IEEPA (docs/rules.md#not-ieepa): 9903.03.01-.11 Section 122 (2026-02-24 to
 *       2026-07-23), 9903.03.12-.16 Section 338 (UNCERTAIN),
 *       9903.05.xx and 9903.88.xx Section 301, 9903.80/.81/.85/.94/.78 Section 232, 9903.45.xx
 *       Section 201. 9903.96.xx, called "companion headings" of IEEPA by one vendor only, is
 *       UNCERTAIN and classified {@link TariffProgram#OTHER_CHAPTER_99}.
 * </ul>
 *
 * <p>The most specific rule wins: the rule with the longest heading prefix that covers the
 * number. A number no rule covers is {@link TariffProgram#OTHER_CHAPTER_99} if it is in Chapter
 * 99, else {@link TariffProgram#NOT_CHAPTER_99}. The program does not depend on the date; the
 * dates only give {@link #effectiveDateWarning(HtsNumber, LocalDate) warnings}, since the table
 * is incomplete (the authoritative list is the USITC HTS revision history, not retrieved).
 *
 * <p>Example: {@code standard().program(HtsNumber.parse("9903.01.25"))} is {@code IEEPA};
 * {@code standard().program(HtsNumber.parse("9903.88.15"))} is {@code SECTION_301}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IeepaHeadings {

  /** First day of IEEPA duties: 12:01 a.m. EST 4 Feb 2025 (CSMS #63988468). */
  private static final LocalDate IEEPA_FIRST_DAY = LocalDate.of(2025, 2, 4);
  /** IEEPA duties stop for goods entered on or after 24 Feb 2026 (CSMS #67834313). */
  private static final LocalDate IEEPA_END_EXCLUSIVE = LocalDate.of(2026, 2, 24);
  private static final String WINDOW = "IEEPA window 2025-02-04 to 2026-02-23, CSMS #67834313";

  /** The standard table (docs/rules.md#ieepa-headings). One place. */
  private static final List<HeadingRule> STANDARD_RULES = List.of(
      // IEEPA: the field classifier "9903.01 and 9903.02" (es-003.com; gingercontrol), dated to
      // the IEEPA window.
      dated(HeadingRule.of("9903.01", IEEPA, "IEEPA heading family; " + WINDOW),
          IEEPA_FIRST_DAY, IEEPA_END_EXCLUSIVE),
      dated(HeadingRule.of("9903.02", IEEPA, "IEEPA heading family; " + WINDOW),
          IEEPA_FIRST_DAY, IEEPA_END_EXCLUSIVE),
      // IEEPA headings with their own dates (the executive order or CSMS in each row).
      dated(HeadingRule.of("9903.01.01", IEEPA, "Mexico, EO 14194, from 2025-03-04"),
          LocalDate.of(2025, 3, 4), IEEPA_END_EXCLUSIVE),
      dated(HeadingRule.of("9903.01.10", IEEPA, "Canada, EO 14193, from 2025-03-04"),
          LocalDate.of(2025, 3, 4), IEEPA_END_EXCLUSIVE),
      dated(HeadingRule.of("9903.01.20", IEEPA, "China/HK fentanyl, EO 14195, 4 Feb - 3 Mar 2025,"
          + " CSMS #63988468"), IEEPA_FIRST_DAY, LocalDate.of(2025, 3, 4)),
      dated(HeadingRule.of("9903.01.23", IEEPA, "China in-transit exception, entered 4 Feb - 7 Mar"
          + " 2025"), IEEPA_FIRST_DAY, LocalDate.of(2025, 3, 8)),
      dated(HeadingRule.of("9903.01.24", IEEPA, "China/HK fentanyl, EO 14228, from 2025-03-04"),
          LocalDate.of(2025, 3, 4), IEEPA_END_EXCLUSIVE),
      dated(HeadingRule.of("9903.01.25", IEEPA, "Reciprocal baseline, EO 14257, from 2025-04-05,"
          + " CSMS #66749380"), LocalDate.of(2025, 4, 5), IEEPA_END_EXCLUSIVE),
      dated(HeadingRule.of("9903.01.63", IEEPA, "China reciprocal, from 2025-04-10 (earlier rates"
          + " UNCERTAIN), suspended from 2025-05-14, CSMS 64701128"),
          LocalDate.of(2025, 4, 10), LocalDate.of(2025, 5, 14)),
      dated(HeadingRule.of("9903.01.77", IEEPA, "Brazil, EO 14323, from 2025-08-06,"
          + " CSMS #65807735"), LocalDate.of(2025, 8, 6), IEEPA_END_EXCLUSIVE),
      dated(HeadingRule.of("9903.01.78", IEEPA, "Brazil in-transit exception, entered before"
          + " 2025-10-05"), LocalDate.of(2025, 8, 6), LocalDate.of(2025, 10, 5)),
      dated(HeadingRule.of("9903.01.84", IEEPA, "India Russian oil, EO 14329, 2025-08-27 until"
          + " before 2026-02-07"), LocalDate.of(2025, 8, 27), LocalDate.of(2026, 2, 7)),
      dated(HeadingRule.of("9903.01.85", IEEPA, "India in-transit exception, entered before"
          + " 2025-09-17"), LocalDate.of(2025, 8, 27), LocalDate.of(2025, 9, 17)),
      dated(HeadingRule.ofRange("9903.02.02", "9903.02.71", IEEPA, "Country-specific reciprocal"
          + " rates, Annex I of the EO of 31 Jul 2025, from 2025-08-07"),
          LocalDate.of(2025, 8, 7), IEEPA_END_EXCLUSIVE),
      // Not IEEPA (docs/rules.md#not-ieepa).
      HeadingRule.of("9903.03", SECTION_122, "Section 122, Proclamation 11012"),
      dated(HeadingRule.ofRange("9903.03.01", "9903.03.11", SECTION_122, "Section 122,"
          + " Proclamation 11012, 24 Feb - 24 Jul 2026"),
          LocalDate.of(2026, 2, 24), LocalDate.of(2026, 7, 24)),
      dated(HeadingRule.ofRange("9903.03.12", "9903.03.16", SECTION_338, "Section 338 Canada,"
          + " from 2026-08-22, F884 names 9903.03.15 (UNCERTAIN)"), LocalDate.of(2026, 8, 22), null),
      HeadingRule.of("9903.05", SECTION_301, "Section 301 Brazil and forced labor, from July 2026"),
      dated(HeadingRule.ofRange("9903.05.01", "9903.05.09", SECTION_301, "Section 301 Brazil,"
          + " from 2026-07-22"), LocalDate.of(2026, 7, 22), null),
      HeadingRule.of("9903.45", SECTION_201, "Section 201 safeguards"),
      HeadingRule.of("9903.78", SECTION_232, "Section 232 copper (general knowledge, UNCERTAIN)"),
      HeadingRule.of("9903.80", SECTION_232, "Section 232 steel/aluminum (es-003.com)"),
      HeadingRule.of("9903.81", SECTION_232, "Section 232 steel/aluminum (es-003.com)"),
      HeadingRule.of("9903.85", SECTION_232, "Section 232 aluminum derivatives (UNCERTAIN)"),
      HeadingRule.of("9903.88", SECTION_301, "Section 301 China"),
      HeadingRule.of("9903.94", SECTION_232, "Section 232 autos and parts (general knowledge)"),
      HeadingRule.of("9903.96", OTHER_CHAPTER_99, "Called IEEPA 'companion headings' by"
          + " refundarrow only; UNCERTAIN, not treated as IEEPA"));

  private static final IeepaHeadings STANDARD = new IeepaHeadings(STANDARD_RULES);

  private final List<HeadingRule> rules;
  /** The rules, longest prefix first; ties keep table order (they never overlap). */
  private final HeadingRule[] bySpecificity;
  /**
   * Which first two digits some rule starts with (headings and HTS numbers are all digits), so
   * that a commodity line such as 3923.90.0080 is answered without scanning every rule.
   */
  private final boolean[] firstTwoDigits = new boolean[100];
  /**
   * The rule found for each HTS number asked about so far ({@link #NO_RULE} for none), up to
   * {@link #MEMO_LIMIT} numbers: a screening asks about the same few hundred Chapter 99 numbers
   * for every duty line, and a map lookup is several times cheaper than scanning the rules. A
   * cache of a pure function: it changes no answer.
   */
  private final Map<HtsNumber, Object> memo = new ConcurrentHashMap<>();

  /** The memo's value for an HTS number no rule covers. */
  private static final Object NO_RULE = new Object();
  /** The most HTS numbers memoised per table (HTSUS has about 20,000 10-digit numbers). */
  private static final int MEMO_LIMIT = 50_000;

  private IeepaHeadings(List<HeadingRule> rules) {
    this.rules = List.copyOf(rules);
    for (int i = 0; i < this.rules.size(); i++) {
      for (int j = i + 1; j < this.rules.size(); j++) {
        if (this.rules.get(i).overlaps(this.rules.get(j))) {
          throw new IllegalArgumentException("Heading rules overlap: '" + this.rules.get(i)
              + "' and '" + this.rules.get(j) + "'");
        }
      }
    }
    List<HeadingRule> sorted = new ArrayList<>(this.rules);
    sorted.sort(Comparator.comparingInt((HeadingRule r) -> r.firstDigits().length()).reversed());
    this.bySpecificity = sorted.toArray(new HeadingRule[0]);
    for (HeadingRule rule : this.rules) {
      // A range's first and last headings have the same length, so its first two digits run
      // from those of the first heading to those of the last.
      for (int two = firstTwo(rule.firstDigits()); two <= firstTwo(rule.lastDigits()); two++) {
        firstTwoDigits[two] = true;
      }
    }
  }

  /**
   * Returns the standard table (docs/rules.md#ieepa-headings), described in the class
   * documentation.
   *
   * @return the standard table
   */
  public static IeepaHeadings standard() {
    return STANDARD;
  }

  /**
   * Obtains a custom table, for example the standard rules plus a correction:
   * {@code of(concat(standard().rules(), HeadingRule.of("9903.96", IEEPA, "CSMS #...")))} after
   * removing the standard 9903.96 row.
   *
   * @param rules  the rules; rules with bounds of the same length may not overlap
   * @return the table
   * @throws IllegalArgumentException if two rules with bounds of the same length overlap; the
   *     message quotes both
   */
  public static IeepaHeadings of(List<HeadingRule> rules) {
    return new IeepaHeadings(Objects.requireNonNull(rules, "rules"));
  }

  /**
   * Returns the rules in table order.
   *
   * @return the rules, unmodifiable
   */
  public List<HeadingRule> rules() {
    return rules;
  }

  /**
   * Returns the most specific rule covering an HTS number: the covering rule with the longest
   * heading prefix. For {@code 9903.01.84} that is the India rule, not the 9903.01 family rule.
   *
   * @param hts  the HTS number
   * @return the rule, or empty if no rule covers the number
   */
  public Optional<HeadingRule> rule(HtsNumber hts) {
    return Optional.ofNullable(find(hts));
  }

  private @Nullable HeadingRule find(HtsNumber hts) {
    Objects.requireNonNull(hts, "hts");
    if (!firstTwoDigits[firstTwo(hts.digits())]) {
      return null;
    }
    Object known = memo.get(hts);
    if (known != null) {
      return known instanceof HeadingRule rule ? rule : null;
    }
    HeadingRule found = scan(hts);
    if (memo.size() < MEMO_LIMIT) {
      memo.putIfAbsent(hts, found == null ? NO_RULE : found);
    }
    return found;
  }

  private @Nullable HeadingRule scan(HtsNumber hts) {
    for (HeadingRule rule : bySpecificity) {
      if (rule.covers(hts)) {
        return rule;
      }
    }
    return null;
  }

  /**
   * Returns the tariff program of an HTS number, whatever the entry date: the program of the
   * {@linkplain #rule(HtsNumber) most specific rule}, else {@code OTHER_CHAPTER_99} for a
   * Chapter 99 number and {@code NOT_CHAPTER_99} for any other.
   *
   * @param hts  the HTS number
   * @return the program
   */
  public TariffProgram program(HtsNumber hts) {
    HeadingRule rule = find(hts);
    if (rule != null) {
      return rule.program();
    }
    return hts.isChapter99() ? OTHER_CHAPTER_99 : TariffProgram.NOT_CHAPTER_99;
  }

  /**
   * Tells whether an HTS number is an IEEPA heading, whatever the entry date. In the standard
   * table: every 9903.01.xx and 9903.02.xx, including the exception headings that carry no
   * duty.
   *
   * @param hts  the HTS number
   * @return true if its program is IEEPA
   */
  public boolean isIeepa(HtsNumber hts) {
    return program(hts) == IEEPA;
  }

  /**
   * Returns the IEEPA duty of an entry's tariff lines: the sum of the duty on the lines whose HTS
   * number {@linkplain #isIeepa(HtsNumber) is IEEPA} in this table, whatever their dates. Zero
   * and negative duties are included. Example: with the standard table, lines
   * {@code 9903.01.25 100.00} and {@code 3923.90.0080 30.00} give {@code 100.00}.
   *
   * @param lines  the duty lines, for example {@link Entry#dutyLines()}
   * @return the IEEPA duty, zero if no line is IEEPA
   */
  public BigDecimal ieepaDuty(List<DutyLine> lines) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0, n = lines.size(); i < n; i++) {
      DutyLine line = lines.get(i);
      if (isIeepa(line.hts())) {
        sum = sum.add(line.duty());
      }
    }
    return sum;
  }

  /**
   * Tells whether at least one IEEPA line carries a duty greater than zero. This is decided line
   * by line, not on {@link #ieepaDuty(List)}: CAPE needs a dutiable IEEPA Chapter 99 line
   * (CSMS #68340863), and exception headings carry zero, so a credit on one line does not cancel
   * the duty of another.
   *
   * @param lines  the duty lines, for example {@link Entry#dutyLines()}
   * @return true if some IEEPA line has duty &gt; 0
   */
  public boolean hasDutiableIeepaLine(List<DutyLine> lines) {
    for (int i = 0, n = lines.size(); i < n; i++) {
      DutyLine line = lines.get(i);
      if (line.duty().signum() > 0 && isIeepa(line.hts())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether the table allows an HTS number on an entry date: true unless its most
   * specific rule is dated and the date lies outside (effective from inclusive, to exclusive).
   * A number no rule covers is allowed on every date.
   *
   * @param hts  the HTS number
   * @param entryDate  the entry date
   * @return false only if the table dates the heading and the date is outside
   */
  public boolean isEffectiveOn(HtsNumber hts, LocalDate entryDate) {
    Objects.requireNonNull(entryDate, "entryDate");
    HeadingRule rule = find(hts);
    return rule == null || rule.isEffectiveOn(entryDate);
  }

  /**
   * Returns a warning when an HTS number is used on an entry date outside the dates of its most
   * specific rule, for example for {@code 9903.01.84} entered 2026-02-10: "IEEPA heading
   * 9903.01.84 applies to entries from 2025-08-27 to 2026-02-06 inclusive, but the entry date is
   * 2026-02-10 (source: India Russian oil, ...)". The engine warns, it does not exclude: the
   * table is not the authoritative HTS revision history.
   *
   * @param hts  the HTS number
   * @param entryDate  the entry date
   * @return the warning, or empty if the date is within the dates or the heading is undated
   */
  public Optional<String> effectiveDateWarning(HtsNumber hts, LocalDate entryDate) {
    Objects.requireNonNull(entryDate, "entryDate");
    HeadingRule rule = find(hts);
    if (rule == null || rule.isEffectiveOn(entryDate)) {
      return Optional.empty();
    }
    return Optional.of(rule.program() + " heading " + hts + " applies to entries "
        + rule.effectiveDatesText() + ", but the entry date is " + entryDate + " (source: "
        + rule.source() + ")");
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof IeepaHeadings other && other.rules.equals(rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  /**
   * Returns a summary, for example {@code IeepaHeadings[27 rules]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "IeepaHeadings[" + rules.size() + " rules]";
  }

  private static int firstTwo(String digits) {
    return (digits.charAt(0) - '0') * 10 + digits.charAt(1) - '0';
  }

  private static HeadingRule dated(
      HeadingRule rule, LocalDate fromInclusive, @Nullable LocalDate toExclusive) {
    return rule.withEffectiveDates(fromInclusive, toExclusive);
  }
}
