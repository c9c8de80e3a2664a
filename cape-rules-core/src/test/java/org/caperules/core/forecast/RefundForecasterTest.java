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
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.caperules.core.forecast.ForecastFixtures.MON_2026_05_04;
import static org.caperules.core.forecast.ForecastFixtures.assess;
import static org.caperules.core.forecast.ForecastFixtures.ieepaEntry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.HtsNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.eligibility.Verdict;
import org.junit.jupiter.api.Test;

class RefundForecasterTest {

  /*
   * Interest golden figures, computed independently of the Java code day by day (no pow, no
   * segments) with Python 3's decimal module at 50 digits, the method of InterestCalculatorTest.
   * The end dates were typed in from the hand date arithmetic in the tests below.
   *
   * from datetime import date, timedelta
   * from decimal import Decimal as D, getcontext, ROUND_HALF_EVEN
   * import calendar
   * getcontext().prec = 50
   * RATES = [((2024, 10), 8, 7), ((2025, 1), 7, 6), ((2025, 4), 7, 6), ((2025, 7), 7, 6),
   *          ((2025, 10), 7, 6), ((2026, 1), 7, 6), ((2026, 4), 6, 5), ((2026, 7), 7, 6),
   *          ((2026, 10), 7, 6)]
   * def rate(d, corporate):
   *     for (y, m), nc, c in RATES:
   *         if (y, m) == (d.year, (d.month - 1) // 3 * 3 + 1):
   *             return D(c if corporate else nc)
   *     raise ValueError(d)
   * def interest(principal, deposit, end, corporate):
   *     d, f, n = deposit, D(1), 0          # default convention: deposit .. end - 1
   *     while d < end:
   *         f *= 1 + rate(d, corporate) / 100 / (366 if calendar.isleap(d.year) else 365)
   *         d, n = d + timedelta(1), n + 1
   *     exact = D(principal) * (f - 1)
   *     return n, exact, exact.quantize(D("0.01"), rounding=ROUND_HALF_EVEN)
   * CASES = [
   *     ("cape-liq-c", "10000.00", date(2026, 3, 10), date(2026, 6, 18), True),
   *     ("cape-liq-nc", "10000.00", date(2026, 3, 10), date(2026, 6, 18), False),
   *     ("statement-c", "10000.00", date(2026, 4, 15), date(2026, 6, 18), True),
   *     ("reliq-c", "5000.00", date(2025, 6, 16), date(2026, 5, 5), True),
   *     ("deferred-c", "2500.00", date(2025, 11, 13), date(2026, 9, 13), True),
   *     ("entry-date-c", "1000.00", date(2026, 3, 2), date(2026, 6, 18), True),
   * ]
   * for name, p, a, b, corp in CASES:
   *     n, exact, cents = interest(p, a, b, corp)
   *     print(f"{name:13} {p:>9} | {a} | {b} | {n:3} | {cents} | {exact:.6f}")
   *
   * Output:
   *   cape-liq-c     10000.00 | 2026-03-10 | 2026-06-18 | 100 | 144.03 | 144.030799
   *   cape-liq-nc    10000.00 | 2026-03-10 | 2026-06-18 | 100 | 171.86 | 171.856403
   *   statement-c    10000.00 | 2026-04-15 | 2026-06-18 |  64 | 88.05 | 88.050613
   *   reliq-c         5000.00 | 2025-06-16 | 2026-05-05 | 323 | 267.72 | 267.722325
   *   deferred-c      2500.00 | 2025-11-13 | 2026-09-13 | 304 | 121.55 | 121.551853
   *   entry-date-c    1000.00 | 2026-03-02 | 2026-06-18 | 108 | 15.74 | 15.737857
   *
   * Hand check of statement-c: 64 days (16 in April from the 15th, 31 in May, 17 in June) at
   * the 2026 Q2 corporate 5%: simple interest 10,000 x 0.05 x 64 / 365 = 87.67, plus daily
   * compounding of about 10,000 x (64 x 63 / 2) x (0.05/365)^2 = 0.38, gives 88.05.
   */

  private static final RefundForecaster STANDARD = RefundForecaster.standard();

