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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.caperules.core.ImporterNumber;
import org.jspecify.annotations.Nullable;

/**
 * An importer's readiness combined with its entries: for each declarable entry with a CAPE last
 * day, the date the importer must <em>start by</em> to file it itself, and the entries at risk,
 * whose start-by date is already past.
 *
 * <p>Start-by date = CAPE last day &minus; filing lead time (days from {@code asOf} to
 * {@link ReadinessAssessment#filingReadyDate()}) &minus; {@link ReadinessConfig#safetyMargin()}
 * (default 7 days: CBP's "approximately two weeks" for an Importer sub-account "may be longer").
 * Only the filing lead time counts: a declaration can be filed before the refund can be paid
 * (CBP holds it until the ACH refund enrollment is valid).
 *
 * <p>Example: the Importer sub-account takes about two weeks (vendor guide), so an importer
 * filing itself, assessed on Mon 2026-07-06 without one, is filing-ready on Mon 2026-07-20 (+14
 * days). An ELIGIBLE entry liquidated Fri 2026-04-24 has its CAPE last day on Mon 2026-07-13, so
 * its start-by date is 2026-07-13 &minus; 14 &minus; 7 = Mon 2026-06-22, 14 days past: it is at
 * risk, and the plan suggests having the filing broker declare it by 2026-07-13. An entry whose
 * last day is 2026-09-30 starts by 2026-09-09 (30 September &minus; 21 days) and is not at risk;
 * {@link #earliestStartBy()} is then 2026-06-22.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param readiness  the importer's readiness assessment
 * @param atRisk  the declarable entries whose start-by date is before {@code asOf}, in input
 *     order
 * @param declarableEntries  the number of ELIGIBLE and ELIGIBLE_DEFERRED entries of this importer
 * @param declarableIeepaDuty  the IEEPA duty of those entries
 * @param earliestStartBy  the earliest start-by date of the importer's declarable entries with a
 *     CAPE last day, past or not; null when none has one
 * @param otherImporterEntries  the number of entries skipped because they belong to another
 *     importer
 */
public record RefundPlan(ReadinessAssessment readiness, List<EntryAtRisk> atRisk,
    long declarableEntries, BigDecimal declarableIeepaDuty, @Nullable LocalDate earliestStartBy,
    long otherImporterEntries) {

  /**
   * Creates a plan.
   *
   * @param readiness  the importer's readiness assessment
   * @param atRisk  the entries at risk
   * @param declarableEntries  the number of declarable entries of this importer
   * @param declarableIeepaDuty  their IEEPA duty
   * @param earliestStartBy  the earliest start-by date, or null
   * @param otherImporterEntries  the number of entries of other importers skipped
   * @throws NullPointerException if a required argument is null
   */
  public RefundPlan {
    Objects.requireNonNull(readiness, "readiness");
    Objects.requireNonNull(declarableIeepaDuty, "declarableIeepaDuty");
    atRisk = List.copyOf(atRisk);
  }

  /**
   * One declarable entry whose start-by date is past: the importer cannot count on filing it
   * itself with the safety margin kept.
   *
   * @param entry  the entry
   * @param capeLastDay  the last day to declare it, inclusive
   * @param startBy  the date the importer had to start by (before the plan's as-of date)
   * @param daysShort  how many days the start-by date is past
   * @param suggestion  what to do instead, in one sentence
   */
  public record EntryAtRisk(PlannedEntry entry, LocalDate capeLastDay, LocalDate startBy,
      long daysShort, String suggestion) {

    /**
     * Creates an entry at risk.
     *
     * @param entry  the entry
     * @param capeLastDay  the last day to declare it, inclusive
     * @param startBy  the start-by date
     * @param daysShort  how many days the start-by date is past
     * @param suggestion  what to do instead, in one sentence
     * @throws NullPointerException if an argument is null
     */
    public EntryAtRisk {
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(capeLastDay, "capeLastDay");
      Objects.requireNonNull(startBy, "startBy");
      Objects.requireNonNull(suggestion, "suggestion");
    }
  }

  /**
   * Combines a readiness assessment with the importer's entries. Entries whose importer is
   * another are skipped and counted; an entry without an importer number is taken to be the
   * importer's.
   *
   * @param readiness  the importer's readiness
   * @param entries  the importer's entries
   * @param safetyMargin  the safety margin, days only
   * @return the plan
   */
  static RefundPlan of(ReadinessAssessment readiness, Iterable<PlannedEntry> entries,
      Period safetyMargin) {
    ImporterNumber importer = readiness.importerNumber();
    LocalDate asOf = readiness.asOf();
    LocalDate filingReady = readiness.filingReadyDate();
    Period lead = Period.ofDays((int) ChronoUnit.DAYS.between(asOf, filingReady));
    List<EntryAtRisk> atRisk = new ArrayList<>();
    long declarable = 0;
    BigDecimal duty = BigDecimal.ZERO;
    LocalDate earliest = null;
    long others = 0;
    for (PlannedEntry entry : entries) {
      ImporterNumber owner = entry.importerNumber();
      if (owner != null && !owner.equals(importer)) {
        others++;
        continue;
      }
      if (!entry.declarable()) {
        continue;
      }
      declarable++;
      duty = duty.add(entry.ieepaDuty());
      LocalDate lastDay = entry.capeLastDayInclusive();
      if (lastDay == null) {
        continue;
      }
      LocalDate startBy = lastDay.minus(lead).minus(safetyMargin);
      if (earliest == null || startBy.isBefore(earliest)) {
        earliest = startBy;
      }
      if (startBy.isBefore(asOf)) {
        atRisk.add(new EntryAtRisk(entry, lastDay, startBy,
            ChronoUnit.DAYS.between(startBy, asOf), suggestion(readiness, lastDay)));
      }
    }
    return new RefundPlan(readiness, atRisk, declarable, duty, earliest, others);
  }

  private static String suggestion(ReadinessAssessment readiness, LocalDate lastDay) {
    LocalDate filingReady = readiness.filingReadyDate();
    String designation = readiness.paymentReadyDate().isAfter(lastDay)
        ? ", with a CBP Form 4811 designating the broker to receive the refund, since the"
            + " importer cannot be paid before " + readiness.paymentReadyDate()
        : "";
    if (lastDay.isBefore(filingReady)) {
      long days = ChronoUnit.DAYS.between(lastDay, filingReady);
      return "The CAPE window closes on " + lastDay + ", " + days + " day" + (days == 1 ? "" : "s")
          + " before the importer can file itself (" + filingReady + "): have the filing broker"
          + " declare it by " + lastDay + designation + ".";
    }
    return "The CAPE window closes on " + lastDay + ", within the safety margin of the date the"
        + " importer can file itself (" + filingReady + "): declare it on " + filingReady
        + " at the latest, or have the filing broker declare it by " + lastDay + designation
        + ".";
  }
}
