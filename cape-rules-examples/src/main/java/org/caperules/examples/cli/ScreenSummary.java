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
package org.caperules.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import org.caperules.core.eligibility.CapePolicies;
import org.caperules.core.eligibility.CapePolicy;
import org.caperules.core.eligibility.ScreeningSummary;
import org.caperules.core.eligibility.Verdict;
import org.caperules.core.rule.StandardRules;
import org.caperules.csv.declaration.DeclarationFile;
import org.caperules.csv.es003.Es003Column;
import org.caperules.screening.ScreeningOutcome;

/**
 * The summary {@code cape-rules screen} prints on stdout: entries and IEEPA duty per verdict,
 * entries at risk, the expected refunds, the row accounting, the policy applied and its
 * confirmation (a warning for an as-of date before CAPE opened, on the effective date of
 * {@code PHASE_1}), the notices, the checks that could not run for lack of a column, and the
 * files written.
 */
final class ScreenSummary {

  private ScreenSummary() {}

  /**
   * Prints the summary of a run.
   *
   * @param stdout  where to print
   * @param outcome  what the run did
   * @param policy  the policy applied
   * @param asOf  the as-of date of the run
   * @param fileCount  how many input files were given
   */
  static void print(PrintWriter stdout, ScreeningOutcome outcome, CapePolicy policy,
      LocalDate asOf, int fileCount) {
      ScreeningSummary tally = outcome.summary();
      long total = tally.total();
      stdout.printf(Locale.ROOT, "Screened %,d entr%s from %d file%s as of %s under %s%n", total,
          total == 1 ? "y" : "ies", fileCount, fileCount == 1 ? "" : "s", asOf, policy.id());
      stdout.printf(Locale.ROOT, "  %-18s %10s %18s%n", "verdict", "entries", "IEEPA duty");
      for (Verdict verdict : Verdict.values()) {
        stdout.printf(Locale.ROOT, "  %-18s %,10d %,18.2f%n", verdict, tally.count(verdict),
            tally.ieepaDuty(verdict));
      }
      stdout.printf(Locale.ROOT, "  %-18s %,10d %,18.2f%n", "total", total, tally.totalIeepaDuty());
      long atRisk = tally.totalAtRisk();
      if (atRisk > 0) {
        stdout.printf(Locale.ROOT, "At risk: %,d eligible entr%s whose CAPE window closes within"
            + " %d days%n", atRisk, atRisk == 1 ? "y" : "ies", policy.settings().atRiskDays());
      }
      int payments = outcome.payments().size();
      long withoutInterest = outcome.entriesWithoutInterest();
      stdout.printf(Locale.ROOT, "Expected refunds: %,d payment%s, principal %,.2f, estimated"
          + " interest %,.2f%s (see payments.csv)%n", payments, payments == 1 ? "" : "s",
          outcome.expectedPrincipal(), outcome.expectedInterest(), withoutInterest == 0 ? ""
              : String.format(Locale.ROOT, ", interest unknown for %,d entr%s", withoutInterest,
                  withoutInterest == 1 ? "y" : "ies"));
      int notices = outcome.fileNotices().size();
      long problems = outcome.problemsWritten();
      stdout.printf(Locale.ROOT, "Rows: %,d read, %,d used, %,d with problems (%,d problem%s)%n",
          outcome.rows().rowsRead(), outcome.rows().rowsUsed(), outcome.rows().rowsRejected(),
          problems, problems == 1 ? "" : "s");
      stdout.printf(Locale.ROOT, "Policy: %s, in force from %s, %s%n", policy.id(),
          policy.effectiveDate(), policy.confirmation().isConfirmed()
              ? "confirmation " + policy.confirmation()
              : "UNCONFIRMED: no CBP bulletin found for it, only reports; check before declaring");
      LocalDate capeOpened = CapePolicies.PHASE_1.effectiveDate();
      if (asOf.isBefore(capeOpened)) {
        stdout.printf(Locale.ROOT, "Warning: as of %s CAPE was not open yet (it opened on %s);"
            + " check --as-of%n", asOf, capeOpened);
      }
      for (String notice : outcome.fileNotices()) {
        stdout.println("Note: " + notice);
      }
      outcome.notCheckedDeclared().forEach((fact, entries) -> stdout.printf(Locale.ROOT,
          "Not checked: no %s column, so %s did not run for %,d declared entr%s%n",
          Es003Column.columnsFor(fact).stream().map(c -> "'" + c.header() + "'")
              .collect(Collectors.joining(" or ")),
          StandardRules.checksOf(fact).stream().map(Enum::name).collect(Collectors.joining(", ")),
          entries, entries == 1 ? "y" : "ies"));
      stdout.println("Files written:");
      stdout.printf(Locale.ROOT, "  %s (%s)%n", outcome.reportFile(),
          count(total, "entry", "entries"));
      stdout.printf(Locale.ROOT, "  %s (%s)%n", outcome.problemsFile(),
          count(problems, "problem", "problems"));
      stdout.printf(Locale.ROOT, "  %s (%s)%n", outcome.noticesFile(),
          count(notices, "notice", "notices"));
      stdout.printf(Locale.ROOT, "  %s (%s)%n", outcome.paymentsFile(),
          count(payments, "expected payment", "expected payments"));
      for (DeclarationFile declaration : outcome.declarations()) {
        stdout.printf(Locale.ROOT, "  %s (%s, declaration for %s)%n", declaration.file(),
            count(declaration.entryCount(), "entry", "entries"), declaration.group());
      }
      if (outcome.declarations().isEmpty()) {
        stdout.println("  no declarations: no entry is ELIGIBLE or ELIGIBLE_DEFERRED");
      }
  }

  /** A count with its noun, grouped by thousands: "1 problem", "1,234 problems". */
  static String count(long count, String one, String many) {
    return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? one : many);
  }
}
