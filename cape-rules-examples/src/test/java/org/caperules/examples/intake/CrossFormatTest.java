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
package org.caperules.examples.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caperules.examples.intake.Workbooks.row;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.HtsNumber;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.core.result.Problem;
import org.caperules.core.result.ProblemCode;
import org.caperules.core.result.RowAccounting;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.es003.Es003Reader;
import org.caperules.csv.report.ScreeningReportWriter;
import org.caperules.es003.CapeInputException;
import org.caperules.screening.Es003Files;
import org.caperules.xlsx.Es003WorkbookReader;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same ES-003 data as a CSV file and as a typed workbook reads to the same entries,
 * problems, accounting and report; a mixed list of both is one export. These tests need both
 * readers, so they live here rather than in either reader's module.
 */
class CrossFormatTest {

  /** The notices about whole files, which these tests do not look at. */
  private static final Set<ProblemCode> NOTICES = Set.of(ProblemCode.LIQUIDATION_COLUMNS_ABSENT,
      ProblemCode.TITLE_ROWS_SKIPPED, ProblemCode.SHEETS_READ);

  /** Fri 2026-05-15: PHASE_1 is in force (effective 2026-04-20). */
  private static final LocalDate FRI_2026_05_15 = LocalDate.of(2026, 5, 15);
  private static final List<@Nullable Object> HEADER = row("Entry Summary Number",
      "Entry Summary Line Number", "Tariff Ordinal Number", "Entry Type Code", "Importer Number",
      "Entry Date", "HTS Number - Full", "Line Tariff Duty Amount", "Liquidation Status",
      "Liquidation Date", "Protest Status");
  private static final String CSV = String.join("\r\n",
      "Entry Summary Number,Entry Summary Line Number,Tariff Ordinal Number,Entry Type Code,"
          + "Importer Number,Entry Date,HTS Number - Full,Line Tariff Duty Amount,"
          + "Liquidation Status,Liquidation Date,Protest Status",
      "SYN10000012,1,1,01,12-3456789A1,04/08/2025,99030125,$850.00,Unliquidated,,",
      "SYN10000012,1,2,01,12-3456789A1,04/08/2025,3923900080,$300.00,Unliquidated,,",
      "SYN10000020,1,1,01,12-3456789A1,04/09/2025,99030128,\"$1,234.56\",Liquidated,"
          + "04/24/2026,Pending",
      "SYN10000046,1,1,01,12-3456789A1,04/10/2025,99030125,$10.50,,04/01/2026,",
      "SYN10000061,1,1,01,12-3456789A1,04/10/2025,99030125,$10.00,,,",
      "ABC12345678,1,1,01,12-3456789A1,04/10/2025,99030125,$5.00,Unliquidated,,",
      "SYN10000012,1,1,01,12-3456789A1,04/08/2025,99030125,$850.00,Unliquidated,,",
      "") ;

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  /** The row accounting of a read, which every reader gives. */
  private static RowAccounting rows(ValueWithProblems<?> result) {
    return Objects.requireNonNull(result.rowAccounting(), "rowAccounting");
  }

  /** The rows of {@link #CSV} as typed cells, as Excel holds them: dates, numbers, text. */
  private static List<List<@Nullable Object>> typedRows() {
    LocalDate apr8 = LocalDate.of(2025, 4, 8);
    LocalDate apr9 = LocalDate.of(2025, 4, 9);
    LocalDate apr10 = LocalDate.of(2025, 4, 10);
    String imp = "12-3456789A1";
    return List.of(
        row("SYN10000012", 1, 1, "01", imp, apr8, 99030125, 850, "Unliquidated", null, null),
        row("SYN10000012", 1, 2, "01", imp, apr8, 3923900080L, 300, "Unliquidated", null, null),
        row("SYN10000020", 1, 1, "01", imp, apr9, 99030128, new BigDecimal("1234.56"),
            "Liquidated", LocalDate.of(2026, 4, 24), "Pending"),
        row("SYN10000046", 1, 1, "01", imp, apr10, 99030125, new BigDecimal("10.5"), null,
            LocalDate.of(2026, 4, 1), null),
        row("SYN10000061", 1, 1, "01", imp, apr10, 99030125, 10, null, null, null),
        row("ABC12345678", 1, 1, "01", imp, apr10, 99030125, 5, "Unliquidated", null, null),
        row("SYN10000012", 1, 1, "01", imp, apr8, 99030125, 850, "Unliquidated", null, null));
  }

  private static List<@Nullable Object> withHeader(List<List<@Nullable Object>> rows,
      List<List<@Nullable Object>> out) {
    out.add(HEADER);
    out.addAll(rows);
    return HEADER;
  }

  private Path workbook(String name, List<List<@Nullable Object>> rows) throws IOException {
    Map<String, List<List<@Nullable Object>>> sheets = Workbooks.sheets();
    sheets.put("Main Report", rows);
    return Workbooks.write(dir.resolve(name), sheets);
  }

