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

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caperules.csv.report.ScreeningReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cape-rules readiness --roster}: five importers against a screening report. */
class ReadinessRosterCommandTest {

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  private static final String ROSTER_HEADER = "importer.number,importer.legalName,route,"
      + "form5106.box2eEmail,ace.status,ace.importerSubAccounts,ach.status,ach.routingNumber,"
      + "ach.accountNumber,ach.accountType,ach.holderName,rev613RejectedRefunds,rateClass\r\n";

  /**
   * The five importers, assessed Mon 2026-07-06 (lead times of BlockerCode, margin 7 days):
   * <ul>
   *   <li>12-3456789A1 files itself; its ACE account has a sub-account for 12-3456789 only: R11,
   *       14 days, filing-ready Mon 07-20; ACH active: payment-ready 07-06. Entries: last day Mon
   *       07-13 (start by 07-13 - 14 - 7 = Mon 06-22, past: at risk) and Mon 08-03 (start by
   *       Mon 07-13); 100.00 + 250.00 = 350.00.
   *   <li>98-7654321 is ready (its number written ="..." as Excel saves text); one entry, last
   *       day Wed 09-30, start by 09-30 - 0 - 7 = Wed 09-23; 1000.00.
   *   <li>33-2468101 has one refund on REV-613 (42 days): filing-ready 07-06, payment-ready
   *       07-06 + 42 = Mon 08-17 (25 days to 07-31, 17 in August); one entry, last day Mon 07-20,
   *       start by Mon 07-13, not at risk; 500.00.
   *   <li>123-45-6789 (an SSN, named by its payee label as screen writes it: ssn-6789 and the
   *       first 8 hex digits of HMAC-SHA-256 under the test key 00..1f of "123-45-6789",
   *       c36200a4, by Python's hmac) has its broker file and the refund paid to it, with no ACE
   *       account (R04, 3 days) and no ACH (R13, 0 days): filing-ready 07-06, payment-ready 3 + 0
   *       days, Thu 07-09; one ELIGIBLE_DEFERRED entry without a last day, 75.50: no start-by.
   *   <li>98-7654322 has route SOMETIMES: an error for that importer only.
   * </ul>
   */
  @Test
  void roster_fiveImporters_againstScreeningReport_soonestFirst() throws IOException {
    Path roster = write("importers.csv", ROSTER_HEADER
        + "12-3456789A1,Acme Imports LLC,IMPORTER_FILES,customs@acme.example,ACTIVE,12-3456789,"
        + "ACTIVE,011000015,000123456789,CHECKING,Acme Imports LLC,,CORPORATE\r\n"
        + "=\"98-7654321\",Sample Trading Co,IMPORTER_FILES,refunds@sample.example,ACTIVE,"
        + "98-7654321,ACTIVE,011000015,987654321,SAVINGS,Sample Trading Co,0,\r\n"
        + "33-2468101,Example Toys Inc,IMPORTER_FILES,ap@toys.example,ACTIVE,33-2468101,ACTIVE,"
        + "011000015,5550001111,CHECKING,Example Toys Inc,1,CORPORATE\r\n"
        + "123-45-6789,Jane Example,BROKER_FILES_REFUND_TO_IMPORTER,jane@example.example,,,,,,,,,"
        + "NON_CORPORATE\r\n"
        + "98-7654322,Other Co,SOMETIMES,,,,,,,,,,\r\n");
    Path report = write("screening-report.csv", String.join(",", header()) + "\r\n"
        + row("GLD00000011", "12-3456789A1", "ELIGIBLE", "2026-07-13", "100.00")
        + row("GLD00000029", "12-3456789A1", "ELIGIBLE", "2026-08-03", "250.00")
        + row("GLD00000037", "12-3456789A1", "NOT_ELIGIBLE", "2026-06-30", "40.00")
        + row("GLD00000045", "98-7654321", "ELIGIBLE", "2026-09-30", "1000.00")
        + row("GLD00000052", "33-2468101", "ELIGIBLE", "2026-07-20", "500.00")
        + row("GLD00000060", "ssn-6789-c36200a4", "ELIGIBLE_DEFERRED", "", "75.50"));
    Path out = dir.resolve("out");

    CliRun run = CliRun.of("readiness", "--as-of", "2026-07-06", "--roster", roster.toString(),
        "--screening-report", report.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(out.resolve("readiness.csv"), StandardCharsets.UTF_8))
        .isEqualTo("Importer Number,Status,Filing Ready,Payment Ready,Blockers,Declarable"
            + " Entries,IEEPA Duty,Entries At Risk,Start By\r\n"
            + "12-3456789A1,NOT_READY,2026-07-20,2026-07-06,R11,2,350.00,1,2026-06-22\r\n"
            + "33-2468101,NOT_READY,2026-07-06,2026-08-17,R18,1,500.00,0,2026-07-13\r\n"
            + "98-7654321,READY,2026-07-06,2026-07-06,,1,1000.00,0,2026-09-23\r\n"
            + "ssn-6789-c36200a4,NOT_READY,2026-07-06,2026-07-09,R04;R13,1,75.50,0,\r\n"
            + "98-7654322,ERROR,,,,,,,\r\n");
    List<String> lines = run.outLines();
    assertThat(lines.get(0)).isEqualTo("Readiness of 5 importers from " + roster + " as of"
        + " 2026-07-06, entries from " + report + ": 1 READY, 3 NOT_READY, 1 ERROR");
    assertThat(lines.get(2)).startsWith("2026-06-22  12-3456789A1    NOT_READY  2026-07-20");
    assertThat(lines).contains("ERROR 98-7654322: Readiness profile 'importers.csv line 6', key"
        + " 'route': 'SOMETIMES' is not one of IMPORTER_FILES, BROKER_FILES_WITH_4811,"
        + " BROKER_FILES_REFUND_TO_IMPORTER");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("Wrote " + out.resolve("readiness.csv"));
    assertThat(run.out()).doesNotContain("123-45", "000123456789");
  }

