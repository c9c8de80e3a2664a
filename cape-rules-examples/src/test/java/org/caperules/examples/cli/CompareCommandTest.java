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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real {@code cape-rules compare} for every exit-code path. */
class CompareCommandTest {

  static final String HEADER = "Entry Summary Number,HTS Number - Full,Line Tariff Duty Amount,"
      + "Entry Type Code,Importer Number,Liquidation Status,Reconciliation Indicator\r\n";

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  @Test
  void compare_phase1VsWarehouse_onlyDifferingEntries_csvOnStdout() throws IOException {
    // ABC12345676: type 21 warehouse, unliquidated. PHASE_1: ELIGIBLE_DEFERRED (warehouse types
    // deferred before 2026-07-07); WAREHOUSE_21_22_EXCLUDED: ENTRY_TYPE_NOT_ALLOWED (CSMS
    // #69127837). MYK28000864: type 01, flagged for reconciliation, no type 09 filed: PHASE_1
    // RECONCILIATION; accepted from PHASE_1_RECON on (CSMS #69035485). EXA10000015: type 01,
    // plain: ELIGIBLE under both, so not listed.
    Path input = write("in.csv", HEADER
        + "ABC12345676,99030125,100.00,21,12-3456789A1,Open,N\r\n"
        + "MYK28000864,99030125,40.00,01,900-00-0001,Open,Y\r\n"
        + "EXA10000015,99030125,10.00,01,98-7654321,Open,N\r\n");
    CliRun run = CliRun.of("compare", "--policy", "PHASE_1", "--policy",
        "WAREHOUSE_21_22_EXCLUDED", "--as-of", "2026-07-13", input.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(
        "Entry Number,Importer Number,Policy A,Verdict A,Reasons A,Policy B,Verdict B,Reasons B"
            + "\n"
            + "ABC12345676,12-3456789A1,PHASE_1,ELIGIBLE_DEFERRED,,WAREHOUSE_21_22_EXCLUDED,"
            + "NOT_ELIGIBLE,ENTRY_TYPE_NOT_ALLOWED\n"
            + "MYK28000864,***-**-0001,PHASE_1,NOT_ELIGIBLE,RECONCILIATION,"
            + "WAREHOUSE_21_22_EXCLUDED,ELIGIBLE,\n");
    assertThat(run.errLines()).containsExactly(
        "2 of 3 entries differ between PHASE_1 and WAREHOUSE_21_22_EXCLUDED as of 2026-07-13");
  }

  /**
   * The rows of ABC12345676 are apart (lines 2 and 4): compare says so, reads the input whole,
   * and gives the same difference as for adjacent rows (type 21 warehouse: ELIGIBLE_DEFERRED
   * under PHASE_1, ENTRY_TYPE_NOT_ALLOWED under WAREHOUSE_21_22_EXCLUDED).
   */
  @Test
  void compare_rowsOfAnEntryApart_noteOnStderrAndTheSameDifference() throws IOException {
    Path input = write("apart.csv", HEADER
        + "ABC12345676,99030125,100.00,21,12-3456789A1,Open,N\r\n"
        + "EXA10000015,99030125,10.00,01,98-7654321,Open,N\r\n"
        + "ABC-1234567-6,99030128,50.00,21,12-3456789A1,Open,N\r\n");
    CliRun run = CliRun.of("compare", "--policy", "PHASE_1", "--policy",
        "WAREHOUSE_21_22_EXCLUDED", "--as-of", "2026-07-13", input.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(
        "Entry Number,Importer Number,Policy A,Verdict A,Reasons A,Policy B,Verdict B,Reasons B"
            + "\n"
            + "ABC12345676,12-3456789A1,PHASE_1,ELIGIBLE_DEFERRED,,WAREHOUSE_21_22_EXCLUDED,"
            + "NOT_ELIGIBLE,ENTRY_TYPE_NOT_ALLOWED\n");
    assertThat(run.errLines()).containsExactly("Note: the rows of entry ABC12345676 are apart"
        + " from each other (apart.csv line 4), so the input cannot be compared as a stream;"
        + " sorting its rows by entry on disk first",
        "1 of 2 entries differ between PHASE_1 and WAREHOUSE_21_22_EXCLUDED as of 2026-07-13");
  }

  @Test
  void compare_sample_everyListedEntryDiffers_problemsCountedOnStderr() {
    CliRun run = CliRun.of("compare", "--policy", "PHASE_1", "--policy",
        "WAREHOUSE_21_22_EXCLUDED", "--as-of", "2026-07-13",
        ScreenCommandTest.SAMPLE.toString());
    assertThat(run.exitCode()).isZero();
    List<String> lines = run.outLines();
    assertThat(lines.size()).isGreaterThan(1);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      assertThat(cells).as(line).hasSize(8);
      assertThat(cells[3] + cells[4]).as(line).isNotEqualTo(cells[6] + cells[7]);
    }
    assertThat(run.errLines()).containsExactly(
        (lines.size() - 1) + " of 276 entries differ between PHASE_1 and WAREHOUSE_21_22_EXCLUDED"
            + " as of 2026-07-13",
        "4 rows with problems were not compared; 'cape-rules screen' lists them in problems.csv");
  }

  @Test
  void compare_sampleAsXlsx_sameOutputAsCsv() throws IOException {
    Path workbook = ScreenXlsxCommandTest.toWorkbook(ScreenCommandTest.SAMPLE,
        dir.resolve("sample.xlsx"));
    CliRun csv = CliRun.of("compare", "--policy", "PHASE_1", "--policy",
        "WAREHOUSE_21_22_EXCLUDED", "--as-of", "2026-07-13", ScreenCommandTest.SAMPLE.toString());
    CliRun xlsx = CliRun.of("compare", "--policy", "PHASE_1", "--policy",
        "WAREHOUSE_21_22_EXCLUDED", "--as-of", "2026-07-13", workbook.toString());
    assertThat(xlsx.exitCode()).isZero();
    assertThat(xlsx.outLines()).isEqualTo(csv.outLines());
  }

  @Test
  void compare_onePolicy_exit2() {
    CliRun run = CliRun.of("compare", "--policy", "PHASE_1", "--as-of", "2026-07-13", "x.csv");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("cape-rules: Give exactly two policies with"
        + " --policy, but 1 was given: [PHASE_1]",
        "Try 'cape-rules compare --help' for more information.");
  }

  @Test
  void compare_unknownPolicy_exit2() {
    CliRun run = CliRun.of("compare", "--policy", "PHASE_1", "--policy", "PHASE_9", "--as-of",
        "2026-07-13", "x.csv");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).first().isEqualTo("cape-rules: Unknown CAPE policy 'PHASE_9';"
        + " known policies: PHASE_1, PHASE_1_RECON, WAREHOUSE_21_22_EXCLUDED, PHASE_3_LITIGANTS");
  }

  @Test
  void compare_missingFile_exit1_oneLine() {
    Path missing = dir.resolve("gone.csv");
    CliRun run = CliRun.of("compare", "--policy", "PHASE_1", "--policy", "PHASE_1_RECON",
        "--as-of", "2026-07-13", missing.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(
        "cape-rules: ES-003 file '" + missing + "' does not exist or is not a file");
  }

  @Test
  void compare_help_exit0() {
    CliRun run = CliRun.of("compare", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: cape-rules compare ");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
