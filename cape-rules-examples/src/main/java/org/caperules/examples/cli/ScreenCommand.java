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
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.caperules.core.date.CapeDeadlines;
import org.caperules.core.eligibility.CapePolicy;
import org.caperules.core.eligibility.ScreeningSummary;
import org.caperules.core.eligibility.Verdict;
import org.caperules.core.rule.StandardRules;
import org.caperules.csv.declaration.DeclarationFile;
import org.caperules.csv.declaration.DeclarationWriter;
import org.caperules.csv.es003.Es003Column;
import org.caperules.screening.OutputDirectoryException;
import org.caperules.screening.ScreeningOutcome;
import org.caperules.screening.ScreeningRun;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cape-rules screen --as-of YYYY-MM-DD [--policy ID] [--out DIR] [--force] [--no-group]
 * FILE...}: runs a {@link ScreeningRun} over ES-003 exports ({@code .xlsx} and CSV side by side)
 * into DIR (default {@code ./cape-out}): {@code screening-report.csv}, {@code problems.csv},
 * {@code payments.csv} and {@code declarations/*.csv}. It prints a summary on stdout: entries
 * and IEEPA duty per verdict, the expected refunds, rows read and rows with problems, the files
 * written; progress (inputs of 10 MB or more) and notes go to stderr. A DIR that is not empty
 * is refused unless {@code --force}. Example: {@code cape-rules screen --as-of 2026-07-13
 * es003-sample.csv} on the shipped sample prints "Screened 276 entries from 1 file as of
 * 2026-07-13 under WAREHOUSE_21_22_EXCLUDED", then the table per verdict.
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
    description = "Screens ACE ES-003 exports for CAPE and writes screening-report.csv,"
        + " problems.csv, payments.csv and declarations/*.csv (every ELIGIBLE and ELIGIBLE_DEFERRED entry) into"
        + " the output directory; prints a summary.")
final class ScreenCommand implements Callable<Integer> {

  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD",
      description = "The date of the screening: the policy in force on it applies, and the"
          + " " + CapeDeadlines.CAPE_WINDOW_DAYS + "-day window is counted to it.")
  @SuppressWarnings("NullAway.Init")
  LocalDate asOf;

  /** The day CAPE opened (CSMS #68315804): Phase 1 from Mon 2026-04-20. */
  private static final LocalDate CAPE_OPENED = LocalDate.of(2026, 4, 20);

  @Option(names = "--policy", paramLabel = "ID",
      description = "Screen under this policy instead of the one in force on the as-of date"
          + " (see 'cape-rules policies').")
  @Nullable String policyId;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "cape-out",
      description = "The output directory (default: ${DEFAULT-VALUE}); created if missing.")
  @SuppressWarnings("NullAway.Init")
  Path out;

  @Option(names = "--force", description = "Write into a directory that is not empty.")
  boolean force;

  @Option(names = "--no-group", description = "Do not group declarations by importer.")
  boolean noGroup;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "ES-003 exports, .xlsx workbooks or CSV, side by side"
          + " (each file's format is read from its content).")
  @SuppressWarnings("NullAway.Init")
  List<Path> files;

  @Override
  public Integer call() {
    CapePolicy policy = CapeRulesCli.policy(spec, policyId, asOf);
    ScreeningOutcome outcome;
    try {
      outcome = ScreeningRun.builder().asOf(asOf).policy(policy).output(out).force(force)
          .grouping(noGroup ? DeclarationWriter.Grouping.NONE
              : DeclarationWriter.Grouping.BY_IMPORTER)
          .progress(new StderrProgress(spec.commandLine().getErr())).build().run(files);
    } catch (OutputDirectoryException ex) {
      throw new UnusableInputException("Output directory '" + out + "' "
          + (ex.reason() == OutputDirectoryException.Reason.IS_A_FILE ? "is a file" : "is not"
              + " empty; use --force to write into it (its reports and declarations are replaced)"));
    }
    PrintWriter stdout = spec.commandLine().getOut();
    ScreeningSummary tally = outcome.summary();
    long total = tally.total();
    stdout.printf(Locale.ROOT, "Screened %,d entr%s from %d file%s as of %s under %s%n", total,
        total == 1 ? "y" : "ies", files.size(), files.size() == 1 ? "" : "s", asOf, policy.id());
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
    int problems = outcome.read().problems().size() - notices;
    stdout.printf(Locale.ROOT, "Rows: %,d read, %,d used, %,d with problems (%,d problem%s)%n",
        outcome.rows().rowsRead(), outcome.rows().rowsUsed(), outcome.rows().rowsRejected(),
        problems, problems == 1 ? "" : "s");
    stdout.printf(Locale.ROOT, "Policy: %s, in force from %s, %s%n", policy.id(),
        policy.effectiveDate(), policy.confirmation().isConfirmed()
            ? "confirmation " + policy.confirmation()
            : "UNCONFIRMED: no CBP bulletin found for it, only reports; check before declaring");
    if (asOf.isBefore(CAPE_OPENED)) {
      stdout.printf(Locale.ROOT, "Warning: as of %s CAPE was not open yet (it opened on %s);"
          + " check --as-of%n", asOf, CAPE_OPENED);
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
    stdout.printf(Locale.ROOT, "  %s (%,d entries)%n", outcome.reportFile(), total);
    stdout.printf(Locale.ROOT, "  %s (%,d problems)%n", outcome.problemsFile(), problems);
    stdout.printf(Locale.ROOT, "  %s (%,d notices)%n", outcome.noticesFile(), notices);
    stdout.printf(Locale.ROOT, "  %s (%,d expected payments)%n", outcome.paymentsFile(), payments);
    for (DeclarationFile declaration : outcome.declarations()) {
      stdout.printf(Locale.ROOT, "  %s (%,d entries, declaration for %s)%n", declaration.file(),
          declaration.entryCount(), declaration.group());
    }
    if (outcome.declarations().isEmpty()) {
      stdout.println("  no declarations: no entry is ELIGIBLE or ELIGIBLE_DEFERRED");
    }
    return CapeRulesCli.EXIT_OK;
  }
}
