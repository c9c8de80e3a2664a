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

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.caperules.csv.CapeCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every example and checks what it printed (Strata's ExamplesTest). */
class ExamplesTest {

  @Test
  void entryNumberExample_printsValidAndInvalid() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EntryNumberExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8),
        new String[] {"abc-1234567-6", "ABC12345678"});
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "abc-1234567-6: valid: ABC-1234567-6",
        "ABC12345678: invalid: Entry number 'ABC12345678' has check digit 8, but the CATAIR check"
            + " digit of 'ABC1234567' is 6");
  }

  @Test
  void evaluateEntryExample_eligibleOnDay80_notEligibleOnDay81() {
    // Liquidated Fri 2026-04-24: + 80 = Mon 2026-07-13 (docs/deadlines.md), inside the 7 at-risk
    // days; protest last day 04-24 + 180 = Wed 2026-10-21. Only the 9903.01.25 line is IEEPA:
    // 100.00.
    assertThat(lines(EvaluateEntryExample::run)).containsExactly(
        "MYK28000864 as of 2026-07-13 under WAREHOUSE_21_22_EXCLUDED: ELIGIBLE (at risk)",
        "  IEEPA duty: 100.00",
        "  CAPE last day: 2026-07-13",
        "  Next: Declare in CAPE by 2026-07-13 (day 80 after liquidation on 2026-04-24).",
        "MYK28000864 as of 2026-07-14 under WAREHOUSE_21_22_EXCLUDED: NOT_ELIGIBLE",
        "  IEEPA duty: 100.00",
        "  CAPE last day: 2026-07-13",
        "  LIQUIDATION_WINDOW_PASSED: Liquidated 2026-04-24; the CAPE window closed on 2026-07-13"
            + " (day 80); as of 2026-07-14 it is day 81. A protest can be filed until"
            + " 2026-10-21.",
        "  Next: File a protest by 2026-10-21 to preserve the refund.");
  }

  @Test
  void deadlinesExample_everyDeadlineWithDaysFromAsOf() {
    // Hand calculation, liquidated Fri 2026-05-15, entered 2025-07-01, as of 2026-07-13:
    //   +80 = 2026-08-03 (16+30+31+3), 21 days; +90 = 2026-08-13, 31 days;
    //   +180 = Wed 2026-11-11 Veterans Day -> Thu 2026-11-12, 18+31+30+31+12 = 122;
    //   entry +314 = 2026-05-11, 20+30+13 = 63 days ago; +494 = 2026-11-07, 117 days;
    //   entry + 1 year = 2026-07-01, 12 days ago.
    assertThat(lines(DeadlinesExample::run)).containsExactly(
        "CAPE_LAST_DAY 2026-08-03 (21 days from 2026-07-13)",
        "VOLUNTARY_RELIQUIDATION_END 2026-08-13 (31 days from 2026-07-13)",
        "PROTEST_LAST_DAY 2026-11-12 (122 days from 2026-07-13)",
        "PROJECTED_LIQUIDATION 2026-05-11 (-63 days from 2026-07-13)",
        "PROTEST_HORIZON 2026-11-07 (117 days from 2026-07-13)",
        "DEEMED_LIQUIDATION 2026-07-01 (-12 days from 2026-07-13)");
  }

  @Test
  void readinessExample_pendingAch_notReadyR14_accountMasked() {
    List<String> lines = lines(ReadinessExample::run);
    assertThat(lines).first().isEqualTo("12-3456789A1: NOT_READY, earliest ready 2026-07-13");
    assertThat(lines.get(1)).isEqualTo("  R14 ACH_ENROLLMENT_PENDING: The ACH refund enrollment"
        + " of 12-3456789A1 (account ****6789 at routing ****0015) is pending, not active.");
    assertThat(lines).hasSize(3);
    assertThat(String.join("\n", lines)).doesNotContain("000123456789", "011000015");
  }

  @Test
  void customPolicyExample_tibExcludedAndCustomRule_onlyTheType23And11EntriesDiffer() {
    assertThat(lines(CustomPolicyExample::run)).containsExactly(
        "2 of 3 entries differ as of 2026-07-13:",
        "  EXA10000015: WAREHOUSE_21_22_EXCLUDED ELIGIBLE [] -> WHAT_IF_TIB_EXCLUDED NOT_ELIGIBLE"
            + " [ENTRY_TYPE_NOT_ALLOWED]",
        "  EXA10000023: WAREHOUSE_21_22_EXCLUDED ELIGIBLE [] -> WHAT_IF_TIB_EXCLUDED NOT_ELIGIBLE"
            + " [ENTRY_TYPE_NOT_ALLOWED]");
  }

  @Test
  void parallelScreeningExample_sameCountsAsSequential() {
    // Per block of 200 entries (liquidated 1..200 days before): days 1-80 eligible (80); days
    // 81-200 not eligible (120): window passed to day 180, and days 181-182 too (2026-07-12 Sun
    // and 07-11 Sat roll to Mon 07-13), final after. 50 blocks: 4,000 and 6,000.
    assertThat(lines(ParallelScreeningExample::run)).containsExactly(
        "parallel:   {ELIGIBLE=4000, NOT_ELIGIBLE=6000}",
        "sequential: {ELIGIBLE=4000, NOT_ELIGIBLE=6000}",
        "same: true");
  }

  @Test
  void screenFileExample_sample_summaryAndOneDeclarationPerImporter(@TempDir Path dir)
      throws IOException {
    List<String> lines = lines(out -> ScreenFileExample.run(out, dir));
    // The sample: 1,200 rows; 4 of them unusable (2 blank entry numbers, 2 amounts 'FREE').
    assertThat(lines.get(0)).isEqualTo("1200 rows read: 1196 used, 4 rejected; 4 problems");
    assertThat(lines.get(1)).startsWith("WAREHOUSE_21_22_EXCLUDED as of 2026-07-13: ELIGIBLE=")
        .contains(" ELIGIBLE_DEFERRED=", " NOT_ELIGIBLE=", " NEEDS_REVIEW=");
    List<String> declarations = lines.subList(2, lines.size());
    try (Stream<Path> files = Files.list(dir.resolve("declarations"))) {
      assertThat(declarations).hasSize((int) files.count());
    }
    // The 8 fake importers of SampleEs003Generator, the SSN one as "ssn-0001".
    assertThat(declarations).hasSize(SampleEntryRows.IMPORTERS.size())
        .allMatch(line -> line.matches("cape-declaration-[0-9A-Za-z-]+-001\\.csv: \\d+ entries"))
        .anyMatch(line -> line.startsWith("cape-declaration-ssn-0001-001.csv: "));
  }

  @Test
  void streamingScreenExample_sample_sameEntriesAsTheWholeRead(@TempDir Path dir) {
    List<String> lines = lines(out -> StreamingScreenExample.run(out, dir));
    // The whole read of the same sample gives the entry count the stream must hand on.
    int entries = CapeCsv.es003Reader().read(dir.resolve("ES-003.csv")).value().size();
    assertThat(lines).containsExactly(
        "1200 rows read: 1196 used, 4 rejected; 4 problems; " + entries + " values handed on",
        "screening-report.csv: " + entries + " entries");
    assertThat(entries).isGreaterThan(200);
  }

  @Test
  void claimLedgerExample_sample_recordsAdvisesReconciles(@TempDir Path dir) {
    // 177 entries: the eight golden declaration files of the sample as of 2026-07-13 together.
    // FKE10000011's REV-615 line pays 5,521.19 principal (its 9903.01.01 duty) + 180.00.
    List<String> lines = lines(out -> ClaimLedgerExample.run(out, dir));
    assertThat(lines).containsExactly("177 declared entries recorded",
        "FKE10000011: NO (CAPE accepted the entry)",
        "FKE10000243: AGAIN (ACE could not recalculate the duty; often transient)",
        "[FKE10000011]: PAID, received 5701.19",
        "061234-12345: 18 declared, 1 accepted, 1 paid");
    assertThat(dir.resolve("claims.db")).isRegularFile();
  }

  @Test
  void screeningRunExample_sample_figuresOfTheGoldenRun(@TempDir Path dir) {
    // The golden stdout.txt of the CLI on the same sample: 276 entries, 143 ELIGIBLE, 2 at risk,
    // 50 payments of principal 1,790,733.74, 8 declarations.
    List<String> lines = lines(out -> ScreeningRunExample.run(out, dir));
    assertThat(lines).startsWith("276 entries, 143 ELIGIBLE, 2 at risk",
        "50 expected payments, principal 1790733.74",
        "cape-declaration-061234-12345-001.csv: 18 entries");
    assertThat(lines).hasSize(2 + SampleEntryRows.IMPORTERS.size());
    assertThat(dir.resolve("out").resolve("screening-report.csv")).isRegularFile();
  }

  @Test
  void erpScreeningExample_threeEntries_twoDeclaredOneAtRisk() {
    // Day 80 (at risk) and unliquidated: ELIGIBLE; liquidated 2026-01-02: past day 80. Payments:
    // the liquidated one reliquidates after acceptance, the unliquidated one liquidates at
    // acceptance + 45 = 2026-08-27, so two dates, one payment each.
    List<String> lines = lines(ErpScreeningExample::run);
    assertThat(lines).startsWith("GLD00000011: ELIGIBLE", "GLD00000029: ELIGIBLE",
        "GLD00000037: NOT_ELIGIBLE", "2 to declare, 1 at risk",
        "declare: GLD00000011 GLD00000029");
    assertThat(lines.subList(5, lines.size())).hasSize(2)
        .allMatch(line -> line.startsWith("payment IOR 12-3456789 2026-"))
        .anyMatch(line -> line.endsWith(": 100.00"))
        .anyMatch(line -> line.equals("payment IOR 12-3456789 2026-08-27: 40.00"));
  }

  @Test
  void exampleWithoutArguments_deletesItsTemporaryDirectory() throws IOException {
    Path[] used = new Path[1];
    ExampleFiles.inDirectory(new String[0], dir -> {
      used[0] = ExampleFiles.copySample(dir.resolve("in"), "ES-003.csv");
      used[0] = dir;
    });
    assertThat(used[0].getFileName().toString()).startsWith("cape-example");
    assertThat(used[0]).doesNotExist();
  }

  @Test
  void exampleWithADirectory_leavesItsFilesThere(@TempDir Path dir) throws IOException {
    ExampleFiles.inDirectory(new String[] {dir.toString()},
        d -> ExampleFiles.copySample(d, "ES-003.csv"));
    assertThat(dir.resolve("ES-003.csv")).isRegularFile();
  }

  private static List<String> lines(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
