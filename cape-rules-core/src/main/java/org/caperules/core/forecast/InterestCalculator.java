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
package org.caperules.core.forecast;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Computes refund interest under 19 U.S.C. 1505(c): from the date the importer deposited the
 * duties to the date of liquidation or reliquidation, at the IRC 6621 overpayment rate of each
 * quarter (T.D. 85-93), compounded daily (26 U.S.C. 6622; 26 CFR 301.6622-1(a): the annual rate
 * divided by "365 (366 in a leap year)", compounded each day).
 *
 * <p>For each day {@code d} counted, the balance grows by the factor {@code 1 + rate(d) / 100 /
 * daysInYear(d)}; the interest is {@code principal * (product of the factors - 1)}. Days with the
 * same rate and year length are compounded together with {@code BigDecimal.pow}; every step runs
 * at 40 significant digits, and the amount is rounded to cents HALF_EVEN once, at the end. Which
 * of the deposit and liquidation days count is the {@link DayCountConvention} (UNCERTAIN; default
 * deposit day counted, liquidation day not). The end date is the (re)liquidation date, not the
 * payment date (T.D. 99-75, 64 FR 56433; docs/interest.md#start-and-end).
 *
 * <p>Worked example 1, one quarter: $10,000.00 deposited 2025-07-01, liquidated 2025-07-04,
 * non-corporate, default convention: 3 days (1, 2, 3 July) at 7% in a 365-day year. Daily rate
 * {@code d = 0.07 / 365 = 0.000191780822}; {@code (1 + d)^3 - 1 = 3d + 3d^2 + d^3 = 0.000575342466
 * + 0.000000110340 + 0.000000000007 = 0.000575452812}; times 10,000 is 5.754528, so the interest
 * is <b>5.75</b>.
 *
 * <p>Worked example 2, across a quarter: $1,000.00 deposited 2026-03-30, liquidated 2026-04-02,
 * non-corporate: 30 and 31 March at 7% (2026 Q1, {@code a = 0.07/365 = 0.000191780822}) and 1
 * April at 6% (2026 Q2, {@code b = 0.06/365 = 0.000164383562}). {@code (1 + a)^2 (1 + b) - 1 =
 * 2a + b + a^2 + 2ab + a^2 b = 0.000547945205 + 0.000000036780 + 0.000000063051 + 0.000000000006
 * = 0.000548045043}; times 1,000 is 0.548045, so the interest is <b>0.55</b>, not a
 * forecast: both rates are confirmed by CBP notices.
 *
 * <h2>Exception handling</h2>
 * {@link #interest(BigDecimal, LocalDate, LocalDate, RateClass)} throws
 * {@code IllegalArgumentException} if the principal is negative, the end date is before the
 * deposit date, or a counted day is outside the rate table (never a guessed rate); each message
 * quotes the values.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InterestCalculator {

  /** 40 significant digits, HALF_EVEN: ample for cents on any realistic principal. */
  private static final MathContext MATH = new MathContext(40, RoundingMode.HALF_EVEN);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final InterestCalculator STANDARD =
      new InterestCalculator(InterestRateTable.standard(), DayCountConvention.DEFAULT);

  private final InterestRateTable table;
  private final DayCountConvention convention;
  /** Growth factors already computed, by segment; values never change, so sharing is safe. */
  private final ConcurrentHashMap<SegmentKey, BigDecimal> growthFactors =
      new ConcurrentHashMap<>();

  /** The most spans kept per calculator: about 2,000 days of deposits by 50 end dates. */
  private static final int SPAN_LIMIT = 100_000;
  /** Spans already worked out, by counted days and rate class; values never change. */
  private final ConcurrentHashMap<SpanKey, Span> spans = new ConcurrentHashMap<>();

  private InterestCalculator(InterestRateTable table, DayCountConvention convention) {
    this.table = table;
    this.convention = convention;
  }

  /**
   * Returns the calculator with the {@link InterestRateTable#standard() standard rate table} and
   * the {@link DayCountConvention#DEFAULT default day count}.
   *
   * @return the standard calculator
   */
  public static InterestCalculator standard() {
    return STANDARD;
  }

  /**
   * Obtains a calculator with a given rate table and day-count convention, for example the
   * standard table extended with 2027 Q1.
   *
   * @param table  the quarterly overpayment rates
   * @param convention  which of the deposit and liquidation days earn interest
   * @return the calculator
   */
  public static InterestCalculator of(InterestRateTable table, DayCountConvention convention) {
    return new InterestCalculator(
        Objects.requireNonNull(table, "table"), Objects.requireNonNull(convention, "convention"));
  }

  /**
   * Returns the rate table.
   *
   * @return the rate table
   */
  public InterestRateTable table() {
    return table;
  }

  /**
   * Returns the day-count convention.
   *
   * @return the convention
   */
  public DayCountConvention convention() {
    return convention;
  }

  /**
   * Computes the interest on a refunded principal, compounded daily across quarter and year
   * boundaries, rounded to cents HALF_EVEN at the end only.
   *
   * <p>The days counted follow the convention: by default from {@code depositDate} inclusive to
   * {@code endDate} exclusive, so deposit and end on the same day give zero. Each day uses the
   * rate of its own quarter and the length of its own year, so 2024-12-31 compounds at 8%/366
   * and 2025-01-01 at 7%/365 (non-corporate). See the class documentation for worked examples.
   *
   * @param principal  the principal refunded, for example the IEEPA duty of an entry; 0 or more
   * @param depositDate  the date the duties were deposited: the entry summary date, or the
   *     statement payment date for statement-paid entries
   * @param endDate  the liquidation or reliquidation date, on or after {@code depositDate}
   * @param rateClass  corporate or non-corporate
   * @return the interest with its segments and forecast flag
   * @throws IllegalArgumentException if {@code principal} is negative, {@code endDate} is before
   *     {@code depositDate}, or the rate table does not cover every counted day
   */
  public InterestResult interest(
      BigDecimal principal, LocalDate depositDate, LocalDate endDate, RateClass rateClass) {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(rateClass, "rateClass");
    checkDates(depositDate, endDate);
    if (principal.signum() < 0) {
      throw new IllegalArgumentException(
          "Principal must not be negative, but was: " + principal.toPlainString());
    }
    LocalDate first = convention.firstDayInclusive(depositDate);
    LocalDate endExclusive = convention.endExclusive(endDate);
    if (first.isBefore(endExclusive)
        && (!table.covers(first) || !table.covers(endExclusive.minusDays(1)))) {
      throw new IllegalArgumentException("Interest from " + depositDate + " to " + endDate
          + " needs overpayment rates for " + first + " to " + endExclusive.minusDays(1)
          + " inclusive, but the interest rate table covers " + table.rangeText()
          + "; add the missing quarters with InterestRateTable.withQuarter");
    }
    Span span = span(first, endExclusive, rateClass);
    BigDecimal amount = principal.multiply(span.growthMinusOne(), MATH)
        .setScale(2, RoundingMode.HALF_EVEN);
    return new InterestResult(principal, depositDate, endDate, convention, amount,
        span.segments());
  }

  /**
   * The segments of the counted days {@code first} to {@code endExclusive} and their compound
   * growth less one, at {@code MATH} precision. They depend only on the days and the rate class,
   * and a portfolio repeats its deposit and liquidation dates endlessly, so each span is worked
   * out once per calculator and kept (up to {@link #SPAN_LIMIT}): the values, and so every
   * result, are the same as working them out each time.
   */
  private Span span(LocalDate first, LocalDate endExclusive, RateClass rateClass) {
    SpanKey key = new SpanKey(first, endExclusive, rateClass);
    Span known = spans.get(key);
    if (known != null) {
      return known;
    }
    List<InterestSegment> segments = new ArrayList<>();
    BigDecimal product = BigDecimal.ONE;
    LocalDate day = first;
    while (day.isBefore(endExclusive)) {
      QuarterlyRate rate = table.rateOn(day, rateClass);
      LocalDate segmentEnd = rate.quarterEndExclusive().isBefore(endExclusive)
          ? rate.quarterEndExclusive()
          : endExclusive;
      int days = Math.toIntExact(ChronoUnit.DAYS.between(day, segmentEnd));
      int daysInYear = Year.of(day.getYear()).length();
      BigDecimal factor = growthFactor(rate.percent(), daysInYear, days);
      segments.add(new InterestSegment(day, segmentEnd, rate, factor));
      product = product.multiply(factor, MATH);
      day = segmentEnd;
    }
    Span span = new Span(product.subtract(BigDecimal.ONE, MATH), List.copyOf(segments));
    if (spans.size() < SPAN_LIMIT) {
      spans.putIfAbsent(key, span);
    }
    return span;
  }

  /**
   * Returns the calculator as text, for example
   * {@code InterestCalculator[InterestRateTable[2024 Q4 to 2026 Q4, 9 quarters, 4 unconfirmed],
   * START_INCLUSIVE_END_EXCLUSIVE]}.
   *
   * @return the calculator as text
   */
  @Override
  public String toString() {
    return "InterestCalculator[" + table + ", " + convention + ']';
  }

  /**
   * Returns (1 + percent / 100 / daysInYear) ^ days at {@code MATH} precision. A segment's factor
   * depends only on these three numbers, and portfolios repeat them endlessly (a quarter has at
   * most 92 days), so each is computed once per calculator and kept: the values, and so every
   * result, are the same as computing them each time.
   */
  private BigDecimal growthFactor(BigDecimal percent, int daysInYear, int days) {
    return growthFactors.computeIfAbsent(new SegmentKey(percent, daysInYear, days), key -> {
      BigDecimal dailyRate = key.percent().divide(
          HUNDRED.multiply(BigDecimal.valueOf(key.daysInYear())), MATH);
      return BigDecimal.ONE.add(dailyRate, MATH).pow(key.days(), MATH);
    });
  }

  /** The counted days and rate class a span depends on. */
  private record SpanKey(LocalDate first, LocalDate endExclusive, RateClass rateClass) {}

  /** The segments of a span and their compound growth less one. */
  private record Span(BigDecimal growthMinusOne, List<InterestSegment> segments) {}

  /** The numbers a segment's growth factor depends on. */
  private record SegmentKey(BigDecimal percent, int daysInYear, int days) {}

  static void checkDates(LocalDate depositDate, LocalDate endDate) {
    Objects.requireNonNull(depositDate, "depositDate");
    Objects.requireNonNull(endDate, "endDate");
    if (endDate.isBefore(depositDate)) {
      throw new IllegalArgumentException("Interest end date " + endDate
          + " is before the deposit date " + depositDate);
    }
  }
}
