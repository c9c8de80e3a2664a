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
package org.caperules.testkit;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryNumber;
import org.caperules.core.EntryType;
import org.caperules.core.HeadingRule;
import org.caperules.core.HtsNumber;
import org.caperules.core.IeepaHeadings;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.date.CapeDeadlines;
import org.caperules.core.date.CapeWindowEnd;
import org.caperules.core.date.HolidayCalendar;
import org.caperules.core.eligibility.CapePolicies;
import org.caperules.core.eligibility.CapePolicy;
import org.caperules.core.eligibility.Verdict;
import org.caperules.core.rule.ReasonCode;
import org.caperules.testkit.BoundaryCase.Side;

/**
 * The boundary catalogue of a policy on an as-of date: entries that sit one day before, on and
 * one day after each rule boundary, with the verdicts the CAPE rules give them, so that a suite
 * can assert the exact edge.
 *
 * <p>The expected answers are derived here from the rules' documented definitions, not from the
 * engine: day counts from the {@link CapeDeadlines} constants and the policy's
 * {@link CapeWindowEnd} setting, protest rolls from the policy's holiday calendar, switch dates
 * from the built-in policies' effective dates. The cases:
 *
 * <ul>
 *   <li>{@link Boundary#CAPE_WINDOW_END}: entries liquidated so that the as-of date is day 79,
 *       80 and 81 after liquidation (78, 79 and 80 with {@code DAY_80_EXCLUSIVE}): ELIGIBLE,
 *       ELIGIBLE, NOT_ELIGIBLE [LIQUIDATION_WINDOW_PASSED]. For Mon 2026-07-13: liquidated
 *       2026-04-25, 2026-04-24 and 2026-04-23.
 *   <li>{@link Boundary#PROTEST_LAST_DAY}: the latest liquidation date whose protest last day is
 *       after the as-of date, every liquidation date whose protest last day is the as-of date
 *       (one per day rolled onto it by a weekend or holiday), and the next earlier one, whose
 *       protest last day has passed: LIQUIDATION_WINDOW_PASSED, LIQUIDATION_WINDOW_PASSED,
 *       LIQUIDATION_FINAL. An as-of date that is not a business day has no ON case: a protest
 *       last day is always a business day.
 *   <li>{@link Boundary#AS_OF_DATE}: entries liquidated the day before, on and the day after
 *       the as-of date: ELIGIBLE (day 1), ELIGIBLE (day 0), NEEDS_REVIEW [DATE_AFTER_AS_OF].
 *   <li>{@link Boundary#ENTRY_DATE}: entries liquidated 10 days before the as-of date and entered
 *       the day after, on and the day before that: liquidation BEFORE the entry date is
 *       NEEDS_REVIEW [LIQUIDATION_BEFORE_ENTRY], ON and AFTER are ELIGIBLE.
 *   <li>{@link Boundary#RECONCILIATION_SWITCH}, {@link Boundary#WAREHOUSE_SWITCH},
 *       {@link Boundary#CIT_PLAINTIFF_SWITCH}: when the policy has the setting (it accepts
 *       reconciliation-flagged entries, excludes types 21 and 22, or accepts finally liquidated
 *       entries of CIT plaintiffs), an entry assessed the day before, on and the day after the
 *       switch date, under the built-in policy in force on each of those days (as
 *       {@code CapeEngine.standard()} does; {@link BoundaryCase#policy()} names it). These cases
 *       have their own as-of dates.
 * </ul>
 *
 * <p>Example: {@code BoundaryCatalogue.of(CapePolicies.PHASE_1, LocalDate.of(2026, 7, 13))}
 * holds {@code cape-window-day-079}, {@code -080} and {@code -081} (liquidated 2026-04-25,
 * 2026-04-24 and 2026-04-23) and five protest cases: liquidated Thu 2026-01-15 (protest last day
 * Tue 2026-07-14, BEFORE); Wed 2026-01-14, Tue 2026-01-13 and Mon 2026-01-12 (day 180 on Mon
 * 2026-07-13, Sun 2026-07-12 and Sat 2026-07-11, each with protest last day Mon 2026-07-13, ON);
 * and Sun 2026-01-11 (protest last day Fri 2026-07-10, AFTER).
 *
 * <p>Exception handling: {@link #of(CapePolicy, LocalDate)} throws
 * {@link IllegalArgumentException} if a protest roll leaves the range of the policy's holiday
 * calendar (for the US federal calendar, 2020 to 2040).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BoundaryCatalogue {

  private static final HtsNumber RECIPROCAL = HtsNumber.of("99030125");
  private static final BigDecimal DUTY = new BigDecimal("100.00");
  private static final HeadingRule RECIPROCAL_RULE =
      IeepaHeadings.standard().rule(RECIPROCAL).orElseThrow();
  /** First and last entry dates of 9903.01.25, from the heading table. */
  private static final LocalDate RECIPROCAL_FIRST_DAY =
      Objects.requireNonNull(RECIPROCAL_RULE.effectiveFromInclusive(), "9903.01.25 from");
  private static final LocalDate RECIPROCAL_LAST_DAY =
      RECIPROCAL_RULE.effectiveToInclusive().orElseThrow();
  /** An unliquidated entry's entry date, inside the dates of 9903.01.25. */
  private static final LocalDate UNLIQUIDATED_ENTRY_DATE = LocalDate.of(2025, 6, 2);
  /** How far before a switch the protest last day of a CIT case lies: final with room to spare. */
  private static final int FINAL_MARGIN_DAYS = 30;
  /** More than any run of weekends and holidays; a guard on the protest scan. */
  private static final int MAX_SCAN_DAYS = 30;
  private static final String FILER = "CAT";
  /** The entry-date cases are liquidated this many days before the as-of date, in the window. */
  private static final int ENTRY_CASE_DAYS = 10;

  private BoundaryCatalogue() {}

  /**
   * Returns the boundary cases of a policy on an as-of date, in the order of the class
   * documentation: CAPE window (before, on, after), protest last day (before, on..., after),
   * as-of date and entry date (before, on, after), then the switches the policy has.
   *
   * @param policy  the policy; its settings choose the window end and the switch cases
   * @param asOf  the as-of date of the window and protest cases
   * @return the cases, unmodifiable
   * @throws IllegalArgumentException if a protest roll leaves the range of the policy's holiday
   *     calendar
   */
  public static List<BoundaryCase> of(CapePolicy policy, LocalDate asOf) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(asOf, "asOf");
    Cases cases = new Cases();
    capeWindow(cases, policy, asOf);
    protestLastDay(cases, policy, asOf);
    asOfDate(cases, policy, asOf);
    entryDate(cases, policy, asOf);
    if (policy.settings().reconciliationFlaggedAccepted()) {
      reconciliationSwitch(cases);
    }
    if (policy.settings().warehouseEntriesExcluded()) {
      warehouseSwitch(cases);
    }
    if (policy.settings().finallyLiquidatedAcceptedForCitPlaintiffs()) {
      citPlaintiffSwitch(cases);
    }
    return List.copyOf(cases.list);
  }

  private static void capeWindow(Cases cases, CapePolicy policy, LocalDate asOf) {
    CapeWindowEnd end = policy.settings().capeWindowEnd();
    // CAPE last day = liquidation + 80 (day 80 inside) or + 79 (day 80 outside), not rolled.
    int lastDay = end == CapeWindowEnd.DAY_80_INCLUSIVE
        ? CapeDeadlines.CAPE_WINDOW_DAYS
        : CapeDeadlines.CAPE_WINDOW_DAYS - 1;
    for (Side side : Side.values()) {
      int day = switch (side) {
        case BEFORE -> lastDay - 1;
        case ON -> lastDay;
        case AFTER -> lastDay + 1;
      };
      LocalDate liquidated = asOf.minusDays(day);
      LocalDate capeLastDay = liquidated.plusDays(lastDay);
      boolean inside = side != Side.AFTER;
      Verdict verdict = inside ? Verdict.ELIGIBLE : Verdict.NOT_ELIGIBLE;
      List<ReasonCode> reasons =
          inside ? List.of() : List.of(ReasonCode.LIQUIDATION_WINDOW_PASSED);
      String why = "Liquidated " + weekday(liquidated) + "; CAPE last day = liquidation + "
          + lastDay + " = " + weekday(capeLastDay) + " (" + end + ", not rolled); as of "
          + weekday(asOf) + " it is day " + day + ", " + describe(side, "last day") + ": "
          + verdict + " " + reasons;
      cases.add(String.format(Locale.ROOT, "cape-window-day-%03d", day),
          Boundary.CAPE_WINDOW_END, side, capeLastDay, liquidatedEntry(cases, liquidated, false),
          asOf, policy, verdict, reasons, why);
    }
  }

  private static void protestLastDay(Cases cases, CapePolicy policy, LocalDate asOf) {
    HolidayCalendar calendar = policy.deadlines().calendar();
    // BEFORE: the earliest liquidation date whose protest last day is still after the as-of
    // date. Liquidated asOf - 179 has day 180 = asOf + 1, so it qualifies; walk back from it.
    LocalDate before = asOf.minusDays(CapeDeadlines.PROTEST_DAYS - 1);
    int guard = 0;
    while (protestLastDay(calendar, before.minusDays(1)).isAfter(asOf)) {
      before = before.minusDays(1);
      checkGuard(++guard, asOf);
    }
    addProtestCase(cases, policy, asOf, calendar, before, Side.BEFORE);
    // ON: every liquidation date whose protest last day is the as-of date, latest first.
    LocalDate liquidated = before.minusDays(1);
    while (protestLastDay(calendar, liquidated).equals(asOf)) {
      addProtestCase(cases, policy, asOf, calendar, liquidated, Side.ON);
      liquidated = liquidated.minusDays(1);
      checkGuard(++guard, asOf);
    }
    // AFTER: the next one back, whose protest last day has passed.
    addProtestCase(cases, policy, asOf, calendar, liquidated, Side.AFTER);
  }

  private static void addProtestCase(Cases cases, CapePolicy policy, LocalDate asOf,
      HolidayCalendar calendar, LocalDate liquidated, Side side) {
    LocalDate day180 = liquidated.plusDays(CapeDeadlines.PROTEST_DAYS);
    LocalDate lastDay = protestLastDay(calendar, liquidated);
    String roll = day180.equals(lastDay)
        ? " = protest last day, a business day"
        : ", " + (isWeekend(day180) ? "a weekend" : "a holiday") + ", rolled to "
            + weekday(lastDay) + " = protest last day";
    boolean passed = side == Side.AFTER;
    List<ReasonCode> reasons = List.of(passed
        ? ReasonCode.LIQUIDATION_FINAL
        : ReasonCode.LIQUIDATION_WINDOW_PASSED);
    String why = "Liquidated " + weekday(liquidated) + "; day " + CapeDeadlines.PROTEST_DAYS
        + " is " + weekday(day180) + roll + " (19 U.S.C. 1514(c)(3)); as of " + weekday(asOf)
        + " it is day " + ChronoUnit.DAYS.between(liquidated, asOf) + ", "
        + describe(side, "protest last day") + ": " + Verdict.NOT_ELIGIBLE + " " + reasons;
    cases.add("protest-last-day-" + side.name().toLowerCase(Locale.ROOT) + "-liquidated-"
            + liquidated, Boundary.PROTEST_LAST_DAY, side, lastDay,
        liquidatedEntry(cases, liquidated, false), asOf, policy, Verdict.NOT_ELIGIBLE, reasons,
        why);
  }

  private static void asOfDate(Cases cases, CapePolicy policy, LocalDate asOf) {
    for (Side side : Side.values()) {
      LocalDate liquidated = switchAsOf(asOf, side);
      boolean after = side == Side.AFTER;
      Verdict verdict = after ? Verdict.NEEDS_REVIEW : Verdict.ELIGIBLE;
      List<ReasonCode> reasons = after ? List.of(ReasonCode.DATE_AFTER_AS_OF) : List.of();
      String why = "Liquidated " + weekday(liquidated) + ", as of " + weekday(asOf) + ": "
          + describe(side, "as-of date") + " (" + Boundary.AS_OF_DATE.source() + "): "
          + verdict + " " + reasons;
      cases.add("as-of-date-" + side.name().toLowerCase(Locale.ROOT) + "-liquidated-"
              + liquidated, Boundary.AS_OF_DATE, side, asOf,
          liquidatedEntry(cases, liquidated, false), asOf, policy, verdict, reasons, why);
    }
  }

  private static void entryDate(Cases cases, CapePolicy policy, LocalDate asOf) {
    LocalDate liquidated = asOf.minusDays(ENTRY_CASE_DAYS);
    for (Side side : Side.values()) {
      // The side is the liquidation's side of the entry date.
      LocalDate entered = switch (side) {
        case BEFORE -> liquidated.plusDays(1);
        case ON -> liquidated;
        case AFTER -> liquidated.minusDays(1);
      };
      boolean before = side == Side.BEFORE;
      Verdict verdict = before ? Verdict.NEEDS_REVIEW : Verdict.ELIGIBLE;
      List<ReasonCode> reasons =
          before ? List.of(ReasonCode.LIQUIDATION_BEFORE_ENTRY) : List.of();
      String why = "Entered " + weekday(entered) + ", liquidated " + weekday(liquidated) + ", "
          + describe(side, "entry date") + " (" + Boundary.ENTRY_DATE.source() + "); as of "
          + weekday(asOf) + " it is day " + ENTRY_CASE_DAYS + ": " + verdict + " " + reasons;
      Entry entry = Entry.builder().from(liquidatedEntry(cases, liquidated, false))
          .entryDate(entered).build();
      cases.add("entry-date-" + side.name().toLowerCase(Locale.ROOT) + "-entered-" + entered,
          Boundary.ENTRY_DATE, side, entered, entry, asOf, policy, verdict, reasons, why);
    }
  }

  private static void reconciliationSwitch(Cases cases) {
    LocalDate switchDate = CapePolicies.PHASE_1_RECON.effectiveDate();
    for (Side side : Side.values()) {
      LocalDate asOf = switchAsOf(switchDate, side);
      Entry entry = unliquidatedEntry(cases, EntryType.TYPE_01).reconciliationFlagged(true)
          .build();
      boolean accepted = side != Side.BEFORE;
      Verdict verdict = accepted ? Verdict.ELIGIBLE : Verdict.NOT_ELIGIBLE;
      List<ReasonCode> reasons = accepted ? List.of() : List.of(ReasonCode.RECONCILIATION);
      String why = "Type 01 flagged for reconciliation, no type 09 filed, unliquidated; "
          + "accepted from " + weekday(switchDate) + " (" + Boundary.RECONCILIATION_SWITCH.source()
          + "); as of " + weekday(asOf) + ", " + describe(side, "switch") + ": " + verdict + " "
          + reasons;
      addSwitchCase(cases, "reconciliation", Boundary.RECONCILIATION_SWITCH, side, switchDate,
          entry, asOf, verdict, reasons, why);
    }
  }

  private static void warehouseSwitch(Cases cases) {
    LocalDate switchDate = CapePolicies.WAREHOUSE_21_22_EXCLUDED.effectiveDate();
    for (Side side : Side.values()) {
      LocalDate asOf = switchAsOf(switchDate, side);
      Entry entry = unliquidatedEntry(cases, EntryType.TYPE_21).build();
      boolean excluded = side != Side.BEFORE;
      Verdict verdict = excluded ? Verdict.NOT_ELIGIBLE : Verdict.ELIGIBLE_DEFERRED;
      List<ReasonCode> reasons =
          excluded ? List.of(ReasonCode.ENTRY_TYPE_NOT_ALLOWED) : List.of();
      String why = "Type 21 (warehouse), unliquidated: accepted with the refund at liquidation,"
          + " rejected from " + weekday(switchDate) + " (" + Boundary.WAREHOUSE_SWITCH.source()
          + "); as of " + weekday(asOf) + ", " + describe(side, "switch") + ": " + verdict + " "
          + reasons;
      addSwitchCase(cases, "warehouse", Boundary.WAREHOUSE_SWITCH, side, switchDate, entry, asOf,
          verdict, reasons, why);
    }
  }

  private static void citPlaintiffSwitch(Cases cases) {
    LocalDate switchDate = CapePolicies.PHASE_3_LITIGANTS.effectiveDate();
    LocalDate liquidated =
        switchDate.minusDays(CapeDeadlines.PROTEST_DAYS + FINAL_MARGIN_DAYS);
    for (Side side : Side.values()) {
      LocalDate asOf = switchAsOf(switchDate, side);
      Entry entry = liquidatedEntry(cases, liquidated, true);
      boolean accepted = side != Side.BEFORE;
      Verdict verdict = accepted ? Verdict.ELIGIBLE : Verdict.NOT_ELIGIBLE;
      List<ReasonCode> reasons = accepted ? List.of() : List.of(ReasonCode.LIQUIDATION_FINAL);
      String why = "Liquidated " + weekday(liquidated) + ", protest last day passed (liquidation"
          + " + " + CapeDeadlines.PROTEST_DAYS + " + " + FINAL_MARGIN_DAYS + " days is the switch"
          + " date), importer a CIT plaintiff; accepted from " + weekday(switchDate) + " ("
          + Boundary.CIT_PLAINTIFF_SWITCH.source() + "); as of " + weekday(asOf) + ", "
          + describe(side, "switch") + ": " + verdict + " " + reasons;
      addSwitchCase(cases, "cit-plaintiff", Boundary.CIT_PLAINTIFF_SWITCH, side, switchDate,
          entry, asOf, verdict, reasons, why);
    }
  }

  private static void addSwitchCase(Cases cases, String name, Boundary boundary, Side side,
      LocalDate switchDate, Entry entry, LocalDate asOf, Verdict verdict,
      List<ReasonCode> reasons, String why) {
    cases.add(name + "-switch-as-of-" + asOf, boundary, side, switchDate, entry, asOf,
        CapePolicies.standard().inForceOn(asOf), verdict, reasons, why);
  }

  private static LocalDate switchAsOf(LocalDate switchDate, Side side) {
    return switch (side) {
      case BEFORE -> switchDate.minusDays(1);
      case ON -> switchDate;
      case AFTER -> switchDate.plusDays(1);
    };
  }

  /** Liquidation + 180 calendar days, rolled to the next business day (19 U.S.C. 1514(c)(3)). */
  private static LocalDate protestLastDay(HolidayCalendar calendar, LocalDate liquidated) {
    return calendar.nextOrSame(liquidated.plusDays(CapeDeadlines.PROTEST_DAYS));
  }

  private static void checkGuard(int steps, LocalDate asOf) {
    if (steps > MAX_SCAN_DAYS) {
      throw new IllegalStateException("No protest boundary found within " + MAX_SCAN_DAYS
          + " days of " + asOf + ": the holiday calendar closes too many days in a row");
    }
  }

  private static Entry liquidatedEntry(Cases cases, LocalDate liquidated, boolean citPlaintiff) {
    // Entered about 314 days before liquidation, within the dates of 9903.01.25.
    LocalDate entered = liquidated.minusDays(CapeDeadlines.TYPICAL_LIQUIDATION_DAYS);
    if (entered.isBefore(RECIPROCAL_FIRST_DAY)) {
      entered = RECIPROCAL_FIRST_DAY;
    }
    if (entered.isAfter(RECIPROCAL_LAST_DAY)) {
      entered = RECIPROCAL_LAST_DAY;
    }
    if (!entered.isBefore(liquidated)) {
      entered = liquidated.minusDays(1);
    }
    return Entry.builder()
        .entryNumber(cases.nextEntryNumber())
        .entryType(EntryType.TYPE_01)
        .entryDate(entered)
        .liquidationStatus(LiquidationStatus.LIQUIDATED)
        .liquidationDate(liquidated)
        .addDutyLines(DutyLine.of(RECIPROCAL, DUTY))
        .citPlaintiff(citPlaintiff)
        .build();
  }

  private static Entry.Builder unliquidatedEntry(Cases cases, EntryType type) {
    return Entry.builder()
        .entryNumber(cases.nextEntryNumber())
        .entryType(type)
        .entryDate(UNLIQUIDATED_ENTRY_DATE)
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED)
        .addDutyLines(DutyLine.of(RECIPROCAL, DUTY));
  }

  private static String describe(Side side, String boundary) {
    return switch (side) {
      case BEFORE -> "before the " + boundary;
      case ON -> "on the " + boundary;
      case AFTER -> "after the " + boundary;
    };
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /** The date with its weekday, for example {@code Fri 2026-04-24}. */
  static String weekday(LocalDate date) {
    String name = date.getDayOfWeek().name();
    return name.charAt(0) + name.substring(1, 3).toLowerCase(Locale.ROOT) + " " + date;
  }

  /** The cases so far and the serial of the next entry number (CAT0000001, CAT0000002, ...). */
  private static final class Cases {
    private final List<BoundaryCase> list = new ArrayList<>();
    private int serial;

    EntryNumber nextEntryNumber() {
      serial++;
      String base = FILER + String.format(Locale.ROOT, "%07d", serial);
      return EntryNumber.of(base + EntryNumber.checkDigit(base));
    }

    void add(String id, Boundary boundary, Side side, LocalDate boundaryDate, Entry entry,
        LocalDate asOf, CapePolicy policy, Verdict verdict, List<ReasonCode> reasons,
        String why) {
      list.add(BoundaryCase.builder().id(id).boundary(boundary).side(side)
          .boundaryDate(boundaryDate).entry(entry).asOf(asOf).policy(policy)
          .expectedVerdict(verdict).expectedReasons(reasons).why(why).build());
    }
  }
}
