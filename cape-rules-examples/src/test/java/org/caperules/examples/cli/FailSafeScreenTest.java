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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caperules.examples.intake.Workbooks;
import org.caperules.testkit.EntryNumbers;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Never silently wrong: the real {@code cape-rules screen} on hand-built exports shaped like
 * ACE's ES-003 (line and ordinal columns, US dates, no supplementary columns), asserting the
 * verdict, the reasons, the {@code Not Checked} cell, the money cells and the summary lines of
 * each case where the data cannot support a verdict (docs/rules.md#verdicts,
 * docs/formats.md#not-checked), and the row accounting over a seeded file with bad cells.
 */
class FailSafeScreenTest {

  /** ACE's columns with liquidation and protest columns, without the supplementary ones. */
  private static final String HEADER = "Entry Summary Number,Entry Summary Line Number,"
      + "Tariff Ordinal Number,HTS Number - Full,Line Tariff Duty Amount,Entry Type Code,"
      + "Importer Number,Entry Date,Liquidation Status,Liquidation Date,Protest Number,"
      + "Protest Status,Reconciliation Indicator\r\n";

  /** The checks whose columns that header lacks, as the report's Not Checked cell has them. */
  private static final String NOT_CHECKED = "ADCVD_PENDING_LIQUIDATION;DRAWBACK;"
      + "ENTRY_SUMMARY_NOT_ACCEPTED;NOT_IN_ACE;RECONCILIATION";

  /**
   * One entry per case, screened as of Mon 2026-07-13:
   *
   * <ul>
   *   <li>ABC12345676: its IEEPA row's amount is {@code N/A}, so it is rejected; the commodity row
   *       alone would say NO_IEEPA_DUTY, which is no verdict: NEEDS_REVIEW, IEEPA duty 0.00 a
   *       lower bound;
   *   <li>GLD00000672: liquidated 08/03/2026, after the as-of date: DATE_AFTER_AS_OF;
   *   <li>GLD00000680: entered 09/02/2025, liquidated 03/14/2025: LIQUIDATION_BEFORE_ENTRY (and,
   *       liquidation + 180 = 2025-09-10 being past, LIQUIDATION_FINAL);
   *   <li>GLD00000698: protest number 270426100123 with a blank status: UNKNOWN_PROTEST_STATUS;
   *   <li>GLD00000706: liquidated Fri 04/24/2026, day 80 on Mon 2026-07-13: ELIGIBLE, at risk;
   *       its amount is written {@code 1000}, reported {@code 1000.00};
   *   <li>GLD00000714: unliquidated, amounts written {@code 3000.0} and {@code 800.00}: ELIGIBLE,
   *       IEEPA duty 3000.00 + 800.00 = 3800.00; no entry date, so no deposit date and its
   *       interest is unknown.
   * </ul>
   */
  private static final String CASES = ""
      + "ABC12345676,1,1,99030125,N/A,01,12-3456789A1,12/01/2025,Unliquidated,,,,N\r\n"
      + "ABC12345676,1,2,3923900080,300.00,01,12-3456789A1,12/01/2025,Unliquidated,,,,N\r\n"
      + "GLD00000672,1,1,99030125,100.00,01,12-3456789A1,09/02/2025,Liquidated,08/03/2026,,,N\r\n"
      + "GLD00000680,1,1,99030125,100.00,01,12-3456789A1,09/02/2025,Liquidated,03/14/2025,,,N\r\n"
      + "GLD00000698,1,1,99030125,100.00,01,12-3456789A1,09/02/2025,Liquidated,04/24/2026,"
      + "270426100123,,N\r\n"
      + "GLD00000706,1,1,99030125,1000,01,12-3456789A1,09/02/2025,Liquidated,04/24/2026,,,N\r\n"
      + "GLD00000714,1,1,99030125,3000.0,01,98-7654321,,Unliquidated,,,,N\r\n"
      + "GLD00000714,2,1,99030124,800.00,01,98-7654321,,Unliquidated,,,,N\r\n";

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  @Test
  void realShapedCases_verdictsReasonsNotCheckedMoneyAndSummary() throws IOException {
    Path input = Files.writeString(dir.resolve("es003.csv"), HEADER + CASES);
    Path out = dir.resolve("out");

    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--out", out.toString(),
        input.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, Map<String, String>> report = report(out);
    assertThat(report.keySet()).containsExactly("ABC12345676", "GLD00000672", "GLD00000680",
        "GLD00000698", "GLD00000706", "GLD00000714");
    assertRow(report, "ABC12345676", "NEEDS_REVIEW", "NO_IEEPA_DUTY;ROWS_REJECTED", "0.00");
    assertThat(cell(report, "ABC12345676", "Warnings"))
        .startsWith("IEEPA_DUTY_LOWER_BOUND: 1 row of the entry could not be used");
    assertRow(report, "GLD00000672", "NEEDS_REVIEW", "DATE_AFTER_AS_OF", "100.00");
    assertRow(report, "GLD00000680", "NEEDS_REVIEW",
        "LIQUIDATION_BEFORE_ENTRY;LIQUIDATION_FINAL", "100.00");
    assertRow(report, "GLD00000698", "NEEDS_REVIEW", "UNKNOWN_PROTEST_STATUS", "100.00");
    assertRow(report, "GLD00000706", "ELIGIBLE", "", "1000.00");
    assertThat(cell(report, "GLD00000706", "At Risk")).isEqualTo("Y");
    assertRow(report, "GLD00000714", "ELIGIBLE", "", "3800.00");
    assertThat(cell(report, "GLD00000714", "Estimated Interest")).isEmpty();
    for (Map<String, String> row : report.values()) {
      assertThat(row.get("Not Checked")).as(row.get("Entry Number")).isEqualTo(NOT_CHECKED);
    }

    assertThat(run.outLines()).contains(
        "  ELIGIBLE                    2           4,800.00",
        "  NEEDS_REVIEW                4             300.00",
        "Rows: 8 read, 7 used, 1 with problems (1 problem)",
        "Not checked: no 'Reconciliation Entry Filed' or 'Reconciliation (Other) Entry Summary"
            + " Number' column, so RECONCILIATION did not run for 2 declared entries",
        "Not checked: no 'Drawback Indicator' column, so DRAWBACK did not run for 2 declared"
            + " entries",
        "Not checked: no 'AD/CVD Liquidation Instructions' column, so ADCVD_PENDING_LIQUIDATION"
            + " did not run for 2 declared entries",
        "Not checked: no 'Entry Summary Status' column, so ENTRY_SUMMARY_NOT_ACCEPTED did not"
            + " run for 2 declared entries",
        "Not checked: no 'Filed In ACE' column, so NOT_IN_ACE did not run for 2 declared"
            + " entries");
    assertThat(run.outLines()).anyMatch(line -> line.startsWith("Expected refunds: 2 payments,"
        + " principal 4,800.00, estimated interest ") && line.endsWith(" on 1 entry, unknown for"
        + " 1 entry (see payments.csv)"));
    assertThat(run.outLines()).noneMatch(line -> line.contains("'Protest Status'"));

    // problems.csv links the rejected row to its entry; the payment of the entry with unknown
    // interest has its principal, and blank interest and total.
    assertThat(Files.readAllLines(out.resolve("problems.csv"))).hasSize(2).last().asString()
        .startsWith("es003.csv,2,ABC12345676,Line Tariff Duty Amount,N/A,");
    List<String> payments = Files.readAllLines(out.resolve("payments.csv"));
    assertThat(payments).hasSize(3);
    assertThat(payments).anyMatch(line -> line.startsWith("IOR 98-7654321,")
        && line.endsWith(",1,3800.00,,,1,N"));
    assertThat(payments).anyMatch(line -> line.startsWith("IOR 12-3456789A1,")
        && line.matches(".*,1,1000\\.00,\\d+\\.\\d\\d,\\d+\\.\\d\\d,0,[YN]"));
    assertThat(Files.readAllLines(out.resolve("declarations").resolve(
        "cape-declaration-12-3456789A1-001.csv"))).containsExactly("Entry Number", "GLD00000706");
  }

  @Test
  void requireAllChecks_declaredEntriesHeldBack_othersUnchanged() throws IOException {
    Path input = Files.writeString(dir.resolve("es003.csv"), HEADER + CASES);
    Path out = dir.resolve("out");

    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--require-all-checks", "--out",
        out.toString(), input.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, Map<String, String>> report = report(out);
    assertRow(report, "GLD00000706", "NEEDS_REVIEW", "CHECKS_NOT_RUN", "1000.00");
    assertRow(report, "GLD00000714", "NEEDS_REVIEW", "CHECKS_NOT_RUN", "3800.00");
    assertThat(cell(report, "GLD00000706", "Next Action")).isEqualTo("Check in ACE what the"
        + " input could not show (Not Checked: " + NOT_CHECKED + "), then declare in CAPE by"
        + " 2026-07-13 if nothing excludes the entry.");
    assertThat(cell(report, "GLD00000706", "At Risk")).isEqualTo("N");
    assertRow(report, "ABC12345676", "NEEDS_REVIEW", "NO_IEEPA_DUTY;ROWS_REJECTED", "0.00");
    assertRow(report, "GLD00000680", "NEEDS_REVIEW",
        "LIQUIDATION_BEFORE_ENTRY;LIQUIDATION_FINAL", "100.00");
    assertThat(run.outLines()).contains(
        "  ELIGIBLE                    0               0.00",
        "  NEEDS_REVIEW                6           5,100.00",
        "Not checked: no 'Drawback Indicator' column, so DRAWBACK did not run; 2 entries held"
            + " back as NEEDS_REVIEW by --require-all-checks",
        "Not checked: no 'Filed In ACE' column, so NOT_IN_ACE did not run; 2 entries held back"
            + " as NEEDS_REVIEW by --require-all-checks",
        "  no declarations: no entry is ELIGIBLE or ELIGIBLE_DEFERRED");
    assertThat(Files.readAllLines(out.resolve("payments.csv"))).hasSize(1);
  }

  /**
   * Over a seeded export of 400 entries with bad cells injected in about one row in eight: rows
   * read = rows used + rows with problems, every rejected row is counted, and no entry with a
   * rejected row has a verdict other than NEEDS_REVIEW.
   */
  @Test
  void seededFileWithBadCells_rowsAccountedFor_noVerdictRestsOnARejectedRow()
      throws IOException {
    long seed = 20261205L;
    Random random = new Random(seed);
    String[] badAmounts = {"N/A", "USD 850.00", "\"1.500,00\"", "TBD", "12.34.56"};
    Set<String> numbers = new LinkedHashSet<>();
    while (numbers.size() < 400) {
      numbers.add(EntryNumbers.next(random).value());
    }
    StringBuilder rows = new StringBuilder(HEADER);
    Set<String> withRejectedRow = new TreeSet<>();
    int rowCount = 0;
    int injected = 0;
    for (String number : numbers) {
      int lines = 1 + random.nextInt(4);
      boolean liquidated = random.nextBoolean();
      for (int line = 1; line <= lines; line++) {
        boolean bad = random.nextInt(8) == 0;
        String amount = bad ? badAmounts[random.nextInt(badAmounts.length)]
            : (100 + random.nextInt(900)) + "." + (10 + random.nextInt(90));
        rows.append(number).append(',').append(line).append(",1,")
            .append(line == 1 ? "99030125" : "3923900080").append(',').append(amount)
            .append(",01,12-3456789A1,09/02/2025,")
            .append(liquidated ? "Liquidated,05/15/2026" : "Unliquidated,").append(",,,N\r\n");
        rowCount++;
        if (bad) {
          injected++;
          withRejectedRow.add(number);
        }
      }
    }
    Path input = Files.writeString(dir.resolve("seeded.csv"), rows.toString());
    Path out = dir.resolve("out");

    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--out", out.toString(),
        input.toString());

    assertThat(run.exitCode()).as("seed=%d: %s", seed, run.err()).isZero();
    Matcher accounting = Pattern.compile("Rows: ([\\d,]+) read, ([\\d,]+) used, ([\\d,]+) with"
        + " problems.*").matcher(run.outLines().stream()
            .filter(l -> l.startsWith("Rows: ")).findFirst().orElse(""));
    assertThat(accounting.matches()).as("seed=%d: %s", seed, run.out()).isTrue();
    long read = count(accounting.group(1));
    long used = count(accounting.group(2));
    long rejected = count(accounting.group(3));
    assertThat(read).as("seed=%d rows read", seed).isEqualTo(rowCount);
    assertThat(read).as("seed=%d read = used + rejected", seed).isEqualTo(used + rejected);
    assertThat(rejected).as("seed=%d rejected = injected", seed).isEqualTo(injected);
    assertThat(injected).as("seed=%d some bad cells", seed).isGreaterThan(20);

    Map<String, Map<String, String>> report = report(out);
    assertThat(report).as("seed=%d every entry reported", seed).hasSize(numbers.size());
    for (String number : withRejectedRow) {
      assertThat(cell(report, number, "Verdict")).as("seed=%d entry %s", seed, number)
          .isEqualTo("NEEDS_REVIEW");
      assertThat(cell(report, number, "Reasons")).as("seed=%d entry %s", seed, number)
          .contains("ROWS_REJECTED");
    }
    Set<String> inProblems = new TreeSet<>();
    for (String line : Files.readAllLines(out.resolve("problems.csv"))
        .subList(1, (int) rejected + 1)) {
      inProblems.add(line.split(",", -1)[2]);
    }
    assertThat(inProblems).as("seed=%d problems link to entries", seed)
        .isEqualTo(withRejectedRow);
  }

  private static long count(String grouped) {
    return Long.parseLong(grouped.replace(",", ""));
  }

  private static void assertRow(Map<String, Map<String, String>> report, String entry,
      String verdict, String reasons, String ieepaDuty) {
    assertThat(cell(report, entry, "Verdict")).as("%s verdict", entry).isEqualTo(verdict);
    assertThat(cell(report, entry, "Reasons")).as("%s reasons", entry).isEqualTo(reasons);
    assertThat(cell(report, entry, "IEEPA Duty")).as("%s IEEPA duty", entry)
        .isEqualTo(ieepaDuty);
  }

  /** One cell of the report; fails if the entry or the column is missing. */
  private static String cell(Map<String, Map<String, String>> report, String entry,
      String column) {
    Map<String, String> row = java.util.Objects.requireNonNull(report.get(entry), entry);
    return java.util.Objects.requireNonNull(row.get(column), column);
  }

  /** The report's rows by entry number, each as column name to cell (simple CSV: no quotes). */
  private static Map<String, Map<String, String>> report(Path out) throws IOException {
    List<String> lines = Files.readAllLines(out.resolve("screening-report.csv"),
        StandardCharsets.UTF_8);
    String[] header = lines.get(0).split(",", -1);
    Map<String, Map<String, String>> rows = new java.util.LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = cells(line);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], cells.get(i));
      }
      rows.put(cells.get(0), row);
    }
    return rows;
  }

  /** Splits one CSV line, honouring double quotes (next actions hold commas). */
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  /**
   * Brokers pull ES-003 in shorter date ranges, so two exports overlap: the shipped sample cut
   * into its first two thirds and its last two thirds (the middle third in both) screens to the
   * same report as the sample itself, in either order of the files; the repeated rows are
   * counted as repeated, not as problems.
   */
  @Test
  void twoOverlappingExports_sameReportAsOneFile_eitherOrder() throws IOException {
    List<String> lines = Files.readAllLines(ScreenCommandTest.SAMPLE, StandardCharsets.UTF_8);
    String header = lines.get(0);
    List<String> rows = lines.subList(1, lines.size());
    int third = rows.size() / 3;
    Path early = dir.resolve("es003-early.csv");
    Path late = dir.resolve("es003-late.csv");
    Files.write(early, withHeader(header, rows.subList(0, 2 * third)), StandardCharsets.UTF_8);
    Files.write(late, withHeader(header, rows.subList(third, rows.size())),
        StandardCharsets.UTF_8);

    CliRun one = CliRun.of("screen", "--as-of", "2026-07-13", "--out",
        dir.resolve("one").toString(), ScreenCommandTest.SAMPLE.toString());
    CliRun both = CliRun.of("screen", "--as-of", "2026-07-13", "--out",
        dir.resolve("both").toString(), early.toString(), late.toString());
    CliRun reversed = CliRun.of("screen", "--as-of", "2026-07-13", "--out",
        dir.resolve("reversed").toString(), late.toString(), early.toString());

    assertThat(List.of(one.exitCode(), both.exitCode(), reversed.exitCode()))
        .as(both.err()).containsOnly(0);
    String expected = Files.readString(dir.resolve("one/screening-report.csv"));
    assertThat(Files.readString(dir.resolve("both/screening-report.csv"))).isEqualTo(expected);
    assertThat(verdicts(dir.resolve("reversed/screening-report.csv")))
        .isEqualTo(verdicts(dir.resolve("one/screening-report.csv")));
    assertThat(both.out()).contains(String.format(java.util.Locale.ROOT,
        "%,d repeated (overlapping exports: used once)", third));
    // the same problems (entry, column, value, message), placed in the files they came from;
    // the overlapping exports are read partitioned (the rows of an entry are in both files),
    // whose problems come partition by partition, not in the order of the lines
    assertThat(withoutPlace(dir.resolve("both/problems.csv")))
        .containsExactlyInAnyOrderElementsOf(withoutPlace(dir.resolve("one/problems.csv")));
  }

  /**
   * Two exports without run dates disagree on the importer of ABC12345676 (12-3456789A1 in
   * april.csv, 98-7654321 in march.csv): whichever order the files are named in, the report,
   * the problems and the summary are the same, the importer is unknown (blank), the entry is
   * NEEDS_REVIEW with ROWS_REJECTED, and its IEEPA duty, 100.00 from april.csv's only row, is
   * marked a lower bound. GLD00000706, in march.csv only, is unaffected: liquidated Fri
   * 2026-04-24, day 80 on Mon 2026-07-13, ELIGIBLE.
   */
  @Test
  void conflictingImporterAcrossTwoFiles_sameResultInBothArgumentOrders() throws IOException {
    Path april = Files.writeString(dir.resolve("april.csv"), HEADER
        + "ABC12345676,1,1,99030125,100.00,01,12-3456789A1,12/01/2025,Unliquidated,,,,N\r\n");
    Path march = Files.writeString(dir.resolve("march.csv"), HEADER
        + "ABC12345676,1,1,99030125,100.00,01,98-7654321,12/01/2025,Unliquidated,,,,N\r\n"
        + "ABC12345676,1,2,3923900080,12.00,01,98-7654321,12/01/2025,Unliquidated,,,,N\r\n"
        + "GLD00000706,1,1,99030125,1000.00,01,98-7654321,09/02/2025,Liquidated,04/24/2026,,,N"
        + "\r\n");
    CliRun forward = CliRun.of("screen", "--as-of", "2026-07-13", "--out",
        dir.resolve("forward").toString(), april.toString(), march.toString());
    CliRun backward = CliRun.of("screen", "--as-of", "2026-07-13", "--out",
        dir.resolve("backward").toString(), march.toString(), april.toString());
    assertThat(List.of(forward.exitCode(), backward.exitCode())).as(forward.err())
        .containsOnly(0);

    for (String output : List.of("screening-report.csv", "problems.csv", "payments.csv")) {
      assertThat(Files.readString(dir.resolve("backward").resolve(output))).as(output)
          .isEqualTo(Files.readString(dir.resolve("forward").resolve(output)));
    }
    int filesAt = forward.outLines().indexOf("Files written:");
    assertThat(backward.outLines().subList(0, filesAt))
        .isEqualTo(forward.outLines().subList(0, filesAt));

    Map<String, Map<String, String>> report = report(dir.resolve("forward"));
    assertRow(report, "ABC12345676", "NEEDS_REVIEW", "ROWS_REJECTED", "100.00");
    assertThat(cell(report, "ABC12345676", "Importer Number")).isEmpty();
    assertThat(cell(report, "ABC12345676", "Warnings"))
        .startsWith("IEEPA_DUTY_LOWER_BOUND: 2 rows of the entry could not be used");
    assertThat(cell(report, "ABC12345676", "Not Checked")).isEqualTo(NOT_CHECKED);
    assertRow(report, "GLD00000706", "ELIGIBLE", "", "1000.00");
    assertThat(forward.outLines()).contains(
        "  ELIGIBLE                    1           1,000.00",
        "  NEEDS_REVIEW                1             100.00",
        "Rows: 4 read, 2 used, 2 with problems (2 problems)");
    List<String> problems = Files.readAllLines(dir.resolve("forward/problems.csv"));
    assertThat(problems).hasSize(3);
    assertThat(problems.subList(1, 3)).allSatisfy(line -> assertThat(line)
        .startsWith("march.csv,").contains(",ABC12345676,Importer Number,98-7654321,",
            "pass only the latest export"));
  }

  /**
   * The same entry in an older and a newer export whose title rows give their run dates: it
   * liquidated on Fri 2026-06-19 between the two pulls. The newer export wins, with a warning
   * naming both files, and the row in both is counted as repeated: ELIGIBLE as of Mon
   * 2026-07-13 (day 24 of 80), in both argument orders.
   */
  @Test
  void olderAndNewerExportWithRunDates_newerWins_withAWarning() throws IOException {
    String row = "ABC12345676,1,1,99030125,100.00,01,12-3456789A1,12/01/2025,";
    Path june = Files.writeString(dir.resolve("june.csv"), "ES-003 Entry Summary Line Tariff"
        + " Details\r\nRun Date: 06/01/2026 8:41 AM\r\n" + HEADER + row
        + "Unliquidated,,,,N\r\n");
    Path july = Files.writeString(dir.resolve("july.csv"), "ES-003 Entry Summary Line Tariff"
        + " Details\r\nRun Date: 07/10/2026 9:02 AM\r\n" + HEADER + row
        + "Liquidated,06/19/2026,,,N\r\n");
    for (List<Path> files : List.of(List.of(june, july), List.of(july, june))) {
      Path out = dir.resolve("out-" + files.get(0).getFileName());
      List<String> args = new ArrayList<>(List.of("screen", "--as-of", "2026-07-13", "--out",
          out.toString()));
      files.forEach(file -> args.add(file.toString()));
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertThat(run.exitCode()).as(run.err()).isZero();
      Map<String, Map<String, String>> report = report(out);
      assertRow(report, "ABC12345676", "ELIGIBLE", "", "100.00");
      assertThat(cell(report, "ABC12345676", "Warnings")).contains("LATER_EXPORT_USED:"
          + " Liquidation Status 'Liquidated' of july.csv (run 2026-07-10) used over"
          + " 'Unliquidated' of june.csv (run 2026-06-01)");
      // 2 title rows in each file skipped, 2 data rows: one used, the other its repeat
      assertThat(run.outLines()).contains("Rows: 6 read, 1 used, 1 repeated (overlapping"
          + " exports: used once), 4 skipped (title and footer rows), 0 with problems"
          + " (0 problems)",
          "Note: july.csv: Skipped 2 title rows above the header row (lines 1-2); the export"
              + " was run on 2026-07-10",
          "Note: june.csv: Skipped 2 title rows above the header row (lines 1-2); the export"
              + " was run on 2026-06-01");
    }
  }

  /**
   * An {@code .xlsx} export whose amount cells carry Excel's binary noise: {@code
   * 13156.659999999999} is read as 13156.66 and {@code 3900.0000000000000} as 3900.00, and every
   * money cell written has two decimals. As of Mon 2026-07-13: GLD00000706, liquidated Fri
   * 2026-04-24 (day 80), ELIGIBLE with IEEPA duty 13156.66; GLD00000714, unliquidated, ELIGIBLE
   * with 3900.00 (9903.01.25) + 800.00 (9903.01.24) = 4700.00; in all 13156.66 + 4700.00 =
   * 17856.66.
   */
  @Test
  void xlsxWithDoubleNoiseAmounts_readAsCents_twoDecimalsEverywhere() throws IOException {
    Map<String, List<List<@Nullable Object>>> sheets = Workbooks.sheets();
    List<@Nullable Object> header = Workbooks.row((Object[]) HEADER.strip().split(","));
    LocalDate entered = LocalDate.of(2025, 9, 2);
    sheets.put("Main Report", List.of(header,
        Workbooks.row("GLD00000706", 1, 1, "99030125", new BigDecimal("13156.659999999999"),
            "01", "12-3456789A1", entered, "Liquidated", LocalDate.of(2026, 4, 24), null, null,
            "N"),
        Workbooks.row("GLD00000714", 1, 1, "99030125", new BigDecimal("3900.0000000000000"),
            "01", "12-3456789A1", entered, "Unliquidated", null, null, null, "N"),
        Workbooks.row("GLD00000714", 2, 1, "99030124", 800, "01", "12-3456789A1", entered,
            "Unliquidated", null, null, null, "N")));
    Path input = Workbooks.write(dir.resolve("noise.xlsx"), sheets);
    Path out = dir.resolve("out");

    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--out", out.toString(),
        input.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, Map<String, String>> report = report(out);
    assertRow(report, "GLD00000706", "ELIGIBLE", "", "13156.66");
    assertRow(report, "GLD00000714", "ELIGIBLE", "", "4700.00");
    for (Map<String, String> row : report.values()) {
      assertThat(row.get("Not Checked")).as(row.get("Entry Number")).isEqualTo(NOT_CHECKED);
      assertThat(row.get("Estimated Interest")).matches("\\d+\\.\\d\\d");
    }
    assertThat(run.outLines()).contains(
        "  ELIGIBLE                    2          17,856.66",
        "Rows: 3 read, 3 used, 0 with problems (0 problems)");
    assertThat(run.outLines()).anyMatch(line -> line.startsWith(
        "Expected refunds: 2 payments, principal 17,856.66, estimated interest "));
    String payments = Files.readString(out.resolve("payments.csv"));
    assertThat(payments).contains(",13156.66,", ",4700.00,").doesNotContain("13156.659")
        .doesNotContain("3900.000");
  }

  /** The problems' lines without their File and Line cells. */
  private static List<String> withoutPlace(Path problems) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(problems, StandardCharsets.UTF_8)) {
      out.add(line.substring(line.indexOf(',', line.indexOf(',') + 1) + 1));
    }
    return out;
  }

  private static List<String> withHeader(String header, List<String> rows) {
    List<String> out = new ArrayList<>();
    out.add(header);
    out.addAll(rows);
    return out;
  }

  /** Entry number to the whole report row, whatever the order of the rows. */
  private static Map<String, String> verdicts(Path report) throws IOException {
    Map<String, String> byEntry = new HashMap<>();
    for (String line : Files.readAllLines(report, StandardCharsets.UTF_8)) {
      byEntry.put(line.substring(0, line.indexOf(',')), line);
    }
    return byEntry;
  }
}
