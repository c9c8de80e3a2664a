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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.caperules.ledger.TestLedgers.entry;
import static org.caperules.ledger.TestLedgers.write;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.caperules.core.EntryNumber;
import org.caperules.core.ImporterNumber;
import org.caperules.csv.result.ResultOutcome;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The claim ledger, each test on SQLite and on PostgreSQL (skipped without a server). */
class ClaimLedgerTest {

  private static final LocalDate SCREENED = LocalDate.of(2026, 7, 13);
  private static final LocalDate READ = LocalDate.of(2026, 7, 20);
  private static final String POLICY = "WAREHOUSE_21_22_EXCLUDED";

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  private static DeclaredEntry declared(int serial, String importer, String principal,
      String interest, LocalDate liquidation, LocalDate from, LocalDate to) {
    return new DeclaredEntry(entry(serial), ImporterNumber.parse(importer),
        "cape-declaration-" + importer + "-001.csv", SCREENED, SCREENED, POLICY,
        LocalDate.of(2026, 10, 20), LocalDate.of(2027, 1, 20), new BigDecimal(principal),
        new BigDecimal(interest), liquidation, from, to);
  }

  /** A Claim Details download as ACE writes it: numbers as ="...". */
  private Path claimDetails(String name, String... rows) {
    StringBuilder text = new StringBuilder("Entry Summary Number,Cape Claim Number,Claim Status,"
        + "CAPE Error Detail\r\n");
    for (String row : rows) {
      text.append(row).append("\r\n");
    }
    return write(dir.resolve(name), text.toString());
  }

  private static String accepted(int serial) {
    return "=\"" + entry(serial).value() + "\",=\"C2026000100\",Entry Summary Updated,";
  }

  private static String failed(int serial, String error) {
    return "=\"" + entry(serial).value() + "\",=\"C2026000100\",Failed," + error;
  }

  @ParameterizedTest
  @EnumSource(TestLedgers.class)
  void importResults_sameFileTwice_secondChangesNothing(TestLedgers database) {
    String location = database.freshLocation(dir);
    Path file = claimDetails("claim-details.csv", accepted(1),
        failed(2, "UNABLE TO CALCULATE DUTY"));
    try (ClaimLedger ledger = ClaimLedger.open(location)) {
      ledger.recordDeclarations(List.of(DeclaredEntry.of(entry(1), null, "d.csv", SCREENED,
          POLICY), DeclaredEntry.of(entry(2), null, "d.csv", SCREENED, POLICY)));

      ResultImport first = ledger.importResults(file, READ);
      ResultImport second = ledger.importResults(file, READ.plusDays(1));

      assertThat(first.alreadyImported()).isFalse();
      assertThat(first.recorded()).isEqualTo(2);
      assertThat(first.accepted()).isEqualTo(1);
      assertThat(first.failed()).isEqualTo(1);
      assertThat(first.newFailures()).isEqualTo(1);
      assertThat(second.alreadyImported()).isTrue();
      assertThat(second.recorded()).isZero();
      assertThat(second.rows()).hasSize(2);
      Map<EntryNumber, ClaimState> states = ledger.claimStates();
      assertThat(status(states, 1)).isEqualTo("ACCEPTED");
      assertThat(status(states, 2))
          .isEqualTo("FAILED: UNABLE TO CALCULATE DUTY");
      assertThat(ledger.results(entry(2))).singleElement()
          .satisfies(r -> assertThat(r.readOn()).isEqualTo(READ));
    }
  }

