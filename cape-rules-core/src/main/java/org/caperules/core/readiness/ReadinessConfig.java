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
package org.caperules.core.readiness;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The settings of {@link ImporterReadiness} for points the sources leave UNCERTAIN, and the
 * typical lead time of each {@link BlockerCode}.
 *
 * <ul>
 *   <li>{@link #form5106MaxAge()}, default 12 months: a Form 5106 record last updated longer ago
 *       raises {@link BlockerCode#FORM_5106_STALE}. Source: "if not updated in the last 12
 *       months, CBP may request a refresh" (vendor FAQ; "may";
 *       docs/decisions.md#form-5106-staleness).
 *   <li>{@link #staleLoginAfter()}, default 30 days: a last login longer ago raises
 *       {@link BlockerCode#ACE_LOGIN_STALE}. Source: a vendor's ACE Portal guide, "sometimes within
 *       days instead of the normal 30-day cycle" (docs/decisions.md#stale-login).
 *   <li>{@link #requireNotifyPartyInBox28()}, default true: a Form 4811 notify party not in box
 *       28 of the 7501 raises {@link BlockerCode#NOTIFY_PARTY_NOT_IN_BOX_28}. Source: CSMS
 *       #67648307 as reported by es-003 (CBP-reported, UNCERTAIN wording;
 *       docs/decisions.md#box-28).
 *   <li>{@link #leadTimes()}: overrides of {@link BlockerCode#defaultLeadTime()}, days only.
 *   <li>{@link #safetyMargin()}, default 7 days: subtracted, with the filing lead time, from an
 *       entry's CAPE last day to give the date to start by ({@link RefundPlan}), because CBP's
 *       "approximately two weeks" for an Importer sub-account "may be longer" (vendor guide;
 *       docs/decisions.md#lead-times).
 * </ul>
 *
 * <p>Example: {@code ReadinessConfig.DEFAULT.withLeadTime(BlockerCode.NO_IMPORTER_SUB_ACCOUNT,
 * Period.ofDays(21))} for a surge when sub-accounts take three weeks.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param form5106MaxAge  how old a Form 5106 update may be, inclusive, zero or more
 * @param staleLoginAfter  how old the last ACE login may be, inclusive, zero or more
 * @param requireNotifyPartyInBox28  whether a notify party must be in box 28 to receive refunds
 * @param leadTimes  lead-time overrides by code, days only, zero or more
 * @param safetyMargin  the days kept in hand before an entry's CAPE last day, days only, zero or
 *     more
 */
public record ReadinessConfig(
    Period form5106MaxAge,
    Period staleLoginAfter,
    boolean requireNotifyPartyInBox28,
    Map<BlockerCode, Period> leadTimes,
    Period safetyMargin) {

  /** The default safety margin: 7 days. */
  public static final Period DEFAULT_SAFETY_MARGIN = Period.ofDays(7);

  /** The defaults: 12 months, 30 days, box 28 required, no lead-time overrides, 7 days margin. */
  public static final ReadinessConfig DEFAULT = new ReadinessConfig(Period.ofMonths(12),
      Period.ofDays(30), true, Map.of(), DEFAULT_SAFETY_MARGIN);

  /**
   * Creates a configuration.
   *
   * @param form5106MaxAge  how old a Form 5106 update may be
   * @param staleLoginAfter  how old the last login may be, days only
   * @param requireNotifyPartyInBox28  whether box 28 is required
   * @param leadTimes  lead-time overrides, days only
   * @param safetyMargin  the safety margin, days only
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a period is negative or a lead time has months or years;
   *     the message quotes it
   */
  public ReadinessConfig {
    Objects.requireNonNull(form5106MaxAge, "form5106MaxAge");
    Objects.requireNonNull(staleLoginAfter, "staleLoginAfter");
    if (form5106MaxAge.isNegative()) {
      throw new IllegalArgumentException("form5106MaxAge must not be negative, but was "
          + form5106MaxAge);
    }
    checkDays(staleLoginAfter, "staleLoginAfter");
    EnumMap<BlockerCode, Period> copy = new EnumMap<>(BlockerCode.class);
    for (Map.Entry<BlockerCode, Period> entry : leadTimes.entrySet()) {
      checkDays(entry.getValue(), "Lead time of " + entry.getKey().code());
      copy.put(entry.getKey(), entry.getValue());
    }
    leadTimes = Map.copyOf(copy);
    checkDays(safetyMargin, "safetyMargin");
  }

  /**
   * Creates a configuration with the default safety margin of 7 days.
   *
   * @param form5106MaxAge  how old a Form 5106 update may be
   * @param staleLoginAfter  how old the last login may be, days only
   * @param requireNotifyPartyInBox28  whether box 28 is required
   * @param leadTimes  lead-time overrides, days only
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException as the canonical constructor
   */
  public ReadinessConfig(Period form5106MaxAge, Period staleLoginAfter,
      boolean requireNotifyPartyInBox28, Map<BlockerCode, Period> leadTimes) {
    this(form5106MaxAge, staleLoginAfter, requireNotifyPartyInBox28, leadTimes,
        DEFAULT_SAFETY_MARGIN);
  }

  /**
   * Returns a copy with another safety margin.
   *
   * @param margin  the margin, days only, zero or more
   * @return the new configuration
   * @throws IllegalArgumentException if negative or not in days only
   */
  public ReadinessConfig withSafetyMargin(Period margin) {
    return new ReadinessConfig(form5106MaxAge, staleLoginAfter, requireNotifyPartyInBox28,
        leadTimes, margin);
  }

  /**
   * Returns the lead time of a code: the override if any, otherwise the code's default.
   *
   * @param code  the blocker code
   * @return the lead time, days only
   */
  public Period leadTime(BlockerCode code) {
    Period override = leadTimes.get(Objects.requireNonNull(code, "code"));
    return override == null ? code.defaultLeadTime() : override;
  }

  /**
   * Returns a copy with one lead time overridden.
   *
   * @param code  the blocker code
   * @param leadTime  the lead time, days only, zero or more
   * @return the new configuration
   * @throws IllegalArgumentException if the lead time has months or years, or is negative
   */
  public ReadinessConfig withLeadTime(BlockerCode code, Period leadTime) {
    EnumMap<BlockerCode, Period> copy = new EnumMap<>(BlockerCode.class);
    copy.putAll(leadTimes);
    copy.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(leadTime, "leadTime"));
    return new ReadinessConfig(form5106MaxAge, staleLoginAfter, requireNotifyPartyInBox28, copy,
        safetyMargin);
  }

  /**
   * Returns a copy with another Form 5106 maximum age.
   *
   * @param maxAge  the maximum age, inclusive
   * @return the new configuration
   * @throws IllegalArgumentException if negative
   */
  public ReadinessConfig withForm5106MaxAge(Period maxAge) {
    return new ReadinessConfig(maxAge, staleLoginAfter, requireNotifyPartyInBox28, leadTimes,
        safetyMargin);
  }

  /**
   * Returns a copy with another stale-login limit.
   *
   * @param limit  the limit, days only, inclusive
   * @return the new configuration
   * @throws IllegalArgumentException if negative or not in days only
   */
  public ReadinessConfig withStaleLoginAfter(Period limit) {
    return new ReadinessConfig(form5106MaxAge, limit, requireNotifyPartyInBox28, leadTimes,
        safetyMargin);
  }

  /**
   * Returns a copy with the box 28 requirement set.
   *
   * @param required  whether a notify party must be in box 28
   * @return the new configuration
   */
  public ReadinessConfig withRequireNotifyPartyInBox28(boolean required) {
    return new ReadinessConfig(form5106MaxAge, staleLoginAfter, required, leadTimes,
        safetyMargin);
  }

  static void checkDays(Period period, String what) {
    Objects.requireNonNull(period, what);
    if (period.getYears() != 0 || period.getMonths() != 0 || period.getDays() < 0) {
      throw new IllegalArgumentException(what + " must be zero or more days (no months or years),"
          + " but was " + period);
    }
  }
}
