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
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.caperules.core.eligibility.Verdict;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.core.rule.ReasonCode;
import org.caperules.csv.declaration.CheckedDeclaration;
import org.caperules.csv.declaration.DeclarationValidator;
import org.caperules.csv.report.ScreeningReportWriter;
import org.caperules.examples.SampleEs003Generator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code cape-rules screen} for every exit-code path, checking stdout, stderr, the
 * exit code and the files written.
 */
class ScreenCommandTest {

  static final Path SAMPLE = Path.of("src/main/resources", SampleEs003Generator.SAMPLE_RESOURCE);
  static final String HEADER = "Entry Summary Number,HTS Number - Full,Line Tariff Duty Amount,"
      + "Entry Type Code,Importer Number,Liquidation Status,Liquidation Date\r\n";

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  @Test
  void screen_sample_summaryReportProblemsAndDeclarations_exit0() throws IOException {
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--out", out.toString(),
        SAMPLE.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).as("no progress for a small file").isEmpty();

    // Independent counts from the sample itself: distinct non-blank entry numbers, and the
    // ROW_PROBLEM rows (a blank entry number, an amount 'FREE').
    List<String> rows = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
    rows = rows.subList(1, rows.size());
    Set<String> entryNumbers = new HashSet<>();
    long badRows = 0;
    for (String row : rows) {
      String entryNumber = row.substring(0, row.indexOf(','));
      if (entryNumber.isEmpty() || row.contains(",FREE,")) {
        badRows++;
      }
      if (!entryNumber.isEmpty()) {
        entryNumbers.add(entryNumber);
      }
    }
    assertThat(run.outLines()).first().isEqualTo("Screened " + entryNumbers.size()
        + " entries from 1 file as of 2026-07-13 under WAREHOUSE_21_22_EXCLUDED");
    assertThat(run.outLines().get(1).strip()).isEqualTo("verdict               entries        "
        + " IEEPA duty");
    assertThat(run.outLines()).contains(String.format(Locale.ROOT,
        "Rows: %,d read, %,d used, %,d with problems (%d problems)", rows.size(),
        rows.size() - badRows, badRows, badRows));
    assertThat(run.outLines()).contains("Files written:",
        "  " + out.resolve("screening-report.csv") + " (" + entryNumbers.size() + " entries)",
        "  " + out.resolve("problems.csv") + " (" + badRows + " problems)");

    // The report: one row per entry; every verdict and every reason code appears (the sample's
    // purpose), and the summary counts agree with it.
    List<String[]> report = csv(out.resolve("screening-report.csv"));
    assertThat(report).hasSize(entryNumbers.size());
    Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
    Set<ReasonCode> reasons = EnumSet.noneOf(ReasonCode.class);
    Set<String> declarable = new TreeSet<>();
    Set<String> declarableImporters = new HashSet<>();
    for (String[] row : report) {
      Verdict verdict = Verdict.valueOf(row[3]);
      verdicts.add(verdict);
      for (String reason : row[4].split(";", -1)) {
        if (!reason.isEmpty()) {
          reasons.add(ReasonCode.valueOf(reason));
        }
      }
      if (verdict.isDeclarable()) {
        declarable.add(row[0]);
        declarableImporters.add(row[1]);
      }
    }
    assertThat(verdicts).containsExactlyInAnyOrder(Verdict.values());
    // every code but CHECKS_NOT_RUN, which only --require-all-checks gives
    assertThat(reasons).containsExactlyInAnyOrderElementsOf(
        EnumSet.complementOf(EnumSet.of(ReasonCode.CHECKS_NOT_RUN)));
    for (Verdict verdict : Verdict.values()) {
      long count = report.stream().filter(row -> row[3].equals(verdict.name())).count();
      assertThat(run.outLines()).as(verdict.name())
          .anyMatch(line -> line.matches("  " + verdict + " +"
              + String.format(Locale.ROOT, "%,d", count) + " +[0-9,]+\\.\\d\\d"));
    }
    assertThat(csv(out.resolve("problems.csv"))).hasSize((int) badRows);