  @ParameterizedTest
  @EnumSource(TestLedgers.class)
  void importResults_laterDownloadRepeatingRows_onlyNewAnswersRecorded(TestLedgers database) {
    String location = database.freshLocation(dir);
    try (ClaimLedger ledger = ClaimLedger.open(location)) {
      ledger.importResults(claimDetails("week1.csv", accepted(1),
          failed(2, "STATEMENT PROCESSING NOT COMPLETE")), READ);

      // The next week's download repeats both rows and adds entry 2's new answer and entry 3.
      ResultImport week2 = ledger.importResults(claimDetails("week2.csv", accepted(1),
          failed(2, "STATEMENT PROCESSING NOT COMPLETE"), accepted(2),
          failed(3, "PROTEST ON ENTRY")), READ.plusDays(7));

      assertThat(week2.alreadyImported()).isFalse();
      assertThat(week2.recorded()).isEqualTo(2);
      assertThat(week2.newFailures()).isEqualTo(1);
      assertThat(ledger.results(entry(2))).extracting(RecordedResult::outcome)
          .containsExactly(ResultOutcome.FAILED, ResultOutcome.ACCEPTED);
      assertThat(status(ledger.claimStates(), 2)).isEqualTo("ACCEPTED");
    }
  }

  @ParameterizedTest
  @EnumSource(TestLedgers.class)
  void claimStates_declaredAgainAfterFailure_declaredWithNewDate(TestLedgers database) {
    String location = database.freshLocation(dir);
    try (ClaimLedger ledger = ClaimLedger.open(location)) {
      ledger.recordDeclarations(List.of(DeclaredEntry.of(entry(2), null, "a.csv", SCREENED,
          POLICY)));
      assertThat(status(ledger.claimStates(), 2))
          .isEqualTo("DECLARED 2026-07-13");
      ledger.importResults(claimDetails("r.csv", failed(2, "UNABLE TO CALCULATE DUTY")), READ);
      LedgerScreening history = ledger.screeningHistory(READ, true);
      assertThat(history.leaveOut(entry(2))).as("a failed entry is declared again").isFalse();

      long recorded = ledger.recordDeclarations(List.of(
          DeclaredEntry.of(entry(2), null, "b.csv", LocalDate.of(2026, 7, 27), POLICY),
          DeclaredEntry.of(entry(2), null, "b.csv", LocalDate.of(2026, 7, 27), POLICY)));

      assertThat(recorded).isEqualTo(1);
      assertThat(status(ledger.claimStates(), 2))
          .isEqualTo("DECLARED 2026-07-27");
      assertThat(ledger.declarations(entry(2))).extracting(DeclaredEntry::fileName)
          .containsExactly("a.csv", "b.csv");
      LedgerScreening skipping = ledger.screeningHistory(LocalDate.of(2026, 7, 28), true);
      assertThat(skipping.leaveOut(entry(2))).isTrue();
      assertThat(skipping.leftOutDeclared()).isEqualTo(1);
      assertThat(ledger.screeningHistory(LocalDate.of(2026, 7, 28), false).leaveOut(entry(2)))
          .isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(TestLedgers.class)
  void reconcile_everyStatus(TestLedgers database) {
    String location = database.freshLocation(dir);
    LocalDate liquidation = LocalDate.of(2026, 8, 27);
    LocalDate from = LocalDate.of(2026, 9, 11);
    LocalDate to = LocalDate.of(2026, 10, 11);
    try (ClaimLedger ledger = ClaimLedger.open(location)) {
      ledger.recordDeclarations(List.of(
          declared(1, "12-3456789A1", "1000.00", "12.00", liquidation, from, to),
          declared(2, "98-7654321", "500.00", "5.00", liquidation, from, to),
          declared(3, "27-7777777", "300.00", "3.00", liquidation, from, to),
          declared(4, "33-2468101", "200.00", "2.00", liquidation, from, to),
          declared(5, "33-2468101", "300.00", "3.00", liquidation, from, to),
          declared(6, "45-1234567B2", "100.00", "1.00", liquidation, from, to),
          declared(7, "45-1234567B2", "100.00", "1.00", LocalDate.of(2026, 7, 1),
              LocalDate.of(2026, 7, 16), LocalDate.of(2026, 8, 15)),
          declared(8, "56-1357913C3", "100.00", "1.00", liquidation, from, to)));
      ledger.importResults(claimDetails("r.csv", accepted(1), accepted(2), accepted(3),
          accepted(4), accepted(5), accepted(6), accepted(7),
          failed(8, "UNABLE TO CALCULATE DUTY")), READ);
      Path rev615 = write(dir.resolve("REV-615.csv"), "Entry Number,Importer Number,"
          + "Refund Amount,Interest Amount,Refund Date,ACH Trace Number,Refund Status\r\n"
          + "=\"" + entry(1).value() + "\",12-3456789A1,\"$1,000.00\",12.34,09/15/2026,T1,"
          + "Treasury Issued\r\n"
          + "=\"" + entry(2).value() + "\",98-7654321,400.00,4.00,2026-09-15,T2,Treasury Issued\r\n");
      Path rev613 = write(dir.resolve("REV-613.csv"), "Entry Number,Refund Amount,Refund Date\r\n"
          + entry(3).value() + ",300.00,2026-09-15\r\n");
      // No entry number: matched by payee and amount within the window (505.10 vs 505.00).
      Path rev603 = write(dir.resolve("REV-603.csv"), "Importer Number,Refund Amount,"
          + "Refund Date,Refund Secondary Status\r\n33-2468101,505.10,2026-09-20,Treasury Issued\r\n"
          + "33-2468101,99999.00,2026-09-20,Treasury Issued\r\n");

      assertThat(ledger.importPayments(rev615, PaymentReport.REV_615, PaymentColumns.defaults(),
          READ).recorded()).isEqualTo(2);
      ledger.importPayments(rev613, PaymentReport.REV_613, PaymentColumns.defaults(), READ);
      ledger.importPayments(rev603, PaymentReport.REV_603, PaymentColumns.defaults(), READ);
      assertThat(ledger.importPayments(rev603, PaymentReport.REV_603, PaymentColumns.defaults(),
          READ).alreadyImported()).isTrue();
      List<Reconciliation> lines = ledger.reconcile(LocalDate.of(2026, 10, 1));

      // Entries 4 and 5 share payee and liquidation date: one expected payment, so 6 in all.
      assertThat(lines).hasSize(6);
      Reconciliation paid = line(lines, 1);
      assertThat(paid.status()).isEqualTo(ReconciliationStatus.PAID);
      // 1000.00 + 12.34 received; expected 1000.00 + 12.00: difference 0.34.
      assertThat(paid.received()).isEqualByComparingTo("1012.34");
      assertThat(paid.difference()).isEqualByComparingTo("0.34");
      Reconciliation shortPaid = line(lines, 2);
      assertThat(shortPaid.status()).isEqualTo(ReconciliationStatus.SHORT);
      // 400.00 + 4.00 = 404.00 received against 505.00 expected: -101.00.
      assertThat(shortPaid.difference()).isEqualByComparingTo("-101.00");
      Reconciliation rejected = line(lines, 3);
      assertThat(rejected.status()).isEqualTo(ReconciliationStatus.REJECTED_ACH);
      assertThat(rejected.fix()).contains("R18", "ACH refund enrollment", "readiness");
      Reconciliation consolidated = line(lines, 4);
      assertThat(consolidated.entryNumbers()).containsExactly(entry(4).value(),
          entry(5).value());
      assertThat(consolidated.status()).isEqualTo(ReconciliationStatus.PAID);
      assertThat(consolidated.principal()).isEqualByComparingTo("500.00");
      assertThat(consolidated.difference()).isEqualByComparingTo("0.10");
      assertThat(line(lines, 6).status()).isEqualTo(ReconciliationStatus.NOT_YET_DUE);
      assertThat(line(lines, 7).status()).isEqualTo(ReconciliationStatus.OVERDUE);
      assertThat(lines).noneMatch(r -> r.entryNumbers().contains(entry(8).value()));

      List<ImporterStatus> status = ledger.status(LocalDate.of(2026, 10, 1), READ);
      assertThat(status).hasSize(6);
      ImporterStatus first = status.get(0);
      assertThat(first.importerNumber()).isEqualTo(ImporterNumber.parse("56-1357913C3"));
      assertThat(first.failed()).isEqualTo(1);
      assertThat(first.newFailures()).isEqualTo(1);
      assertThat(first.soonestEntry()).isEqualTo(entry(8));
      assertThat(first.soonestWindow()).isEqualTo("CAPE");
      // 2026-10-01 to 2026-10-20: 19 days.
      assertThat(first.daysLeft()).isEqualTo(19L);
      assertThat(status).filteredOn(s -> s.importerNumber() != null
          && s.importerNumber().value().equals("33-2468101")).singleElement()
          .satisfies(s -> {
            assertThat(s.paid()).isEqualTo(2);
            assertThat(s.accepted()).isEqualTo(2);
          });
      assertThat(ledger.status(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 7, 21)).get(0)
          .newFailures()).isZero();
    }
  }

  private static String status(Map<EntryNumber, ClaimState> states, int serial) {
    return Objects.requireNonNull(states.get(entry(serial)), "state").claimStatus();
  }

  private static Reconciliation line(List<Reconciliation> lines, int serial) {
    return lines.stream().filter(r -> r.entryNumbers().contains(entry(serial).value()))
        .findFirst().orElseThrow();
  }

  @ParameterizedTest
  @EnumSource(TestLedgers.class)
  void open_twice_schemaAppliedOnceAndDataKept(TestLedgers database) {
    String location = database.freshLocation(dir);
    try (ClaimLedger ledger = ClaimLedger.open(location)) {
      ledger.recordDeclarations(List.of(DeclaredEntry.of(entry(9), null, "d.csv", SCREENED,
          POLICY)));
    }
    try (ClaimLedger ledger = ClaimLedger.open(location)) {
      assertThat(ledger.claimStates()).containsOnlyKeys(entry(9));
    }
  }

  @ParameterizedTest
  @EnumSource(TestLedgers.class)
  void importPayments_badCells_problemsNameLineColumnAndValue(TestLedgers database) {
    String location = database.freshLocation(dir);
    Path file = write(dir.resolve("rev615.csv"), "Entry Number,Refund Amount,Refund Date\r\n"
        + entry(1).value() + ",12x,2026-09-15\r\n"
        + entry(2).value() + ",10.00,15.09.2026\r\n"
        + entry(3).value() + ",10.00,2026-09-15\r\n");
    try (ClaimLedger ledger = ClaimLedger.open(location)) {
      PaymentImport imported = ledger.importPayments(file, PaymentReport.REV_615,
          PaymentColumns.defaults(), READ);

      assertThat(imported.recorded()).isEqualTo(1);
      assertThat(imported.accounting().rowsRejected()).isEqualTo(2);
      assertThat(imported.problems()).extracting(p -> p.position().line() + " "
          + p.position().column() + " " + p.value())
          .containsExactly("2 Refund Amount 12x", "3 Refund Date 15.09.2026");
    }
  }

  @ParameterizedTest
  @EnumSource(TestLedgers.class)
  void importPayments_noAmountColumn_refusedNamingColumnsAndOverride(TestLedgers database) {
    String location = database.freshLocation(dir);
    Path file = write(dir.resolve("rev603.csv"), "Entry Number,Total\r\n" + entry(1).value()
        + ",1.00\r\n");
    try (ClaimLedger ledger = ClaimLedger.open(location)) {
      assertThatExceptionOfType(org.caperules.csv.CapeCsvException.class)
          .isThrownBy(() -> ledger.importPayments(file, PaymentReport.REV_603,
              PaymentColumns.defaults(), READ))
          .withMessageContaining("no amount column").withMessageContaining("--columns");
      PaymentImport imported = ledger.importPayments(file, PaymentReport.REV_603,
          PaymentColumns.parse("amount=Total"), READ);
      assertThat(imported.recorded()).isEqualTo(1);
    }
  }

}
