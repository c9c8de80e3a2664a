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
/**
 * Refund forecasts: interest on IEEPA duty refunds under 19 U.S.C. 1505(c), the refund and
 * payment dates of each entry, and the consolidated payments CBP is expected to make.
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
 *   <li>{@link org.caperules.core.forecast.RefundForecaster}: forecasts one assessed entry's
 *       refund: principal, interest, expected (re)liquidation date, payment window.
 *   <li>{@link org.caperules.core.forecast.RefundForecast}: that forecast, with the report
 *       columns {@code IEEPA Duty} to {@code Expected Payment To}.
 *   <li>{@link org.caperules.core.forecast.RefundKind}: at CAPE liquidation, at reliquidation,
 *       at a deferred liquidation, or no refund.
 *   <li>{@link org.caperules.core.forecast.ForecastSettings}: acceptance lag, processing days,
 *       payment window, rate class, rate table, day count, calendar (named settings).
 *   <li>{@link org.caperules.core.forecast.PaymentConsolidator}: groups forecasts by payee and
 *       liquidation date into {@link org.caperules.core.forecast.ExpectedPayment}s.
 *   <li>{@link org.caperules.core.forecast.Payee}: the importer of record, the Form 4811 notify
 *       party, or unknown.
 * </ul>
 */
@NullMarked
package org.caperules.core.forecast;

import org.jspecify.annotations.NullMarked;
