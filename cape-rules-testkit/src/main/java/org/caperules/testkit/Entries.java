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

import static org.caperules.testkit.DutyLines.IEEPA_FIRST_DAY;
import static org.caperules.testkit.DutyLines.IEEPA_LAST_DAY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntrySummaryStatus;
import org.caperules.core.EntryType;
import org.caperules.core.IeepaHeadings;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.ProtestStatus;
import org.caperules.core.date.CapeDeadlines;
import org.caperules.core.date.HolidayCalendar;
import org.caperules.core.date.UsFederalHolidays;

/**
 * A seeded generator of realistic entries relative to one as-of date: every entry type and
 * status through {@link Scenario}, IEEPA lines whose heading is effective on the entry date,
 * non-IEEPA Chapter 99 lines, and liquidation dates at chosen day distances from the as-of date.
 *
 * <p>Realistic means: entry dates in the IEEPA window (2025-02-04 to 2026-02-23, the dates of
 * the IEEPA rows of {@link IeepaHeadings#standard()}) and never after the as-of date; IEEPA lines
 * drawn from the heading table's IEEPA rows that are effective on the entry date (for example
 * 9903.01.20, China, only for entries of 2025-02-04 to 2025-03-03); non-IEEPA lines from its
 * Section 301 (9903.88), Section 232 (9903.80, 9903.81) and Section 122 (9903.03.01-.11, entries
 * from 2026-02-24) rows when effective; a commodity line on every entry; liquidation about
 * {@link CapeDeadlines#TYPICAL_LIQUIDATION_DAYS} days after entry.
 *
 * <p>Example:
 *
 * <pre>{@code
 * Entries entries = Entries.asOf(LocalDate.of(2026, 7, 13));
 * RandomGenerator random = new SplittableRandom(20260713L);
 * Entry day81 = entries.liquidatedDaysBefore(random, 81);   // liquidated 2026-04-23
 * Stream<Entry> pending = entries.stream(random, Scenario.PENDING_LIQUIDATION).limit(100);
 * }</pre>
 *
 * <p>Every value is drawn with {@link RandomGenerator#nextLong()} only, in a fixed order, so one
 * seed gives the same entries on any JDK.
 *
 * <p>Exception handling: the methods that place a liquidation date by the protest last day
 * ({@link Scenario#LIQUIDATED_FINAL}, {@link Scenario#CIT_PLAINTIFF_FINAL}) throw
 * {@link IllegalArgumentException} when the as-of date is so early or late that the dates leave
 * the range of {@link UsFederalHolidays} (2020-2040).
 *
 * <p>This class is immutable and thread-safe; the generators passed to it are not, and belong to
 * the caller.
 */
public final class Entries {

  private static final List<String> IMPORTER_NAMES = List.of(
      "Harbor Lane Imports LLC", "Blue Mesa Trading Co", "Northgate Home Goods Inc",
      "Cedar Point Outfitters", "Keystone Industrial Supply", "Pacific Rim Apparel LLC");
  private static final List<EntryType> CONSUMPTION_TYPES = types(
      "01", "01", "01", "01", "01", "01", "02", "03", "06", "07", "11");
  private static final List<EntryType> RECON_TYPES = types("01", "02", "06");
  private static final List<EntryType> WAREHOUSE_TYPES = types("21", "22");
  private static final List<EntryType> WITHDRAWAL_TYPES = types("31", "32", "34", "38");
  private static final List<EntryType> DRAWBACK_TYPES =
      types("41", "42", "43", "44", "45", "46", "47");
  private static final List<EntryType> ADCVD_TYPES = types("03", "07");
  private static final List<EntryType> ALL_TYPES = List.of(EntryType.values());
  private static final List<LiquidationStatus> ALL_STATUSES = List.of(LiquidationStatus.values());
  private static final List<LiquidationStatus> PENDING_STATUSES = List.of(
      LiquidationStatus.SUSPENDED, LiquidationStatus.EXTENDED, LiquidationStatus.UNDER_REVIEW);
  private static final List<ProtestStatus> OPEN_PROTESTS =
      List.of(ProtestStatus.OPEN, ProtestStatus.SUSPENDED);
  /** Protests ANY sets: one in 8 each, one in 8 unrecognised text, the rest none. */
  private static final List<ProtestStatus> FILED_PROTESTS =
      List.of(ProtestStatus.OPEN, ProtestStatus.SUSPENDED, ProtestStatus.CLOSED);
  private static final int ANY_PROTEST_CHOICES = 8;
  private static final List<EntrySummaryStatus> NOT_ACCEPTED =
      List.of(EntrySummaryStatus.CANCELLED, EntrySummaryStatus.REJECTED);
  /** Liquidation status texts that {@link LiquidationStatus#tryParse} does not recognise. */
  private static final List<String> UNRECOGNISED_LIQUIDATION_TEXTS =
      List.of("PENDING LIQ", "Hold", "In Process");
  /** Protest status texts that {@link ProtestStatus#parse} reads as UNKNOWN. */
  /** Rows of an export that a reader rejects, as {@code Entry.rejectedRows()} describes them. */
  private static final List<String> REJECTED_ROWS = List.of(
      "es003.csv line 14, Line Tariff Duty Amount 'N/A'",
      "es003.csv line 15, Entry Type Code '1.0'",
      "es003.csv line 16, Importer Number '123456789-00'");
  private static final List<String> UNRECOGNISED_PROTEST_TEXTS =
      List.of("MAYBE", "Under Protest Review", "PND");
  /** The entry summary is due within 10 working days of entry (19 CFR 142.12(b)). */
  private static final int ENTRY_SUMMARY_LAG_DAYS = 10;
  /** Spread of liquidation around the usual 314-day cycle; CBP liquidated some entries early. */
  private static final int LIQUIDATION_SPREAD_DAYS = 60;
  /** How far past the protest last day a finally liquidated entry may lie. */
  private static final int FINAL_SPREAD_DAYS = 200;
  /** How far back ANY draws a liquidation date. */
  private static final int ANY_LIQUIDATION_SPREAD_DAYS = 400;

