/**
 * Refund forecasts: interest on IEEPA duty refunds under 19 U.S.C. 1505(c).
 *
 * <ul>
 *   <li>{@link org.caperules.core.forecast.InterestCalculator}: daily-compounded interest from
 *       deposit to (re)liquidation, rounded to cents at the end.
 *   <li>{@link org.caperules.core.forecast.InterestResult}: the amount, days, per-quarter
 *       {@link org.caperules.core.forecast.InterestSegment}s and the forecast flag.
 *   <li>{@link org.caperules.core.forecast.InterestRateTable}: the quarterly IRC 6621 overpayment
 *       rates, one {@link org.caperules.core.forecast.RateTableRow} per quarter, confirmed or not.
 *   <li>{@link org.caperules.core.forecast.QuarterlyRate}: the rate of one class in one quarter.
 *   <li>{@link org.caperules.core.forecast.RateClass}: corporate or non-corporate.
 *   <li>{@link org.caperules.core.forecast.DayCountConvention}: which of the deposit and
 *       liquidation days earn interest (UNCERTAIN, a setting).
 * </ul>
 */
@NullMarked
package org.caperules.core.forecast;

import org.jspecify.annotations.NullMarked;
