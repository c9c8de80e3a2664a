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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claim ledger's story through the real command line, on the shipped sample: screen, CAPE's
 * answer in the ACE Portal's Claim Details form (one accepted, one failed), results, a second
 * screen, a refund report, status.
 *
 * <p>Hand-checked sample facts: FKE10000011 (importer 061234-12345) has IEEPA duty 5,521.19 on
 * its 9903.01.01 line and liquidated 2026-05-22, so its CAPE last day is 2026-08-10 (80 days:
 * 9 in May, 30 in June, 31 in July, 10 in August), 21 days after 2026-07-20; FKE10000243
 * liquidated 2026-05-21, CAPE last day 2026-08-09, 20 days after 2026-07-20.
 */
class LedgerEndToEndTest {

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  private static List<String> declared(Path declarations) throws IOException {
    List<String> entries = new ArrayList<>();
    try (Stream<Path> files = Files.list(declarations)) {
      for (Path file : files.sorted().toList()) {
        List<String> lines = lines(file);
        entries.addAll(lines.subList(1, lines.size()));
      }
    }
    return entries;
  }

  private static String cell(List<String> report, String entry) {
    String row = report.stream().filter(l -> l.startsWith(entry + ",")).findFirst().orElseThrow();
    return row.substring(row.lastIndexOf(',') + 1);
  }

  @Test
  void screenResultsScreenPaymentsStatus() throws IOException {
    String ledger = dir.resolve("claims.db").toString();
    String sample = ScreenCommandTest.SAMPLE.toString();

    CliRun first = CliRun.of("screen", "--as-of", "2026-07-13", "--ledger", ledger, "--out",
        dir.resolve("s1").toString(), sample);
    assertThat(first.exitCode()).as(first.err()).isZero();
    // the first run starts the ledger, and says so (a mistyped name would start another)
    assertThat(first.outLines()).anyMatch(line -> line.startsWith("Created the claim ledger "));
    List<String> firstDeclared = declared(dir.resolve("s1/declarations"));
    assertThat(firstDeclared).contains("FKE10000011", "FKE10000243", "FKE10000433");
    assertThat(first.outLines()).last().asString().startsWith("Ledger ")
        .contains(firstDeclared.size() + " declared entries recorded");
    List<String> firstReport = lines(dir.resolve("s1/screening-report.csv"));
    assertThat(firstReport.get(0)).endsWith(",Expected Payment To,Rate Class,Forecast Flags,Claim Status");
    assertThat(cell(firstReport, "FKE10000011")).isEmpty();

    // The Claim Details download as ACE writes it.
    Path details = dir.resolve("claim-details.csv");
    Files.writeString(details, "Entry Summary Number,Cape Claim Number,Claim Status,"
        + "CAPE Error Detail\r\n"
        + "=\"FKE10000011\",=\"C2026000001\",Entry Summary Updated,\r\n"
        + "=\"FKE10000243\",=\"C2026000001\",Failed,UNABLE TO CALCULATE DUTY\r\n",
        StandardCharsets.UTF_8);
    CliRun results = CliRun.of("results", "--as-of", "2026-07-20", "--ledger", ledger, "--out",
        dir.resolve("r1").toString(), details.toString());
    assertThat(results.exitCode()).as(results.err()).isZero();
    assertThat(results.outLines().get(0)).isEqualTo("Read 2 results from 1 file: 1 accepted,"
        + " 1 failed (1 new since the last import), 0 closing within 7 days");
    assertThat(lines(dir.resolve("r1/results-report.csv"))).containsExactly(
        "Entry Number,Importer Number,Claim Number,Status,Error,Meaning,Fix,Resubmit,"
            + "CAPE Last Day,Days Left",
        "FKE10000011,061234-12345,C2026000001,Entry Summary Updated,,CAPE accepted the entry,,"
            + "NO,2026-08-10,21",
        "FKE10000243,061234-12345,C2026000001,Failed,UNABLE TO CALCULATE DUTY,ACE could not"
            + " recalculate the duty; often transient,\"Declare the entry again; if it fails"
            + " again, email IEEPARefunds@cbp.dhs.gov\",AGAIN,2026-08-09,20");
    assertThat(declared(dir.resolve("r1/resubmit"))).containsExactly("FKE10000243");

    CliRun again = CliRun.of("results", "--as-of", "2026-07-21", "--ledger", ledger, "--out",
        dir.resolve("r2").toString(), details.toString());
    assertThat(again.outLines()).contains("  claim-details.csv was imported before: nothing new"
        + " recorded");

    CliRun second = CliRun.of("screen", "--as-of", "2026-07-21", "--ledger", ledger, "--out",
        dir.resolve("s2").toString(), sample);
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.outLines()).noneMatch(line -> line.startsWith("Created the claim ledger"));
    List<String> secondDeclared = declared(dir.resolve("s2/declarations"));
    assertThat(secondDeclared).doesNotContain("FKE10000011").contains("FKE10000243",
        "FKE10000433");
    assertThat(second.outLines()).last().asString().contains("1 accepted by CAPE");
    List<String> secondReport = lines(dir.resolve("s2/screening-report.csv"));
    assertThat(cell(secondReport, "FKE10000011")).isEqualTo("ACCEPTED");
    assertThat(cell(secondReport, "FKE10000243")).isEqualTo("FAILED: UNABLE TO CALCULATE DUTY");
    assertThat(cell(secondReport, "FKE10000433")).isEqualTo("DECLARED 2026-07-13");

