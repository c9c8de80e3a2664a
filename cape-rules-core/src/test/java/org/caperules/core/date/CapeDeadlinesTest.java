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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapeDeadlinesTest {

  private static final CapeDeadlines STANDARD = CapeDeadlines.standard();
  private static final CapeDeadlines EXCLUSIVE =
      CapeDeadlines.of(UsFederalHolidays.standard(), CapeWindowEnd.DAY_80_EXCLUSIVE);

  /** Weekends only, no holidays: shows which deadlines depend on the calendar. */
  private static final HolidayCalendar WEEKENDS = date ->
      date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;

  private static final LocalDate THU_2025_12_25 = LocalDate.of(2025, 12, 25);
  private static final LocalDate FRI_2026_01_30 = LocalDate.of(2026, 1, 30);
  private static final LocalDate SAT_2026_01_31 = LocalDate.of(2026, 1, 31);
  private static final LocalDate SUN_2026_04_19 = LocalDate.of(2026, 4, 19);
  private static final LocalDate MON_2026_04_20 = LocalDate.of(2026, 4, 20);
  private static final LocalDate FRI_2026_04_24 = LocalDate.of(2026, 4, 24);
  private static final LocalDate MON_2026_07_06 = LocalDate.of(2026, 7, 6);
  private static final LocalDate SUN_2026_07_12 = LocalDate.of(2026, 7, 12);
  private static final LocalDate MON_2026_07_13 = LocalDate.of(2026, 7, 13);
  private static final LocalDate TUE_2026_07_14 = LocalDate.of(2026, 7, 14);
  private static final LocalDate FRI_2026_05_15 = LocalDate.of(2026, 5, 15);
  private static final LocalDate WED_2026_11_11 = LocalDate.of(2026, 11, 11);
  private static final LocalDate THU_2026_11_12 = LocalDate.of(2026, 11, 12);
  private static final LocalDate MON_2025_03_10 = LocalDate.of(2025, 3, 10);

  // ---- a broker's timeline and the worked examples of docs/deadlines.md -------------------------

  /** A customs broker's ACE Portal guide (May 2026): "liquidation cycle ~Dec 25, 2025. 90-day
   *  reliquidation window ends March 25, 2026. Finality of liquidation: June 23, 2026." (Tue: no
   *  roll.) */
  @Test
  void seedTimeline_liquidated20251225_reliquidationEndsMarch25FinalJune23() {
    assertThat(STANDARD.voluntaryReliquidationLastDayInclusive(THU_2025_12_25))
        .isEqualTo(LocalDate.of(2026, 3, 25));
    assertThat(STANDARD.protestLastDayInclusive(THU_2025_12_25))
        .isEqualTo(LocalDate.of(2026, 6, 23));
  }

  /** CAPE launch Mon 2026-04-20 - 80 days = Fri 2026-01-30 (docs/decisions.md#day-80). */
  @Test
  void capeLastDay_launchDayMinus80_isJanuary30() {
    assertThat(STANDARD.capeLastDayInclusive(FRI_2026_01_30)).isEqualTo(MON_2026_04_20);
    // Exclusive reading ("liquidated after January 30"): Jan 30 is out on launch day, Jan 31 in.
    assertThat(EXCLUSIVE.capeLastDayInclusive(FRI_2026_01_30)).isEqualTo(SUN_2026_04_19);
    assertThat(EXCLUSIVE.capeLastDayInclusive(SAT_2026_01_31)).isEqualTo(MON_2026_04_20);
  }

  /** docs/deadlines.md#cape-last-day: "CAPE: liquidation + 80 calendar days, no roll: Fri
   *  2026-04-24 → Mon 2026-07-13". */
  @Test
  void capeLastDay_styleGuideExample_inclusiveAndExclusive() {
    assertThat(STANDARD.capeLastDayInclusive(FRI_2026_04_24)).isEqualTo(MON_2026_07_13);
    // Day 79 is a Sunday and is not rolled.
    assertThat(EXCLUSIVE.capeLastDayInclusive(FRI_2026_04_24)).isEqualTo(SUN_2026_07_12);
  }

  /** docs/deadlines.md#protest-last-day: "Liquidated Fri 2026-05-15 → day 180 is Wed 2026-11-11
   *  (Veterans Day) → Thu 2026-11-12". */
  @Test
  void protestLastDay_styleGuideExample_veteransDayRollsToThursday() {
    assertThat(FRI_2026_05_15.plusDays(CapeDeadlines.PROTEST_DAYS)).isEqualTo(WED_2026_11_11);
    assertThat(STANDARD.protestLastDayInclusive(FRI_2026_05_15)).isEqualTo(THU_2026_11_12);
    // A calendar without holidays does not roll it.
    assertThat(CapeDeadlines.of(WEEKENDS, CapeWindowEnd.DAY_80_INCLUSIVE)
        .protestLastDayInclusive(FRI_2026_05_15)).isEqualTo(WED_2026_11_11);
  }

  /**
   * Golden table; each date counted by hand, month by month from day 0.
   * <ul>
   *   <li>Mon 2026-05-18 + 180: May 31 = 13, Jun 30 = 43, Jul 31 = 74, Aug 31 = 105, Sep 30 =
   *       135, Oct 31 = 166, Nov 14 = 180, a Saturday &rarr; Mon 2026-11-16.
   *   <li>Mon 2026-03-09 + 180: Mar 31 = 22, Apr 30 = 52, May 31 = 83, Jun 30 = 113, Jul 31 =
   *       144, Aug 31 = 175, Sep 5 = 180, a Saturday; Sun 6; Mon 7 is Labor Day &rarr; Tue
   *       2026-09-08.
   *   <li>Fri 2026-04-24 + 90: Apr 30 = 6, May 31 = 37, Jun 30 = 67, Jul 23 = 90 (Thu); + 180:
   *       Jul 31 = 98, Aug 31 = 129, Sep 30 = 159, Oct 21 = 180 (Wed, no roll).
   *   <li>Thu 2025-12-25 + 80: Dec 31 = 6, Jan 31 = 37, Feb 28 = 65, Mar 15 = 80 (Sun, no roll).
   * </ul>
   */
  @ParameterizedTest(name = "{4}")
  @CsvSource(delimiter = '|', textBlock = """
      # liquidated | cape last day | reliquidation end | protest last day | note
      2026-05-18   | 2026-08-06    | 2026-08-16        | 2026-11-16       | day 180 Sat 11-14 rolls over the weekend to Mon
      2026-03-09   | 2026-05-28    | 2026-06-07        | 2026-09-08       | day 180 Sat 09-05 rolls over weekend and Labor Day to Tue
      2026-04-24   | 2026-07-13    | 2026-07-23        | 2026-10-21       | docs CAPE example; protest day 180 a Wednesday
      2025-12-25   | 2026-03-15    | 2026-03-25        | 2026-06-23       | broker timeline; CAPE day 80 a Sunday, not rolled
      2026-05-15   | 2026-08-03    | 2026-08-13        | 2026-11-12       | docs protest example (Veterans Day)
      """)
  void liquidationDeadlines_goldenTable(LocalDate liquidated, LocalDate capeLastDay,
      LocalDate reliquidationEnd, LocalDate protestLastDay, String note) {
    assertThat(STANDARD.capeLastDayInclusive(liquidated)).as(note).isEqualTo(capeLastDay);
    assertThat(STANDARD.voluntaryReliquidationLastDayInclusive(liquidated)).as(note)
        .isEqualTo(reliquidationEnd);
    assertThat(STANDARD.protestLastDayInclusive(liquidated)).as(note).isEqualTo(protestLastDay);
  }

  /**
   * Entry-date deadlines, counted by hand.
   * <ul>
   *   <li>Mon 2025-03-10 is day 69 of 2025 (31 + 28 + 10), so 296 days remain to Dec 31 and
   *       + 314 is Jan 18 (314 - 296 = 18). + 494 is that + 180: Jan 31 = 13, Feb 28 = 41, Mar 31
   *       = 72, Apr 30 = 102, May 31 = 133, Jun 30 = 163, Jul 17 = 180. + 1 year: 2026-03-10.
   *   <li>Thu 2024-02-29 is day 60 of leap year 2024 (31 + 29), so 306 days remain and + 314 is
   *       2025-01-08; + 180 more: Jan 31 = 23, Feb 28 = 51, Mar 31 = 82, Apr 30 = 112, May 31 =
   *       143, Jun 30 = 173, Jul 7 = 180. + 1 year has no 29 February: Fri 2025-02-28.
   * </ul>
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # entered  | projected liquidation | protest horizon | deemed liquidation
      2025-03-10 | 2026-01-18            | 2026-07-17      | 2026-03-10
      2024-02-29 | 2025-01-08            | 2025-07-07      | 2025-02-28
      """)
  void entryDeadlines_goldenTable(LocalDate entered, LocalDate projected, LocalDate horizon,
      LocalDate deemed) {
    assertThat(STANDARD.projectedLiquidation(entered)).isEqualTo(projected);
    assertThat(STANDARD.protestHorizon(entered)).isEqualTo(horizon);
    assertThat(STANDARD.deemedLiquidation(entered)).isEqualTo(deemed);
  }

  /** Accepted Mon 2026-04-20 + 45: 10 days to Apr 30, 31 in May (41), Jun 4 = 45 (Thu). */
  @Test
  void capeLiquidation_acceptedLaunchDay_liquidatesJune4() {
    assertThat(STANDARD.capeLiquidation(MON_2026_04_20)).isEqualTo(LocalDate.of(2026, 6, 4));
  }

  @Test
  void constants_matchSources() {
    assertThat(CapeDeadlines.CAPE_WINDOW_DAYS).isEqualTo(80);
    assertThat(CapeDeadlines.VOLUNTARY_RELIQUIDATION_DAYS).isEqualTo(90);
    assertThat(CapeDeadlines.PROTEST_DAYS).isEqualTo(180);
    assertThat(CapeDeadlines.TYPICAL_LIQUIDATION_DAYS).isEqualTo(314);
    assertThat(CapeDeadlines.PROTEST_HORIZON_DAYS).isEqualTo(494);
    assertThat(CapeDeadlines.DEEMED_LIQUIDATION_YEARS).isEqualTo(1);
    assertThat(CapeDeadlines.CAPE_LIQUIDATION_DAYS).isEqualTo(45);
    assertThat(CapeWindowEnd.DAY_80_INCLUSIVE.lastDayOffset()).isEqualTo(80);
    assertThat(CapeWindowEnd.DAY_80_EXCLUSIVE.lastDayOffset()).isEqualTo(79);
  }

  // ---- settings ---------------------------------------------------------------------------------

  @Test
  void standard_federalCalendarAndDay80Inclusive() {
    assertThat(STANDARD.calendar()).isSameAs(UsFederalHolidays.standard());
    assertThat(STANDARD.capeWindowEnd()).isEqualTo(CapeWindowEnd.DAY_80_INCLUSIVE);
    assertThat(CapeDeadlines.of(UsFederalHolidays.standard(), CapeWindowEnd.DAY_80_INCLUSIVE))
        .isEqualTo(STANDARD).hasSameHashCodeAs(STANDARD);
    assertThat(EXCLUSIVE).isNotEqualTo(STANDARD).isNotEqualTo("x");
    assertThat(CapeDeadlines.of(UsFederalHolidays.standard().withInaugurationDay(),
        CapeWindowEnd.DAY_80_INCLUSIVE)).isNotEqualTo(STANDARD);
    assertThat(STANDARD).hasToString("CapeDeadlines[DAY_80_INCLUSIVE, UsFederalHolidays[5 U.S.C."
        + " 6103, 2020-01-01 to 2040-12-31]]");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void of_nulls_throwNpeNamingParameter() {
    assertThatNullPointerException()
        .isThrownBy(() -> CapeDeadlines.of(null, CapeWindowEnd.DAY_80_INCLUSIVE))
        .withMessage("calendar");
    assertThatNullPointerException()
        .isThrownBy(() -> CapeDeadlines.of(WEEKENDS, null))
        .withMessage("capeWindowEnd");
  }

  @Test
  void protestLastDay_rollLeavesSupportedRange_throwsNamingDate() {
    // Mon 2040-07-09 + 180: Jul 31 = 22, Aug 31 = 53, Sep 30 = 83, Oct 31 = 114, Nov 30 = 144,
    // Dec 31 = 175, Jan 5 2041 = 180: beyond 2040-12-31.
    assertThatIllegalArgumentException()
        .isThrownBy(() -> STANDARD.protestLastDayInclusive(LocalDate.of(2040, 7, 9)))
        .withMessage("Date 2041-01-05 is outside the supported range of the US federal holiday"
            + " calendar, 2020-01-01 to 2040-12-31 inclusive");
  }

  // ---- forEntry and EntryDeadlines ----------------------------------------------------------------

  @Test
  void forEntry_liquidatedOnly_liquidationDeadlinesInOrder() {
    EntryDeadlines deadlines = STANDARD.forEntry(FRI_2026_04_24, null);
    assertThat(deadlines).hasToString("CAPE_LAST_DAY=2026-07-13,"
        + " VOLUNTARY_RELIQUIDATION_END=2026-07-23, PROTEST_LAST_DAY=2026-10-21");
    assertThat(deadlines.asMap()).containsOnlyKeys(Deadline.CAPE_LAST_DAY,
        Deadline.VOLUNTARY_RELIQUIDATION_END, Deadline.PROTEST_LAST_DAY);
    assertThat(deadlines.capeLastDay()).contains(MON_2026_07_13);
    assertThat(deadlines.voluntaryReliquidationEnd()).contains(LocalDate.of(2026, 7, 23));
    assertThat(deadlines.protestLastDay()).contains(LocalDate.of(2026, 10, 21));
    assertThat(deadlines.projectedLiquidation()).isEmpty();
    assertThat(deadlines.protestHorizon()).isEmpty();
    assertThat(deadlines.deemedLiquidation()).isEmpty();
    assertThat(deadlines.liquidationDate()).contains(FRI_2026_04_24);
    assertThat(deadlines.entryDate()).isEmpty();
  }

  @Test
  void forEntry_bothAnchors_allSixInDeadlineOrder() {
    EntryDeadlines deadlines = STANDARD.forEntry(FRI_2026_04_24, MON_2025_03_10);
    assertThat(deadlines.asMap().keySet()).containsExactly(Deadline.values());
    assertThat(deadlines).hasToString("CAPE_LAST_DAY=2026-07-13,"
        + " VOLUNTARY_RELIQUIDATION_END=2026-07-23, PROTEST_LAST_DAY=2026-10-21,"
        + " PROJECTED_LIQUIDATION=2026-01-18, PROTEST_HORIZON=2026-07-17,"
        + " DEEMED_LIQUIDATION=2026-03-10");
    assertThat(deadlines.projectedLiquidation()).contains(LocalDate.of(2026, 1, 18));
    assertThat(deadlines.protestHorizon()).contains(LocalDate.of(2026, 7, 17));
    assertThat(deadlines.deemedLiquidation()).contains(LocalDate.of(2026, 3, 10));
    assertThat(deadlines.entryDate()).contains(MON_2025_03_10);
    assertThat(deadlines).isEqualTo(STANDARD.forEntry(FRI_2026_04_24, MON_2025_03_10))
        .hasSameHashCodeAs(STANDARD.forEntry(FRI_2026_04_24, MON_2025_03_10))
        .isNotEqualTo(STANDARD.forEntry(FRI_2026_04_24, null))
        .isNotEqualTo(STANDARD.forEntry(null, MON_2025_03_10))
        .isNotEqualTo(EXCLUSIVE.forEntry(FRI_2026_04_24, MON_2025_03_10))
        .isNotEqualTo("x");
  }

  @Test
  void forEntry_entryDateOnly_entryDeadlinesOnly() {
    EntryDeadlines deadlines = STANDARD.forEntry(null, MON_2025_03_10);
    assertThat(deadlines.asMap().keySet()).containsExactly(Deadline.PROJECTED_LIQUIDATION,
        Deadline.PROTEST_HORIZON, Deadline.DEEMED_LIQUIDATION);
    assertThat(deadlines.capeLastDay()).isEmpty();
    assertThat(deadlines.liquidationDate()).isEmpty();
  }

  @Test
  void forEntry_noAnchors_emptyAndToStringNone() {
    EntryDeadlines deadlines = STANDARD.forEntry(null, null);
    assertThat(deadlines.asMap()).isEmpty();
    assertThat(deadlines).hasToString("none");
    assertThat(deadlines.get(Deadline.CAPE_LAST_DAY)).isEmpty();
    assertThat(deadlines.daysRemaining(Deadline.CAPE_LAST_DAY, MON_2026_07_06)).isEmpty();
  }

  @Test
  void asMap_unmodifiable() {
    EntryDeadlines deadlines = STANDARD.forEntry(FRI_2026_04_24, null);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> deadlines.asMap().put(Deadline.PROTEST_HORIZON, MON_2026_07_06))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest(name = "as of {0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # asOf     | days remaining to CAPE last day Mon 2026-07-13
      2026-07-06 | 7
      2026-07-12 | 1
      2026-07-13 | 0
      2026-07-14 | -1
      2026-04-24 | 80
      """)
  void daysRemaining_capeLastDay_countsCalendarDays(LocalDate asOf, long expected) {
    EntryDeadlines deadlines = STANDARD.forEntry(FRI_2026_04_24, null);
    assertThat(deadlines.daysRemaining(Deadline.CAPE_LAST_DAY, asOf)).hasValue(expected);
  }

  @Test
  void daysRemaining_absentDeadline_empty() {
    EntryDeadlines deadlines = STANDARD.forEntry(FRI_2026_04_24, null);
    assertThat(deadlines.daysRemaining(Deadline.PROTEST_HORIZON, TUE_2026_07_14)).isEmpty();
    assertThat(deadlines.daysRemaining(Deadline.PROTEST_LAST_DAY, TUE_2026_07_14))
        .hasValue(99); // Jul 14 -> Oct 21: 17 + 31 + 30 + 21 = 99
  }

  // ---- Deadline ---------------------------------------------------------------------------------

  @Test
  void deadline_descriptionSourceAndAnchor() {
    assertThat(Deadline.PROTEST_LAST_DAY.description()).isEqualTo("Last day to file a protest:"
        + " liquidation + 180 days, rolled forward to the next business day");
    assertThat(Deadline.VOLUNTARY_RELIQUIDATION_END.source()).isEqualTo("19 U.S.C. 1501"
        + " (\"within ninety days from the date of the original liquidation\")");
    assertThat(Deadline.DEEMED_LIQUIDATION.source()).startsWith("19 U.S.C. 1504(a)");
    assertThat(Deadline.CAPE_LAST_DAY.anchor()).isEqualTo(Deadline.Anchor.LIQUIDATION);
    assertThat(Deadline.PROTEST_HORIZON.anchor()).isEqualTo(Deadline.Anchor.ENTRY);
  }

  /** Each description states the day count held in the constant, so the two cannot drift. */
  @Test
  void deadline_descriptionsQuoteTheConstants() {
    assertThat(Deadline.CAPE_LAST_DAY.description())
        .contains("+ " + CapeDeadlines.CAPE_WINDOW_DAYS + " ");
    assertThat(Deadline.VOLUNTARY_RELIQUIDATION_END.description())
        .contains("+ " + CapeDeadlines.VOLUNTARY_RELIQUIDATION_DAYS + " ");
    assertThat(Deadline.PROTEST_LAST_DAY.description())
        .contains("+ " + CapeDeadlines.PROTEST_DAYS + " ");
    assertThat(Deadline.PROJECTED_LIQUIDATION.description())
        .contains("+ " + CapeDeadlines.TYPICAL_LIQUIDATION_DAYS + " ");
    assertThat(Deadline.PROTEST_HORIZON.description())
        .contains("+ " + CapeDeadlines.PROTEST_HORIZON_DAYS + " ");
    assertThat(Deadline.DEEMED_LIQUIDATION.description())
        .contains("+ " + CapeDeadlines.DEEMED_LIQUIDATION_YEARS + " year");
    for (Deadline deadline : Deadline.values()) {
      assertThat(deadline.source()).as("source of %s", deadline).isNotBlank();
    }
  }

  /**
   * {@code cape-rules deadlines} prints each source: a CSMS bulletin, a statute or CBP practice,
   * never a notes file a user does not have.
   */
  @Test
  void deadline_sourcesNameCbpOrStatuteNotNotes() {
    assertThat(Deadline.CAPE_LAST_DAY.source()).startsWith("CSMS #68315804 and #68340863");
    assertThat(Deadline.PROTEST_LAST_DAY.source()).startsWith("19 U.S.C. 1514(c)(3)");
    assertThat(Deadline.PROJECTED_LIQUIDATION.source()).startsWith("CBP practice");
    assertThat(Deadline.PROTEST_HORIZON.source()).contains("no source states it");
    for (Deadline deadline : Deadline.values()) {
      assertThat(deadline.source()).as("source of %s", deadline).doesNotContain(".md", "§");
    }
  }

  // ---- exhaustive properties over every day 2025-2030 --------------------------------------------

  @Test
  void everyLiquidationDay2025to2030_deadlinesOrderedAndProtestOnBusinessDay() {
    HolidayCalendar federal = STANDARD.calendar();
    for (LocalDate liq = LocalDate.of(2025, 1, 1); liq.isBefore(LocalDate.of(2031, 1, 1));
        liq = liq.plusDays(1)) {
      LocalDate cape = STANDARD.capeLastDayInclusive(liq);
      LocalDate capeExclusive = EXCLUSIVE.capeLastDayInclusive(liq);
      LocalDate reliq = STANDARD.voluntaryReliquidationLastDayInclusive(liq);
      LocalDate protest = STANDARD.protestLastDayInclusive(liq);
      LocalDate day180 = liq.plusDays(CapeDeadlines.PROTEST_DAYS);

      assertThat(cape).as("cape(%s)", liq).isAfterOrEqualTo(liq);
      assertThat(ChronoUnit.DAYS.between(capeExclusive, cape)).as("exclusive(%s)", liq)
          .isEqualTo(1);
      assertThat(cape).as("cape < reliquidation end (%s)", liq).isBefore(reliq);
      assertThat(reliq).as("reliquidation end < protest (%s)", liq).isBefore(protest);
      assertThat(protest).as("protest(%s) within 4 days of day 180", liq)
          .isBetween(day180, day180.plusDays(4));
      assertThat(federal.isBusinessDay(protest)).as("protest(%s) = %s business day", liq, protest)
          .isTrue();
      assertThat(federal.nextOrSame(protest)).as("roll idempotent at %s", liq).isEqualTo(protest);
      if (federal.isBusinessDay(day180)) {
        assertThat(protest).as("no roll on business day 180 (%s)", liq).isEqualTo(day180);
      }

      EntryDeadlines deadlines = STANDARD.forEntry(liq, liq);
      assertThat(deadlines.asMap()).as("forEntry(%s)", liq).hasSize(Deadline.values().length);
      for (Deadline deadline : Deadline.values()) {
        LocalDate date = deadlines.get(deadline).orElseThrow();
        assertThat(date).as("%s(%s) >= anchor", deadline, liq).isAfterOrEqualTo(liq);
        assertThat(deadlines.daysRemaining(deadline, date)).as("%s(%s) on the day", deadline, liq)
            .hasValue(0);
      }
      assertThat(deadlines.daysRemaining(Deadline.CAPE_LAST_DAY, liq)).as("day 0 %s", liq)
          .hasValue(CapeDeadlines.CAPE_WINDOW_DAYS);
      assertThat(deadlines.capeLastDay()).as("capeLastDay(%s)", liq).contains(cape);
      assertThat(deadlines.protestLastDay()).as("protestLastDay(%s)", liq).contains(protest);
    }
  }

  @Test
  void everyEntryDay2025to2030_entryDeadlinesOrdered() {
    for (LocalDate entered = LocalDate.of(2025, 1, 1); entered.isBefore(LocalDate.of(2031, 1, 1));
        entered = entered.plusDays(1)) {
      LocalDate deemed = STANDARD.deemedLiquidation(entered);
      LocalDate projected = STANDARD.projectedLiquidation(entered);
      LocalDate horizon = STANDARD.protestHorizon(entered);
      LocalDate capeLiquidation = STANDARD.capeLiquidation(entered);
      // One year is 365 or 366 days (365 when 29 February is clamped to 28 February).
      assertThat(ChronoUnit.DAYS.between(entered, deemed)).as("deemed(%s)", entered)
          .isBetween(365L, 366L);
      assertThat(projected).as("projected(%s) before deemed", entered).isBefore(deemed);
      assertThat(ChronoUnit.DAYS.between(projected, horizon)).as("horizon(%s)", entered)
          .isEqualTo(CapeDeadlines.PROTEST_DAYS);
      assertThat(capeLiquidation).as("capeLiquidation(%s)", entered).isAfter(entered)
          .isBefore(projected);
    }
  }
}
