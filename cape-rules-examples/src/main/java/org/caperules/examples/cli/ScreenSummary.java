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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.core.eligibility.CapePolicies;
import org.caperules.core.eligibility.CapePolicy;
import org.caperules.core.eligibility.ScreeningSummary;
import org.caperules.core.eligibility.Verdict;
import org.caperules.core.forecast.ExpectedPayment;
import org.caperules.core.internal.MoneyTexts;
import org.caperules.core.rule.StandardRules;
import org.caperules.csv.declaration.DeclarationFile;
import org.caperules.csv.declaration.DeclarationManifest;
import org.caperules.es003.Es003Column;
import org.caperules.screening.ScreeningOutcome;

/**
 * The summary {@code cape-rules screen} prints on stdout: entries and IEEPA duty per verdict,
 * entries at risk, the expected refunds, the row accounting, the policy applied and its
 * confirmation (for an unconfirmed policy, how many declared entries rest on it alone; a warning
 * for an as-of date before CAPE opened, on the effective date of {@code PHASE_1}), the notices,
 * the checks that could not run for lack of a column with the entries that rely on each, and the
 * files written: up to {@value #MAX_LISTED} declaration files one by one, beyond that the first
 * {@value #LISTED_WHEN_MANY} and a count (the manifest lists them all).
 */
final class ScreenSummary {

  /** Declaration files listed one by one when there are no more than this many. */
  static final int MAX_LISTED = 12;
  /** Declaration files listed when there are more; the manifest lists them all. */
  static final int LISTED_WHEN_MANY = 10;

  private ScreenSummary() {}

  /**
   * Prints the summary of a run.
   *
   * @param stdout  where to print
   * @param outcome  what the run did
   * @param policy  the policy applied
   * @param asOf  the as-of date of the run
   * @param fileCount  how many input files were given
   * @param allChecksRequired  whether {@code --require-all-checks} was given
   */
  static void print(PrintWriter stdout, ScreeningOutcome outcome, CapePolicy policy,
      LocalDate asOf, int fileCount, boolean allChecksRequired) {
      ScreeningSummary tally = outcome.summary();
      long total = tally.total();
      stdout.printf(Locale.ROOT, "Screened %,d entr%s from %d file%s as of %s under %s%n", total,
          total == 1 ? "y" : "ies", fileCount, fileCount == 1 ? "" : "s", asOf, policy.id());
      stdout.printf(Locale.ROOT, "  %-18s %10s %18s%n", "verdict", "entries", "IEEPA duty");
      for (Verdict verdict : Verdict.values()) {
        stdout.printf(Locale.ROOT, "  %-18s %,10d %18s%n", verdict, tally.count(verdict),
            MoneyTexts.grouped(tally.ieepaDuty(verdict)));
      }
      stdout.printf(Locale.ROOT, "  %-18s %,10d %18s%n", "total", total,
          MoneyTexts.grouped(tally.totalIeepaDuty()));
      long atRisk = tally.totalAtRisk();
      if (atRisk > 0) {
        stdout.printf(Locale.ROOT, "At risk: %,d eligible entr%s whose CAPE window closes within"
            + " %d days%n", atRisk, atRisk == 1 ? "y" : "ies", policy.settings().atRiskDays());
      }
      int payments = outcome.payments().size();
      stdout.printf(Locale.ROOT, "Expected refunds: %,d payment%s, principal %s, %s (see"
          + " payments.csv)%n", payments, payments == 1 ? "" : "s",
          MoneyTexts.grouped(outcome.expectedPrincipal()), interest(outcome));
      int notices = outcome.fileNotices().size();
      long problems = outcome.problemsWritten();
      long repeated = outcome.rows().rowsRepeated();
      long skipped = outcome.rows().rowsSkipped();
      stdout.printf(Locale.ROOT, "Rows: %,d read, %,d used, %s%s%,d with problems (%,d problem%s)%n",
          outcome.rows().rowsRead(), outcome.rows().rowsUsed(), repeated == 0 ? ""
              : String.format(Locale.ROOT, "%,d repeated (overlapping exports: used once), ",
                  repeated),
          skipped == 0 ? "" : String.format(Locale.ROOT, "%,d skipped (title and footer rows), ",
              skipped),
          outcome.rows().rowsRejected(), problems, problems == 1 ? "" : "s");
      stdout.printf(Locale.ROOT, "Policy: %s, in force from %s, %s%n", policy.id(),
          policy.effectiveDate(), policy.confirmation().isConfirmed()
              ? "confirmation " + policy.confirmation()
              : "UNCONFIRMED: no CBP bulletin found for it, only reports; check before declaring");
      if (!policy.confirmation().isConfirmed()) {
        unconfirmed(stdout, policy, tally);
      }
      LocalDate capeOpened = CapePolicies.PHASE_1.effectiveDate();
      if (asOf.isBefore(capeOpened)) {
        stdout.printf(Locale.ROOT, "Warning: as of %s CAPE was not open yet (it opened on %s);"
            + " check --as-of%n", asOf, capeOpened);
      }
      for (String notice : outcome.fileNotices()) {
        stdout.println("Note: " + notice);
      }
      outcome.notCheckedDeclared().forEach((fact, entries) -> stdout.printf(Locale.ROOT,
          "Not checked: no %s column, so %s did not run%s%n",
          Es003Column.columnsFor(fact).stream().map(c -> "'" + c.header() + "'")
              .collect(Collectors.joining(" or ")),
          StandardRules.checksOf(fact).stream().map(Enum::name).collect(Collectors.joining(", ")),
          allChecksRequired
              ? "; " + count(entries, "entry", "entries") + " held back as NEEDS_REVIEW by"
                  + " --require-all-checks"
              : " for " + count(entries, "declared entry", "declared entries")));
      stdout.println("Files written:");
      stdout.printf(Locale.ROOT, "  %s (%s)%n", outcome.reportFile(),
          count(total, "entry", "entries"));
      stdout.printf(Locale.ROOT, "  %s (%s)%n", outcome.problemsFile(),
          count(problems, "problem", "problems"));
      stdout.printf(Locale.ROOT, "  %s (%s)%n", outcome.noticesFile(),
          count(notices, "notice", "notices"));
      stdout.printf(Locale.ROOT, "  %s (%s)%n", outcome.paymentsFile(),
          count(payments, "expected payment", "expected payments"));
      List<DeclarationFile> declarations = outcome.declarations();
      int shown = declarations.size() <= MAX_LISTED ? declarations.size() : LISTED_WHEN_MANY;
      for (DeclarationFile declaration : declarations.subList(0, shown)) {
        stdout.printf(Locale.ROOT, "  %s (%s, declaration for %s)%n", declaration.file(),
            count(declaration.entryCount(), "entry", "entries"), declaration.group());
      }
      if (shown < declarations.size()) {
        long entries = 0;
        for (DeclarationFile declaration : declarations) {
          entries += declaration.entryCount();
        }
        stdout.printf(Locale.ROOT, "  ... and %,d more declaration files (%s in %s; every file"
            + " is listed in the manifest)%n", declarations.size() - shown,
            count(entries, "entry", "entries"), count(declarations.size(), "file", "files"));
      }
      if (declarations.isEmpty()) {
        stdout.println("  no declarations: no entry is ELIGIBLE or ELIGIBLE_DEFERRED");
      }
      stdout.printf(Locale.ROOT, "  %s (%s, with their SHA-256)%n",
          outcome.reportFile().resolveSibling(DeclarationManifest.FILE_NAME),
          count(declarations.size(), "declaration file", "declaration files"));
  }

