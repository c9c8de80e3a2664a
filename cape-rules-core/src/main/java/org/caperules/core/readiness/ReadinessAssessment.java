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
import java.util.List;
import java.util.Objects;
import org.caperules.core.ImporterNumber;

/**
 * The answer of {@link ImporterReadiness#assess(ImporterProfile, LocalDate)}: whether CBP can pay
 * the importer's IEEPA refunds as of a date and, if not, every blocker in order and the earliest
 * date the importer can be ready.
 *
 * <p>Example: an importer with no ACE account whose Box 2E email is missing, assessed on Mon
 * 2026-05-04, gets blockers R01 (1 day) and R04 (3 days) and R13 (0 days), and is ready at the
 * earliest on Fri 2026-05-08 (1 + 3 + 0 = 4 days, stages one after the other).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param importerNumber  the importer assessed
 * @param asOf  the date of the assessment
 * @param blockers  the blockers, ordered by code (which follows the stages); empty when ready
 * @param earliestReadyDate  the earliest date all blockers can be cleared; {@code asOf} when
 *     ready, never before it
 */
public record ReadinessAssessment(
    ImporterNumber importerNumber,
    LocalDate asOf,
    List<Blocker> blockers,
    LocalDate earliestReadyDate) {

  /** Whether the importer can be paid. */
  public enum Status {
    /** No blockers: CBP can pay the refunds. */
    READY,
    /** At least one blocker. */
    NOT_READY
  }

  /**
   * Creates an assessment.
   *
   * @param importerNumber  the importer assessed
   * @param asOf  the date of the assessment
   * @param blockers  the blockers in order
   * @param earliestReadyDate  the earliest ready date, not before asOf
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the earliest ready date is before {@code asOf}
   */
  public ReadinessAssessment {
    Objects.requireNonNull(importerNumber, "importerNumber");
    Objects.requireNonNull(asOf, "asOf");
    blockers = List.copyOf(blockers);
    Objects.requireNonNull(earliestReadyDate, "earliestReadyDate");
    if (earliestReadyDate.isBefore(asOf)) {
      throw new IllegalArgumentException("earliestReadyDate " + earliestReadyDate
          + " is before asOf " + asOf);
    }
  }

  /**
   * Returns {@link Status#READY} if there are no blockers, otherwise {@link Status#NOT_READY}.
   *
   * @return the status
   */
  public Status status() {
    return blockers.isEmpty() ? Status.READY : Status.NOT_READY;
  }

  /**
   * Tells whether there are no blockers.
   *
   * @return true if ready
   */
  public boolean isReady() {
    return blockers.isEmpty();
  }

  /**
   * Returns the codes of the blockers, in order.
   *
   * @return the codes
   */
  public List<BlockerCode> codes() {
    return blockers.stream().map(Blocker::code).toList();
  }

  /**
   * Returns a summary, for example
   * {@code 12-3456789 as of 2026-05-04: NOT_READY [R01, R04, R13], earliest ready 2026-05-08}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return importerNumber + " as of " + asOf + ": " + status() + " "
        + blockers.stream().map(b -> b.code().code()).toList() + ", earliest ready "
        + earliestReadyDate;
  }
}
