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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.caperules.core.Entry;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.date.CapeDeadlines;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.Verdict;
import org.caperules.core.internal.MoneyTexts;
import org.jspecify.annotations.Nullable;

/**
 * Forecasts the refund of one assessed entry: principal, interest under 19 U.S.C. 1505(c) to the
 * expected (re)liquidation date, that date and the expected payment window.
 *
 * <p>The rules, with acceptance date {@code A} = as-of + {@link ForecastSettings#acceptanceLagDays()}:
 * <ul>
 *   <li>{@link Verdict#ELIGIBLE}, not liquidated: {@link RefundKind#AT_CAPE_LIQUIDATION},
 *       liquidation {@code A + 45} calendar days (CSMS #68340863;
 *       {@link CapeDeadlines#capeLiquidation(LocalDate)});
 *   <li>{@link Verdict#ELIGIBLE}, liquidated (within the CAPE window, or the engine would have
 *       said NOT_ELIGIBLE): {@link RefundKind#AT_RELIQUIDATION}, reliquidation on the next
 *       business day strictly after {@code A + }{@link ForecastSettings#reliquidationProcessingDays()}
 *       (UNCERTAIN processing time; docs/decisions.md#reliquidation-processing);
 *   <li>{@link Verdict#ELIGIBLE_DEFERRED}: {@link RefundKind#AT_LIQUIDATION_DEFERRED}, "at
 *       liquidation", projected at entry date + 314 days (the assessment's
 *       {@code deadlines().projectedLiquidation()}) and flagged as a projection; no date if the
 *       entry date is unknown or the projection is before {@code A} (then it says nothing);
 *   <li>{@link Verdict#NOT_ELIGIBLE}, {@link Verdict#NEEDS_REVIEW}: {@link RefundKind#NONE}, a
 *       zero refund with no dates.
 * </ul>
 * The deposit date is the statement payment date if given (to {@link #forecast(Assessment,
 * LocalDate)} or as the entry's {@code Deposit Date}), else the entry summary date, else the
 * entry date, flagged {@link ForecastFlag#DEPOSIT_DATE_ASSUMED}; with none, or a deposit after the
 * (re)liquidation, or a day outside the rate table, or a negative principal, the interest is
 * unknown and a note says why: never a guess. Interest ends at the (re)liquidation date, never
 * at the payment (T.D. 99-75, 64 FR 56433), at the rate class of the entry's importer
 * ({@link ForecastSettings#rateClassOf}). The payment window is described in
 * {@link RefundForecast}.
 *
 * <p>Worked examples (defaults), assessed as of Mon 2026-05-04 so accepted the same day:
 * unliquidated &rarr; liquidation Thu 2026-06-18 (+45: 27 days to 31 May, 18 in June); liquidated
 * Fri 2026-04-24 &rarr; reliquidation Tue 2026-05-05, the next business day.
 *
 * <h2>Exception handling</h2>
 * {@link #forecast(Assessment)} throws {@code IllegalArgumentException} if the next business day
 * leaves the calendar's supported range (for {@link org.caperules.core.date.UsFederalHolidays},
 * after 2040-12-31). Saying "no interest" is a result, not an exception.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RefundForecaster {

  private static final RefundForecaster STANDARD = new RefundForecaster(ForecastSettings.DEFAULTS);

  private final ForecastSettings settings;
  private final InterestCalculator calculator;

  private RefundForecaster(ForecastSettings settings) {
    this.settings = settings;
    this.calculator = settings.interestCalculator();
  }

  /**
   * Returns the forecaster with {@link ForecastSettings#DEFAULTS}.
   *
   * @return the standard forecaster
   */
  public static RefundForecaster standard() {
    return STANDARD;
  }

  /**
   * Obtains a forecaster with the given settings.
   *
   * @param settings  the settings
   * @return the forecaster
   */
  public static RefundForecaster of(ForecastSettings settings) {
    return new RefundForecaster(Objects.requireNonNull(settings, "settings"));
  }

  /**
   * Returns the settings.
   *
   * @return the settings
   */
  public ForecastSettings settings() {
    return settings;
  }

  /**
   * Forecasts the refund of an assessed entry, with interest from the entry's deposit date, or
   * the entry summary date (or the entry date) when it has none.
   *
   * @param assessment  the entry's assessment; its as-of date is the planned filing date
   * @return the forecast
   * @throws IllegalArgumentException if the next business day is outside the calendar's range
   */
  public RefundForecast forecast(Assessment assessment) {
    return forecast(assessment, null);
  }

  /**
   * Forecasts the refund of an assessed entry paid on a periodic monthly statement: interest runs
   * from the statement payment date (19 U.S.C. 1505(c); docs/decisions.md#deposit-date; ES-003
   * may not carry it, so the caller gives it).
   *
   * <p>Example: an entry summary of 2026-03-10 paid on the statement of 2026-04-15 earns interest
   * from 2026-04-15.
   *
   * @param assessment  the entry's assessment
   * @param statementPaymentDate  the date the statement was paid, or null to use the entry's
   *     deposit date or, failing that, its entry summary date
   * @return the forecast
   * @throws IllegalArgumentException if the next business day is outside the calendar's range
   */
  public RefundForecast forecast(Assessment assessment, @Nullable LocalDate statementPaymentDate) {
    Objects.requireNonNull(assessment, "assessment");
    Entry entry = assessment.entry();
    Verdict verdict = assessment.verdict();
    RefundForecast.Builder builder = RefundForecast.builder()
        .entry(entry).verdict(verdict).asOf(assessment.asOf())
        .ieepaDuty(assessment.ieepaDuty());
    if (!verdict.isDeclarable()) {
      return builder.kind(RefundKind.NONE).build();
    }
    List<String> notes = new ArrayList<>(2);
    RateClass rateClass = settings.rateClassOf(entry.importerNumber());
    builder.rateClass(rateClass);
    LocalDate acceptance = assessment.asOf().plusDays(settings.acceptanceLagDays());
    builder.acceptanceDate(acceptance);

    LocalDate liquidation = null;
    if (verdict == Verdict.ELIGIBLE_DEFERRED) {
      builder.kind(RefundKind.AT_LIQUIDATION_DEFERRED);
      Optional<LocalDate> projected = assessment.deadlines().projectedLiquidation();
      if (projected.isEmpty()) {
        notes.add("Refund at liquidation: the entry date is unknown, so the liquidation date"
            + " cannot be projected.");
      } else if (projected.get().isBefore(acceptance)) {
        notes.add("Refund at liquidation: the usual-cycle projection " + projected.get()
            + " (entry date + " + CapeDeadlines.TYPICAL_LIQUIDATION_DAYS + " days) is before the"
            + " acceptance date " + acceptance + ", so the liquidation date cannot be projected.");
      } else {
        liquidation = projected.get();
        builder.liquidationProjected(true);
        notes.add("Refund at liquidation: " + liquidation + " is projected from the entry date + "
            + CapeDeadlines.TYPICAL_LIQUIDATION_DAYS + " days, not a date CBP has set.");
      }
    } else if (entry.liquidationStatus() == LiquidationStatus.LIQUIDATED) {
      builder.kind(RefundKind.AT_RELIQUIDATION);
      liquidation = settings.calendar()
          .next(acceptance.plusDays(settings.reliquidationProcessingDays()));
    } else {
      builder.kind(RefundKind.AT_CAPE_LIQUIDATION);
      liquidation = CapeDeadlines.standard().capeLiquidation(acceptance);
    }

    LocalDate given = statementPaymentDate != null ? statementPaymentDate : entry.depositDate();
    LocalDate deposit = given != null ? given : assumedDepositDate(entry, notes);
    if (deposit != null) {
      builder.depositDate(deposit).depositDateAssumed(given == null);
    }
    if (liquidation != null) {
      builder.expectedLiquidation(liquidation);
      LocalDate statutory = liquidation.plusDays(settings.statutoryPaymentDays());
      builder.statutoryPaymentDue(statutory)
          .expectedPaymentFrom(later(acceptance.plusDays(settings.paymentFromDays()), liquidation))
          .expectedPaymentTo(later(acceptance.plusDays(settings.paymentToDays()), statutory));
      if (deposit != null) {
        interest(assessment.ieepaDuty(), deposit, liquidation, rateClass, notes)
            .ifPresent(builder::interest);
      }
    }
    return builder.notes(notes).build();
  }

  private static @Nullable LocalDate assumedDepositDate(Entry entry, List<String> notes) {
    LocalDate summary = entry.entrySummaryDate();
    if (summary != null) {
      return summary;
    }
    LocalDate entryDate = entry.entryDate();
    if (entryDate != null) {
      notes.add("Entry summary date unknown: interest runs from the entry date " + entryDate
          + ".");
      return entryDate;
    }
    notes.add("No deposit date (no statement payment, entry summary or entry date): interest"
        + " cannot be computed.");
    return null;
  }

  private Optional<InterestResult> interest(BigDecimal principal, LocalDate deposit,
      LocalDate liquidation, RateClass rateClass, List<String> notes) {
    if (principal.signum() < 0) {
      notes.add("IEEPA duty " + MoneyTexts.plain(principal) + " is negative: interest cannot be"
          + " computed.");
      return Optional.empty();
    }
    if (liquidation.isBefore(deposit)) {
      notes.add("Deposit date " + deposit + " is after the expected liquidation " + liquidation
          + ": interest cannot be computed.");
      return Optional.empty();
    }
    DayCountConvention convention = calculator.convention();
    LocalDate first = convention.firstDayInclusive(deposit);
    LocalDate last = convention.endExclusive(liquidation).minusDays(1);
    InterestRateTable table = calculator.table();
    if (!first.isAfter(last) && (!table.covers(first) || !table.covers(last))) {
      notes.add("Interest from " + deposit + " to " + liquidation + " needs overpayment rates for "
          + first + " to " + last + " inclusive, but the interest rate table covers "
          + table.rangeText() + ": interest unknown.");
      return Optional.empty();
    }
    return Optional.of(calculator.interest(principal, deposit, liquidation, rateClass));
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? b : a;
  }

  /**
   * Returns the forecaster as text, for example {@code RefundForecaster[ForecastSettings{...}]}.
   *
   * @return the forecaster as text
   */
  @Override
  public String toString() {
    return "RefundForecaster[" + settings + ']';
  }
}