  private final LocalDate asOf;
  private final HolidayCalendar calendar;

  private Entries(LocalDate asOf) {
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.calendar = UsFederalHolidays.standard();
  }

  /**
   * Obtains a generator of entries relative to an as-of date: liquidation dates are counted
   * back from it and no entry date is after it.
   *
   * @param asOf  the as-of date, the planned CAPE filing date
   * @return the generator
   */
  public static Entries asOf(LocalDate asOf) {
    return new Entries(asOf);
  }

  /**
   * Returns the as-of date the entries are relative to.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Draws an entry of a scenario.
   *
   * @param random  the generator, for example {@code new SplittableRandom(seed)}
   * @param scenario  the scenario
   * @return the entry
   * @throws IllegalArgumentException for the final-liquidation scenarios, if the dates leave the
   *     holiday calendar's range
   */
  public Entry next(RandomGenerator random, Scenario scenario) {
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(scenario, "scenario");
    return switch (scenario) {
      case UNLIQUIDATED -> unliquidated(random).build();
      case LIQUIDATED_IN_WINDOW ->
          liquidatedOn(random, asOf.minusDays(Draw.between(random, 0,
              CapeDeadlines.CAPE_WINDOW_DAYS))).build();
      case LIQUIDATED_WINDOW_PASSED ->
          liquidatedOn(random, asOf.minusDays(Draw.between(random,
              CapeDeadlines.CAPE_WINDOW_DAYS + 1, CapeDeadlines.PROTEST_DAYS))).build();
      case LIQUIDATED_FINAL -> liquidatedOn(random, finalLiquidationDate(random)).build();
      case CIT_PLAINTIFF_FINAL ->
          liquidatedOn(random, finalLiquidationDate(random)).citPlaintiff(true).build();
      case PENDING_LIQUIDATION ->
          unliquidated(random).liquidationStatus(Draw.pick(random, PENDING_STATUSES)).build();
      case WAREHOUSE_ENTRY ->
          unliquidated(random).entryType(Draw.pick(random, WAREHOUSE_TYPES)).build();
      case WAREHOUSE_WITHDRAWAL ->
          unliquidated(random).entryType(Draw.pick(random, WITHDRAWAL_TYPES)).build();
      case RECONCILIATION_FLAGGED -> unliquidated(random)
          .entryType(Draw.pick(random, RECON_TYPES)).reconciliationFlagged(true).build();
      case RECONCILIATION_FILED -> unliquidated(random)
          .entryType(Draw.pick(random, RECON_TYPES)).reconciliationFlagged(true)
          .reconciliationEntryFiled(true).build();
      case RECONCILIATION_ENTRY -> unliquidated(random).entryType(EntryType.TYPE_09).build();
      case DRAWBACK -> Draw.oneIn(random, 2)
          ? unliquidated(random).entryType(Draw.pick(random, DRAWBACK_TYPES)).build()
          : unliquidated(random).drawbackDesignated(true).build();
      case DUTY_DEFERRAL -> unliquidated(random).entryType(EntryType.TYPE_08).build();
      case OPEN_PROTEST -> liquidatedOn(random, asOf.minusDays(Draw.between(random, 0,
          CapeDeadlines.CAPE_WINDOW_DAYS))).protestStatus(Draw.pick(random, OPEN_PROTESTS))
          .build();
      case ADCVD_PENDING_LIQUIDATION -> unliquidated(random)
          .entryType(Draw.pick(random, ADCVD_TYPES)).adCvdLiquidationInstructions(true)
          .liquidationStatus(Draw.oneIn(random, 2)
              ? LiquidationStatus.UNLIQUIDATED : LiquidationStatus.SUSPENDED)
          .build();
      case NOT_IN_ACE -> unliquidated(random).filedInAce(false).build();
      case SUMMARY_NOT_ACCEPTED ->
          unliquidated(random).entrySummaryStatus(Draw.pick(random, NOT_ACCEPTED)).build();
      case NO_IEEPA_DUTY -> noIeepaDuty(random);
      case TEMPORARY_IMPORTATION_BOND -> unliquidated(random).entryType(EntryType.TYPE_23).build();
      case INVALID_ENTRY_NUMBER ->
          unliquidated(random).entryNumberText(EntryNumbers.nextInvalid(random)).build();
      case UNKNOWN_LIQUIDATION_STATUS -> unknownLiquidationStatus(random);
      case UNKNOWN_PROTEST_STATUS -> unliquidated(random)
          .protestStatusFrom(Draw.pick(random, UNRECOGNISED_PROTEST_TEXTS)).build();
      case LIQUIDATED_AFTER_AS_OF ->
          liquidatedOn(random, asOf.plusDays(Draw.between(random, 1, 30))).build();
      case LIQUIDATED_BEFORE_ENTRY -> liquidatedBeforeEntry(random);
      case ROWS_REJECTED -> unliquidated(random).addAllRejectedRows(REJECTED_ROWS.subList(0,
          Draw.between(random, 1, REJECTED_ROWS.size()))).build();
      case ANY -> any(random);
    };
  }