  @Test
  void roster_withoutReport_entryColumnsBlank() throws IOException {
    Path roster = write("importers.csv", ROSTER_HEADER
        + "98-7654321,Sample Trading Co,IMPORTER_FILES,refunds@sample.example,ACTIVE,98-7654321,"
        + "ACTIVE,011000015,987654321,SAVINGS,Sample Trading Co,,\r\n");
    CliRun run = CliRun.of("readiness", "--as-of", "2026-07-06", "--roster", roster.toString(),
        "--out", dir.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(Files.readAllLines(dir.resolve("readiness.csv"), StandardCharsets.UTF_8))
        .containsExactly("Importer Number,Status,Filing Ready,Payment Ready,Blockers,Declarable"
            + " Entries,IEEPA Duty,Entries At Risk,Start By",
            "98-7654321,READY,2026-07-06,2026-07-06,,,,,");
  }

  @Test
  void roster_unknownColumn_exit1NamingIt() throws IOException {
    Path roster = write("importers.csv", "importer.number,ach.acountNumber\r\n98-7654321,1\r\n");
    CliRun run = CliRun.of("readiness", "--as-of", "2026-07-06", "--roster", roster.toString(),
        "--out", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("cape-rules: Roster '" + roster + "': column"
        + " 'ach.acountNumber' is not a profile key; see 'cape-rules readiness --help' for the"
        + " keys");
  }

  @Test
  void readiness_profileAndRoster_usageError() throws IOException {
    Path roster = write("importers.csv", ROSTER_HEADER);
    CliRun run = CliRun.of("readiness", "--as-of", "2026-07-06", "--roster", roster.toString(),
        "p.properties");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).first().isEqualTo("cape-rules: Give either PROFILE or --roster"
        + " FILE");
  }

  private static List<String> header() {
    List<String> header = new java.util.ArrayList<>(ScreeningReportWriter.HEADER);
    header.addAll(ScreeningReportWriter.FORECAST_COLUMNS);
    return header;
  }

  /** A screening report row as screen writes it; cells not read by readiness are plausible. */
  private static String row(String entry, String importer, String verdict, String lastDay,
      String duty) {
    return String.join(",", entry, importer, "01", verdict, "", "", lastDay, "", duty,
        "Declare in CAPE.", "WAREHOUSE_21_22_EXCLUDED", "", "", "N", "", "", "", "", "", "")
        + "\r\n";
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