  @Test
  void forecast_eligibleUnliquidated_liquidatesAcceptancePlus45WithGoldenInterest() {
    RefundForecast f = STANDARD.forecast(assess(ForecastFixtures.unliquidated()));

    assertThat(f.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(f.kind()).isEqualTo(RefundKind.AT_CAPE_LIQUIDATION);
    // IEEPA duty only: the 250.00 line under 3923.90.00.80 is not IEEPA.
    assertThat(f.ieepaDuty()).isEqualByComparingTo("10000.00");
    assertThat(f.refundPrincipal()).isEqualByComparingTo("10000.00");
    assertThat(f.acceptanceDate()).contains(MON_2026_05_04);
    assertThat(f.depositDate()).contains(LocalDate.of(2026, 3, 10));
    // Accepted Mon 2026-05-04 + 45: 27 days to 31 May, 18 in June = Thu 2026-06-18.
    assertThat(f.expectedLiquidation()).contains(LocalDate.of(2026, 6, 18));
    assertThat(f.liquidationProjected()).isFalse();
    // Golden cape-liq-c: 100 days, 144.03; 2026 Q1 and Q2 are confirmed by CBP notices.
    assertThat(f.estimatedInterest()).contains(new BigDecimal("144.03"));
    assertThat(f.interest()).get().satisfies(i -> {
      assertThat(i.days()).isEqualTo(100);
      assertThat(i.endDate()).isEqualTo(LocalDate.of(2026, 6, 18));
    });
    assertThat(f.interestForecast()).isFalse();
    assertThat(f.interestUnknown()).isFalse();
    // A + 60 = Fri 2026-07-03 (27 + 30 + 3); A + 90 = Sun 2026-08-02; L + 30 = Sat 2026-07-18.
    assertThat(f.expectedPaymentFrom()).contains(LocalDate.of(2026, 7, 3));
    assertThat(f.expectedPaymentTo()).contains(LocalDate.of(2026, 8, 2));
    assertThat(f.statutoryPaymentDue()).contains(LocalDate.of(2026, 7, 18));
    assertThat(f.notes()).isEmpty();
    assertThat(f.toString()).isEqualTo("FCT00000013 AT_CAPE_LIQUIDATION: principal 10000.00,"
        + " interest 144.03, liquidation 2026-06-18, payment 2026-07-03/2026-08-02");
  }

  @Test
  void forecast_nonCorporateRateClass_usesNonCorporateRates() {
    RefundForecaster nonCorporate = RefundForecaster.of(
        ForecastSettings.builder().rateClass(RateClass.NON_CORPORATE).build());

    // Golden cape-liq-nc: 171.86.
    assertThat(nonCorporate.forecast(assess(ForecastFixtures.unliquidated())).estimatedInterest())
        .contains(new BigDecimal("171.86"));
  }

  /** The rate class of the entry's own importer wins over the default; golden cape-liq-nc. */
  @Test
  void forecast_importerRateClass_overridesDefault() {
    Entry entry = ForecastFixtures.unliquidated();
    RefundForecaster perImporter = RefundForecaster.of(ForecastSettings.builder()
        .putImporterRateClasses(java.util.Objects.requireNonNull(entry.importerNumber()),
            RateClass.NON_CORPORATE).build());
    RefundForecast f = perImporter.forecast(assess(entry));
    assertThat(f.rateClass()).contains(RateClass.NON_CORPORATE);
    assertThat(f.estimatedInterest()).contains(new BigDecimal("171.86"));
    // Another importer keeps the default, CORPORATE: golden cape-liq-c, 144.03.
    RefundForecast other = perImporter.forecast(assess(Entry.builder().from(entry)
        .importerNumber(org.caperules.core.ImporterNumber.of("98-7654321")).build()));
    assertThat(other.rateClass()).contains(RateClass.CORPORATE);
    assertThat(other.estimatedInterest()).contains(new BigDecimal("144.03"));
    assertThat(perImporter.settings().rateClassOf(null)).isEqualTo(RateClass.CORPORATE);
  }

  /** A Deposit Date on the entry (statement payment date) is used and not flagged. */
  @Test
  void forecast_entryDepositDate_usedAndNotAssumed() {
    Entry entry = Entry.builder().from(ForecastFixtures.unliquidated())
        .depositDate(LocalDate.of(2026, 4, 15)).build();
    RefundForecast f = STANDARD.forecast(assess(entry));
    // Golden statement-c: 64 days, 88.05; 2026 Q2 confirmed by CBP: nothing to flag.
    assertThat(f.estimatedInterest()).contains(new BigDecimal("88.05"));
    assertThat(f.depositDateAssumed()).isFalse();
    assertThat(f.flags()).isEmpty();
    assertThat(f.flagsText()).isEmpty();
    RefundForecast assumed = STANDARD.forecast(assess(ForecastFixtures.unliquidated()));
    assertThat(assumed.depositDateAssumed()).isTrue();
    assertThat(assumed.flagsText()).isEqualTo("DEPOSIT_DATE_ASSUMED");
  }

  @Test
  void forecast_statementPaymentDate_interestRunsFromIt() {
    LocalDate wed20260415 = LocalDate.of(2026, 4, 15);

    RefundForecast f = STANDARD.forecast(assess(ForecastFixtures.unliquidated()), wed20260415);

    assertThat(f.depositDate()).contains(wed20260415);
    // Golden statement-c: 64 days, 88.05.
    assertThat(f.estimatedInterest()).contains(new BigDecimal("88.05"));
    assertThat(f.interest()).get().extracting(InterestResult::days).isEqualTo(64L);
  }

  @Test
  void forecast_eligibleLiquidated_reliquidatesNextBusinessDayWithGoldenInterest() {
    RefundForecast f = STANDARD.forecast(assess(ForecastFixtures.liquidated()));

    assertThat(f.kind()).isEqualTo(RefundKind.AT_RELIQUIDATION);
    // Liquidated Fri 2026-04-24 (day 10 of 80), accepted Mon 2026-05-04: next business day Tue.
    assertThat(f.expectedLiquidation()).contains(LocalDate.of(2026, 5, 5));
    // Golden reliq-c: 2025-06-16 to 2026-05-05, 323 days, 267.72.
    assertThat(f.estimatedInterest()).contains(new BigDecimal("267.72"));
    // Window follows CBP's statement, A + 60 .. A + 90; the statute says R + 30 = Thu 06-04
    // (26 days to 31 May + 4).
    assertThat(f.expectedPaymentFrom()).contains(LocalDate.of(2026, 7, 3));
    assertThat(f.expectedPaymentTo()).contains(LocalDate.of(2026, 8, 2));
    assertThat(f.statutoryPaymentDue()).contains(LocalDate.of(2026, 6, 4));
  }

  @Test
  void forecast_reliquidationBeforeObservedHoliday_rollsOverHolidayAndWeekend() {
    // Accepted Thu 2026-07-02 (liquidated 2026-04-24 is day 69): Fri 2026-07-03 is Independence
    // Day observed, 4-5 July a weekend, so the next business day is Mon 2026-07-06.
    RefundForecast f = STANDARD.forecast(
        assess(ForecastFixtures.liquidated(), LocalDate.of(2026, 7, 2)));

    assertThat(f.expectedLiquidation()).contains(LocalDate.of(2026, 7, 6));
  }

  @Test
  void forecast_processingDays_reliquidateNextBusinessDayAfterProcessing() {
    RefundForecaster threeDays = RefundForecaster.of(
        ForecastSettings.builder().reliquidationProcessingDays(3).build());
    LocalDate fri20260508 = LocalDate.of(2026, 5, 8);

    // Default: Fri 2026-05-08 -> Mon 2026-05-11. Three days: Mon 05-11 -> next is Tue 05-12.
    assertThat(STANDARD.forecast(assess(ForecastFixtures.liquidated(), fri20260508))
        .expectedLiquidation()).contains(LocalDate.of(2026, 5, 11));
    assertThat(threeDays.forecast(assess(ForecastFixtures.liquidated(), fri20260508))
        .expectedLiquidation()).contains(LocalDate.of(2026, 5, 12));
  }

  @Test
  void forecast_acceptanceLag_shiftsAcceptanceLiquidationAndWindow() {
    RefundForecaster lagged = RefundForecaster.of(
        ForecastSettings.builder().acceptanceLagDays(2).build());

    RefundForecast f = lagged.forecast(assess(ForecastFixtures.unliquidated()));

    // Accepted Wed 2026-05-06; + 45 = Sat 2026-06-20; + 60 = Sun 07-05; + 90 = Tue 08-04.
    assertThat(f.acceptanceDate()).contains(LocalDate.of(2026, 5, 6));
    assertThat(f.expectedLiquidation()).contains(LocalDate.of(2026, 6, 20));
    assertThat(f.expectedPaymentFrom()).contains(LocalDate.of(2026, 7, 5));
    assertThat(f.expectedPaymentTo()).contains(LocalDate.of(2026, 8, 4));
  }

  @Test
  void forecast_deferred_projectsEntryDatePlus314AndWidensWindowToStatute() {
    RefundForecast f = STANDARD.forecast(assess(ForecastFixtures.suspended()));

    assertThat(f.verdict()).isEqualTo(Verdict.ELIGIBLE_DEFERRED);
    assertThat(f.kind()).isEqualTo(RefundKind.AT_LIQUIDATION_DEFERRED);
    // Entered Mon 2025-11-03 + 314: 27 days to 30 Nov, 31, 31, 28, 31, 30, 31, 30, 31, 31 to
    // 31 Aug 2026 (= 301), + 13 = Sun 2026-09-13.
    assertThat(f.expectedLiquidation()).contains(LocalDate.of(2026, 9, 13));
    assertThat(f.liquidationProjected()).isTrue();
    // Golden deferred-c: 2025-11-13 to 2026-09-13, 304 days, 121.55.
    assertThat(f.estimatedInterest()).contains(new BigDecimal("121.55"));
    // From = later of A + 60 (07-03) and L (09-13); to = later of A + 90 (08-02) and L + 30
    // (17 days to 30 Sep + 13 = Tue 2026-10-13).
    assertThat(f.expectedPaymentFrom()).contains(LocalDate.of(2026, 9, 13));
    assertThat(f.expectedPaymentTo()).contains(LocalDate.of(2026, 10, 13));
    assertThat(f.statutoryPaymentDue()).contains(LocalDate.of(2026, 10, 13));
    assertThat(f.notes()).containsExactly("Refund at liquidation: 2026-09-13 is projected from"
        + " the entry date + 314 days, not a date CBP has set.");
    assertThat(f.toString()).isEqualTo("FCT00000039 AT_LIQUIDATION_DEFERRED: principal 2500.00,"
        + " interest 121.55 (forecast), liquidation 2026-09-13 (projected), payment"
        + " 2026-09-13/2026-10-13");
    // July to September 2026 are at the 2026 Q3 rate, only REPORTED (IRS Rev. Rul. 2026-10).
    assertThat(f.flagsText())
        .isEqualTo("DEPOSIT_DATE_ASSUMED;PROJECTED_LIQUIDATION;UNCONFIRMED_RATE");
  }

  @Test
  void forecast_deferredProjectionBeforeAcceptance_noDateNoInterest() {
    Entry entry = ieepaEntry("FCT0000006", "700.00")
        .entryDate(LocalDate.of(2025, 3, 3))
        .entrySummaryDate(LocalDate.of(2025, 3, 13))
        .liquidationStatus(LiquidationStatus.EXTENDED)
        .build();

    RefundForecast f = STANDARD.forecast(assess(entry));

    // Entered Mon 2025-03-03 + 314 = Sun 2026-01-11, long before acceptance on 2026-05-04.
    assertThat(f.kind()).isEqualTo(RefundKind.AT_LIQUIDATION_DEFERRED);
    assertThat(f.expectedLiquidation()).isEmpty();
    assertThat(f.expectedPaymentFrom()).isEmpty();
    assertThat(f.expectedPaymentTo()).isEmpty();
    assertThat(f.statutoryPaymentDue()).isEmpty();
    assertThat(f.interestUnknown()).isTrue();
    assertThat(f.refundPrincipal()).isEqualByComparingTo("700.00");
    assertThat(f.notes()).containsExactly("Refund at liquidation: the usual-cycle projection"
        + " 2026-01-11 (entry date + 314 days) is before the acceptance date 2026-05-04, so the"
        + " liquidation date cannot be projected.");
    assertThat(f.toString()).isEqualTo("FCT00000062 AT_LIQUIDATION_DEFERRED: principal 700.00,"
        + " interest unknown, liquidation unknown, payment unknown");
  }

  @Test
  void forecast_noDatesAtAll_deferredWithoutProjectionAndWithoutInterest() {
    Entry entry = ieepaEntry("FCT0000007", "300.00")
        .liquidationStatus(LiquidationStatus.UNDER_REVIEW)
        .build();

    RefundForecast f = STANDARD.forecast(assess(entry));

    assertThat(f.kind()).isEqualTo(RefundKind.AT_LIQUIDATION_DEFERRED);
    assertThat(f.depositDate()).isEmpty();
    assertThat(f.interestUnknown()).isTrue();
    assertThat(f.notes()).containsExactly(
        "Refund at liquidation: the entry date is unknown, so the liquidation date cannot be"
            + " projected.",
        "No deposit date (no statement payment, entry summary or entry date): interest cannot"
            + " be computed.");
  }

  @Test
  void forecast_noDepositDateButLiquidationKnown_datesWithoutInterest() {
    Entry entry = ieepaEntry("FCT0000008", "300.00")
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED)
        .build();

    RefundForecast f = STANDARD.forecast(assess(entry));

    assertThat(f.expectedLiquidation()).contains(LocalDate.of(2026, 6, 18));
    assertThat(f.estimatedInterest()).isEmpty();
    assertThat(f.interestUnknown()).isTrue();
    assertThat(f.notes()).containsExactly("No deposit date (no statement payment, entry summary"
        + " or entry date): interest cannot be computed.");
  }

