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
package org.caperules.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.caperules.ledger.ClaimLedger;
import org.caperules.ledger.ImporterStatus;
import org.caperules.ledger.LedgerReports;
import org.caperules.ledger.LedgerScreening;
import org.caperules.ledger.PaymentColumns;
import org.caperules.ledger.PaymentReport;
import org.caperules.ledger.Reconciliation;
import org.caperules.ledger.ResultAdvice;
import org.caperules.ledger.ResultImport;
import org.caperules.screening.ScreeningRun;

/**
 * Shows how an application (an ERP's nightly job) keeps a claim ledger without the command
 * line: screen into the ledger (declarations recorded, accepted entries left out), import CAPE's
 * Claim Details download, read the advice per entry, import a refund report, reconcile, and read
 * the status per importer. Runs on a copy of the shipped sample with a SQLite file; a
 * PostgreSQL ledger is the same code with {@code ClaimLedger.open("jdbc:postgresql://...")}.
 */
public final class ClaimLedgerExample {

  private ClaimLedgerExample() {}

  /**
   * Runs the example.
   *
   * @param args  the working directory; none for a temporary directory, deleted at the end
   * @throws IOException if the temporary directory cannot be created or deleted
   */
  public static void main(String[] args) throws IOException {
    ExampleFiles.inDirectory(args, directory -> run(System.out, directory));
  }

  static void run(PrintStream out, Path directory) {
    Path export = ExampleFiles.copySample(directory, "ES-003.csv");
    try (ClaimLedger ledger = ClaimLedger.open(directory.resolve("claims.db"))) {
      LocalDate screened = LocalDate.of(2026, 7, 13);
      LedgerScreening history = ledger.screeningHistory(screened, false);
      ScreeningRun.builder().asOf(screened).output(directory.resolve("screen"))
          .history(history).build().run(List.of(export));
      out.println(history.recorded() + " declared entries recorded");

      LocalDate read = LocalDate.of(2026, 7, 20);
      ResultImport results = ledger.importResults(write(directory.resolve("claim-details.csv"),
          """
          Entry Summary Number,Cape Claim Number,Claim Status,CAPE Error Detail
          ="FKE10000011",="C2026000001",Entry Summary Updated,
          ="FKE10000243",="C2026000001",Failed,UNABLE TO CALCULATE DUTY
          """), read);
      for (ResultAdvice advice : LedgerReports.advise(List.of(results), ledger.claimStates(),
          read)) {
        out.println(advice.row().entryNumber() + ": " + advice.resubmit() + " ("
            + advice.meaning() + ")");
      }

      LocalDate paid = LocalDate.of(2026, 9, 20);
      ledger.importPayments(write(directory.resolve("REV-615.csv"),
          """
          Entry Number,Refund Amount,Interest Amount,Refund Date
          FKE10000011,5521.19,180.00,2026-09-15
          """), PaymentReport.REV_615,
          PaymentColumns.defaults(), paid);
      for (Reconciliation payment : ledger.reconcile(paid)) {
        if (payment.received() != null) {
          out.println(payment.entryNumbers() + ": " + payment.status() + ", received "
              + payment.received());
        }
      }
      for (ImporterStatus status : ledger.status(paid, read)) {
        if (status.paid() > 0) {
          out.println(LedgerReports.importer(status.importerNumber()) + ": "
              + status.declared() + " declared, " + status.accepted() + " accepted, "
              + status.paid() + " paid");
        }
      }
    }
  }

  private static Path write(Path file, String text) {
    try {
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
