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
package org.caperules.ledger;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.caperules.core.ImporterNumber;
import org.caperules.core.rule.CapeErrorAdvice;
import org.caperules.core.rule.Resubmit;
import org.caperules.csv.result.CapeResultRow;
import org.caperules.csv.result.ResultOutcome;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code results-report.csv}: a CAPE result row, the entry's importer and CAPE last
 * day from its latest declaration in the ledger, and what the answer means and what to do
 * ({@link CapeErrorAdvice}). Example: {@code BII05992854}, {@code Failed}, {@code UNABLE TO
 * CALCULATE DUTY}: resubmit {@link Resubmit#AGAIN}, CAPE last day 2026-09-30, 72 days left as of
 * 2026-07-20.
 *
 * @param row  the result row
 * @param importerNumber  the entry's importer, or {@code null} if the ledger does not know it
 * @param meaning  what the answer means
 * @param fix  what to do next, or {@code ""}
 * @param resubmit  whether and when to declare again
 * @param capeLastDay  the last day to declare in CAPE (inclusive), or {@code null}
 * @param daysLeft  days from the as-of date to the CAPE last day, or {@code null}
 */
public record ResultAdvice(CapeResultRow row, @Nullable ImporterNumber importerNumber,
    String meaning, String fix, Resubmit resubmit, @Nullable LocalDate capeLastDay,
    @Nullable Long daysLeft) {

  /**
   * Checks the components.
   *
   * @param row  the result row
   * @param importerNumber  the entry's importer, or {@code null}
   * @param meaning  what the answer means
   * @param fix  what to do next, or {@code ""}
   * @param resubmit  whether and when to declare again
   * @param capeLastDay  the CAPE last day, or {@code null}
   * @param daysLeft  days left, or {@code null}
   */
  public ResultAdvice {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(meaning, "meaning");
    Objects.requireNonNull(fix, "fix");
    Objects.requireNonNull(resubmit, "resubmit");
  }

  /**
   * Advises on one result row.
   *
   * @param row  the result row
   * @param state  the entry's state in the ledger, or {@code null} if not known
   * @param asOf  the day of the advice
   * @return the advice
   */
  public static ResultAdvice of(CapeResultRow row, @Nullable ClaimState state, LocalDate asOf) {
    DeclaredEntry declared = state == null ? null : state.lastDeclaration();
    ImporterNumber importer = declared == null ? null : declared.importerNumber();
    LocalDate lastDay = declared == null ? null : declared.capeLastDay();
    Long daysLeft = lastDay == null ? null : ChronoUnit.DAYS.between(asOf, lastDay);
    ResultOutcome outcome = row.outcome();
    if (outcome == ResultOutcome.ACCEPTED) {
      return new ResultAdvice(row, importer, "CAPE accepted the entry", "", Resubmit.NO, lastDay,
          daysLeft);
    }
    if (outcome == ResultOutcome.OTHER) {
      return new ResultAdvice(row, importer, "Not a final status", "Read the next Claim Details"
          + " download", Resubmit.LATER, lastDay, daysLeft);
    }
    CapeErrorAdvice advice = CapeErrorAdvice.forText(row.errorDescription());
    return new ResultAdvice(row, importer, advice.meaning(), advice.fix(), advice.resubmit(),
        lastDay, daysLeft);
  }

  /**
   * Tells whether the failure's window closes within a number of days of the as-of date.
   *
   * @param days  the days
   * @return true if failed and the CAPE last day is at most that many days away (and not past)
   */
  public boolean closesWithin(int days) {
    Long left = daysLeft;
    return row.outcome() == ResultOutcome.FAILED && left != null && left >= 0 && left <= days;
  }
}