  private static List<String> problems(ValueWithProblems<List<Entry>> result) {
    return result.problems().stream().filter(p -> !NOTICES.contains(p.code()))
        .map(Problem::toString).toList();
  }

  private static List<Long> counts(ValueWithProblems<List<Entry>> result) {
    RowAccounting rows = rows(result);
    return List.of(rows.rowsRead(), rows.rowsUsed(), rows.rowsRejected());
  }

  @Test
  void read_sameDataAsCsv_sameEntriesCountsAndByteIdenticalReport() throws IOException {
    Path csv = Files.writeString(dir.resolve("es003.csv"), CSV, StandardCharsets.UTF_8);
    List<List<@Nullable Object>> rows = new ArrayList<>();
    rows.add(row("ES-003 Entry Summary Line Tariff Details"));  // a title row
    rows.add(row());                                            // a blank row
    withHeader(typedRows(), rows);
    Path xlsx = workbook("es003.xlsx", rows);

    ValueWithProblems<List<Entry>> fromCsv = Es003Reader.builder().read(csv);
    ValueWithProblems<List<Entry>> fromXlsx = Es003WorkbookReader.builder().read(xlsx);

    assertThat(fromXlsx.value()).isEqualTo(fromCsv.value());
    // the workbook's title row is read and skipped; the data rows are the same
    assertThat(counts(fromCsv)).containsExactly(7L, 6L, 0L);
    assertThat(counts(fromXlsx)).containsExactly(8L, 6L, 0L);
    assertThat(rows(fromXlsx).rowsSkipped()).isEqualTo(1);
    // the same account: the last row repeats the first exactly (an overlapping export), used
    // once and counted as repeated, not a problem
    assertThat(problems(fromCsv)).isEmpty();
    assertThat(problems(fromXlsx)).isEmpty();
    assertThat(Objects.requireNonNull(fromCsv.rowAccounting()).rowsRepeated()).isEqualTo(1);
    assertThat(rows(fromXlsx).rowsRepeated()).isEqualTo(1);
    // money cells 850 and 10.5 read as 850.00 and 10.50, as the CSV's $850.00 and $10.50
    assertThat(fromXlsx.value().get(0).dutyLines()).containsExactly(
        DutyLine.of(HtsNumber.of("99030125"), new BigDecimal("850.00")),
        DutyLine.of(HtsNumber.of("3923900080"), new BigDecimal("300.00")));
    assertThat(fromXlsx.value().get(1).liquidationDate()).isEqualTo(LocalDate.of(2026, 4, 24));

    ScreeningReportWriter writer = ScreeningReportWriter.builder().build();
    Path csvReport = dir.resolve("report-csv.csv");
    Path xlsxReport = dir.resolve("report-xlsx.csv");
    writer.write(csvReport,
        CapeEngine.standard().screen(fromCsv.value(), FRI_2026_05_15).assessments());
    writer.write(xlsxReport,
        CapeEngine.standard().screen(fromXlsx.value(), FRI_2026_05_15).assessments());
    assertThat(Files.readAllBytes(xlsxReport)).isEqualTo(Files.readAllBytes(csvReport));
    assertThat(Files.readAllLines(xlsxReport)).hasSize(6);  // header and 5 entries
  }

  @Test
  void es003FilesReadAll_xlsxAndCsvSideBySide_oneEntryAcrossFormats() throws IOException {
    Map<String, List<List<@Nullable Object>>> sheets = Workbooks.sheets();
    sheets.put("Main Report", List.of(
        Workbooks.row("Entry Summary Number", "HTS Number - Full",
            "Line Tariff Duty Amount"),
        Workbooks.row("SYN10000012", "99030125", 850)));
    // an .xlsx saved under a .csv name and CSV under an .xlsx name: chosen by content
    Path workbook = Workbooks.write(dir.resolve("march.csv"), sheets);
    Path csv = Files.writeString(dir.resolve("april.xlsx"), "Entry Summary Number,HTS Number"
        + " - Full,Line Tariff Duty Amount\r\nSYN10000012,3923900080,$300.00\r\n",
        StandardCharsets.UTF_8);
    ValueWithProblems<List<Entry>> result = Es003Files.readAll(List.of(workbook, csv));
    assertThat(result.value()).hasSize(1);
    assertThat(result.value().get(0).dutyLines()).hasSize(2);
    assertThat(rows(result).rowsRead()).isEqualTo(2);
  }

  @Test
  void es003FilesReadAll_ole2_clearMessage() throws IOException {
    Path xls = Files.write(dir.resolve("old.xls"),
        HexFormat.of().parseHex("d0cf11e0a1b11ae10000"));
    try {
      Es003Files.readAll(List.of(xls));
    } catch (CapeInputException ex) {
      assertThat(ex).hasMessage("ES-003 file 'old.xls' is an Excel 97-2003 or"
          + " password-protected workbook; save it as .xlsx or CSV");
      assertThat(ex.file()).isEqualTo("old.xls");
      return;
    }
    throw new AssertionError("no exception");
  }

