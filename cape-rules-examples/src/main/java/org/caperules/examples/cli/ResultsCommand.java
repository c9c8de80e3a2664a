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

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caperules.core.EntryNumber;
import org.caperules.core.result.Problem;
import org.caperules.core.rule.Resubmit;
import org.caperules.csv.declaration.DeclarationFile;
import org.caperules.csv.result.ResultOutcome;
import org.caperules.ledger.ClaimLedger;
import org.caperules.ledger.ClaimState;
import org.caperules.ledger.LedgerReports;
import org.caperules.ledger.ResultAdvice;
import org.caperules.ledger.ResultImport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cape-rules results --as-of YYYY-MM-DD [--ledger L] [--out DIR] FILE...}: reads CAPE
 * validation result and Claim Details files (CSV), records them in the claim ledger if one is
 * given ({@link ClaimLedger#importResults}; the same file twice changes nothing), and writes
 * {@code results-report.csv} (what each answer means, the fix, and whether to declare again)
 * and {@code resubmit/*.csv} (declarations of the entries to declare again now) into DIR. It
 * prints a summary: accepted, failed, failures new to the ledger, failures whose CAPE window
 * closes within 7 days. Example: {@code cape-rules results --as-of 2026-07-20 --ledger
 * claims.db claim-details.csv} prints "Read 2 results from 1 file: 1 accepted, 1 failed (1 new
 * since the last import), 0 closing within 7 days".
 */
@Command(name = "results", mixinStandardHelpOptions = true,
    description = "Reads CAPE result files (Claim Details, validation results; CSV), records them"
        + " in the claim ledger, and writes results-report.csv and resubmit/*.csv.")
final class ResultsCommand implements Callable<Integer> {

  /** A failure whose window closes within this many days is counted apart. */
  static final int CLOSING_DAYS = 7;

  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD",
      description = "The day the files are read (recorded in the ledger; Days Left counts to it).")
  @SuppressWarnings("NullAway.Init")
  LocalDate asOf;

  @Option(names = "--ledger", paramLabel = "L",
      description = "The claim ledger: a SQLite file (created if missing) or a jdbc:postgresql://"
          + " URL. Without it nothing is recorded.")
  @Nullable String ledger;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "cape-out",
      description = "The output directory (default: ${DEFAULT-VALUE}); created if missing.")
  @SuppressWarnings("NullAway.Init")
  Path out;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "CAPE result files, CSV as downloaded from the ACE Portal.")
  @SuppressWarnings("NullAway.Init")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    List<ResultImport> imports = new ArrayList<>();
    Map<EntryNumber, ClaimState> states;
    String location = ledger;
    if (location == null) {
      for (Path file : files) {
        imports.add(ResultImport.read(file));
      }
      states = Map.of();
    } else {
      boolean created = LedgerLocations.isNewFile(location);
      try (ClaimLedger claims = ClaimLedger.open(location)) {
        if (created) {
          stdout.println("Created the claim ledger " + claims.location());
        }
        for (Path file : files) {
          imports.add(claims.importResults(file, asOf));
        }
        states = claims.claimStates();
      }
    }
    List<ResultAdvice> advice = LedgerReports.advise(imports, states, asOf);
    Path report = out.resolve(LedgerReports.RESULTS_REPORT);
    LedgerReports.writeResults(report, advice);
    Path resubmit = out.resolve(LedgerReports.RESUBMIT_DIRECTORY);
    clearDeclarations(resubmit);
    List<DeclarationFile> again = LedgerReports.writeResubmit(resubmit, advice, states);
    print(stdout, imports, advice, again, report);
    return CapeRulesCli.EXIT_OK;
  }

  private void print(PrintWriter stdout, List<ResultImport> imports, List<ResultAdvice> advice,
      List<DeclarationFile> again, Path report) {
    long rows = 0;
    long accepted = 0;
    long failed = 0;
    long newFailures = 0;
    long rejected = 0;
    for (ResultImport imported : imports) {
      rows += imported.rows().size();
      accepted += imported.accepted();
      failed += imported.failed();
      newFailures += imported.newFailures();
      rejected += imported.accounting().rowsRejected();
    }
    long closing = advice.stream().filter(a -> a.closesWithin(CLOSING_DAYS)).count();
    stdout.printf(Locale.ROOT, "Read %d result%s from %d file%s: %d accepted, %d failed (%s), %d closing"
        + " within %d days%n", rows, rows == 1 ? "" : "s", files.size(),
        files.size() == 1 ? "" : "s", accepted, failed,
        ledger == null ? "no ledger given" : newFailures + " new since the last import",
        closing, CLOSING_DAYS);
    for (ResultImport imported : imports) {
      if (imported.alreadyImported()) {
        stdout.printf(Locale.ROOT, "  %s was imported before: nothing new recorded%n", imported.fileName());
      }
      for (Problem problem : imported.problems()) {
        stdout.println("  " + problem);
      }
    }
    if (rejected > 0) {
      stdout.printf(Locale.ROOT, "  %d row%s could not be read (listed above)%n", rejected,
          rejected == 1 ? "" : "s");
    }
    for (Resubmit resubmit : Resubmit.values()) {
      long count = advice.stream().filter(a -> a.resubmit() == resubmit
          && a.row().outcome() != ResultOutcome.ACCEPTED).count();
      if (count > 0) {
        stdout.printf(Locale.ROOT, "  Resubmit %-9s %d%n", resubmit.name(), count);
      }
    }
    stdout.println("Wrote " + report);
    for (DeclarationFile file : again) {
      stdout.println("Wrote " + file.file() + " (" + file.entryCount() + " entries to declare"
          + " again)");
    }
  }

  /** Removes the declarations of an earlier run, so none is uploaded twice. */
  private static void clearDeclarations(Path directory) {
    if (!Files.isDirectory(directory)) {
      return;
    }
    try (DirectoryStream<Path> old = Files.newDirectoryStream(directory, "*.csv")) {
      for (Path file : old) {
        Files.delete(file);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("Directory '" + directory + "' cannot be cleared", ex);
    }
  }
}