  /**
   * The estimated interest of the expected refunds, never a partial sum passed off as the whole
   * nor {@code 0.00} for unknown: "estimated interest 1,234.56" when every entry's interest is
   * known, "estimated interest 1,234.56 on 3 entries, unknown for 1 entry" when some are not,
   * "estimated interest unknown for 4 entries" when none is.
   */
  private static String interest(ScreeningOutcome outcome) {
    long without = outcome.entriesWithoutInterest();
    String known = "estimated interest " + MoneyTexts.grouped(outcome.expectedInterest());
    if (without == 0) {
      return known;
    }
    long entries = 0;
    for (ExpectedPayment payment : outcome.payments()) {
      entries += payment.entryCount();
    }
    String unknown = "unknown for " + count(without, "entry", "entries");
    return without == entries ? "estimated interest " + unknown
        : known + " on " + count(entries - without, "entry", "entries") + ", " + unknown;
  }

  /**
   * The line of an unconfirmed policy: how many declared entries rest on it alone, against the
   * confirmed policy it supersedes ({@code Assessment.declaredOnlyUnderUnconfirmedPolicy()}).
   */
  private static void unconfirmed(PrintWriter stdout, CapePolicy policy,
      ScreeningSummary tally) {
    long only = tally.declaredOnlyUnderUnconfirmedPolicy();
    Optional<CapePolicy> baseline = CapeEngine.of(policy).confirmedBaseline(policy);
    stdout.printf(Locale.ROOT, "Unconfirmed policy: %s declared only because of %s%s%n",
        count(only, "entry is", "entries are"), policy.id(), baseline
            .map(b -> "; " + b.id() + ", the confirmed policy it supersedes, would not declare "
                + (only == 1 ? "it" : "them"))
            .orElse("; no confirmed policy precedes it"));
  }

  /** A count with its noun, grouped by thousands: "1 problem", "1,234 problems". */
  static String count(long count, String one, String many) {
    return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? one : many);
  }
}
