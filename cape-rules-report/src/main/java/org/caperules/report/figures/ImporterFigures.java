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
package org.caperules.report.figures;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.caperules.core.eligibility.Verdict;
import org.caperules.report.input.ExpectedPaymentRow;
import org.caperules.report.input.ReadinessRow;
import org.caperules.report.input.ReportEntry;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one importer's page, computed from its rows of the inputs and nothing else:
 * IEEPA duty by verdict, the entries at risk, the estimated interest, the expected payments by
 * month, the CAPE last days by week, the protest last days of entries past the CAPE window, the
 * readiness blockers and the claims.
 *
 * <p>Example: an importer with two ELIGIBLE entries of IEEPA duty 1,000.00 (CAPE last day Mon
 * 2026-07-13, at risk) and 500.00 (Fri 2026-07-24), screened as of 2026-07-13, has declarable
 * duty 1,500.00, at risk 1 entry with 1,000.00, and two deadline weeks: starting 2026-07-13
 * (1 entry, 1,000.00) and 2026-07-20 (1 entry, 500.00).
 *
 * <p>This class is immutable.
 */
public final class ImporterFigures {

  private final String importer;
  private final List<ReportEntry> entries;
  private final Map<Verdict, Tally> dutyByVerdict;
  private final Tally declarable;
  private final Tally atRisk;
  private final InterestFigures interest;
  private final @Nullable List<MonthlyPayments> paymentsByMonth;
  private final List<DatedTally> capeWeeks;
  private final Tally declarableWithoutLastDay;
  private final List<ReportEntry> protestOpen;
  private final List<DatedTally> protestWeeks;
  private final @Nullable ReadinessRow readiness;
  private final List<BlockerAdvice> blockers;
  private final @Nullable ClaimFigures claims;
  private final @Nullable LocalDate nextCapeLastDay;

  private ImporterFigures(String importer, List<ReportEntry> entries,
      @Nullable List<ExpectedPaymentRow> payments, @Nullable ReadinessRow readiness,
      boolean claimColumn, LocalDate asOf) {
    this.importer = importer;
    this.entries = List.copyOf(entries);
    Map<Verdict, Tally> byVerdict = new EnumMap<>(Verdict.class);
    for (Verdict verdict : Verdict.values()) {
      byVerdict.put(verdict, Tally.ZERO);
    }
    Tally declared = Tally.ZERO;
    Tally risky = Tally.ZERO;
    Tally noLastDay = Tally.ZERO;
    Tally knownInterest = Tally.ZERO;
    int unknownInterest = 0;
    Map<String, Tally> flagged = new TreeMap<>();
    Map<LocalDate, Tally> cape = new TreeMap<>();
    Map<LocalDate, Tally> protest = new TreeMap<>();
    List<ReportEntry> protests = new ArrayList<>();
    LocalDate next = null;
    for (ReportEntry entry : entries) {
      BigDecimal duty = entry.ieepaDuty();
      byVerdict.merge(entry.verdict(), Tally.ZERO.plus(duty), ImporterFigures::add);
      if (entry.atRisk()) {
        risky = risky.plus(duty);
      }
      BigDecimal interestValue = entry.estimatedInterest();
      if (interestValue != null) {
        knownInterest = knownInterest.plus(interestValue);
        for (String flag : entry.forecastFlags()) {
          flagged.merge(flag, Tally.ZERO.plus(interestValue), ImporterFigures::add);
        }
      } else if (entry.declarable()) {
        unknownInterest++;
      }
      LocalDate capeLast = entry.capeLastDay();
      if (entry.declarable()) {
        declared = declared.plus(duty);
        if (capeLast == null) {
          noLastDay = noLastDay.plus(duty);
        } else {
          cape.merge(monday(capeLast), Tally.ZERO.plus(duty), ImporterFigures::add);
          if (!capeLast.isBefore(asOf) && (next == null || capeLast.isBefore(next))) {
            next = capeLast;
          }
        }
      } else if (isProtestOpen(entry, asOf)) {
        protests.add(entry);
        protest.merge(monday(Objects.requireNonNull(entry.protestLastDay())),
            Tally.ZERO.plus(duty), ImporterFigures::add);
      }
    }
    protests.sort(Comparator.comparing(ReportEntry::protestLastDay,
        Comparator.nullsLast(Comparator.naturalOrder())));
    this.dutyByVerdict = byVerdict;
    this.declarable = declared;
    this.atRisk = risky;
    this.declarableWithoutLastDay = noLastDay;
    this.interest = new InterestFigures(knownInterest, unknownInterest, flagged);
    this.capeWeeks = weeks(cape);
    this.protestWeeks = weeks(protest);
    this.protestOpen = List.copyOf(protests);
    this.nextCapeLastDay = next;
    this.paymentsByMonth = payments == null ? null : months(payments);
    this.readiness = readiness;
    List<BlockerAdvice> advice = new ArrayList<>();
    if (readiness != null) {
      for (String code : readiness.blockers()) {
        advice.add(BlockerAdvice.of(code));
      }
    }
    this.blockers = List.copyOf(advice);
    this.claims = claimColumn ? claims(entries) : null;
  }