    CliRun skipping = CliRun.of("screen", "--as-of", "2026-07-22", "--ledger", ledger,
        "--skip-declared", "--out", dir.resolve("s3").toString(), sample);
    assertThat(skipping.exitCode()).as(skipping.err()).isZero();
    assertThat(declared(dir.resolve("s3/declarations"))).isEmpty();

    Path rev615 = dir.resolve("REV-615-2026-09.csv");
    Files.writeString(rev615, "Entry Number,Importer Number,Refund Amount,Interest Amount,"
        + "Refund Date,ACH Trace Number,Refund Status\r\n"
        + "=\"FKE10000011\",061234-12345,\"$5,521.19\",180.00,09/15/2026,091000019876543,"
        + "Treasury Issued\r\n", StandardCharsets.UTF_8);
    CliRun payments = CliRun.of("payments", "--ledger", ledger, "--as-of", "2026-09-20", "--out",
        dir.resolve("p").toString(), rev615.toString());
    assertThat(payments.exitCode()).as(payments.err()).isZero();
    assertThat(payments.outLines().get(0)).isEqualTo("Recorded 1 payment line from 1 file;"
        + " expected payments: 1 PAID");
    List<String> reconciliation = lines(dir.resolve("p/payment-reconciliation.csv"));
    assertThat(reconciliation).hasSize(2);
    assertThat(reconciliation.get(1)).startsWith("061234-12345,").contains(",FKE10000011,",
        ",5521.19,", ",5701.19,", ",PAID,REV-615,2026-09-15,");

    CliRun status = CliRun.of("status", "--ledger", ledger, "--as-of", "2026-09-20", "--out",
        dir.resolve("st").toString());
    assertThat(status.exitCode()).as(status.err()).isZero();
    List<String> statusCsv = lines(dir.resolve("st/status.csv"));
    String importer = statusCsv.stream().filter(l -> l.startsWith("061234-12345,")).findFirst()
        .orElseThrow();
    String[] cells = importer.split(",", -1);
    assertThat(cells[2]).as("accepted").isEqualTo("1");
    assertThat(cells[5]).as("paid").isEqualTo("1");
    assertThat(status.out()).contains("061234-12345");

