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
 * The answer of {@link ImporterReadiness#assess(ImporterProfile, LocalDate)}: whether the
 * importer can file its CAPE declarations and be paid its IEEPA refunds as of a date, every
 * blocker in order, the warnings, and two dates, because filing and payment need different
 * things:
 * <ul>
 *   <li>{@link #filingReadyDate()}: the earliest date the importer can file CAPE itself. Only
 *       the importer's own filing needs the ACE Portal account, the Importer sub-account and the
 *       CAPE tab; when a broker files (either broker route), filing is ready on {@code asOf}.
 *   <li>{@link #paymentReadyDate()}: the earliest date CBP can pay: the ACH refund enrollment
 *       (and the account it is made in, when it is not active yet), rejected refunds replaced,
 *       and the Form 4811 notify party's readiness.
 * </ul>
 *
 * <p>Example: an importer with an active ACH refund enrollment, an Importer sub-account, and one
 * refund on REV-613 (42 days to replace), assessed on Mon 2026-05-04, is filing-ready on
 * 2026-05-04 and payment-ready on Mon 2026-06-15 (4 May + 42 days: 27 days to 31 May, 15 in
 * June). An importer with no ACE account whose Box 2E email is missing gets blockers R01 (1 day),
 * R04 (3 days) and R13 (0 days): filing-ready and payment-ready on Fri 2026-05-08 (1 + 3 + 0 = 4
 * days, stages one after the other).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param importerNumber  the importer assessed
 * @param asOf  the date of the assessment
 * @param blockers  the blockers, ordered by code; empty when ready; never a warning
 * @param warnings  the warnings ({@link BlockerCode#isWarning()}), ordered by code
 * @param filingReadyDate  the earliest date the importer (or its broker) can file; {@code asOf}
 *     when nothing blocks filing, never before it
 * @param paymentReadyDate  the earliest date CBP can pay the refunds; {@code asOf} when nothing
 *     blocks payment, never before it
 */
public record ReadinessAssessment(
    ImporterNumber importerNumber,
    LocalDate asOf,
    List<Blocker> blockers,
    List<Blocker> warnings,
    LocalDate filingReadyDate,
    LocalDate paymentReadyDate) {

  /** Whether the importer can file and be paid. */
  public enum Status {
    /** No blockers: the importer can file and CBP can pay the refunds. */
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
   * @param warnings  the warnings in order
   * @param filingReadyDate  the filing-ready date, not before asOf
   * @param paymentReadyDate  the payment-ready date, not before asOf
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a date is before {@code asOf}, a blocker is a warning or
   *     a warning is not
   */
  public ReadinessAssessment {
    Objects.requireNonNull(importerNumber, "importerNumber");
    Objects.requireNonNull(asOf, "asOf");
    blockers = List.copyOf(blockers);
    warnings = List.copyOf(warnings);
    checkDate("filingReadyDate", filingReadyDate, asOf);
    checkDate("paymentReadyDate", paymentReadyDate, asOf);
    for (Blocker blocker : blockers) {
      if (blocker.code().isWarning()) {
        throw new IllegalArgumentException(blocker.code() + " is a warning, not a blocker");
      }
    }
    for (Blocker warning : warnings) {
      if (!warning.code().isWarning()) {
        throw new IllegalArgumentException(warning.code() + " is a blocker, not a warning");
      }
    }
  }

  private static void checkDate(String name, LocalDate date, LocalDate asOf) {
    Objects.requireNonNull(date, name);
    if (date.isBefore(asOf)) {
      throw new IllegalArgumentException(name + " " + date + " is before asOf " + asOf);
    }
  }

  /**
   * Returns the later of {@link #filingReadyDate()} and {@link #paymentReadyDate()}: the date
   * by which every blocker can be cleared.
   *
   * @return the earliest date the importer is fully ready
   */
  public LocalDate earliestReadyDate() {
    return filingReadyDate.isAfter(paymentReadyDate) ? filingReadyDate : paymentReadyDate;
  }

  /**
   * Returns {@link Status#READY} if there are no blockers, otherwise {@link Status#NOT_READY};
   * warnings do not count.
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
   * Tells whether the importer can file CAPE declarations on {@code asOf}.
   *
   * @return true if {@link #filingReadyDate()} is {@code asOf}
   */
  public boolean isFilingReady() {
    return filingReadyDate.equals(asOf);
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
   * Returns a summary, for example {@code 12-3456789 as of 2026-05-04: NOT_READY [R01, R04,
   * R13], filing ready 2026-05-08, payment ready 2026-05-08}, with {@code , warnings [R03]} when
   * there are warnings.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return importerNumber + " as of " + asOf + ": " + status() + " "
        + blockers.stream().map(b -> b.code().code()).toList() + ", filing ready "
        + filingReadyDate + ", payment ready " + paymentReadyDate
        + (warnings.isEmpty() ? ""
            : ", warnings " + warnings.stream().map(b -> b.code().code()).toList());
  }
}