  /**
   * Computes the figures of one importer.
   *
   * @param importer  the importer label as the inputs write it
   * @param entries  its screening report rows, in report order
   * @param payments  its expected payments, or {@code null} when no payments file was given
   * @param readiness  its readiness row, or {@code null} when none was given
   * @param claimColumn  true if the screening report has a {@code Claim Status} column
   * @param asOf  the date of the report (today on the page)
   * @return the figures
   */
  public static ImporterFigures of(String importer, List<ReportEntry> entries,
      @Nullable List<ExpectedPaymentRow> payments, @Nullable ReadinessRow readiness,
      boolean claimColumn, LocalDate asOf) {
    Objects.requireNonNull(importer, "importer");
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(asOf, "asOf");
    return new ImporterFigures(importer, entries, payments, readiness, claimColumn, asOf);
  }

  /**
   * Tells whether an entry is past the CAPE window with its protest period still open on the
   * as-of date: not declarable, a protest last day on or after the as-of date, and no CAPE last
   * day on or after it (19 U.S.C. 1514(c)(3); docs/deadlines.md#protest-last-day).
   */
  private static boolean isProtestOpen(ReportEntry entry, LocalDate asOf) {
    LocalDate protestLast = entry.protestLastDay();
    LocalDate capeLast = entry.capeLastDay();
    return protestLast != null && !protestLast.isBefore(asOf)
        && (capeLast == null || capeLast.isBefore(asOf));
  }

  private static Tally add(Tally a, Tally b) {
    return new Tally(a.count() + b.count(), a.amount().add(b.amount()));
  }

  private static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private static List<DatedTally> weeks(Map<LocalDate, Tally> byWeek) {
    List<DatedTally> weeks = new ArrayList<>();
    byWeek.forEach((monday, tally) -> weeks.add(new DatedTally(monday, tally)));
    return List.copyOf(weeks);
  }

  private static List<MonthlyPayments> months(List<ExpectedPaymentRow> payments) {
    Map<YearMonth, MonthlyPayments> byMonth = new TreeMap<>();
    for (ExpectedPaymentRow payment : payments) {
      LocalDate from = payment.expectedPaymentFrom();
      if (from == null) {
        continue;
      }
      YearMonth month = YearMonth.from(from);
      MonthlyPayments sum = byMonth.getOrDefault(month, new MonthlyPayments(month, 0, 0,
          Tally.ZERO.amount(), Tally.ZERO.amount(), Tally.ZERO.amount()));
      byMonth.put(month, new MonthlyPayments(month, sum.payments() + 1,
          sum.entries() + payment.entries(), sum.principal().add(payment.principal()),
          sum.interest().add(payment.interest()), sum.total().add(payment.total())));
    }
    return List.copyOf(byMonth.values());
  }

