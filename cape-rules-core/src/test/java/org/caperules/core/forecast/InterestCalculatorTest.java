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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class InterestCalculatorTest {

  /*
   * The golden figures below were computed independently of the Java code, day by day (no pow,
   * no segments) with Python 3's decimal module at 50 digits, by this script. Its output columns
   * are: case, principal | deposit | end | class | days | cents (HALF_EVEN) | exact to 6 places.
   * The rate table in the script was typed from CBP's rate notices and the third-party table for
   * 2026 Q2 - Q4 (docs/interest.md#rate-table).
   *
   * # Independent golden figures for InterestCalculatorTest (Python 3 decimal, 50 digits).
   * # Day by day, no pow: for each counted day d, factor *= 1 + rate(d)/100/daysInYear(d).
   * from datetime import date, timedelta
   * from decimal import Decimal as D, getcontext, ROUND_HALF_EVEN
   * import calendar
   * getcontext().prec = 50
   * # (quarter start, non-corporate %, corporate %): docs/interest.md#rate-table
   * RATES = [((2024, 10), 8, 7), ((2025, 1), 7, 6), ((2025, 4), 7, 6), ((2025, 7), 7, 6),
   *          ((2025, 10), 7, 6), ((2026, 1), 7, 6), ((2026, 4), 6, 5), ((2026, 7), 7, 6),
   *          ((2026, 10), 7, 6)]
   * def rate(d, corporate):
   *     for (y, m), nc, c in RATES:
   *         if (y, m) == (d.year, (d.month - 1) // 3 * 3 + 1):
   *             return D(c if corporate else nc)
   *     raise ValueError(d)
   * def interest(principal, deposit, end, corporate, first_offset=0, end_offset=0):
   *     # default convention: days deposit .. end-1; BOTH_INCLUSIVE: end_offset=1;
   *     # START_EXCLUSIVE_END_INCLUSIVE: first_offset=1, end_offset=1
   *     d, stop, f, n = deposit + timedelta(first_offset), end + timedelta(end_offset), D(1), 0
   *     while d < stop:
   *         f *= 1 + rate(d, corporate) / 100 / (366 if calendar.isleap(d.year) else 365)
   *         d, n = d + timedelta(1), n + 1
   *     exact = D(principal) * (f - 1)
   *     return n, exact, exact.quantize(D("0.01"), rounding=ROUND_HALF_EVEN)
   * CASES = [
   *     ("quarter-nc", "25000.00", date(2026, 3, 15), date(2026, 4, 20), False),
   *     ("quarter-c", "25000.00", date(2026, 3, 15), date(2026, 4, 20), True),
   *     ("leap-nc", "100000.00", date(2024, 12, 1), date(2025, 2, 1), False),
   *     ("leap-c", "100000.00", date(2024, 12, 1), date(2025, 2, 1), True),
   *     ("leapday-nc", "50000.00", date(2024, 10, 1), date(2024, 12, 31), False),
   *     ("one-day-nc", "1000000.00", date(2025, 8, 14), date(2025, 8, 15), False),
   *     ("one-day-c", "1000000.00", date(2025, 8, 14), date(2025, 8, 15), True),
   *     ("large-nc", "1234567.89", date(2025, 2, 1), date(2026, 3, 1), False),
   *     ("large-c", "1234567.89", date(2025, 2, 1), date(2026, 3, 1), True),
   *     ("large-fcst-c", "1234567.89", date(2025, 4, 9), date(2026, 11, 30), True),
   *     ("small-nc", "10000.00", date(2025, 7, 1), date(2025, 7, 4), False),
   *     ("doc-q-nc", "1000.00", date(2026, 3, 30), date(2026, 4, 2), False),
   *     ("whole-c", "987654.32", date(2024, 10, 1), date(2026, 12, 31), True),
   * ]
   * for name, p, a, b, corp in CASES:
   *     n, exact, cents = interest(p, a, b, corp)
   *     print(f"{name:13} {p:>11} | {a} | {b} | {'CORPORATE' if corp else 'NON_CORPORATE':13} | {n:3} | {cents} | {exact:.6f}")
   * print("conventions, quarter-nc case:")
   * for name, fo, eo in [("BOTH_INCLUSIVE", 0, 1), ("START_EXCLUSIVE_END_INCLUSIVE", 1, 1)]:
   *     n, exact, cents = interest("25000.00", date(2026, 3, 15), date(2026, 4, 20), False, fo, eo)
   *     print(f"{name:30} | {n:3} | {cents} | {exact:.6f}")
   * for name, fo, eo in [("BOTH_INCLUSIVE", 0, 1), ("START_EXCLUSIVE_END_INCLUSIVE", 1, 1), ("DEFAULT", 0, 0)]:
   *     n, exact, cents = interest("1000000.00", date(2024, 12, 31), date(2025, 1, 1), False, fo, eo)
   *     print(f"year-end {name:30} | {n:3} | {cents} | {exact:.6f}")
   *
   * Output (Python 3.x, 50 digits):
   *   quarter-nc       25000.00 | 2026-03-15 | 2026-04-20 | NON_CORPORATE |  36 | 160.09 | 160.085177
   *   quarter-c        25000.00 | 2026-03-15 | 2026-04-20 | CORPORATE     |  36 | 135.29 | 135.286040
   *   leap-nc         100000.00 | 2024-12-01 | 2025-02-01 | NON_CORPORATE |  62 | 1280.11 | 1280.109272
   *   leap-c          100000.00 | 2024-12-01 | 2025-02-01 | CORPORATE     |  62 | 1108.49 | 1108.485317
   *   leapday-nc       50000.00 | 2024-10-01 | 2024-12-31 | NON_CORPORATE |  91 | 1004.38 | 1004.381576
   *   one-day-nc     1000000.00 | 2025-08-14 | 2025-08-15 | NON_CORPORATE |   1 | 191.78 | 191.780822
   *   one-day-c      1000000.00 | 2025-08-14 | 2025-08-15 | CORPORATE     |   1 | 164.38 | 164.383562
   *   large-nc       1234567.89 | 2025-02-01 | 2026-03-01 | NON_CORPORATE | 393 | 96635.93 | 96635.927649
   *   large-c        1234567.89 | 2025-02-01 | 2026-03-01 | CORPORATE     | 393 | 82382.10 | 82382.104391
   *   large-fcst-c   1234567.89 | 2025-04-09 | 2026-11-30 | CORPORATE     | 600 | 124569.57 | 124569.570660
   *   small-nc         10000.00 | 2025-07-01 | 2025-07-04 | NON_CORPORATE |   3 | 5.75 | 5.754528
   *   doc-q-nc          1000.00 | 2026-03-30 | 2026-04-02 | NON_CORPORATE |   3 | 0.55 | 0.548045
   *   whole-c         987654.32 | 2024-10-01 | 2026-12-31 | CORPORATE     | 821 | 142669.79 | 142669.793770
   *   conventions, quarter-nc case:
   *   BOTH_INCLUSIVE                 |  37 | 164.22 | 164.221081
   *   START_EXCLUSIVE_END_INCLUSIVE  |  36 | 159.40 | 159.395992
   *   year-end BOTH_INCLUSIVE                 |   2 | 410.40 | 410.401976
   *   year-end START_EXCLUSIVE_END_INCLUSIVE  |   1 | 191.78 | 191.780822
   *   year-end DEFAULT                        |   1 | 218.58 | 218.579235
   *
   * Hand checks of three rows: one-day-nc 1,000,000 x 0.07 / 365 = 191.780822 -> 191.78;
   * one-day-c 1,000,000 x 0.06 / 365 = 164.383562 -> 164.38; year-end DEFAULT counts only
   * 2024-12-31 (leap year): 1,000,000 x 0.08 / 366 = 218.579235 -> 218.58.
   */

  private static final InterestCalculator STANDARD = InterestCalculator.standard();

  private static final LocalDate SUN_2026_03_15 = LocalDate.of(2026, 3, 15);
  private static final LocalDate MON_2026_04_20 = LocalDate.of(2026, 4, 20);

  @ParameterizedTest(name = "{0}: {1} from {2} to {3} {4} -> {6}")
  @CsvSource(delimiter = '|', textBlock = """
      # forecast: a day at a rate not CONFIRMED by a CBP notice (2025 Q1 and Q3, 2026 Q3 and Q4
      # are REPORTED from IRS rulings in the shipped table)
      # case       | principal  | deposit    | end        | class         | days | cents     | segments | forecast
      quarter-nc   | 25000.00   | 2026-03-15 | 2026-04-20 | NON_CORPORATE | 36   | 160.09    | 2        | false
      quarter-c    | 25000.00   | 2026-03-15 | 2026-04-20 | CORPORATE     | 36   | 135.29    | 2        | false
      leap-nc      | 100000.00  | 2024-12-01 | 2025-02-01 | NON_CORPORATE | 62   | 1280.11   | 2        | true
      leap-c       | 100000.00  | 2024-12-01 | 2025-02-01 | CORPORATE     | 62   | 1108.49   | 2        | true
      leapday-nc   | 50000.00   | 2024-10-01 | 2024-12-31 | NON_CORPORATE | 91   | 1004.38   | 1        | false
      one-day-nc   | 1000000.00 | 2025-08-14 | 2025-08-15 | NON_CORPORATE | 1    | 191.78    | 1        | true
      one-day-c    | 1000000.00 | 2025-08-14 | 2025-08-15 | CORPORATE     | 1    | 164.38    | 1        | true
      large-nc     | 1234567.89 | 2025-02-01 | 2026-03-01 | NON_CORPORATE | 393  | 96635.93  | 5        | true
      large-c      | 1234567.89 | 2025-02-01 | 2026-03-01 | CORPORATE     | 393  | 82382.10  | 5        | true
      large-fcst-c | 1234567.89 | 2025-04-09 | 2026-11-30 | CORPORATE     | 600  | 124569.57 | 7        | true
      small-nc     | 10000.00   | 2025-07-01 | 2025-07-04 | NON_CORPORATE | 3    | 5.75      | 1        | true
      doc-q-nc     | 1000.00    | 2026-03-30 | 2026-04-02 | NON_CORPORATE | 3    | 0.55      | 2        | false
      whole-c      | 987654.32  | 2024-10-01 | 2026-12-31 | CORPORATE     | 821  | 142669.79 | 9        | true
      """)
  void interest_goldenCases_matchIndependentFiguresToTheCent(String id, BigDecimal principal,
      LocalDate deposit, LocalDate end, RateClass rateClass, long days, BigDecimal cents,
      int segments, boolean forecast) {
    InterestResult result = STANDARD.interest(principal, deposit, end, rateClass);

    assertThat(result.amount()).as(id).isEqualTo(cents);
    assertThat(result.days()).as(id).isEqualTo(days);
    assertThat(result.segments()).as(id).hasSize(segments);
    assertThat(result.isForecast()).as(id).isEqualTo(forecast);
  }

  @ParameterizedTest(name = "{0}: {1} days, {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # convention                    | days | cents  | note (script's "conventions" lines)
      START_INCLUSIVE_END_EXCLUSIVE   | 36   | 160.09 | 15 Mar - 19 Apr
      START_EXCLUSIVE_END_INCLUSIVE   | 36   | 159.40 | 16 Mar - 20 Apr: one more 6% day, one less 7% day
      BOTH_INCLUSIVE                  | 37   | 164.22 | 15 Mar - 20 Apr
      """)
  void interest_eachConvention_quarterChangeCase(
      DayCountConvention convention, long days, BigDecimal cents, String note) {
    InterestResult result = InterestCalculator.of(InterestRateTable.standard(), convention)
        .interest(new BigDecimal("25000.00"), SUN_2026_03_15, MON_2026_04_20,
            RateClass.NON_CORPORATE);

    assertThat(result.amount()).as(note).isEqualTo(cents);
    assertThat(result.days()).as(note).isEqualTo(days);
    assertThat(result.convention()).isEqualTo(convention);
  }

  @ParameterizedTest(name = "{0}: {1} days, {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # convention                    | days | cents  | note (script's "year-end" lines)
      START_INCLUSIVE_END_EXCLUSIVE   | 1    | 218.58 | 2024-12-31 only, 8% / 366
      START_EXCLUSIVE_END_INCLUSIVE   | 1    | 191.78 | 2025-01-01 only, 7% / 365
      BOTH_INCLUSIVE                  | 2    | 410.40 | both days
      """)
  void interest_acrossNewYear_eachDayUsesItsOwnYearLengthAndRate(
      DayCountConvention convention, long days, BigDecimal cents, String note) {
    InterestResult result = InterestCalculator.of(InterestRateTable.standard(), convention)
        .interest(new BigDecimal("1000000.00"), LocalDate.of(2024, 12, 31),
            LocalDate.of(2025, 1, 1), RateClass.NON_CORPORATE);

    assertThat(result.amount()).as(note).isEqualTo(cents);
    assertThat(result.days()).as(note).isEqualTo(days);
  }

  @Test
  void interest_quarterChange_segmentsBreakDownByQuarter() {
    InterestResult result = STANDARD.interest(
        new BigDecimal("25000.00"), SUN_2026_03_15, MON_2026_04_20, RateClass.CORPORATE);

    assertThat(result.segments()).extracting(InterestSegment::toString).containsExactly(
        "2026-03-15/2026-04-01 17 days at 2026 Q1 CORPORATE 6% (confirmed) /365",
        "2026-04-01/2026-04-20 19 days at 2026 Q2 CORPORATE 5% (confirmed) /365");
    assertThat(result.segments()).extracting(InterestSegment::confirmed)
        .containsExactly(true, true);
    // (1 + d)^17 with d = 0.06/365 = 0.000164383562, by the binomial series: 17d = 0.002794520548,
    // C(17,2) d^2 = 136 x 2.70219e-8 = 0.000003674986, C(17,3) d^3 = 680 x 4.4419e-12
    // = 0.000000003021, later terms < 1e-12: 1.002798198555, so 1.00279819855 to 11 places.
    assertThat(result.segments().get(0).growthFactor())
        .isBetween(new BigDecimal("1.00279819854"), new BigDecimal("1.00279819857"));
  }

  @Test
  void interest_leapYearSegment_uses366() {
    InterestResult result = STANDARD.interest(new BigDecimal("100000.00"),
        LocalDate.of(2024, 12, 1), LocalDate.of(2025, 2, 1), RateClass.NON_CORPORATE);

    assertThat(result.segments()).extracting(InterestSegment::daysInYear)
        .containsExactly(366, 365);
    assertThat(result.segments()).extracting(InterestSegment::days).containsExactly(31L, 31L);
  }

  @ParameterizedTest
  @EnumSource(DayCountConvention.class)
  void interest_sameDay_zeroUnlessBothInclusive(DayCountConvention convention) {
    LocalDate day = LocalDate.of(2025, 8, 14);
    InterestResult result = InterestCalculator.of(InterestRateTable.standard(), convention)
        .interest(new BigDecimal("1000000.00"), day, day, RateClass.NON_CORPORATE);

    if (convention == DayCountConvention.BOTH_INCLUSIVE) {
      assertThat(result.amount()).isEqualTo(new BigDecimal("191.78")); // one day, as one-day-nc
      assertThat(result.days()).isEqualTo(1);
    } else {
      assertThat(result.amount()).isEqualTo(new BigDecimal("0.00"));
      assertThat(result.days()).isZero();
      assertThat(result.segments()).isEmpty();
      assertThat(result.isForecast()).isFalse();
    }
  }

  @Test
  void interest_sameDayOutsideTable_zeroWithoutRate() {
    LocalDate day = LocalDate.of(2030, 1, 2);
    assertThat(STANDARD.interest(BigDecimal.TEN, day, day, RateClass.CORPORATE).amount())
        .isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void interest_zeroPrincipal_zero() {
    assertThat(STANDARD.interest(BigDecimal.ZERO, SUN_2026_03_15, MON_2026_04_20,
        RateClass.CORPORATE).amount()).isEqualTo(new BigDecimal("0.00"));
  }

  /** Rate 36.5% in a 365-day year is exactly 0.1% a day, so half cents can be made exactly. */
  private static final InterestCalculator TENTH_PERCENT_A_DAY = InterestCalculator.of(
      InterestRateTable.of(List.of(
          RateTableRow.confirmed(LocalDate.of(2025, 1, 1), new BigDecimal("36.5"),
              new BigDecimal("36.5"), "test"),
          RateTableRow.confirmed(LocalDate.of(2025, 4, 1), new BigDecimal("36.5"),
              new BigDecimal("36.5"), "test"))),
      DayCountConvention.DEFAULT);

  @ParameterizedTest(name = "{0} for 1 day -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # principal | cents | note: principal x 0.001 exactly
      5.00        | 0.00  | 0.005 rounds to even 0.00 (HALF_UP would give 0.01)
      15.00       | 0.02  | 0.015 rounds to even 0.02
      25.00       | 0.02  | 0.025 rounds to even 0.02
      """)
  void interest_exactHalfCent_roundsHalfEven(BigDecimal principal, BigDecimal cents, String note) {
    assertThat(TENTH_PERCENT_A_DAY.interest(principal, LocalDate.of(2025, 5, 6),
        LocalDate.of(2025, 5, 7), RateClass.NON_CORPORATE).amount()).as(note).isEqualTo(cents);
  }

  @Test
  void interest_roundsOnlyAtTheEnd_notPerSegment() {
    // 1.00 for 3 days of Q1 and 3 days of Q2 at 0.1% a day. By hand: 1.001^3 = 1.003003001, so
    // each segment alone earns 0.003003 -> 0.00 if rounded per segment; 1.001^6 = 1.006015020015
    // (1.003003001^2), so the whole period earns 0.006015 -> 0.01.
    InterestResult result = TENTH_PERCENT_A_DAY.interest(new BigDecimal("1.00"),
        LocalDate.of(2025, 3, 29), LocalDate.of(2025, 4, 4), RateClass.CORPORATE);

    assertThat(result.amount()).isEqualTo(new BigDecimal("0.01"));
    assertThat(result.segments()).hasSize(2);
    assertThat(result.segments().get(0).growthFactor()).isEqualByComparingTo("1.003003001");
  }

  @Test
  void interest_endBeforeDeposit_rejectedWithBothDates() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> STANDARD.interest(BigDecimal.TEN, MON_2026_04_20, SUN_2026_03_15,
            RateClass.CORPORATE))
        .withMessage("Interest end date 2026-03-15 is before the deposit date 2026-04-20");
  }

  @Test
  void interest_negativePrincipal_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> STANDARD.interest(new BigDecimal("-0.01"), SUN_2026_03_15,
            MON_2026_04_20, RateClass.CORPORATE))
        .withMessage("Principal must not be negative, but was: -0.01");
  }

  @Test
  void interest_pastLastQuarter_rejectedNotGuessed() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> STANDARD.interest(BigDecimal.TEN, LocalDate.of(2026, 12, 1),
            LocalDate.of(2027, 2, 1), RateClass.CORPORATE))
        .withMessage("Interest from 2026-12-01 to 2027-02-01 needs overpayment rates for"
            + " 2026-12-01 to 2027-01-31 inclusive, but the interest rate table covers 2024-10-01"
            + " to 2026-12-31 inclusive; add the missing quarters with"
            + " InterestRateTable.withQuarter");
  }

  @Test
  void interest_beforeFirstQuarter_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> STANDARD.interest(BigDecimal.TEN, LocalDate.of(2024, 9, 30),
            LocalDate.of(2024, 10, 2), RateClass.NON_CORPORATE))
        .withMessageStartingWith("Interest from 2024-09-30 to 2024-10-02 needs overpayment rates"
            + " for 2024-09-30 to 2024-10-01 inclusive");
  }

  @Test
  void interest_lastTableDay_endExclusiveBoundaryAccepted() {
    // Default convention: liquidation on 2027-01-01 counts only up to 2026-12-31, inside the table.
    // By hand: 1,000,000 x 0.07 / 365 = 191.780822 -> 191.78 (2026 Q4 7%, unconfirmed).
    InterestResult result = STANDARD.interest(new BigDecimal("1000000.00"),
        LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1), RateClass.NON_CORPORATE);
    assertThat(result.amount()).isEqualTo(new BigDecimal("191.78"));
    assertThat(result.isForecast()).isTrue();
  }

  @Test
  void interest_extendedTable_coversNewQuarter() {
    // A caller adds 2027 Q1 (a made-up 7%/6% for the test). 2027 is not a leap year.
    // By hand: 1,000,000 x 0.06 / 365 = 164.383562 -> 164.38.
    InterestRateTable extended = InterestRateTable.standard().withQuarter(RateTableRow.confirmed(
        LocalDate.of(2027, 1, 1), new BigDecimal("7"), new BigDecimal("6"), "test 2027 Q1"));
    InterestResult result = InterestCalculator.of(extended, DayCountConvention.DEFAULT).interest(
        new BigDecimal("1000000.00"), LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 5),
        RateClass.CORPORATE);
    assertThat(result.amount()).isEqualTo(new BigDecimal("164.38"));
    assertThat(result.isForecast()).isFalse();
  }

  @Test
  void standard_toStringAndAccessors() {
    assertThat(STANDARD.table()).isSameAs(InterestRateTable.standard());
    assertThat(STANDARD.convention()).isEqualTo(DayCountConvention.START_INCLUSIVE_END_EXCLUSIVE);
    assertThat(STANDARD).hasToString("InterestCalculator[InterestRateTable[2024 Q4 to 2026 Q4, 9"
        + " quarters, 4 unconfirmed], START_INCLUSIVE_END_EXCLUSIVE]");
  }

  /**
   * The segment-wise pow gives the same cents as a plain day-by-day product at 50 digits,
   * written here separately from the calculator, for seeded random periods and principals.
   */
  @Test
  void interest_randomPeriods_matchDayByDayReference(TestReporter reporter) {
    long seed = 20261505L;
    reporter.publishEntry("seed", Long.toString(seed));
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate tableStart = LocalDate.of(2024, 10, 1);
    int tableDays = (int) ChronoUnit.DAYS.between(tableStart, LocalDate.of(2027, 1, 1));
    DayCountConvention[] conventions = DayCountConvention.values();
    for (int i = 0; i < 300; i++) {
      LocalDate deposit = tableStart.plusDays(random.nextInt(tableDays - 1));
      int maxLength = (int) ChronoUnit.DAYS.between(deposit, LocalDate.of(2026, 12, 31));
      LocalDate end = deposit.plusDays(random.nextInt(maxLength + 1));
      BigDecimal principal = BigDecimal.valueOf(random.nextLong(1_000_000_000_00L), 2);
      RateClass rateClass = random.nextBoolean() ? RateClass.CORPORATE : RateClass.NON_CORPORATE;
      DayCountConvention convention = conventions[random.nextInt(conventions.length)];

      InterestResult result = InterestCalculator.of(InterestRateTable.standard(), convention)
          .interest(principal, deposit, end, rateClass);

      String input = String.format(Locale.ROOT, "seed=%d case=%d %s %s..%s %s %s", seed, i, principal,
          deposit, end, rateClass, convention);
      assertThat(result.amount()).as(input)
          .isEqualTo(dayByDay(principal, deposit, end, rateClass, convention));
    }
  }

  /** Every end date from the first table day: interest never falls and days match the calendar. */
  @Test
  void interest_everyEndDateOfTable_nonDecreasingAndDaysMatchCalendar() {
    LocalDate deposit = LocalDate.of(2024, 10, 1);
    BigDecimal previous = BigDecimal.ZERO;
    for (LocalDate end = deposit; !end.isAfter(LocalDate.of(2027, 1, 1)); end = end.plusDays(1)) {
      InterestResult result = STANDARD.interest(
          new BigDecimal("100000.00"), deposit, end, RateClass.NON_CORPORATE);
      assertThat(result.amount()).as("end %s", end).isGreaterThanOrEqualTo(previous);
      assertThat(result.days()).as("end %s", end).isEqualTo(ChronoUnit.DAYS.between(deposit, end));
      previous = result.amount();
    }
  }

  private static final MathContext FIFTY = new MathContext(50, RoundingMode.HALF_EVEN);

  private static BigDecimal dayByDay(BigDecimal principal, LocalDate deposit, LocalDate end,
      RateClass rateClass, DayCountConvention convention) {
    LocalDate day = convention == DayCountConvention.START_EXCLUSIVE_END_INCLUSIVE
        ? deposit.plusDays(1) : deposit;
    LocalDate stop = convention == DayCountConvention.START_INCLUSIVE_END_EXCLUSIVE
        ? end : end.plusDays(1);
    BigDecimal factor = BigDecimal.ONE;
    for (; day.isBefore(stop); day = day.plusDays(1)) {
      BigDecimal percent = referencePercent(day, rateClass);
      BigDecimal daily = percent.divide(BigDecimal.valueOf(100L * Year.of(day.getYear()).length()),
          FIFTY);
      factor = factor.multiply(BigDecimal.ONE.add(daily), FIFTY);
    }
    return principal.multiply(factor.subtract(BigDecimal.ONE)).setScale(2, RoundingMode.HALF_EVEN);
  }

  /** The rates of docs/interest.md#rate-table again, typed independently. */
  private static BigDecimal referencePercent(LocalDate day, RateClass rateClass) {
    int nonCorporate;
    if (day.isBefore(LocalDate.of(2025, 1, 1))) {
      nonCorporate = 8;
    } else if (!day.isBefore(LocalDate.of(2026, 4, 1)) && day.isBefore(LocalDate.of(2026, 7, 1))) {
      nonCorporate = 6;
    } else {
      nonCorporate = 7;
    }
    return BigDecimal.valueOf(rateClass == RateClass.CORPORATE ? nonCorporate - 1 : nonCorporate);
  }
}
