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

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One row of a Chapter 99 heading table: a heading, a prefix or a range of headings, the tariff
 * program it belongs to, the dates it applies to and the source that says so.
 *
 * <p>The heading bounds are digit prefixes of 4, 6, 8 or 10 digits; dots are allowed on input.
 * A rule covers an HTS number when the number's first digits, as many as the bounds have, lie
 * between {@link #firstDigits()} and {@link #lastDigits()} inclusive. Example: the rule for
 * {@code 9903.03.12-9903.03.16} covers {@code 9903.03.15} but not {@code 9903.03.17}; the rule for
 * {@code 9903.88} covers every {@code 9903.88.xx}.
 *
 * <p>Dates are entry dates ("entered, or withdrawn from warehouse, for consumption on or
 * after"): {@link #effectiveFromInclusive()} is the first day, {@link #effectiveToExclusive()}
 * the day after the last, and either may be absent (open). IEEPA duties applied from 4 Feb 2025
 * to goods entered before 24 Feb 2026 (CSMS #63988468; CSMS #67834313;
 * docs/rules.md#ieepa-window), so a rule dated
 * {@code [2025-02-04, 2026-02-24)} covers both ends of the IEEPA window.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param firstDigits  the first heading or prefix of the range, digits only
 * @param lastDigits  the last heading or prefix of the range, inclusive, same length as
 *     {@code firstDigits}
 * @param program  the tariff program
 * @param effectiveFromInclusive  the first entry date the heading applies to, or null if open
 * @param effectiveToExclusive  the day after the last entry date, or null if open
 * @param source  where the row comes from (CSMS, executive order, document section)
 */
public record HeadingRule(
    String firstDigits,
    String lastDigits,
    TariffProgram program,
    @Nullable LocalDate effectiveFromInclusive,
    @Nullable LocalDate effectiveToExclusive,
    String source) {

  /**
   * Creates a rule, checking its parts.
   *
   * @param firstDigits  the first heading or prefix of the range, digits only
   * @param lastDigits  the last heading or prefix of the range, inclusive, same length as
   * @param program  the tariff program
   * @param effectiveFromInclusive  the first entry date the heading applies to, or null if open
   * @param effectiveToExclusive  the day after the last entry date, or null if open
   * @param source  where the row comes from (CSMS, executive order, document section)
   * @throws IllegalArgumentException if a bound is not 4, 6, 8 or 10 digits, the bounds differ
   *     in length or are out of order, the dates are not in order, or the source is blank; the
   *     message quotes the bad value
   */
  public HeadingRule {
    Objects.requireNonNull(firstDigits, "firstDigits");
    Objects.requireNonNull(lastDigits, "lastDigits");
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(source, "source");
    checkPrefix(firstDigits);
    checkPrefix(lastDigits);
    if (firstDigits.length() != lastDigits.length() || firstDigits.compareTo(lastDigits) > 0) {
      throw new IllegalArgumentException("Heading range must run from a first to a last heading"
          + " of the same length, but was: '" + HtsNumber.format(firstDigits) + "' to '"
          + HtsNumber.format(lastDigits) + "'");
    }
    if (effectiveFromInclusive != null && effectiveToExclusive != null
        && !effectiveFromInclusive.isBefore(effectiveToExclusive)) {
      throw new IllegalArgumentException("Heading " + HtsNumber.format(firstDigits)
          + " must have effectiveFromInclusive before effectiveToExclusive, but was: "
          + effectiveFromInclusive + " to " + effectiveToExclusive);
    }
    if (source.isBlank()) {
      throw new IllegalArgumentException("Heading " + HtsNumber.format(firstDigits)
          + " must cite a source, but the source was blank");
    }
  }

  /**
   * Obtains an undated rule for one heading or prefix.
   *
   * @param heading  4, 6, 8 or 10 digits, dots allowed, for example {@code "9903.88"}
   * @param program  the tariff program
   * @param source  where the rule comes from
   * @return the rule, in force on every date
   * @throws IllegalArgumentException if the heading is not 4, 6, 8 or 10 digits, or the source
   *     is blank
   */
  public static HeadingRule of(String heading, TariffProgram program, String source) {
    String digits = stripDots(heading);
    return new HeadingRule(digits, digits, program, null, null, source);
  }

  /**
   * Obtains an undated rule for a range of headings, both ends inclusive.
   *
   * @param firstHeading  the first heading, for example {@code "9903.03.12"}
   * @param lastHeading  the last heading, inclusive, for example {@code "9903.03.16"}
   * @param program  the tariff program
   * @param source  where the rule comes from
   * @return the rule, in force on every date
   * @throws IllegalArgumentException if a bound is malformed, the bounds differ in length or are
   *     out of order, or the source is blank
   */
  public static HeadingRule ofRange(
      String firstHeading, String lastHeading, TariffProgram program, String source) {
    return new HeadingRule(stripDots(firstHeading), stripDots(lastHeading), program, null, null,
        source);
  }

  /**
   * Returns a copy of this rule that applies to entry dates from {@code fromInclusive} up to but
   * not including {@code toExclusive}.
   *
   * @param fromInclusive  the first entry date, or null if open
   * @param toExclusive  the day after the last entry date, or null if open
   * @return the dated rule
   * @throws IllegalArgumentException if both dates are given and are not in order
   */
  public HeadingRule withEffectiveDates(
      @Nullable LocalDate fromInclusive, @Nullable LocalDate toExclusive) {
    return new HeadingRule(firstDigits, lastDigits, program, fromInclusive, toExclusive, source);
  }

  /**
   * Tells whether this rule covers an HTS number, whatever the date.
   *
   * @param hts  the HTS number
   * @return true if the number's first digits lie within the range
   */
  public boolean covers(HtsNumber hts) {
    String digits = hts.digits();
    if (digits.length() < firstDigits.length()) {
      return false;
    }
    // Compares the prefix in place: no substring per rule per lookup.
    return comparePrefix(digits, firstDigits) >= 0 && comparePrefix(digits, lastDigits) <= 0;
  }

  /**
   * Compares the first {@code bound.length()} characters of {@code digits} with {@code bound},
   * as {@code digits.substring(0, bound.length()).compareTo(bound)} would, without allocating.
   */
  private static int comparePrefix(String digits, String bound) {
    for (int i = 0; i < bound.length(); i++) {
      int difference = digits.charAt(i) - bound.charAt(i);
      if (difference != 0) {
        return difference;
      }
    }
    return 0;
  }

  /**
   * Tells whether an entry date lies within the effective dates: on or after
   * {@link #effectiveFromInclusive()} and before {@link #effectiveToExclusive()}; an absent
   * bound is open.
   *
   * @param entryDate  the entry date
   * @return true if the date is within the effective dates
   */
  public boolean isEffectiveOn(LocalDate entryDate) {
    Objects.requireNonNull(entryDate, "entryDate");
    return (effectiveFromInclusive == null || !entryDate.isBefore(effectiveFromInclusive))
        && (effectiveToExclusive == null || entryDate.isBefore(effectiveToExclusive));
  }

  /**
   * Tells whether this rule is dated at either end.
   *
   * @return true if it has a start or an end date
   */
  public boolean isDated() {
    return effectiveFromInclusive != null || effectiveToExclusive != null;
  }

  /**
   * Returns the last entry date the heading applies to, the day before
   * {@link #effectiveToExclusive()}.
   *
   * @return the last day, inclusive, or empty if the end is open
   */
  public Optional<LocalDate> effectiveToInclusive() {
    return effectiveToExclusive == null
        ? Optional.empty()
        : Optional.of(effectiveToExclusive.minusDays(1));
  }

  /**
   * Tells whether this rule and another cover a common HTS number at the same prefix length.
   *
   * @param other  the other rule
   * @return true if both have bounds of the same length and the ranges intersect
   */
  public boolean overlaps(HeadingRule other) {
    return firstDigits.length() == other.firstDigits.length()
        && firstDigits.compareTo(other.lastDigits) <= 0
        && other.firstDigits.compareTo(lastDigits) <= 0;
  }

  /**
   * Returns the headings in HTSUS form, a single heading or {@code first-last}, for example
   * {@code 9903.01.84} or {@code 9903.03.12-9903.03.16}.
   *
   * @return the formatted headings
   */
  public String headings() {
    return firstDigits.equals(lastDigits)
        ? HtsNumber.format(firstDigits)
        : HtsNumber.format(firstDigits) + '-' + HtsNumber.format(lastDigits);
  }

  /**
   * Returns the effective dates in words: {@code from 2025-08-27 to 2026-02-06 inclusive},
   * {@code from 2025-04-05}, {@code up to 2026-02-06 inclusive} or {@code on any date}.
   *
   * @return the dates in words
   */
  public String effectiveDatesText() {
    Optional<LocalDate> last = effectiveToInclusive();
    if (effectiveFromInclusive != null && last.isPresent()) {
      return "from " + effectiveFromInclusive + " to " + last.get() + " inclusive";
    }
    if (effectiveFromInclusive != null) {
      return "from " + effectiveFromInclusive;
    }
    return last.map(d -> "up to " + d + " inclusive").orElse("on any date");
  }

  /**
   * Returns the row in words, for example
   * {@code 9903.01.84 IEEPA from 2025-08-27 to 2026-02-06 inclusive (EO 14329)}.
   *
   * @return the row in words
   */
  @Override
  public String toString() {
    return headings() + ' ' + program + ' ' + effectiveDatesText() + " (" + source + ')';
  }

  private static void checkPrefix(String digits) {
    int n = digits.length();
    if ((n != 4 && n != 6 && n != 8 && n != 10) || !HtsNumber.isAllDigits(digits)) {
      throw new IllegalArgumentException(
          "Heading must be 4, 6, 8 or 10 digits (dots allowed), but was: '" + digits + "'");
    }
  }

  private static String stripDots(String heading) {
    return Objects.requireNonNull(heading, "heading").replace(".", "");
  }
}