    // Declarations: exactly the ELIGIBLE and ELIGIBLE_DEFERRED entries, one importer per file,
    // each accepted by the pre-flight validator.
    Set<String> declared = new TreeSet<>();
    List<Path> declarationFiles = files(out.resolve("declarations"));
    assertThat(declarationFiles).hasSize(declarableImporters.size());
    for (Path file : declarationFiles) {
      ValueWithProblems<CheckedDeclaration> check = DeclarationValidator.validate(file);
      assertThat(check.hasErrors()).as("%s: %s", file, check.problems()).isFalse();
      List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
      assertThat(lines.get(0)).isEqualTo("Entry Number");
      declared.addAll(lines.subList(1, lines.size()));
      assertThat(run.outLines()).anyMatch(line -> line.startsWith("  " + file + " ("));
    }
    assertThat(declared).isEqualTo(declarable);

    // payments.csv: the declarable entries' IEEPA duty, consolidated; its principal and entry
    // counts add up to the report's declarable rows (column 8 is IEEPA Duty).
    java.math.BigDecimal declarableDuty = java.math.BigDecimal.ZERO;
    for (String[] row : report) {
      if (Verdict.valueOf(row[3]).isDeclarable()) {
        declarableDuty = declarableDuty.add(new java.math.BigDecimal(row[8]));
      }
    }
    List<String[]> payments = csv(out.resolve("payments.csv"));
    java.math.BigDecimal paidPrincipal = java.math.BigDecimal.ZERO;
    long paidEntries = 0;
    for (String[] payment : payments) {
      paidEntries += Long.parseLong(payment[6]);
      paidPrincipal = paidPrincipal.add(new java.math.BigDecimal(payment[7]));
    }
    assertThat(paidEntries).isEqualTo(declarable.size());
    assertThat(paidPrincipal).isEqualByComparingTo(declarableDuty);
    assertThat(run.outLines()).contains("  " + out.resolve("payments.csv") + " ("
        + payments.size() + " expected payments)");
  }

  @Test
  void screen_secondRunWithForce_byteIdenticalOutputs() throws IOException {
    Path out = dir.resolve("out");
    CliRun first = CliRun.of("screen", "--as-of", "2026-07-13", "--out", out.toString(),
        SAMPLE.toString());
    List<byte[]> before = new ArrayList<>();
    List<Path> written = new ArrayList<>(files(out));
    written.addAll(files(out.resolve("declarations")));
    for (Path file : written) {
      before.add(Files.readAllBytes(file));
    }
    CliRun second = CliRun.of("screen", "--as-of", "2026-07-13", "--out", out.toString(),
        "--force", SAMPLE.toString());
    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).isEqualTo(first.out());
    for (int i = 0; i < written.size(); i++) {
      assertThat(Files.readAllBytes(written.get(i))).as(written.get(i).toString())
          .isEqualTo(before.get(i));
    }
  }

  @Test
  void screen_nonEmptyOutWithoutForce_exit1_nothingWritten() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("keep.txt"), "mine");
    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--out", out.toString(),
        SAMPLE.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("cape-rules: Output directory '" + out
        + "' is not empty; use --force to write into it (its reports, manifest and declaration"
        + " set are replaced)");
    assertThat(files(out)).containsExactly(out.resolve("keep.txt"));
  }

  @Test
  void screen_force_oldDeclarationsDeleted_otherFilesKept() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path declarations = Files.createDirectories(out.resolve("declarations"));
    Files.writeString(declarations.resolve("cape-declaration-old-001.csv"), "stale");
    Files.writeString(out.resolve("keep.txt"), "mine");
    Path input = write("one.csv", HEADER + "ABC12345676,99030125,100.00,01,12-3456789A1,Open,\r\n");
    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--out", out.toString(),
        "--force", input.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(files(declarations)).containsExactly(
        declarations.resolve("cape-declaration-12-3456789A1-001.csv"));
    assertThat(out.resolve("keep.txt")).hasContent("mine");
  }

  @Test
  void screen_outIsAFile_exit1() throws IOException {
    Path file = write("not-a-dir", "x");
    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--out", file.toString(),
        SAMPLE.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly(
        "cape-rules: Output directory '" + file + "' is a file");
  }

  @Test
  void screen_entryInTwoFiles_mergedIntoOne_noGroupDeclaration() throws IOException {
    Path a = write("a.csv", HEADER + "ABC12345676,99030125,100.00,01,12-3456789A1,Open,\r\n");
    Path b = write("b.csv", HEADER + "ABC12345676,3923900080,30.00,01,12-3456789A1,Open,\r\n"
        + "MYK28000864,99030124,50.00,21,98-7654321,Open,\r\n");
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--no-group", "--out",
        out.toString(), a.toString(), b.toString());
    assertThat(run.exitCode()).isZero();
    // ABC12345676: type 01, unliquidated, IEEPA 100.00 -> ELIGIBLE; MYK28000864: type 21 ->
    // ENTRY_TYPE_NOT_ALLOWED from 2026-07-07 (CSMS #69127837) -> NOT_ELIGIBLE, IEEPA 50.00.
    assertThat(run.outLines()).startsWith(
        "Screened 2 entries from 2 files as of 2026-07-13 under WAREHOUSE_21_22_EXCLUDED",
        "  verdict               entries         IEEPA duty",
        "  ELIGIBLE                    1             100.00",
        "  ELIGIBLE_DEFERRED           0               0.00",
        "  NOT_ELIGIBLE                1              50.00",
        "  NEEDS_REVIEW                0               0.00",
        "  total                       2             150.00",
        // One declarable entry -> one payment of 100.00; the file has no entry or entry summary
        // date, so there is no deposit date and the interest is unknown, not guessed.
        "Expected refunds: 1 payment, principal 100.00, estimated interest unknown for 1 entry"
            + " (see payments.csv)",
        "Rows: 3 read, 3 used, 0 with problems (0 problems)");
    Path declaration = out.resolve("declarations").resolve("cape-declaration-001.csv");
    assertThat(files(out.resolve("declarations"))).containsExactly(declaration);
    assertThat(Files.readString(declaration)).isEqualTo("Entry Number\r\nABC12345676\r\n");
  }

  /**
   * A plain ACE export has none of the supplementary columns: the verdict stands, the report's
   * Not Checked column and the summary name the checks that did not run.
   */
  @Test
  void screen_reportShapedExport_notesPrintedAndInNoticesCsvProblemsCsvEmpty()
      throws IOException {
    // a BusinessObjects export: title rows, "hide duplicates" rows, a total row, ="..." cells
    Path input = write("shaped.csv", "ES-003 Entry Summary Line Tariff Details\r\n"
        + "Run Date: 07/13/2026\r\n" + HEADER
        + "=\"ABC12345676\",99030125,100.00,01,12-3456789A1,Open,\r\n"
        + ",3923900080,12.00,,,,\r\n"
        + ",Sum:,112.00,,,,\r\n");
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--out", out.toString(),
        input.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).contains(
        "Note: shaped.csv: Skipped 2 title rows above the header row (lines 1-2); the export was"
            + " run on 2026-07-13",
        "Note: shaped.csv: Filled 1 row whose entry number and entry-level cells were blank (a"
            + " \"hide duplicates\" layout) from the entry whose rows they continue (line 5)",
        "Note: shaped.csv: Skipped 1 footer row (totals under the data, line 6)",
        // 2 title rows and the footer skipped, 2 data rows used
        "Rows: 5 read, 2 used, 3 skipped (title and footer rows), 0 with problems (0 problems)");
    assertThat(Files.readString(out.resolve("problems.csv")))
        .isEqualTo("File,Line,Entry Number,Column,Value,Message\r\n");
    assertThat(Files.readString(out.resolve("notices.csv")))
        .contains("Skipped 2 title rows above the header row (lines 1-2)")
        .contains("Filled 1 row whose entry number")
        .contains("Skipped 1 footer row (totals under the data, line 6)");
  }

  @Test
  void screen_plainAceExport_notCheckedColumnAndSummaryLines() throws IOException {
    Path input = write("plain.csv", HEADER
        + "ABC12345676,99030125,100.00,01,12-3456789A1,Open,\r\n"
        + "MYK28000864,99030124,50.00,08,98-7654321,Open,\r\n");
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--out", out.toString(),
        input.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).contains(
        "Not checked: no 'Reconciliation Indicator' column, so RECONCILIATION did not run for"
            + " 1 declared entry",
        "Not checked: no 'Reconciliation Entry Filed' or 'Reconciliation (Other) Entry Summary"
            + " Number' column, so RECONCILIATION did not run for 1 declared entry",
        "Not checked: no 'Drawback Indicator' column, so DRAWBACK did not run for 1 declared"
            + " entry",
        "Not checked: no 'Protest Status' or 'Protest Number' column, so OPEN_PROTEST did not run"
            + " for 1 declared entry",
        "Not checked: no 'AD/CVD Liquidation Instructions' column, so ADCVD_PENDING_LIQUIDATION"
            + " did not run for 1 declared entry",
        "Not checked: no 'Entry Summary Status' column, so ENTRY_SUMMARY_NOT_ACCEPTED did not"
            + " run for 1 declared entry",
        "Not checked: no 'Filed In ACE' column, so NOT_IN_ACE did not run for 1 declared entry");
    assertThat(run.outLines()).noneMatch(line -> line.contains("'Entry Type Code'"));
    // A clean file: problems.csv has its header only.
    assertThat(Files.readString(out.resolve("problems.csv")))
        .isEqualTo("File,Line,Entry Number,Column,Value,Message\r\n");
    List<String[]> report = csv(out.resolve("screening-report.csv"));
    int notChecked = java.util.Arrays.asList(Files.readAllLines(out.resolve(
        "screening-report.csv")).get(0).split(",", -1)).indexOf("Not Checked");
    assertThat(notChecked).isEqualTo(12);
    assertThat(report).extracting(row -> row[0] + " " + row[3] + " " + row[notChecked])
        .containsExactly("ABC12345676 ELIGIBLE ADCVD_PENDING_LIQUIDATION;DRAWBACK;"
                + "ENTRY_SUMMARY_NOT_ACCEPTED;NOT_IN_ACE;OPEN_PROTEST;RECONCILIATION",
            "MYK28000864 NOT_ELIGIBLE ADCVD_PENDING_LIQUIDATION;DRAWBACK;"
                + "ENTRY_SUMMARY_NOT_ACCEPTED;NOT_IN_ACE;OPEN_PROTEST;RECONCILIATION");
  }

  /** Run-level notices go to notices.csv and the summary, not to problems.csv. */
  @Test
  void screen_aceDefaultLayout_noticeInNoticesCsvProblemsCsvEmpty() throws IOException {
    Path input = write("default.csv", "Entry Summary Number,HTS Number - Full,"
        + "Line Tariff Duty Amount\r\nABC12345676,99030125,100.00\r\n");
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--out", out.toString(),
        input.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(out.resolve("problems.csv")))
        .isEqualTo("File,Line,Entry Number,Column,Value,Message\r\n");
    assertThat(Files.readAllLines(out.resolve("notices.csv"))).hasSize(2).last().asString()
        .startsWith("default.csv,0,,,,The file has neither a 'Liquidation Status'");
    assertThat(run.outLines()).contains("  " + out.resolve("problems.csv") + " (0 problems)",
        "  " + out.resolve("notices.csv") + " (1 notice)")
        .anyMatch(line -> line.startsWith("Note: default.csv: The file has neither"));
  }

  /** The summary names the policy and its confirmation, and warns of an UNCONFIRMED one. */
  @Test
  void screen_unconfirmedPolicyAndAsOfBeforeCapeOpened_saidInTheSummary() throws IOException {
    Path input = write("p.csv", HEADER + "ABC12345676,99030125,100.00,01,12-3456789A1,Open,\r\n");
    CliRun late = CliRun.of("screen", "--as-of", "2026-10-13", "--out",
        dir.resolve("late").toString(), input.toString());
    assertThat(late.exitCode()).isZero();
    assertThat(late.outLines()).contains("Policy: PHASE_3_LITIGANTS, in force from 2026-10-06,"
        + " UNCONFIRMED: no CBP bulletin found for it, only reports; check before declaring",
        "Unconfirmed policy: 0 entries are declared only because of PHASE_3_LITIGANTS;"
            + " WAREHOUSE_21_22_EXCLUDED, the confirmed policy it supersedes, would not declare"
            + " them");
    CliRun early = CliRun.of("screen", "--as-of", "2026-04-17", "--policy", "PHASE_1", "--out",
        dir.resolve("early").toString(), input.toString());
    assertThat(early.exitCode()).isZero();
    assertThat(early.outLines()).contains(
        "Policy: PHASE_1, in force from 2026-04-20, confirmation CBP_PRIMARY",
        "Warning: as of 2026-04-17 CAPE was not open yet (it opened on 2026-04-20); check"
            + " --as-of");
    assertThat(late.outLines()).noneMatch(line -> line.startsWith("Warning: as of"));
  }

  /**
   * Under the UNCONFIRMED PHASE_3_LITIGANTS (from 2026-10-06) the summary counts the entries
   * declared only because of it. As of Tue 2026-10-13: ABC12345676, liquidated Mon 2026-01-05
   * (day 180 is Sat 2026-07-04, rolled to Mon 2026-07-06, so liquidation is final), importer a
   * CIT plaintiff: ELIGIBLE under PHASE_3_LITIGANTS, LIQUIDATION_FINAL under
   * WAREHOUSE_21_22_EXCLUDED, the confirmed policy it supersedes. MYK28000864, liquidated Fri
   * 2026-09-04 (day 80 is Mon 2026-11-23): ELIGIBLE under both.
   */
  @Test
  void screen_unconfirmedPolicy_countsEntriesDeclaredOnlyBecauseOfIt() throws IOException {
    Path input = write("cit.csv", HEADER.replace("\r\n", ",CIT Plaintiff\r\n")
        + "ABC12345676,99030125,100.00,01,12-3456789A1,Liquidated,01/05/2026,Y\r\n"
        + "MYK28000864,99030125,50.00,01,98-7654321,Liquidated,09/04/2026,N\r\n");
    String line = "Unconfirmed policy: 1 entry is declared only because of PHASE_3_LITIGANTS;"
        + " WAREHOUSE_21_22_EXCLUDED, the confirmed policy it supersedes, would not declare it";
    CliRun inForce = CliRun.of("screen", "--as-of", "2026-10-13", "--out",
        dir.resolve("a").toString(), input.toString());
    assertThat(inForce.exitCode()).as(inForce.err()).isZero();
    assertThat(inForce.outLines()).contains("  ELIGIBLE                    2             150.00",
        line);
    CliRun pinned = CliRun.of("screen", "--as-of", "2026-10-13", "--policy",
        "PHASE_3_LITIGANTS", "--out", dir.resolve("b").toString(), input.toString());
    assertThat(pinned.outLines()).contains(line);
    // A week earlier the confirmed WAREHOUSE_21_22_EXCLUDED applies: no such line.
    CliRun before = CliRun.of("screen", "--as-of", "2026-10-05", "--out",
        dir.resolve("c").toString(), input.toString());
    assertThat(before.outLines()).contains("  ELIGIBLE                    1              50.00")
        .noneMatch(l -> l.startsWith("Unconfirmed policy:"));
  }

  /**
   * No entry, entry summary or statement date: no deposit date, so no interest (docs/interest.md).
   * The amount written 1000 is 1,000.00 in the summary and 1000.00 in the files; the unknown
   * interest is never 0.00.
   */
  @Test
  void screen_noInterestKnown_saidUnknownNeverZero() throws IOException {
    Path input = write("undated.csv", HEADER
        + "ABC12345676,99030125,1000,01,12-3456789A1,Open,\r\n");
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--out", out.toString(),
        input.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).contains("  ELIGIBLE                    1           1,000.00",
        "Expected refunds: 1 payment, principal 1,000.00, estimated interest unknown for 1 entry"
            + " (see payments.csv)");
    assertThat(Files.readAllLines(out.resolve("payments.csv")).get(1))
        .endsWith(",1,1000.00,,,1,N");
    assertThat(csv(out.resolve("screening-report.csv")).get(0)[8]).isEqualTo("1000.00");
  }

  @Test
  void screen_policyOption_overridesPolicyInForce() throws IOException {
    Path input = write("w.csv", HEADER + "MYK28000864,99030124,50.00,21,98-7654321,Open,\r\n");
    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--policy", "phase_1", "--out",
        dir.resolve("out").toString(), input.toString());
    assertThat(run.exitCode()).isZero();
    // Under PHASE_1 a type 21 warehouse entry is ELIGIBLE_DEFERRED (Verdict Javadoc: "before
    // 2026-07-07, the warehouse types 21 and 22").
    assertThat(run.outLines()).startsWith(
        "Screened 1 entry from 1 file as of 2026-07-13 under PHASE_1",
        "  verdict               entries         IEEPA duty",
        "  ELIGIBLE                    0               0.00",
        "  ELIGIBLE_DEFERRED           1              50.00");
  }

  @Test
  void screen_headerOnlyFile_runWithNoEntries_exit0() throws IOException {
    Path input = write("header.csv", HEADER);
    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--out",
        dir.resolve("out").toString(), input.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines()).first()
        .isEqualTo("Screened 0 entries from 1 file as of 2026-07-13 under WAREHOUSE_21_22_EXCLUDED");
    // The notice is not a problem: it goes to notices.csv and the summary.
    assertThat(run.outLines()).contains("Rows: 0 read, 0 used, 0 with problems (0 problems)",
        "Note: header.csv: The file has a header but no rows",
        "  no declarations: no entry is ELIGIBLE or ELIGIBLE_DEFERRED");
  }

  @Test
  void screen_aceDefaultLayout_liquidationNoticePrinted() throws IOException {
    Path input = write("ace.csv", "Entry Summary Number,HTS Number - Full,Line Tariff Duty"
        + " Amount\r\nABC12345676,99030125,100.00\r\n");
    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--out",
        dir.resolve("out").toString(), input.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).contains("  NEEDS_REVIEW                1             100.00")
        .anyMatch(line -> line.startsWith("Note: ace.csv: The file has neither a 'Liquidation"
            + " Status' nor a 'Liquidation Date' column"));
  }

  /**
   * An input whose rows of one entry are apart (ABC12345676 on lines 2 and 4) cannot be read as
   * a stream: screen says so on stderr, sorts the rows by entry on disk, and the entry is one
   * report row with the IEEPA duty of both rows (600.00 + 400.00 = 1000.00).
   */
  @Test
  void screen_rowsOfAnEntryApart_noteOnStderrAndThePartitionedReadsResult() throws IOException {
    Path input = write("apart.csv", HEADER
        + "ABC-1234567-6,9903.01.25,600.00,01,12-3456789A1,Unliquidated,\r\n"
        + "ABC12345684,9903.01.25,50.00,01,12-3456789A1,Unliquidated,\r\n"
        + "ABC12345676,9903.01.25,400.00,01,12-3456789A1,Unliquidated,\r\n");
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--out", out.toString(),
        input.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.errLines()).containsExactly("Note: the rows of entry ABC12345676 are apart"
        + " from each other (apart.csv line 4), so the input cannot be screened as a stream;"
        + " sorting its rows by entry on disk first");
    List<String[]> report = csv(out.resolve("screening-report.csv"));
    assertThat(report).extracting(row -> row[0] + " " + row[8])
        .containsExactly("ABC12345676 1000.00", "ABC12345684 50.00");
    assertThat(run.outLines()).contains("Rows: 3 read, 3 used, 0 with problems (0 problems)");
  }

  /** What screen prints on stderr while a large input is screened, a flushed line each. */
  @Test
  void stderrProgress_startedScreenedAndNoteLines() {
    java.io.StringWriter text = new java.io.StringWriter();
    StderrProgress progress = new StderrProgress(new java.io.PrintWriter(text));
    progress.started(1, 250_400_000L);
    progress.screened(100_000);
    progress.note("the rows of entry ABC12345676 are apart");
    progress.started(2, 10_000_000L);
    assertThat(text.toString().lines()).containsExactly(
        "Reading and screening 1 file (250 MB)...",
        "  screened 100,000 entries",
        "Note: the rows of entry ABC12345676 are apart",
        "Reading and screening 2 files (10 MB)...");
  }

  @Test
  void screen_missingFile_exit1_oneLine_noOutputDirectory() {
    Path missing = dir.resolve("missing.csv");
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--out", out.toString(),
        missing.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(
        "cape-rules: ES-003 file '" + missing + "' does not exist or is not a file");
    assertThat(out).doesNotExist();
  }

  @Test
  void screen_directoryGiven_exit1_saysItIsADirectory() {
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--out", out.toString(),
        dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("cape-rules: ES-003 file '" + dir + "' is a"
        + " directory, not a file; give the export files in it");
    assertThat(out).doesNotExist();
  }

  @Test
  void screen_oneOfEach_singularNouns() throws IOException {
    // One entry (declarable: unliquidated, IEEPA line), one payment, one rejected row (no entry
    // number, so it belongs to no entry and cannot make the entry NEEDS_REVIEW): every count of
    // the summary is 1.
    Path input = write("one.csv", HEADER + "ABC12345676,99030125,100.00,01,12-3456789A1,Open,\r\n"
        + ",99030125,100.00,01,12-3456789A1,Open,\r\n");
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--out", out.toString(),
        input.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).doesNotContain("(1 problems)", "(1 entries", "(1 expected payments)")
        .contains("(1 problem)", "(1 entry)", "(1 entry, declaration for ");
  }

  @Test
  void screen_help_fileNamesNotBrokenAtTheirDots() {
    CliRun run = CliRun.of("screen", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("problems.csv", "payments.csv", "screening-report.csv",
        "declarations/*.csv").doesNotContain("\uFEFF");
    assertThat(run.outLines())
        .noneMatch(line -> line.endsWith("problems.") || line.endsWith("payments."))
        .noneMatch(line -> line.startsWith("csv"));
  }

  @Test
  void screen_emptyFile_exit1() throws IOException {
    Path input = write("empty.csv", "");
    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--out",
        dir.resolve("out").toString(), input.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("cape-rules: ES-003 file 'empty.csv' is empty;"
        + " expected a header row with the columns 'Entry Summary Number', 'HTS Number - Full'"
        + " and 'Line Tariff Duty Amount'");
  }

  @Test
  void screen_requiredColumnMissing_exit1NamingFileAndColumn() throws IOException {
    Path input = write("nocol.csv",
        String.join("\r\n", "Entry Summary Number,Line Tariff Duty Amount", "ABC12345676,1.00"));
    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--out",
        dir.resolve("out").toString(), input.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("cape-rules: ES-003 file 'nocol.csv' has no"
        + " column 'HTS Number - Full' (required); the header row has 2 columns: 'Entry Summary"
        + " Number', 'Line Tariff Duty Amount'");
  }

  /**
   * The second file is unusable after the first was read and screened on the reading thread:
   * the run stops with the second file's message, and leaves no output behind (the report's
   * temporary file and the output directory it made are removed), nor an earlier report
   * replaced.
   */
  @Test
  void screen_secondFileUnusable_exit1_noOutputLeft() throws IOException {
    Path good = write("good.csv", HEADER
        + "ABC12345676,9903.01.25,600.00,01,12-3456789A1,Unliquidated,\r\n");
    Path bad = write("nocol.csv",
        String.join("\r\n", "Entry Summary Number,Line Tariff Duty Amount", "ABC12345684,1.00"));
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--out", out.toString(),
        good.toString(), bad.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("cape-rules: ES-003 file 'nocol.csv' has no"
        + " column 'HTS Number - Full' (required); the header row has 2 columns: 'Entry Summary"
        + " Number', 'Line Tariff Duty Amount'");
    assertThat(out).doesNotExist();

    Files.createDirectories(out);
    Files.writeString(out.resolve("screening-report.csv"), "earlier report\r\n");
    CliRun again = CliRun.of("screen", "--as-of", "2026-07-13", "--out", out.toString(),
        "--force", good.toString(), bad.toString());
    assertThat(again.exitCode()).isEqualTo(1);
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left).containsExactly(out.resolve("screening-report.csv"));
    }
    assertThat(Files.readString(out.resolve("screening-report.csv")))
        .isEqualTo("earlier report\r\n");
  }

  @Test
  void screen_unknownPolicy_exit2() {
    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--policy", "NOPE", "x.csv");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("cape-rules: Unknown CAPE policy 'NOPE'; known"
        + " policies: PHASE_1, PHASE_1_RECON, WAREHOUSE_21_22_EXCLUDED, PHASE_3_LITIGANTS",
        "Try 'cape-rules screen --help' for more information.");
  }

  @Test
  void screen_missingAsOf_exit2() {
    CliRun run = CliRun.of("screen", SAMPLE.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(
        "cape-rules: Missing required option: '--as-of=YYYY-MM-DD'",
        "Try 'cape-rules screen --help' for more information.");
  }

  @Test
  void screen_help_exit0() {
    CliRun run = CliRun.of("screen", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: cape-rules screen ").contains("--no-group",
        "--force", "--policy=ID", "--out=DIR");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** The data rows of a CSV file we wrote (no quoted commas in the columns used). */
  /**
   * As of Fri 2026-12-04 an unliquidated entry liquidates through CAPE on 2026-12-04 + 45 = Mon
   * 2027-01-18: its interest needs 2027 Q1, which the shipped table lacks, so it is blank; with
   * {@code --rates} adding 2027 Q1 (6% corporate, REPORTED) it is computed.
   *
   * <p>Hand calculation (Python decimal, 50 digits, day by day, deposit day in, liquidation day
   * out): 10,000.00 from the entry summary date 2025-12-18 to 2027-01-18 is 396 days, 14 in 2025
   * Q4 at 6%, 90 in 2026 Q1 at 6%, 91 in Q2 at 5%, 92 in Q3 at 6%, 92 in Q4 at 6%, 17 in 2027 Q1
   * at 6%, each day growing by rate/365: 645.985349 -> 645.99.
   */
  @Test
  void screen_ratesFile_added2027Q1_usedForInterest() throws IOException {
    Path input = write("dec.csv", """
        Entry Summary Number,HTS Number - Full,Line Tariff Duty Amount,Entry Type Code,\
        Importer Number,Entry Date,Entry Summary Date,Liquidation Status,Liquidation Date
        ABC12345676,99030125,10000.00,01,12-3456789A1,2025-12-08,2025-12-18,Open,
        """);
    Path without = dir.resolve("without");
    CliRun first = CliRun.of("screen", "--as-of", "2026-12-04", "--out", without.toString(),
        input.toString());
    assertThat(first.exitCode()).isZero();
    String[] row = csv(without.resolve("screening-report.csv")).get(0);
    int interest = ScreeningReportWriter.HEADER.size();
    assertThat(row[3]).isEqualTo("ELIGIBLE");
    assertThat(List.of(row).subList(interest, row.length)).containsExactly("", "2027-01-18",
        "2027-02-02", "2027-03-04", "CORPORATE", "DEPOSIT_DATE_ASSUMED");

    Path rates = write("rates.csv", """
        Quarter, Non-Corporate, Corporate, Source, Confirmation
        2027-Q1, 7, 6, "IRS revenue ruling, as published", REPORTED
        """);
    Path with = dir.resolve("with");
    CliRun second = CliRun.of("screen", "--as-of", "2026-12-04", "--rates", rates.toString(),
        "--out", with.toString(), input.toString());
    assertThat(second.exitCode()).isZero();
    row = csv(with.resolve("screening-report.csv")).get(0);
    assertThat(List.of(row).subList(interest, row.length)).containsExactly("645.99",
        "2027-01-18", "2027-02-02", "2027-03-04", "CORPORATE",
        "DEPOSIT_DATE_ASSUMED;UNCONFIRMED_RATE");
    // The advice says the usual-cycle projection (2025-12-08 + 314 = 2026-10-18) is past.
    assertThat(row[9]).contains("put its liquidation on 2026-10-18, already past");

    // The roster makes 12-3456789A1 non-corporate: the same 396 days at 7%, 7%, 6% (2026 Q2),
    // 7%, 7%, 7% (2027 Q1, from the file), day by day over 365: 762.095773 -> 762.10 (Python
    // decimal, as above).
    Path roster = write("importers.csv", """
        importer.number,importer.legalName,route,rateClass
        12-3456789A1,Example Imports LLC,IMPORTER_FILES,NON_CORPORATE
        """);
    Path nonCorporate = dir.resolve("non-corporate");
    CliRun roster2 = CliRun.of("screen", "--as-of", "2026-12-04", "--rates", rates.toString(),
        "--roster", roster.toString(), "--out", nonCorporate.toString(), input.toString());
    assertThat(roster2.exitCode()).isZero();
    row = csv(nonCorporate.resolve("screening-report.csv")).get(0);
    assertThat(List.of(row).subList(interest, row.length)).containsExactly("762.10",
        "2027-01-18", "2027-02-02", "2027-03-04", "NON_CORPORATE",
        "DEPOSIT_DATE_ASSUMED;UNCONFIRMED_RATE");

    Path bad = write("bad-rates.csv", """
        Quarter, Non-Corporate, Corporate, Source, Confirmation
        2027-Q1, 7, six, IRS, REPORTED
        """);
    CliRun third = CliRun.of("screen", "--as-of", "2026-12-04", "--rates", bad.toString(),
        "--out", dir.resolve("bad").toString(), input.toString());
    assertThat(third.exitCode()).isEqualTo(1);
    assertThat(third.errLines()).containsExactly("cape-rules: Rates file: " + bad + " line 2,"
        + " column Corporate: 'six' is not a percentage such as 7 or 6.5");
  }

  /** The rows after the header, parsed as CSV (a next action may hold a quoted comma). */
  private static List<String[]> csv(Path file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (de.siegmar.fastcsv.reader.CsvReader<de.siegmar.fastcsv.reader.CsvRecord> reader =
        de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(file)) {
      for (de.siegmar.fastcsv.reader.CsvRecord record : reader) {
        rows.add(record.getFields().toArray(String[]::new));
      }
    }
    return rows.subList(1, rows.size());
  }

  private static List<Path> files(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
