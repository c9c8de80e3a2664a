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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caperules.core.result.Problem;
import org.caperules.ledger.ClaimLedger;
import org.caperules.ledger.LedgerReports;
import org.caperules.ledger.PaymentColumns;
import org.caperules.ledger.PaymentImport;
import org.caperules.ledger.PaymentReport;
import org.caperules.ledger.Reconciliation;
import org.caperules.ledger.ReconciliationStatus;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cape-rules payments --ledger L --as-of YYYY-MM-DD [--report REV-6NN] [--columns
 * field=Header,...] [--out DIR] FILE...}: records refund reports (REV-603 paid, REV-613 ACH
 * rejected, REV-615 paid per entry) in the claim ledger, matches them against the accepted
 * entries' expected payments, and writes {@code payment-reconciliation.csv} into DIR. Each
 * file's report is named by {@code --report} or read from its file name. Example: {@code
 * cape-rules payments --ledger claims.db --as-of 2026-09-20 REV-615-2026-09.csv} prints
 * "Recorded 1 payment line from 1 file; expected payments: 1 PAID".
 */
@Command(name = "payments", mixinStandardHelpOptions = true,
    description = "Records CBP refund reports (REV-603, REV-613, REV-615; CSV) in the claim ledger"
        + " and writes payment-reconciliation.csv.")
final class PaymentsCommand implements Callable<Integer> {

  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  @Option(names = "--ledger", required = true, paramLabel = "L",
      description = "The claim ledger: a SQLite file (screen --ledger or results --ledger"
          + " creates it) or a jdbc:postgresql:// URL.")
  @SuppressWarnings("NullAway.Init")
  String ledger;

  @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD",
      description = "The day the reports are read; expected payments whose window ended before"
          + " it are OVERDUE.")
  @SuppressWarnings("NullAway.Init")
  LocalDate asOf;

  @Option(names = "--report", paramLabel = "REV-6NN",
      description = "The report every FILE is (REV-603, REV-613 or REV-615); default: read from"
          + " each file's name.")
  @Nullable String report;

  @Option(names = "--columns", paramLabel = "FIELD=HEADER,...",
      description = "Header names replacing the defaults (CBP has not published the reports'"
          + " headers): fields entry_number, payee, amount, interest, date, reference, status.")
  @Nullable String columns;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "cape-out",
      description = "The output directory (default: ${DEFAULT-VALUE}); created if missing.")
  @SuppressWarnings("NullAway.Init")
  Path out;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Refund reports, CSV.")
  @SuppressWarnings("NullAway.Init")
  List<Path> files;

  @Override
  public Integer call() {
    PaymentColumns mapping;
    try {
      mapping = columns == null ? PaymentColumns.defaults() : PaymentColumns.parse(columns);
    } catch (IllegalArgumentException ex) {
      throw new ParameterException(spec.commandLine(), ex.getMessage());
    }
    PrintWriter stdout = spec.commandLine().getOut();
    List<PaymentReport> reports = new ArrayList<>(files.size());
    for (Path file : files) {
      reports.add(reportOf(file));  // every file's report known before the ledger is opened
    }
    List<Reconciliation> reconciliations;
    long recorded = 0;
    try (ClaimLedger claims = LedgerLocations.openExisting(ledger)) {
      for (int i = 0; i < files.size(); i++) {
        Path file = files.get(i);
        PaymentImport imported = claims.importPayments(file, reports.get(i), mapping, asOf);
        recorded += imported.recorded();
        if (imported.alreadyImported()) {
          stdout.printf(Locale.ROOT, "  %s was imported before: nothing new recorded%n", imported.fileName());
        }
        for (Problem problem : imported.problems()) {
          stdout.println("  " + problem);
        }
      }
      reconciliations = claims.reconcile(asOf);
    }
    Path report = out.resolve(LedgerReports.RECONCILIATION_REPORT);
    LedgerReports.writeReconciliation(report, reconciliations);
    Map<ReconciliationStatus, Integer> counts = new EnumMap<>(ReconciliationStatus.class);
    for (Reconciliation reconciliation : reconciliations) {
      counts.merge(reconciliation.status(), 1, Integer::sum);
    }
    StringBuilder byStatus = new StringBuilder();
    counts.forEach((status, count) -> byStatus.append(byStatus.length() == 0 ? "" : ", ")
        .append(count).append(' ').append(status.name()));
    stdout.printf(Locale.ROOT, "Recorded %d payment line%s from %d file%s; expected payments: %s%n", recorded,
        recorded == 1 ? "" : "s", files.size(), files.size() == 1 ? "" : "s",
        byStatus.length() == 0 ? "none" : byStatus);
    stdout.println("Wrote " + report);
    return CapeRulesCli.EXIT_OK;
  }

  private PaymentReport reportOf(Path file) {
    String given = report;
    if (given != null) {
      return PaymentReport.find(given).orElseThrow(() -> new ParameterException(
          spec.commandLine(), "--report '" + given + "' is not REV-603, REV-613 or REV-615"));
    }
    Path name = file.getFileName();
    return PaymentReport.fromFileName(name == null ? file.toString() : name.toString())
        .orElseThrow(() -> new UnusableInputException("Refund report '" + file + "': its name"
            + " does not say which report it is (REV-603, REV-613 or REV-615); give --report"));
  }
}