  @Test
  void doubleNoiseAmounts_readAtTheShortestDecimal_sameReportAsTheCsv() throws IOException {
    // ACE writes $13,156.66; a workbook stores the binary double, which Excel writes with 17
    // significant digits (13156.659999999999); 3900 comes back as 3900.0000000000000
    String csv = String.join("\r\n",
        "Entry Summary Number,Entry Type Code,Entry Date,HTS Number - Full,"
            + "Line Tariff Duty Amount,Liquidation Status",
        "SYN10000012,01,04/08/2025,99030125,\"$13,156.66\",Unliquidated",
        "SYN10000012,01,04/08/2025,3923900080,$1000.00,Unliquidated",
        "SYN10000020,01,04/09/2025,99030128,\"$3,900.00\",Unliquidated",
        "SYN10000046,01,04/10/2025,99030125,$800.00,Unliquidated",
        "SYN10000046,01,04/10/2025,3923900080,$3000.00,Unliquidated", "");
    LocalDate apr8 = LocalDate.of(2025, 4, 8);
    LocalDate apr9 = LocalDate.of(2025, 4, 9);
    LocalDate apr10 = LocalDate.of(2025, 4, 10);
    Path xlsx = workbook("noise.xlsx", List.of(
        row("Entry Summary Number", "Entry Type Code", "Entry Date", "HTS Number - Full",
            "Line Tariff Duty Amount", "Liquidation Status"),
        row("SYN10000012", "01", apr8, "99030125", new BigDecimal("13156.659999999999"),
            "Unliquidated"),
        row("SYN10000012", "01", apr8, "3923900080", 1000, "Unliquidated"),
        row("SYN10000020", "01", apr9, "99030128", new BigDecimal("3900.0000000000000"),
            "Unliquidated"),
        row("SYN10000046", "01", apr10, "99030125", new BigDecimal("800.00"), "Unliquidated"),
        row("SYN10000046", "01", apr10, "3923900080", new BigDecimal("3000.0"),
            "Unliquidated")));
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
      java.util.zip.ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
      assertThat(new String(zip.getInputStream(sheet).readAllBytes(), StandardCharsets.UTF_8))
          .as("the workbook holds the noise as Excel writes it")
          .contains("<v>13156.659999999999</v>");
    }
    ValueWithProblems<List<Entry>> fromCsv = Es003Reader.builder()
        .read(Files.writeString(dir.resolve("noise.csv"), csv, StandardCharsets.UTF_8));
    ValueWithProblems<List<Entry>> fromXlsx = Es003WorkbookReader.builder().read(xlsx);
    assertThat(fromXlsx.value()).isEqualTo(fromCsv.value());
    assertThat(fromXlsx.value().get(0).dutyLines()).extracting(d -> d.duty().toPlainString())
        .containsExactly("13156.66", "1000.00");
    assertThat(problems(fromXlsx)).isEmpty();
    ScreeningReportWriter writer = ScreeningReportWriter.builder().build();
    Path csvReport = dir.resolve("noise-csv.csv");
    Path xlsxReport = dir.resolve("noise-xlsx.csv");
    writer.write(csvReport,
        CapeEngine.standard().screen(fromCsv.value(), FRI_2026_05_15).assessments());
    writer.write(xlsxReport,
        CapeEngine.standard().screen(fromXlsx.value(), FRI_2026_05_15).assessments());
    assertThat(Files.readAllBytes(xlsxReport)).isEqualTo(Files.readAllBytes(csvReport));
    String report = Files.readString(xlsxReport, StandardCharsets.UTF_8);
    assertThat(report).contains("13156.66").doesNotContain("13156.659").doesNotContain("3900.000");
  }

  @Test
  void workbookAmountWithFractionsOfACent_rowProblem() throws IOException {
    Path xlsx = workbook("cent.xlsx", List.of(
        row("Entry Summary Number", "HTS Number - Full", "Line Tariff Duty Amount"),
        row("SYN10000012", "99030125", new BigDecimal("0.30000000000000004")),
        row("SYN10000012", "3923900080", new BigDecimal("12.5"))));
    ValueWithProblems<List<Entry>> read = Es003WorkbookReader.builder().read(xlsx);
    assertThat(problems(read)).containsExactly("cent.xlsx:2 [Line Tariff Duty Amount]"
        + " '0.30000000000000004': Amount '0.30000000000000004' has fractions of a cent; an"
        + " ES-003 amount is in dollars and cents");
    assertThat(read.value().get(0).dutyLines()).extracting(d -> d.duty().toPlainString())
        .containsExactly("12.50");
    assertThat(read.value().get(0).rejectedRowCount()).isEqualTo(1);
  }
}
