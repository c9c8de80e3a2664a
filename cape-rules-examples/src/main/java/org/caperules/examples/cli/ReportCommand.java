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
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caperules.core.EntryNumber;
import org.caperules.core.result.Problem;
import org.caperules.ledger.ClaimLedger;
import org.caperules.ledger.ClaimState;
import org.caperules.ledger.Reconciliation;
import org.caperules.ledger.ReconciliationStatus;
import org.caperules.report.ImporterReport;
import org.caperules.report.ReportInputException;
import org.caperules.report.ReportOutcome;
import org.caperules.report.figures.ImporterFigures;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cape-rules report --as-of D --screening-report FILE [--payments FILE] [--readiness
 * FILE] [--ledger L] --out DIR}: a page per importer that a broker can send, written by
 * {@link ImporterReport} from the outputs of {@code screen} (and {@code readiness}):
 * {@code DIR/index.html} with every importer sorted by money at risk, and one
 * {@code DIR/<importer>.html} each. Prints one line per importer, most money at risk first;
 * input rows left out go to stderr, each naming file, line, column, value and entry.
 *
 * <p>Example: {@code cape-rules report --as-of 2026-07-13 --screening-report
 * cape-out/screening-report.csv --payments cape-out/payments.csv --out cape-out/pages} writes
 * {@code index.html} and 8 importer pages for the shipped sample.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Writes a page per importer from the outputs of screen: headline figures"
        + " (IEEPA duty by verdict, estimated interest, expected payments by month), a deadline"
        + " chart, readiness blockers, claims and the entry table, as self-contained HTML"
        + " (inline CSS and SVG, no script), printable.",
        "Writes DIR/index.html (every importer, most money at risk first) and one"
            + " DIR/<importer>.html per importer."})
final class ReportCommand implements Callable<Integer> {

  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD",
      description = "The date of the report: today on the pages (normally the screening's).")
  @SuppressWarnings("NullAway.Init")
  LocalDate asOf;

  @Option(names = "--screening-report", required = true, paramLabel = "FILE",
      description = "The screening report written by screen (screening-report.csv).")
  @SuppressWarnings("NullAway.Init")
  Path screeningReport;

  @Option(names = "--payments", paramLabel = "FILE",
      description = "The expected payments written by screen (payments.csv).")
  @Nullable Path payments;

  @Option(names = "--readiness", paramLabel = "FILE",
      description = "The readiness file written by readiness (readiness.csv).")
  @Nullable Path readiness;

  @Option(names = "--ledger", paramLabel = "L", description = "A claim ledger (SQLite file or"
      + " jdbc:postgresql:// URL): the claims of entries whose report has no Claim Status.")
  @Nullable String ledger;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "The directory the pages are written to; created if missing. Pages of the"
          + " same names are replaced.")
  @SuppressWarnings("NullAway.Init")
  Path out;

  @Override
  public Integer call() {
    ImporterReport.Builder builder = ImporterReport.builder().asOf(asOf)
        .screeningReport(screeningReport).output(out);
    Path paymentsFile = payments;
    if (paymentsFile != null) {
      builder.payments(paymentsFile);
    }
    Path readinessFile = readiness;
    if (readinessFile != null) {
      builder.readiness(readinessFile);
    }
    String location = ledger;
    if (location != null) {
      builder.claimStatuses(claimStatuses(location, asOf));
    }
    ReportOutcome outcome;
    try {
      outcome = builder.build().write();
    } catch (ReportInputException ex) {
      throw new UnusableInputException(CapeRulesCli.oneLine(ex.getMessage()));
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Problem problem : outcome.problems()) {
      err.println("cape-rules: " + problem.message());
    }
    out.println("Report as of " + asOf + ": " + outcome.pages().size() + " importer pages and "
        + outcome.index().getFileName() + " in " + this.out);
    out.println(String.format(Locale.ROOT, "  %-24s %8s %16s %16s  %s", "importer",
        "at risk", "money at risk", "declarable", "page"));
    for (int i = 0; i < outcome.pages().size(); i++) {
      ImporterFigures importer = outcome.figures().importers().get(i);
      out.println(String.format(Locale.ROOT, "  %-24s %8d %,16.2f %,16.2f  %s",
          importer.importer(), importer.atRisk().count(), importer.atRisk().amount(),
          importer.declarable().amount(), outcome.pages().get(i).getFileName()));
    }
    if (!outcome.problems().isEmpty()) {
      out.println(outcome.problems().size() + " input rows left out (see stderr and the"
          + " index page).");
    }
    return CapeRulesCli.EXIT_OK;
  }

  /**
   * The claim status of every entry the ledger knows, by entry number: as the screening report's
   * Claim Status column writes it, or {@code PAID} / {@code REJECTED_ACH} once a refund report
   * matched its payment.
   */
  private static Map<String, String> claimStatuses(String location, LocalDate asOf) {
    Map<String, String> statuses = new HashMap<>();
    // reading a ledger never creates one: a mistyped file name would show "no claims"
    try (ClaimLedger claims = LedgerLocations.openExisting(location)) {
      for (Map.Entry<EntryNumber, ClaimState> state : claims.claimStates().entrySet()) {
        String status = state.getValue().claimStatus();
        if (!status.isEmpty()) {
          statuses.put(state.getKey().value(), status);
        }
      }
      for (Reconciliation payment : claims.reconcile(asOf)) {
        if (payment.status() == ReconciliationStatus.PAID
            || payment.status() == ReconciliationStatus.REJECTED_ACH) {
          for (String entry : payment.entryNumbers()) {
            statuses.put(entry, payment.status().name());
          }
        }
      }
    }
    return statuses;
  }
}
