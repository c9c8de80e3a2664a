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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.caperules.core.ImporterNumber;
import org.caperules.core.ImporterLabels;
import org.caperules.core.date.CapeDeadlines;
import org.caperules.core.eligibility.CapePolicy;
import org.caperules.core.forecast.ForecastSettings;
import org.caperules.core.forecast.InterestRateTable;
import org.caperules.core.forecast.RateClass;
import org.caperules.core.forecast.RefundForecaster;
import org.caperules.csv.declaration.DeclarationWriter;
import org.caperules.ledger.ClaimLedger;
import org.caperules.ledger.LedgerScreening;
import org.caperules.screening.OutputDirectoryException;
import org.caperules.screening.ScreeningOutcome;
import org.caperules.screening.ScreeningRun;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cape-rules screen --as-of YYYY-MM-DD [--policy ID] [--out DIR] [--force] [--no-group]
 * [--require-all-checks] [--rate-class CLASS] [--roster FILE] [--rates FILE] [--ledger L
 * [--skip-declared]] FILE...}: runs a {@link ScreeningRun} over ES-003 exports ({@code .xlsx} and CSV side by side)
 * into DIR (default {@code ./cape-out}): {@code screening-report.csv}, {@code problems.csv},
 * {@code payments.csv}, {@code declarations/*.csv} and {@code declarations-manifest.csv}
 * ({@link org.caperules.csv.declaration.DeclarationSet}). It prints a summary on stdout: entries
 * and IEEPA duty per verdict, the expected refunds, rows read and rows with problems, the files
 * written; progress (inputs of 10 MB or more) and notes go to stderr. A DIR that is not empty
 * is refused unless {@code --force}. Example: {@code cape-rules screen --as-of 2026-07-13
 * es003-sample.csv} on the shipped sample prints "Screened 276 entries from 1 file as of
 * 2026-07-13 under WAREHOUSE_21_22_EXCLUDED", then the table per verdict. Refund interest is
 * at each importer's rate class (the roster's {@code rateClass}, else {@code --rate-class},
 * default CORPORATE) and the shipped rates with the quarters of {@code --rates} added or replaced.
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

  @Option(names = "--require-all-checks", description = "Do not declare an entry while a check"
      + " could not run for lack of a column (see the report's Not Checked column): such an"
      + " entry becomes NEEDS_REVIEW with reason CHECKS_NOT_RUN.")
  boolean requireAllChecks;

  @Option(names = "--rate-class", paramLabel = "CLASS", defaultValue = "CORPORATE",
      description = "The IRC 6621 rate class of refund interest for importers the roster does"
          + " not name: CORPORATE or NON_CORPORATE (default: ${DEFAULT-VALUE}).")
  @SuppressWarnings("NullAway.Init")
  RateClass rateClass;

  @Option(names = "--roster", paramLabel = "FILE", description = "A CSV roster of importers"
      + " (see 'cape-rules readiness --help'); its rateClass column sets each importer's rate"
      + " class.")
  @Nullable Path roster;

  @Option(names = "--rates", paramLabel = "FILE", description = "A rates file (Quarter,"
      + " Non-Corporate, Corporate, Source, Confirmation; for example 2027-Q1, 7, 6, IRS Rev."
      + " Rul. ..., REPORTED) whose quarters are added to, or replace, the shipped ones.")
  @Nullable Path rates;

  @Option(names = "--ledger", paramLabel = "L",
      description = "A claim ledger (SQLite file or jdbc:postgresql:// URL): records the"
          + " declarations, leaves out entries CAPE accepted, and adds the Claim Status column.")
  @Nullable String ledger;

  @Option(names = "--skip-declared", description = "With --ledger: leave out entries declared"
      + " before that have no CAPE result yet.")
  boolean skipDeclared;

  @Option(names = "--label-key", paramLabel = "FILE",
      description = "The key of the labels of SSN-form importers (ssn-NNNN-xxxxxxxx) in every"
          + " output (default: ~/.config/cape-rules/payee-label.key, created once).")
  @Nullable Path labelKey;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "ES-003 exports, .xlsx workbooks or CSV, side by side"
          + " (each file's format is read from its content).")
  @SuppressWarnings("NullAway.Init")
  List<Path> files;

  @Override
  public Integer call() {
    CapePolicy policy = CapeRulesCli.policy(spec, policyId, asOf);
    for (Path file : files) {
      if (Files.isDirectory(file)) {
        throw new UnusableInputException("ES-003 file '" + file + "' is a directory, not a file;"
            + " give the export files in it");
      }
    }
    if (skipDeclared && ledger == null) {
      throw new ParameterException(spec.commandLine(), "--skip-declared needs --ledger");
    }
    ScreeningRun.Builder run = ScreeningRun.builder().asOf(asOf).policy(policy).output(out)
        .force(force).requireAllChecks(requireAllChecks).labels(
            PayeeLabelKey.labels(labelKey, spec.commandLine().getErr()))
        .forecaster(RefundForecaster.of(forecastSettings())::forecast).grouping(noGroup ? DeclarationWriter.Grouping.NONE
            : DeclarationWriter.Grouping.BY_IMPORTER)
        .progress(new StderrProgress(spec.commandLine().getErr()));
    String location = ledger;
    if (location == null) {
      ScreenSummary.print(spec.commandLine().getOut(), run(run), policy, asOf, files.size(),
          requireAllChecks);
      return CapeRulesCli.EXIT_OK;
    }
    boolean created = LedgerLocations.isNewFile(location);
    try (ClaimLedger claims = ClaimLedger.open(location)) {
      LedgerScreening history = claims.screeningHistory(asOf, skipDeclared);
      ScreeningOutcome outcome = run(run.history(history));
      PrintWriter stdout = spec.commandLine().getOut();
      ScreenSummary.print(stdout, outcome, policy, asOf, files.size(), requireAllChecks);
      if (created) {
        // a first run starts the ledger; a mistyped name would start another: say which
        stdout.println("Created the claim ledger " + claims.location());
      }
      stdout.printf(Locale.ROOT, "Ledger %s: %d declared entr%s recorded; left out of the declarations: %d"
          + " accepted by CAPE, %d declared before with no result yet%s%n", claims.location(),
          history.recorded(), history.recorded() == 1 ? "y" : "ies", history.leftOutAccepted(),
          history.leftOutDeclared(), skipDeclared ? " (--skip-declared)" : "");
    }
    return CapeRulesCli.EXIT_OK;
  }

  private ScreeningOutcome run(ScreeningRun.Builder run) {
    try {
      return run.build().run(files);
    } catch (OutputDirectoryException ex) {
      throw new UnusableInputException("Output directory '" + out + "' "
          + (ex.reason() == OutputDirectoryException.Reason.IS_A_FILE ? "is a file" : "is not"
              + " empty; use --force to write into it (its reports, manifest and declaration set"
              + " are replaced)"));
    }
  }

  /** The rate classes of the roster and the rates file, over the defaults. */
  private ForecastSettings forecastSettings() {
    ForecastSettings.Builder settings = ForecastSettings.builder().rateClass(rateClass);
    Path rateFile = rates;
    if (rateFile != null) {
      if (!Files.isRegularFile(rateFile)) {
        throw new UnusableInputException("Rates file '" + rateFile + "' does not exist");
      }
      try {
        settings.rateTable(InterestRateTable.standard()
            .extendedWith(InterestRateTable.read(rateFile)));
      } catch (IllegalArgumentException | java.io.UncheckedIOException ex) {
        throw new UnusableInputException("Rates file: " + ex.getMessage());
      }
    }
    Path rosterFile = roster;
    if (rosterFile != null) {
      for (ReadinessRoster.Row row : ReadinessRoster.read(rosterFile)) {
        ImporterNumber importer = row.importer();
        RateClass own = row.rateClass();
        if (importer != null && own != null) {
          settings.putImporterRateClasses(importer, own);
        }
      }
    }
    return settings.build();
  }
}