  @Test
  void forecast_noEntrySummaryDate_interestFromEntryDateWithNote() {
    RefundForecast f = STANDARD.forecast(assess(ForecastFixtures.withoutSummaryDate()));

    assertThat(f.depositDate()).contains(LocalDate.of(2026, 3, 2));
    // Golden entry-date-c: 2026-03-02 to 2026-06-18, 108 days, 15.74.
    assertThat(f.estimatedInterest()).contains(new BigDecimal("15.74"));
    assertThat(f.notes()).containsExactly(
        "Entry summary date unknown: interest runs from the entry date 2026-03-02.");
  }

  @Test
  void forecast_rateTableEndsBeforeLiquidation_interestUnknownNeverGuessed() {
    List<RateTableRow> throughQ1 = InterestRateTable.standard().rows().subList(0, 6);
    RefundForecaster shortTable = RefundForecaster.of(ForecastSettings.builder()
        .rateTable(InterestRateTable.of(throughQ1)).build());

    RefundForecast f = shortTable.forecast(assess(ForecastFixtures.unliquidated()));

    assertThat(f.expectedLiquidation()).contains(LocalDate.of(2026, 6, 18));
    assertThat(f.interest()).isEmpty();
    assertThat(f.interestUnknown()).isTrue();
    assertThat(f.interestForecast()).isFalse();
    assertThat(f.notes()).containsExactly("Interest from 2026-03-10 to 2026-06-18 needs"
        + " overpayment rates for 2026-03-10 to 2026-06-17 inclusive, but the interest rate table"
        + " covers 2024-10-01 to 2026-03-31 inclusive: interest unknown.");
    assertThat(f.toString()).isEqualTo("FCT00000013 AT_CAPE_LIQUIDATION: principal 10000.00,"
        + " interest unknown, liquidation 2026-06-18, payment 2026-07-03/2026-08-02");
  }

