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
package org.caperules.core.date;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Computes the CAPE and customs deadlines of an entry from its liquidation date or entry date:
 * the calculator that the eligibility engine and reports share.
 *
 * <p>All arithmetic is in calendar days on {@link LocalDate}, with the anchor date as day 0 (so
 * day 1 is the day after liquidation). Only the protest deadline is rolled to a business day, by
 * the {@link HolidayCalendar} given; the others are not rolled, because no source rolls them.
 * The day counts live here, once, as public constants.
 *
 * <p>Worked example, an entry liquidated on Fri 2026-04-24 ({@link #standard()}):
 * <ul>
 *   <li>CAPE last day: + 80 = Mon 2026-07-13;
 *   <li>voluntary reliquidation ends: + 90 = Thu 2026-07-23;
 *   <li>protest last day: + 180 = Wed 2026-10-21, a business day, so no roll.
 * </ul>
 *
 * <p>Exception handling: every method throws {@link NullPointerException} for a null argument
 * (except the {@code @Nullable} ones of {@link #forEntry(LocalDate, LocalDate)}), and the protest
 * methods throw {@link IllegalArgumentException} when the rolled date leaves the calendar's
 * supported range (for {@link UsFederalHolidays}, after 2040-12-31).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CapeDeadlines {

  /**
   * The CAPE window: 80 calendar days after liquidation (CSMS #68315804 "within 80 days of
   * liquidation"; CBP IEEPA FAQ, Phase 1). Whether day 80 itself is inside is
   * {@link CapeWindowEnd}.
   */
  public static final int CAPE_WINDOW_DAYS = 80;

  /** The voluntary reliquidation period: 90 days from liquidation (19 U.S.C. 1501). */
  public static final int VOLUNTARY_RELIQUIDATION_DAYS = 90;

  /** The protest period: 180 days after liquidation (19 U.S.C. 1514(c)(3)). */
  public static final int PROTEST_DAYS = 180;

  /**
   * CBP's usual liquidation cycle: about 314 days after entry (practice, not a rule;
   * docs/deadlines.md#projected-liquidation).
   */
  public static final int TYPICAL_LIQUIDATION_DAYS = 314;

  /**
   * The protest horizon: the typical liquidation cycle plus the protest period, 314 + 180 = 494
   * days after entry (a heuristic; no source states it, docs/deadlines.md#protest-horizon).
   */
  public static final int PROTEST_HORIZON_DAYS = TYPICAL_LIQUIDATION_DAYS + PROTEST_DAYS;

  /** Deemed liquidation: 1 year after entry (19 U.S.C. 1504(a); 19 CFR 159.11). */
  public static final int DEEMED_LIQUIDATION_YEARS = 1;

  /**
   * An unliquidated entry accepted in CAPE is set to liquidate 45 days after the declaration is
   * accepted (CSMS #68340863).
   */
  public static final int CAPE_LIQUIDATION_DAYS = 45;

  private static final CapeDeadlines STANDARD =
      new CapeDeadlines(UsFederalHolidays.standard(), CapeWindowEnd.DAY_80_INCLUSIVE);

  private final HolidayCalendar calendar;
  private final CapeWindowEnd capeWindowEnd;

  private CapeDeadlines(HolidayCalendar calendar, CapeWindowEnd capeWindowEnd) {
    this.calendar = calendar;
    this.capeWindowEnd = capeWindowEnd;
  }

  /**
   * Returns the default calculator: the {@link UsFederalHolidays#standard()} calendar and
   * {@link CapeWindowEnd#DAY_80_INCLUSIVE}.
   *
   * @return the standard calculator
   */
  public static CapeDeadlines standard() {
    return STANDARD;
  }

  /**
   * Obtains a calculator with a calendar and a CAPE window setting.
   *
   * @param calendar  the calendar used to roll the protest deadline
   * @param capeWindowEnd  whether day 80 is inside the CAPE window
   * @return the calculator
   */
  public static CapeDeadlines of(HolidayCalendar calendar, CapeWindowEnd capeWindowEnd) {
    return new CapeDeadlines(Objects.requireNonNull(calendar, "calendar"),
        Objects.requireNonNull(capeWindowEnd, "capeWindowEnd"));
  }

  /**
   * Returns the calendar used to roll the protest deadline.
   *
   * @return the calendar
   */
  public HolidayCalendar calendar() {
    return calendar;
  }

  /**
   * Returns the CAPE window setting.
   *
   * @return whether day 80 is inside the CAPE window
   */
  public CapeWindowEnd capeWindowEnd() {
    return capeWindowEnd;
  }

  /**
   * Returns the last day, inclusive, on which a liquidated entry can be declared in CAPE:
   * liquidation + 80 calendar days with {@link CapeWindowEnd#DAY_80_INCLUSIVE}, + 79 with
   * {@link CapeWindowEnd#DAY_80_EXCLUSIVE}. Not rolled: no source rolls the CAPE window for
   * weekends or holidays (docs/decisions.md#cape-window-no-roll).
   *
   * <p>Source: CSMS #68315804 ("within 80 days of liquidation"), CSMS #68340863 ("not over 80
   * days past liquidation"). Worked examples: liquidated Fri 2026-04-24 &rarr; Mon 2026-07-13
   * (inclusive) or Sun 2026-07-12 (exclusive); liquidated Fri 2026-01-30 &rarr; Mon 2026-04-20,
   * CAPE's launch day (inclusive).
   *
   * @param liquidationDate  the liquidation date (day 0)
   * @return the last day to declare, inclusive
   */
  public LocalDate capeLastDayInclusive(LocalDate liquidationDate) {
    return liquidationDate.plusDays(capeWindowEnd.lastDayOffset());
  }

  /**
   * Returns the last day, inclusive, of CBP's voluntary reliquidation period: liquidation + 90
   * calendar days, not rolled. After it the liquidation is final for CBP ("finally liquidated").
   *
   * <p>Source: 19 U.S.C. 1501 ("within ninety days from the date of the original liquidation").
   * Worked example: liquidated Thu 2025-12-25 &rarr; Wed 2026-03-25 (the timeline of a customs
   * broker's ACE Portal guide of May 2026: "90-day reliquidation window ends March 25, 2026").
   *
   * @param liquidationDate  the liquidation date (day 0)
   * @return the last day of the period, inclusive
   */
  public LocalDate voluntaryReliquidationLastDayInclusive(LocalDate liquidationDate) {
    return liquidationDate.plusDays(VOLUNTARY_RELIQUIDATION_DAYS);
  }

  /**
   * Returns the last day, inclusive, to file a protest: liquidation + 180 calendar days (day 1 is
   * the day after liquidation), rolled forward to the next business day of the calendar when it
   * falls on a weekend or holiday.
   *
   * <p>Source: 19 U.S.C. 1514(c)(3), 19 CFR 174.12(e); the roll: T.D. 53961 as cited by CBP
   * ("the protest may be filed on the first succeeding day the CBP location is open") and
   * <i>Railway Express Agency v. United States</i>, 30 Cust. Ct. 424 (1953). Worked examples:
   * liquidated Fri 2026-05-15 &rarr; day 180 is Wed 2026-11-11 (Veterans Day) &rarr; Thu
   * 2026-11-12; liquidated Thu 2025-12-25 &rarr; Tue 2026-06-23, no roll (the same broker's
   * timeline: "Finality of liquidation: June 23, 2026").
   *
   * @param liquidationDate  the liquidation date (day 0)
   * @return the last day to protest, inclusive, a business day
   * @throws IllegalArgumentException if a date visited while rolling is outside the calendar's
   *     supported range
   */
  public LocalDate protestLastDayInclusive(LocalDate liquidationDate) {
    return calendar.nextOrSame(liquidationDate.plusDays(PROTEST_DAYS));
  }

  /**
   * Returns the date CBP would usually liquidate an entry: entry date + 314 calendar days, not
   * rolled. An estimate from CBP's usual cycle, not a legal deadline; CBP liquidated some IEEPA
   * entries early.
   *
   * <p>Source: CBP practice, "typical 314-day cycle" (docs/deadlines.md#projected-liquidation).
   * Worked example: entered Mon 2025-03-10 &rarr; Sun 2026-01-18 (2025-03-10 is day 69 of 2025,
   * 365 - 69 = 296 days to 2025-12-31, + 18 = 314).
   *
   * @param entryDate  the entry date (day 0)
   * @return the projected liquidation date
   */
  public LocalDate projectedLiquidation(LocalDate entryDate) {
    return entryDate.plusDays(TYPICAL_LIQUIDATION_DAYS);
  }

  /**
   * Returns the protest horizon: entry date + 494 calendar days (314-day usual liquidation +
   * 180-day protest period), not rolled. A heuristic for how long an entry's duty can still be
   * contested, not a legal deadline.
   *
   * <p>Source: arithmetic 314 + 180 (no source states it; docs/deadlines.md#protest-horizon).
   * Worked example: entered Mon 2025-03-10 &rarr; Fri 2026-07-17 (projected liquidation Sun
   * 2026-01-18 + 180).
   *
   * @param entryDate  the entry date (day 0)
   * @return the protest horizon
   */
  public LocalDate protestHorizon(LocalDate entryDate) {
    return entryDate.plusDays(PROTEST_HORIZON_DAYS);
  }

  /**
   * Returns the date an entry not liquidated within one year is deemed liquidated: the entry
   * date plus one year, the same month and day (29 February becomes 28 February), not rolled.
   * Does not apply when liquidation was extended or suspended (19 U.S.C. 1504(b), (c)).
   *
   * <p>Source: 19 U.S.C. 1504(a); 19 CFR 159.11. Worked examples: entered Mon 2025-03-10 &rarr;
   * Tue 2026-03-10; entered Thu 2024-02-29 &rarr; Fri 2025-02-28.
   *
   * @param entryDate  the entry date, or date of final withdrawal from warehouse
   * @return the deemed liquidation date
   */
  public LocalDate deemedLiquidation(LocalDate entryDate) {
    return entryDate.plusYears(DEEMED_LIQUIDATION_YEARS);
  }

  /**
   * Returns the date an unliquidated entry accepted in CAPE is set to liquidate: acceptance + 45
   * calendar days, not rolled.
   *
   * <p>Source: CSMS #68340863 ("set to liquidate 45 days from the declaration acceptance date").
   * Worked example: accepted Mon 2026-04-20 &rarr; Thu 2026-06-04 (10 days left in April, 31 in
   * May, 4 in June).
   *
   * @param acceptanceDate  the date the CAPE declaration was accepted (day 0)
   * @return the scheduled liquidation date
   */
  public LocalDate capeLiquidation(LocalDate acceptanceDate) {
    return acceptanceDate.plusDays(CAPE_LIQUIDATION_DAYS);
  }

  /**
   * Computes every {@link Deadline} of one entry whose anchor is known: the liquidation-based
   * ones when {@code liquidationDate} is given, the entry-based ones when {@code entryDate} is
   * given.
   *
   * <p>Example: {@code standard().forEntry(2026-04-24, null)} gives
   * {@code CAPE_LAST_DAY=2026-07-13, VOLUNTARY_RELIQUIDATION_END=2026-07-23,
   * PROTEST_LAST_DAY=2026-10-21}.
   *
   * @param liquidationDate  the liquidation date, or null if the entry is not liquidated
   * @param entryDate  the entry date, or null if unknown
   * @return the deadlines of the entry
   * @throws IllegalArgumentException if the protest roll leaves the calendar's supported range
   */
  public EntryDeadlines forEntry(@Nullable LocalDate liquidationDate,
      @Nullable LocalDate entryDate) {
    Map<Deadline, LocalDate> dates = new EnumMap<>(Deadline.class);
    if (liquidationDate != null) {
      dates.put(Deadline.CAPE_LAST_DAY, capeLastDayInclusive(liquidationDate));
      dates.put(Deadline.VOLUNTARY_RELIQUIDATION_END,
          voluntaryReliquidationLastDayInclusive(liquidationDate));
      dates.put(Deadline.PROTEST_LAST_DAY, protestLastDayInclusive(liquidationDate));
    }
    if (entryDate != null) {
      dates.put(Deadline.PROJECTED_LIQUIDATION, projectedLiquidation(entryDate));
      dates.put(Deadline.PROTEST_HORIZON, protestHorizon(entryDate));
      dates.put(Deadline.DEEMED_LIQUIDATION, deemedLiquidation(entryDate));
    }
    return new EntryDeadlines(liquidationDate, entryDate, dates);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof CapeDeadlines other
        && other.calendar.equals(calendar)
        && other.capeWindowEnd == capeWindowEnd;
  }

  @Override
  public int hashCode() {
    return calendar.hashCode() * 31 + capeWindowEnd.hashCode();
  }

  /**
   * Describes the settings, for example {@code CapeDeadlines[DAY_80_INCLUSIVE,
   * UsFederalHolidays[5 U.S.C. 6103, 2020-01-01 to 2040-12-31]]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "CapeDeadlines[" + capeWindowEnd + ", " + calendar + "]";
  }
}
