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

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.caperules.core.ImporterNumber;
import org.caperules.core.eligibility.Assessment;

/**
 * An importer's readiness combined with its entries: the declarable entries whose CAPE window
 * closes before the importer can be ready, so that filing through its own ACE account would miss
 * them.
 *
 * <p>Example: the Importer sub-account takes about two weeks (vendor guide), so an importer
 * assessed on Mon 2026-07-06 without one is ready at the earliest on Mon 2026-07-20; an ELIGIBLE
 * entry liquidated Fri 2026-04-24 has its CAPE last day on Mon 2026-07-13, 7 days before, and is
 * listed with the suggestion to have the filing broker declare it under a Form 4811 designation.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param readiness  the importer's readiness assessment
 * @param atRisk  the declarable entries whose CAPE last day is before the earliest ready date, in
 *     input order
 * @param declarableEntries  the number of ELIGIBLE and ELIGIBLE_DEFERRED entries of this importer
 * @param otherImporterEntries  the number of assessments skipped because they belong to another
 *     importer
 */
public record RefundPlan(ReadinessAssessment readiness, List<EntryAtRisk> atRisk,
    long declarableEntries, long otherImporterEntries) {

  /**
   * Creates a plan.
   *
   * @param readiness  the importer's readiness assessment
   * @param atRisk  the declarable entries whose CAPE last day is before the earliest ready date, in
   * @param declarableEntries  the number of ELIGIBLE and ELIGIBLE_DEFERRED entries of this importer
   * @param otherImporterEntries  the number of assessments skipped because they belong to another
   * @throws NullPointerException if an argument is null
   */
  public RefundPlan {
    Objects.requireNonNull(readiness, "readiness");
    atRisk = List.copyOf(atRisk);
  }

  /**
   * One declarable entry whose CAPE window closes before the importer can be ready.
   *
   * @param assessment  the entry's assessment
   * @param capeLastDay  the last day to declare it, inclusive
   * @param daysShort  how many days the window closes before the earliest ready date
   * @param suggestion  what to do instead, in one sentence
   */
  public record EntryAtRisk(Assessment assessment, LocalDate capeLastDay, long daysShort,
      String suggestion) {

    /**
     * Creates an entry at risk.
     *
     * @param assessment  the entry's assessment
     * @param capeLastDay  the last day to declare it, inclusive
     * @param daysShort  how many days the window closes before the earliest ready date
     * @param suggestion  what to do instead, in one sentence
     * @throws NullPointerException if an argument is null
     */
    public EntryAtRisk {
      Objects.requireNonNull(assessment, "assessment");
      Objects.requireNonNull(capeLastDay, "capeLastDay");
      Objects.requireNonNull(suggestion, "suggestion");
    }
  }

  /**
   * Combines a readiness assessment with the assessments of the importer's entries.
   *
   * <p>An entry is at risk when its verdict is declarable ({@code ELIGIBLE} or
   * {@code ELIGIBLE_DEFERRED}), it has a CAPE last day (it is liquidated), and that day is
   * strictly before the earliest ready date (an importer ready on the last day can still file).
   * Assessments whose entry names another importer are skipped and counted; an entry without an
   * importer number is taken to be the importer's.
   *
   * @param readiness  the importer's readiness
   * @param assessments  the assessments of the importer's entries
   * @return the plan
   */
  static RefundPlan of(ReadinessAssessment readiness, Iterable<Assessment> assessments) {
    ImporterNumber importer = readiness.importerNumber();
    LocalDate ready = readiness.earliestReadyDate();
    List<EntryAtRisk> atRisk = new ArrayList<>();
    long declarable = 0;
    long others = 0;
    for (Assessment assessment : assessments) {
      ImporterNumber owner = assessment.entry().importerNumber();
      if (owner != null && !owner.equals(importer)) {
        others++;
        continue;
      }
      if (!assessment.verdict().isDeclarable()) {
        continue;
      }
      declarable++;
      Optional<LocalDate> lastDay = assessment.deadlines().capeLastDay();
      if (lastDay.isPresent() && lastDay.get().isBefore(ready)) {
        long daysShort = ChronoUnit.DAYS.between(lastDay.get(), ready);
        atRisk.add(new EntryAtRisk(assessment, lastDay.get(), daysShort,
            "The CAPE window closes on " + lastDay.get() + ", " + daysShort + " day"
                + (daysShort == 1 ? "" : "s") + " before the importer can be ready ("
                + ready + "): have the filing broker declare it by " + lastDay.get()
                + ", with a CBP Form 4811 designating the broker to receive the refund if the"
                + " importer's ACH refund enrollment is not ready either."));
      }
    }
    return new RefundPlan(readiness, atRisk, declarable, others);
  }
}