  private static ClaimFigures claims(List<ReportEntry> entries) {
    int declared = 0;
    int accepted = 0;
    int paid = 0;
    int rejected = 0;
    int blank = 0;
    List<FailedClaim> failed = new ArrayList<>();
    for (ReportEntry entry : entries) {
      String status = Objects.requireNonNullElse(entry.claimStatus(), "").strip();
      String upper = status.toUpperCase(Locale.ROOT);
      if (status.isEmpty()) {
        blank++;
      } else if (upper.startsWith("ACCEPTED")) {
        accepted++;
      } else if (upper.startsWith("PAID")) {
        accepted++;
        paid++;
      } else if (upper.startsWith("REJECTED_ACH")) {
        accepted++;
        rejected++;
      } else if (upper.startsWith("FAILED")) {
        String error = status.substring("FAILED".length()).replaceFirst("^\\s*:\\s*", "");
        failed.add(new FailedClaim(entry.entryNumber(), error, ClaimAdvice.fix(error)));
      } else if (upper.startsWith("DECLARED")) {
        declared++;
      } else {
        blank++;
      }
    }
    return new ClaimFigures(declared, accepted, paid, rejected, failed, blank);
  }

  /**
   * Returns the importer label as the inputs write it.
   *
   * @return the label, for example {@code 12-3456789A1} or {@code ***-**-0001}
   */
  public String importer() {
    return importer;
  }

  /**
   * Returns the importer's screening report rows, in report order.
   *
   * @return the entries
   */
  public List<ReportEntry> entries() {
    return entries;
  }

  /**
   * Returns the entries and IEEPA duty of each verdict, every verdict present (zero when none).
   *
   * @return the tallies, in {@link Verdict} order
   */
  public Map<Verdict, Tally> dutyByVerdict() {
    return new EnumMap<>(dutyByVerdict);
  }

  /**
   * Returns all entries and their IEEPA duty.
   *
   * @return the total tally
   */
  public Tally total() {
    Tally sum = Tally.ZERO;
    for (Tally tally : dutyByVerdict.values()) {
      sum = add(sum, tally);
    }
    return sum;
  }

  /**
   * Returns the declarable entries ({@code ELIGIBLE}, {@code ELIGIBLE_DEFERRED}) and their duty.
   *
   * @return the tally
   */
  public Tally declarable() {
    return declarable;
  }

  /**
   * Returns the entries the screening marks at risk (the CAPE window closes within the policy's
   * at-risk days) and their IEEPA duty: the money at risk.
   *
   * @return the tally
   */
  public Tally atRisk() {
    return atRisk;
  }

  /**
   * Returns the estimated interest.
   *
   * @return the interest figures
   */
  public InterestFigures interest() {
    return interest;
  }

  /**
   * Returns the expected payments by the month their window opens, oldest first, or
   * {@code null} when no payments file was given. Payments without a window are left out.
   *
   * @return the months, or {@code null}
   */
  public @Nullable List<MonthlyPayments> paymentsByMonth() {
    return paymentsByMonth;
  }

  /**
   * Returns the declarable entries with a CAPE last day, by the week of that day, oldest first.
   *
   * @return the weeks
   */
  public List<DatedTally> capeWeeks() {
    return capeWeeks;
  }

  /**
   * Returns the declarable entries without a CAPE last day (not yet liquidated: declare before
   * liquidation) and their duty.
   *
   * @return the tally
   */
  public Tally declarableWithoutLastDay() {
    return declarableWithoutLastDay;
  }

  /**
   * Returns the entries past the CAPE window whose protest period is still open on the as-of
   * date, soonest protest last day first.
   *
   * @return the entries
   */
  public List<ReportEntry> protestOpen() {
    return protestOpen;
  }

  /**
   * Returns {@link #protestOpen()} by the week of the protest last day, oldest first.
   *
   * @return the weeks
   */
  public List<DatedTally> protestWeeks() {
    return protestWeeks;
  }

  /**
   * Returns the importer's readiness row, or {@code null} when none was given.
   *
   * @return the row, or {@code null}
   */
  public @Nullable ReadinessRow readiness() {
    return readiness;
  }

  /**
   * Returns the readiness blockers with their fix and contact, in the order written.
   *
   * @return the blockers, empty without a readiness row
   */
  public List<BlockerAdvice> blockers() {
    return blockers;
  }

  /**
   * Returns the claims, or {@code null} when the screening report has no claim status column.
   *
   * @return the claims, or {@code null}
   */
  public @Nullable ClaimFigures claims() {
    return claims;
  }

  /**
   * Returns the soonest CAPE last day on or after the as-of date, or {@code null} when none.
   *
   * @return the day, or {@code null}
   */
  public @Nullable LocalDate nextCapeLastDay() {
    return nextCapeLastDay;
  }
}