  /**
   * Draws a clean entry of a consumption type, liquidated a given number of calendar days before
   * the as-of date (the as-of date minus {@code days}; day 0 is liquidation on the as-of date).
   *
   * <p>Example: as of Mon 2026-07-13, {@code liquidatedDaysBefore(random, 80)} is liquidated
   * Fri 2026-04-24, day 80, the CAPE last day with the default settings.
   *
   * @param random  the generator
   * @param days  the number of days from liquidation to the as-of date, zero or more
   * @return the entry, LIQUIDATED with that date
   * @throws IllegalArgumentException if {@code days} is negative; the message quotes it
   */
  public Entry liquidatedDaysBefore(RandomGenerator random, int days) {
    Objects.requireNonNull(random, "random");
    if (days < 0) {
      throw new IllegalArgumentException(
          "days before the as-of date must be zero or more, but was " + days);
    }
    return liquidatedOn(random, asOf.minusDays(days)).build();
  }

  /**
   * Returns a supplier of entries of one scenario drawn from the generator.
   *
   * @param random  the generator; the supplier uses it on every call
   * @param scenario  the scenario
   * @return the supplier
   */
  public Supplier<Entry> supplier(RandomGenerator random, Scenario scenario) {
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(scenario, "scenario");
    return () -> next(random, scenario);
  }

  /**
   * Returns an infinite, ordered, sequential stream of entries of one scenario; limit it.
   *
   * @param random  the generator
   * @param scenario  the scenario
   * @return the stream
   */
  public Stream<Entry> stream(RandomGenerator random, Scenario scenario) {
    return Streams.generate(supplier(random, scenario));
  }

  /**
   * Draws a dutiable IEEPA line whose heading is effective on the entry date: a row of
   * {@link IeepaHeadings#standard()} with program IEEPA and effective on the date, chosen
   * uniformly, then a heading it is the most specific row for (for example 9903.01.25 from its
   * own row, 9903.02.37 from the 9903.02.02-.71 range), and a duty of 1.00 to 25,000.00. For a
   * date outside the IEEPA window no row is effective, and the line is drawn from every IEEPA
   * row (the engine then warns about the date).
   *
   * @param random  the generator
   * @param entryDate  the entry date
   * @return the line, its duty above zero
   */
  public static DutyLine ieepaLine(RandomGenerator random, LocalDate entryDate) {
    return DutyLines.ieepa(random, entryDate);
  }