    // The importer pages of a report screened without the ledger: no claims; with report
    // --ledger, the ledger's claims (FKE10000011 accepted, and paid by the REV-615 above).
    CliRun plain = CliRun.of("screen", "--as-of", "2026-07-21", "--out",
        dir.resolve("plain").toString(), sample);
    assertThat(plain.exitCode()).as(plain.err()).isZero();
    String plainReport = dir.resolve("plain/screening-report.csv").toString();
    CliRun noLedger = CliRun.of("report", "--as-of", "2026-07-21", "--screening-report",
        plainReport, "--out", dir.resolve("pages0").toString());
    assertThat(noLedger.exitCode()).as(noLedger.err()).isZero();
    assertThat(Jsoup.parse(dir.resolve("pages0/061234-12345.html").toFile(), "UTF-8")
        .select("#claim-counts")).isEmpty();
    CliRun pages = CliRun.of("report", "--as-of", "2026-07-21", "--screening-report",
        plainReport, "--ledger", ledger, "--out", dir.resolve("pages").toString());
    assertThat(pages.exitCode()).as(pages.err()).isZero();
    Document page = Jsoup.parse(dir.resolve("pages/061234-12345.html").toFile(), "UTF-8");
    assertThat(page.select("#claim-counts").text()).contains("Accepted 1")
        .contains("Refund paid 1").contains("Refund rejected (ACH) 0");
    // a mistyped ledger file is refused, never created empty (which would show no claims)
    Path missing = dir.resolve("clams.db");
    CliRun typo = CliRun.of("report", "--as-of", "2026-07-21", "--screening-report",
        plainReport, "--ledger", missing.toString(), "--out", dir.resolve("pages2").toString());
    assertThat(typo.exitCode()).isEqualTo(1);
    assertThat(typo.err()).contains("Ledger file '" + missing + "' does not exist");
    assertThat(missing).doesNotExist();
    // status and payments read what was recorded: they refuse a missing ledger file too
    CliRun noStatus = CliRun.of("status", "--as-of", "2026-07-21", "--ledger", missing.toString(),
        "--out", dir.resolve("st-missing").toString());
    assertThat(noStatus.exitCode()).isEqualTo(1);
    assertThat(noStatus.err()).contains("Ledger file '" + missing + "' does not exist");
    assertThat(missing).doesNotExist();
  }

  @Test
  void screen_skipDeclaredWithoutLedger_usageError() {
    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--skip-declared", "--out",
        dir.resolve("o").toString(), ScreenCommandTest.SAMPLE.toString());
    assertThat(run.exitCode()).isEqualTo(CapeRulesCli.EXIT_USAGE);
    assertThat(run.err()).contains("--skip-declared needs --ledger");
  }

  @Test
  void results_withoutLedger_reportOnlyNothingRecorded() throws IOException {
    Path details = dir.resolve("r.csv");
    Files.writeString(details, """
        ENTRY_NUMBER,STATUS,ERROR_DESCRIPTION
        FKE10000243,Failed,STATEMENT PROCESSING NOT COMPLETE
        """, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("results", "--as-of", "2026-07-20", "--out",
        dir.resolve("o").toString(), details.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.outLines().get(0)).contains("no ledger given");
    assertThat(lines(dir.resolve("o/results-report.csv")).get(1)).endsWith(",LATER,,");
    assertThat(dir.resolve("o/resubmit")).doesNotExist();
  }

  @Test
  void payments_fileNameNamesNoReport_refusedAskingForReport() throws IOException {
    Path file = dir.resolve("refunds.csv");
    Files.writeString(file, "Entry Number,Refund Amount\nFKE10000011,1.00\n",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("payments", "--ledger", dir.resolve("l.db").toString(), "--as-of",
        "2026-09-20", file.toString());
    assertThat(run.exitCode()).isEqualTo(CapeRulesCli.EXIT_INPUT);
    assertThat(run.err()).contains("give --report");
  }
}