  @Test
  void forecast_depositBeforeRateTable_interestUnknown() {
    Entry entry = ieepaEntry("FCT0000009", "300.00")
        .entrySummaryDate(LocalDate.of(2024, 9, 30))
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED)
        .build();

    RefundForecast f = STANDARD.forecast(assess(entry));

    assertThat(f.interestUnknown()).isTrue();
    assertThat(f.notes()).singleElement().asString()
        .startsWith("Interest from 2024-09-30 to 2026-06-18 needs overpayment rates for"
            + " 2024-09-30 to 2026-06-17 inclusive");
  }

  @Test
  void forecast_statementPaidAfterLiquidation_interestUnknown() {
    RefundForecast f = STANDARD.forecast(assess(ForecastFixtures.unliquidated()),
        LocalDate.of(2026, 7, 1));

    assertThat(f.interestUnknown()).isTrue();
    assertThat(f.notes()).containsExactly("Deposit date 2026-07-01 is after the expected"
        + " liquidation 2026-06-18: interest cannot be computed.");
  }

  @Test
  void forecast_negativeIeepaDuty_interestUnknown() {
    Entry entry = ieepaEntry("FCT0000010", "100.00")
        .addDutyLines(DutyLine.of(HtsNumber.parse("9903.01.25"), new BigDecimal("-200.00")))
        .entrySummaryDate(LocalDate.of(2026, 3, 10))
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED)
        .build();

    RefundForecast f = STANDARD.forecast(assess(entry));

    assertThat(f.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(f.interestUnknown()).isTrue();
    assertThat(f.notes()).containsExactly(
        "IEEPA duty -100.00 is negative: interest cannot be computed.");
  }

  @Test
  void forecast_notEligible_kindNoneZeroRefundNoDates() {
    RefundForecast f = STANDARD.forecast(assess(ForecastFixtures.windowPassed()));

    assertThat(f.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(f.kind()).isEqualTo(RefundKind.NONE);
    assertThat(f.ieepaDuty()).isEqualByComparingTo("100.00");
    assertThat(f.refundPrincipal()).isEqualByComparingTo("0");
    assertThat(f.acceptanceDate()).isEmpty();
    assertThat(f.expectedLiquidation()).isEmpty();
    assertThat(f.estimatedInterest()).isEmpty();
    assertThat(f.interestUnknown()).isFalse();
    assertThat(f.expectedPaymentFrom()).isEmpty();
    assertThat(f.toString()).isEqualTo("FCT00000054 NONE (NOT_ELIGIBLE): no refund through CAPE");
  }

  @Test
  void forecast_needsReview_kindNone() {
    Entry entry = ieepaEntry("FCT0000011", "100.00")
        .liquidationStatusFrom("Pending Review")
        .build();

    RefundForecast f = STANDARD.forecast(assess(entry));

    assertThat(f.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    assertThat(f.kind()).isEqualTo(RefundKind.NONE);
    assertThat(f.refundPrincipal()).isEqualByComparingTo("0");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void forecast_nullAssessment_throwsNamingIt() {
    assertThatNullPointerException()
        .isThrownBy(() -> STANDARD.forecast(null))
        .withMessage("assessment");
  }

  @Test
  void of_keepsSettings_toStringNamesThem() {
    ForecastSettings settings = ForecastSettings.builder().acceptanceLagDays(3).build();
    RefundForecaster forecaster = RefundForecaster.of(settings);

    assertThat(forecaster.settings()).isSameAs(settings);
    assertThat(RefundForecaster.standard().settings()).isEqualTo(ForecastSettings.DEFAULTS);
    assertThat(forecaster.toString()).startsWith("RefundForecaster[ForecastSettings{")
        .contains("acceptanceLagDays=3");
  }

  @Test
  void forecast_reliquidationBeyondCalendar_throwsFromCalendar() {
    assertThatIllegalArgumentException().isThrownBy(() -> RefundForecaster.of(ForecastSettings
            .builder().reliquidationProcessingDays(10_000).build())
            .forecast(assess(ForecastFixtures.liquidated())))
        // 2026-05-04 + 10,000 days = 2053-09-19; "next business day" first looks at 09-20.
        .withMessage("Date 2053-09-20 is outside the supported range of the US federal holiday"
            + " calendar, 2020-01-01 to 2040-12-31 inclusive");
  }
}
