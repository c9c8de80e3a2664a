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

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.caperules.core.EntryNumber;
import org.caperules.core.ImporterNumber;
import org.caperules.core.rule.Resubmit;
import org.caperules.csv.declaration.DeclarationEntry;
import org.caperules.csv.declaration.DeclarationFile;
import org.caperules.csv.declaration.DeclarationWriter;
import org.caperules.csv.internal.CsvOutput;
import org.jspecify.annotations.Nullable;

/**
 * Writes the ledger's CSV reports, each atomically, UTF-8, CRLF, every cell spreadsheet-safe,
 * money with two decimals, SSN-form importer numbers masked ({@code ***-**-6789}):
 *
 * <ul>
 *   <li>{@value #RESULTS_REPORT}: {@link #RESULTS_HEADER}, one row per CAPE result row;
 *   <li>{@value #RESUBMIT_DIRECTORY}{@code /*.csv}: CAPE declarations of the entries to declare
 *       {@link Resubmit#AGAIN}, through {@link DeclarationWriter} (one importer per file, 9,999
 *       entries at most, each file atomic);
 *   <li>{@value #RECONCILIATION_REPORT}: {@link #RECONCILIATION_HEADER}, one row per expected
 *       payment;
 *   <li>{@value #STATUS_REPORT}: {@link #STATUS_HEADER}, one row per importer.
 * </ul>
 *
 * <p>Example results row: {@code BII05992854,12-3456789A1,C2026000123,Failed,UNABLE TO CALCULATE
 * DUTY,ACE could not recalculate the duty; often transient,Declare the entry again; ...,AGAIN,
 * 2026-09-30,72}.
 */
public final class LedgerReports {

  /** The results report's file name. */
  public static final String RESULTS_REPORT = "results-report.csv";
  /** The directory of the re-declarations. */
  public static final String RESUBMIT_DIRECTORY = "resubmit";
  /** The payment reconciliation's file name. */
  public static final String RECONCILIATION_REPORT = "payment-reconciliation.csv";
  /** The status report's file name. */
  public static final String STATUS_REPORT = "status.csv";

  /** The columns of {@value #RESULTS_REPORT}. */
  public static final List<String> RESULTS_HEADER = List.of("Entry Number", "Importer Number",
      "Claim Number", "Status", "Error", "Meaning", "Fix", "Resubmit", "CAPE Last Day",
      "Days Left");

  /** The columns of {@value #RECONCILIATION_REPORT}. */
  public static final List<String> RECONCILIATION_HEADER = List.of("Payee", "Expected Liquidation",
      "Entries", "Entry Numbers", "Expected Principal", "Expected Interest", "Received",
      "Difference", "Status", "Reports", "Paid On", "Expected Payment To", "Fix");

  /** The columns of {@value #STATUS_REPORT}. */
  public static final List<String> STATUS_HEADER = List.of("Importer Number", "Declared",
      "Accepted", "Failed", "New Failures", "Paid", "Rejected", "Soonest Entry",
      "Soonest Window", "Soonest Last Day", "Days Left");

  private LedgerReports() {}

  /**
   * Advises on every row of the imported result files, in file order.
   *
   * @param imports  the imports
   * @param states  the ledger's claim states after them
   * @param asOf  the day of the advice
   * @return one advice per result row
   */
  public static List<ResultAdvice> advise(List<ResultImport> imports,
      Map<EntryNumber, ClaimState> states, LocalDate asOf) {
    List<ResultAdvice> advice = new ArrayList<>();
    for (ResultImport imported : imports) {
      imported.rows().forEach(row -> advice.add(ResultAdvice.of(row,
          states.get(row.entryNumber()), asOf)));
    }
    return advice;
  }

  /**
   * Writes {@value #RESULTS_REPORT}.
   *
   * @param file  the file
   * @param advice  the rows
   * @return the number of rows written
   * @throws UncheckedIOException if it cannot be written
   */
  public static long writeResults(Path file, List<ResultAdvice> advice) {
    return CsvOutput.write(file, "results report", RESULTS_HEADER, advice, a -> List.of(
        a.row().entryNumber().value(), importer(a.importerNumber()), a.row().claimNumber(),
        a.row().status(), a.row().errorDescription(), a.meaning(), a.fix(), a.resubmit().name(),
        text(a.capeLastDay()), text(a.daysLeft())));
  }

  /**
   * Writes CAPE declarations of the entries advised {@link Resubmit#AGAIN} whose current state
   * in the ledger is not accepted, one importer per file.
   *
   * @param directory  the directory, created if missing
   * @param advice  the advice
   * @param states  the ledger's claim states
   * @return the files written, possibly none
   * @throws UncheckedIOException if a file cannot be written
   */
  public static List<DeclarationFile> writeResubmit(Path directory, List<ResultAdvice> advice,
      Map<EntryNumber, ClaimState> states) {
    Map<EntryNumber, DeclarationEntry> again = new LinkedHashMap<>();
    for (ResultAdvice a : advice) {
      EntryNumber entry = a.row().entryNumber();
      ClaimState state = states.get(entry);
      if (a.resubmit() == Resubmit.AGAIN && (state == null || !state.isAccepted())) {
        again.put(entry, new DeclarationEntry(entry, a.importerNumber()));
      }
    }
    if (again.isEmpty()) {
      return List.of();
    }
    return DeclarationWriter.builder(directory).build().write(again.values());
  }

  /**
   * Writes {@value #RECONCILIATION_REPORT}.
   *
   * @param file  the file
   * @param reconciliations  the rows
   * @return the number of rows written
   * @throws UncheckedIOException if it cannot be written
   */
  public static long writeReconciliation(Path file, List<Reconciliation> reconciliations) {
    return CsvOutput.write(file, "payment reconciliation", RECONCILIATION_HEADER,
        reconciliations, r -> List.of(importer(r.payee()), text(r.expectedLiquidation()),
            String.valueOf(r.entryNumbers().size()), String.join(" ", r.entryNumbers()),
            money(r.principal()), money(r.interest()), money(r.received()),
            money(r.difference()), r.status().name(), r.reports(), text(r.paidOn()),
            text(r.paymentTo()), r.fix()));
  }

  /**
   * Writes {@value #STATUS_REPORT}.
   *
   * @param file  the file
   * @param statuses  the rows
   * @return the number of rows written
   * @throws UncheckedIOException if it cannot be written
   */
  public static long writeStatus(Path file, List<ImporterStatus> statuses) {
    return CsvOutput.write(file, "status report", STATUS_HEADER, statuses, s -> List.of(
        importer(s.importerNumber()), String.valueOf(s.declared()),
        String.valueOf(s.accepted()), String.valueOf(s.failed()),
        String.valueOf(s.newFailures()), String.valueOf(s.paid()),
        String.valueOf(s.rejected()), text(s.soonestEntry() == null ? null
            : Objects.requireNonNull(s.soonestEntry()).value()), s.soonestWindow(),
        text(s.soonestLastDay()), text(s.daysLeft())));
  }

  /**
   * Returns an importer number as the reports show it: SSNs masked.
   *
   * @param importer  the importer, or {@code null}
   * @return the text, {@code ""} for null
   */
  public static String importer(@Nullable ImporterNumber importer) {
    return importer == null ? "" : importer.masked();
  }

  private static String money(@Nullable BigDecimal amount) {
    return amount == null ? "" : amount.setScale(2, java.math.RoundingMode.HALF_UP)
        .toPlainString();
  }

  private static String text(@Nullable Object value) {
    return value == null ? "" : value.toString();
  }
}