  /**
   * Draws a dutiable non-IEEPA Chapter 99 line effective on the entry date: Section 301 China
   * (9903.88.xx), Section 232 (9903.80.xx, 9903.81.xx) or, for entries from 2026-02-24 to
   * 2026-07-23, Section 122 (9903.03.01-.11), with a duty of 1.00 to 25,000.00.
   *
   * @param random  the generator
   * @param entryDate  the entry date
   * @return the line
   */
  public static DutyLine nonIeepaChapter99Line(RandomGenerator random, LocalDate entryDate) {
    return DutyLines.nonIeepaChapter99(random, entryDate);
  }

  private Entry.Builder unliquidated(RandomGenerator random) {
    return base(random, entryDate(random));
  }

  private Entry.Builder liquidatedOn(RandomGenerator random, LocalDate liquidationDate) {
    return base(random, entryDateBefore(random, liquidationDate))
        .liquidationStatus(LiquidationStatus.LIQUIDATED)
        .liquidationDate(liquidationDate);
  }

  /** A clean, unliquidated consumption entry with realistic lines. */
  private Entry.Builder base(RandomGenerator random, LocalDate entryDate) {
    Entry.Builder b = Entry.builder()
        .entryNumber(EntryNumbers.next(random))
        .importerNumber(ImporterNumbers.next(random))
        .importerName(Draw.pick(random, IMPORTER_NAMES))
        .entryType(Draw.pick(random, CONSUMPTION_TYPES))
        .entryDate(entryDate)
        .entrySummaryDate(min(asOf,
            entryDate.plusDays(Draw.between(random, 0, ENTRY_SUMMARY_LAG_DAYS))))
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED)
        .addDutyLines(DutyLines.commodity(random));
    int ieepaLines = Draw.between(random, 1, 3);
    for (int i = 0; i < ieepaLines; i++) {
      b.addDutyLines(ieepaLine(random, entryDate));
    }
    if (Draw.oneIn(random, 3)) {
      b.addDutyLines(nonIeepaChapter99Line(random, entryDate));
    }
    return b;
  }

  private Entry noIeepaDuty(RandomGenerator random) {
    LocalDate entryDate = entryDate(random);
    Entry.Builder b = base(random, entryDate);
    List<DutyLine> lines = new ArrayList<>();
    switch (Draw.below(random, 3)) {
      case 0 -> {
        lines.add(DutyLines.commodity(random));
        lines.add(nonIeepaChapter99Line(random, entryDate));
      }
      case 1 -> {
        lines.add(DutyLines.commodity(random));
        DutyLine ieepa = ieepaLine(random, entryDate);
        lines.add(DutyLine.of(ieepa.hts(), BigDecimal.ZERO.setScale(DutyLines.CENTS_SCALE)));
      }
      default -> { }   // no lines at all
    }
    return b.dutyLines(lines).build();
  }

  private Entry liquidatedBeforeEntry(RandomGenerator random) {
    // Liquidated day 61 to 80, entered up to 60 days later: still before the as-of date.
    LocalDate liquidated = asOf.minusDays(Draw.between(random, 61, CapeDeadlines.CAPE_WINDOW_DAYS));
    LocalDate entered = liquidated.plusDays(Draw.between(random, 1, 60));
    return liquidatedOn(random, liquidated).entryDate(entered).entrySummaryDate(entered).build();
  }

  private Entry unknownLiquidationStatus(RandomGenerator random) {
    return switch (Draw.below(random, 3)) {
      case 0 -> unliquidated(random).liquidationStatus((LiquidationStatus) null).build();
      case 1 -> unliquidated(random).liquidationStatus((LiquidationStatus) null)
          .liquidationStatusText(Draw.pick(random, UNRECOGNISED_LIQUIDATION_TEXTS)).build();
      default -> unliquidated(random).liquidationStatus(LiquidationStatus.LIQUIDATED).build();
    };
  }

  /** Every fact drawn independently, in the manner of core's engine property tests. */
  private Entry any(RandomGenerator random) {
    Entry.Builder b = unliquidated(random);
    if (Draw.oneIn(random, 20)) {
      b.entryNumberText(EntryNumbers.nextInvalid(random));
    }
    b.entryType(Draw.oneIn(random, 15) ? null : Draw.pick(random, ALL_TYPES));
    int status = Draw.below(random, ALL_STATUSES.size() + 2);
    if (status < ALL_STATUSES.size()) {
      b.liquidationStatus(ALL_STATUSES.get(status));
    } else {
      b.liquidationStatus((LiquidationStatus) null);
      if (status == ALL_STATUSES.size()) {
        b.liquidationStatusText(Draw.pick(random, UNRECOGNISED_LIQUIDATION_TEXTS));
      }
    }
    boolean liquidated = status < ALL_STATUSES.size()
        && ALL_STATUSES.get(status) == LiquidationStatus.LIQUIDATED;
    if (liquidated ? !Draw.oneIn(random, 10) : Draw.oneIn(random, 10)) {
      b.liquidationDate(asOf.minusDays(Draw.below(random, ANY_LIQUIDATION_SPREAD_DAYS)));
    }
    int protest = Draw.below(random, ANY_PROTEST_CHOICES);
    if (protest == 0) {
      b.protestStatusFrom(Draw.pick(random, UNRECOGNISED_PROTEST_TEXTS));
    } else if (protest <= FILED_PROTESTS.size()) {
      b.protestStatus(FILED_PROTESTS.get(protest - 1));
    }
    return b.reconciliationFlagged(Draw.oneIn(random, 10))
        .reconciliationEntryFiled(Draw.oneIn(random, 10))
        .drawbackDesignated(Draw.oneIn(random, 20))
        .adCvdLiquidationInstructions(Draw.oneIn(random, 20))
        .filedInAce(!Draw.oneIn(random, 30))
        .citPlaintiff(Draw.oneIn(random, 5))
        .entrySummaryStatus(Draw.oneIn(random, 20)
            ? Draw.pick(random, NOT_ACCEPTED) : EntrySummaryStatus.ACCEPTED)
        .build();
  }

  /**
   * A liquidation date whose protest last day (+ 180 days, rolled to a business day of the US
   * federal calendar; 19 U.S.C. 1514(c)(3)) is before the as-of date.
   */
  private LocalDate finalLiquidationDate(RandomGenerator random) {
    LocalDate liquidated = asOf.minusDays(
        CapeDeadlines.PROTEST_DAYS + 1 + Draw.below(random, FINAL_SPREAD_DAYS));
    while (!calendar.nextOrSame(liquidated.plusDays(CapeDeadlines.PROTEST_DAYS))
        .isBefore(asOf)) {
      liquidated = liquidated.minusDays(1);
    }
    return liquidated;
  }

  /** An entry date in the IEEPA window, not after the as-of date. */
  private LocalDate entryDate(RandomGenerator random) {
    LocalDate last = min(IEEPA_LAST_DAY, asOf);
    if (last.isBefore(IEEPA_FIRST_DAY)) {
      return asOf;
    }
    return between(random, IEEPA_FIRST_DAY, last);
  }

  /**
   * An entry date about 314 days (+/- 60) before liquidation, inside the IEEPA window and
   * before the liquidation date where possible.
   */
  private LocalDate entryDateBefore(RandomGenerator random, LocalDate liquidationDate) {
    LocalDate typical = liquidationDate.minusDays(CapeDeadlines.TYPICAL_LIQUIDATION_DAYS);
    LocalDate latest = min(IEEPA_LAST_DAY, liquidationDate.minusDays(1));
    if (latest.isBefore(IEEPA_FIRST_DAY)) {
      return typical;   // liquidated before any IEEPA entry could be: no realistic IEEPA date
    }
    LocalDate first = max(IEEPA_FIRST_DAY, typical.minusDays(LIQUIDATION_SPREAD_DAYS));
    LocalDate last = min(latest, typical.plusDays(LIQUIDATION_SPREAD_DAYS));
    if (first.isAfter(last)) {
      // The usual cycle falls outside the IEEPA window: keep to the window's nearer end.
      boolean early = typical.isBefore(IEEPA_FIRST_DAY);
      first = early ? IEEPA_FIRST_DAY : max(IEEPA_FIRST_DAY, latest.minusDays(
          LIQUIDATION_SPREAD_DAYS));
      last = early ? min(latest, IEEPA_FIRST_DAY.plusDays(LIQUIDATION_SPREAD_DAYS)) : latest;
    }
    return between(random, first, last);
  }

  private static LocalDate between(RandomGenerator random, LocalDate first, LocalDate last) {
    int days = (int) ChronoUnit.DAYS.between(first, last);
    return first.plusDays(Draw.between(random, 0, days));
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static List<EntryType> types(String... codes) {
    List<EntryType> types = new ArrayList<>(codes.length);
    for (String code : codes) {
      types.add(EntryType.of(code));
    }
    return List.copyOf(types);
  }
}
