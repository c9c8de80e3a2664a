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

import java.util.Map;
import org.caperules.core.ImporterNumber;
import org.caperules.core.date.HolidayCalendar;
import org.caperules.core.date.UsFederalHolidays;
import org.caperules.core.internal.CapeStyle;
import org.immutables.value.Value;

/**
 * The settings of a {@link RefundForecaster}: every point of CBP's refund timing that is a
 * statement of practice or not confirmed, as a named, documented value with a default, never a
 * buried constant (docs/interest.md#expected-dates; docs/decisions.md#acceptance-lag).
 *
 * <p>Day counts are calendar days, and the day the count starts from is day 0. With the defaults
 * and an assessment as of Mon 2026-05-04:
 * <ul>
 *   <li>planned acceptance = as-of + {@link #acceptanceLagDays()} 0 = Mon 2026-05-04;
 *   <li>an unliquidated entry liquidates at acceptance + 45 = Thu 2026-06-18 (CSMS #68340863,
 *       not a setting);
 *   <li>a liquidated entry is reliquidated on the next business day after acceptance +
 *       {@link #reliquidationProcessingDays()} 0, Tue 2026-05-05;
 *   <li>payment is expected from acceptance + {@link #paymentFromDays()} 60 = Fri 2026-07-03 to
 *       acceptance + {@link #paymentToDays()} 90 = Sun 2026-08-02, and is due by law
 *       {@link #statutoryPaymentDays()} 30 days after the (re)liquidation (see
 *       {@link RefundForecast} for how these combine).
 * </ul>
 *
 * <p>Example, a corporate importer whose declarations CBP accepts about two days after filing:
 * {@code ForecastSettings.builder().acceptanceLagDays(2).rateClass(RateClass.CORPORATE).build()}.
 *
 * <p>Exception handling: {@code build()} throws {@code IllegalArgumentException} if a day count
 * is negative or {@link #paymentToDays()} is before {@link #paymentFromDays()}; the message
 * quotes the values.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CapeStyle
public abstract class ForecastSettings {

  /** The default settings. */
  public static final ForecastSettings DEFAULTS = builder().build();

  ForecastSettings() {}

  /**
   * Returns a builder with the default settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * How many calendar days after the assessment's as-of date (the planned filing date) CBP
   * accepts the declaration: planned acceptance = as-of + this. Default 0, acceptance on the day
   * of filing. CAPE validates files in a batch after upload and has not said how long that takes
   * (CSMS #68340863; docs/decisions.md#acceptance-lag), so this is a setting.
   *
   * @return the acceptance lag in calendar days, zero or more
   */
  @Value.Default
  public int acceptanceLagDays() {
    return 0;
  }

  /**
   * How many calendar days CBP processes an accepted entry that is already liquidated before
   * reliquidating it: the reliquidation date is the next business day strictly after acceptance
   * + this. Default 0: CBP will "reliquidate the next business day" after processing
   * (capeportalguide; es-003 rev-reports-guide), and the processing time is not published.
   * <b>UNCERTAIN</b> (docs/decisions.md#reliquidation-processing, which also reports processing
   * "Monday through Thursday").
   *
   * <p>Example: accepted Fri 2026-05-08, 0 days: Mon 2026-05-11; 3 days: Mon 2026-05-11 + 1
   * business day = Tue 2026-05-12.
   *
   * @return the processing days, zero or more
   */
  @Value.Default
  public int reliquidationProcessingDays() {
    return 0;
  }

  /**
   * The first day, counted in calendar days after acceptance, on which CBP's statements expect
   * payment: "within 60 to 90 days after CAPE acceptance" (law-firm summaries of CBP, April 2026,
   * among them Clark Hill; the CBP IEEPA Duty Refunds page, updated through 2 Sep 2026,
   * CBP-reported; docs/interest.md#payment-window). Default 60.
   *
   * @return days after acceptance, zero or more
   */
  @Value.Default
  public int paymentFromDays() {
    return 60;
  }

  /**
   * The last day, counted in calendar days after acceptance, on which CBP's statements expect
   * payment (see {@link #paymentFromDays()}). Default 90.
   *
   * @return days after acceptance, at least {@link #paymentFromDays()}
   */
  @Value.Default
  public int paymentToDays() {
    return 90;
  }

  /**
   * The statutory payment period: refunds "shall be paid within 30 days of liquidation or
   * reliquidation" (19 U.S.C. 1505(b); docs/interest.md#payment-window). Default 30; a setting only
   * so that what-if runs can change it.
   *
   * @return days after the (re)liquidation date, zero or more
   */
  @Value.Default
  public int statutoryPaymentDays() {
    return 30;
  }

  /**
   * The class of importer whose overpayment rate applies to importers not in
   * {@link #importerRateClasses()}. Default {@link RateClass#CORPORATE}: most importers of record
   * are corporations, and the corporate rate is the lower one, so the default does not overstate
   * interest (non-corporate importers are understated by about one seventh). The rate class used
   * is written in the screening report's {@code Rate Class} column.
   *
   * @return the default rate class
   */
  @Value.Default
  public RateClass rateClass() {
    return RateClass.CORPORATE;
  }

  /**
   * The rate class of each importer known to be otherwise than {@link #rateClass()}, for example
   * from a roster: {@code ForecastSettings.builder().putImporterRateClasses(ImporterNumber.parse(
   * "123-45-6789"), RateClass.NON_CORPORATE).build()} for a sole proprietor. Default empty.
   *
   * @return the rate classes by importer of record
   */
  public abstract Map<ImporterNumber, RateClass> importerRateClasses();

  /**
   * Returns the rate class of an importer: its own in {@link #importerRateClasses()}, else
   * {@link #rateClass()}.
   *
   * @param importer  the importer of record, or null if unknown
   * @return the rate class
   */
  public RateClass rateClassOf(@org.jspecify.annotations.Nullable ImporterNumber importer) {
    RateClass own = importer == null ? null : importerRateClasses().get(importer);
    return own == null ? rateClass() : own;
  }

  /**
   * The quarterly overpayment rates; default {@link InterestRateTable#standard()}. A forecast
   * that needs a day beyond the table has no interest figure: it is flagged, never guessed.
   *
   * @return the rate table
   */
  @Value.Default
  public InterestRateTable rateTable() {
    return InterestRateTable.standard();
  }

  /**
   * Which of the deposit and (re)liquidation days earn interest; default
   * {@link DayCountConvention#DEFAULT} (UNCERTAIN, see {@link DayCountConvention}).
   *
   * @return the day-count convention
   */
  @Value.Default
  public DayCountConvention dayCountConvention() {
    return DayCountConvention.DEFAULT;
  }

  /**
   * The business-day calendar used for "the next business day"; default
   * {@link UsFederalHolidays#standard()} (2020 to 2040).
   *
   * @return the calendar
   */
  @Value.Default
  public HolidayCalendar calendar() {
    return UsFederalHolidays.standard();
  }

  /**
   * Returns the interest calculator made of {@link #rateTable()} and
   * {@link #dayCountConvention()}. Computed once.
   *
   * @return the calculator
   */
  @Value.Lazy
  public InterestCalculator interestCalculator() {
    return InterestCalculator.of(rateTable(), dayCountConvention());
  }

  @Value.Check
  void check() {
    checkNotNegative("acceptanceLagDays", acceptanceLagDays());
    checkNotNegative("reliquidationProcessingDays", reliquidationProcessingDays());
    checkNotNegative("paymentFromDays", paymentFromDays());
    checkNotNegative("statutoryPaymentDays", statutoryPaymentDays());
    if (paymentToDays() < paymentFromDays()) {
      throw new IllegalArgumentException("paymentToDays must not be less than paymentFromDays ("
          + paymentFromDays() + "), but was " + paymentToDays());
    }
  }

  private static void checkNotNegative(String name, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be zero or more, but was " + value);
    }
  }

  /** Builds {@link ForecastSettings}; start from {@link #from(ForecastSettings)} to derive. */
  public static final class Builder extends ImmutableForecastSettings.Builder {
    Builder() {}
  }
}
