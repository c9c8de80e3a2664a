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
package org.caperules.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.HtsNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.result.Problem;
import org.caperules.core.result.ProblemCode;
import org.caperules.core.result.RowAccounting;
import org.caperules.core.result.Severity;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.es003.CapeInputException;
import org.caperules.xlsx.TestWorkbooks.Num;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Es003WorkbookReaderTest {

  /** The row accounting of a read, which every reader gives. */
  private static RowAccounting rows(ValueWithProblems<?> result) {
    return Objects.requireNonNull(result.rowAccounting(), "rowAccounting");
  }

  private static final List<@Nullable Object> HEADER = row("Entry Summary Number",
      "Entry Summary Line Number", "Tariff Ordinal Number", "Entry Type Code", "Importer Number",
      "Entry Date", "HTS Number - Full", "Line Tariff Duty Amount", "Liquidation Status",
      "Liquidation Date", "Protest Status");
  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  static List<@Nullable Object> row(@Nullable Object... cells) {
    return new ArrayList<>(Arrays.asList(cells));
  }

  /** Rows as typed cells, as Excel holds them: dates, numbers, text. */
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

  private Path workbook(String name, List<List<@Nullable Object>> rows) throws IOException {
    Map<String, List<List<@Nullable Object>>> sheets = TestWorkbooks.sheets();
    sheets.put("Main Report", rows);
    return TestWorkbooks.write(dir.resolve(name), sheets);
  }

  /** The notices about whole files, which these tests do not look at. */
  private static final Set<ProblemCode> NOTICES = Set.of(ProblemCode.LIQUIDATION_COLUMNS_ABSENT,
      ProblemCode.TITLE_ROWS_SKIPPED, ProblemCode.SHEETS_READ);

  private static List<String> problems(ValueWithProblems<List<Entry>> result) {
    return result.problems().stream()
        .filter(p -> !NOTICES.contains(p.code()))
        .map(Problem::toString).toList();
  }

  private static List<Long> counts(ValueWithProblems<List<Entry>> result) {
    RowAccounting rows = rows(result);
    return List.of(rows.rowsRead(), rows.rowsUsed(), rows.rowsRejected());
  }

  private static String messageOf(Runnable read) {
    try {
      read.run();
    } catch (CapeInputException ex) {
      return String.valueOf(ex.getMessage());
    }
    throw new AssertionError("no CapeInputException");
  }

  @Test
  void read_excelSavedFixture_sharedStringsStyledDatesMainReportSecondSheet()
      throws IOException {
    // by hand, as Excel saves: title row 1, empty row 2, header row 3
    Path file = TestWorkbooks.excelSaved(dir.resolve("saved.xlsx"), false, List.of(
        row("ES-003 Entry Summary Line Tariff Details"),
        row(),
        row("Entry Summary Number", "HTS Number - Full", "Line Tariff Duty Amount",
            "Entry Date", "Liquidation Date", "Entry Summary Date", "Entry Type Code"),
        // 45755 = 2025-04-08 (built-in format 14); 46136 = 2026-04-24 (custom mm/dd/yyyy);
        // 45765 General in a date column = 2025-04-18; 1 General in Entry Type Code
        row("SYN10000012", Num.of("99030125"), Num.money("1000"), Num.date("45755"),
            Num.customDate("46136"), Num.of("45765"), Num.of("1")),
        row("SYN10000012", "3923900080", Num.money("0.1"), Num.date("45755"),
            Num.customDate("46136"), Num.of("45765"), "01")));
    ValueWithProblems<List<Entry>> result = Es003WorkbookReader.builder().read(file);
    assertThat(problems(result)).isEmpty();
    Entry entry = result.value().get(0);
    assertThat(result.value()).hasSize(1);
    assertThat(entry.entryDate()).isEqualTo(LocalDate.of(2025, 4, 8));
    assertThat(entry.liquidationDate()).isEqualTo(LocalDate.of(2026, 4, 24));
    assertThat(entry.liquidationStatus()).isEqualTo(LiquidationStatus.LIQUIDATED);
    assertThat(entry.entrySummaryDate()).isEqualTo(LocalDate.of(2025, 4, 18));
    assertThat(entry.dutyLines()).containsExactly(
        DutyLine.of(HtsNumber.of("99030125"), new BigDecimal("1000.00")),
        DutyLine.of(HtsNumber.of("3923900080"), new BigDecimal("0.10")));
  }

  @Test
  void read_date1904Workbook_datesShiftedBy1462Days() throws IOException {
    // 1904 system: serial 44293 = 1904-01-01 + 44293 days = 2025-04-08 (45755 - 1462);
    // a General serial 44303 in a date column = 45765 in the 1900 system = 2025-04-18
    Path file = TestWorkbooks.excelSaved(dir.resolve("mac.xlsx"), true, List.of(
        row("Entry Summary Number", "HTS Number - Full", "Line Tariff Duty Amount",
            "Entry Date", "Entry Summary Date"),
        row("SYN10000012", "99030125", "5.00", Num.date("44293"), Num.of("44303"))));
    Entry entry = Es003WorkbookReader.builder().read(file).value().get(0);
    assertThat(entry.entryDate()).isEqualTo(LocalDate.of(2025, 4, 8));
    assertThat(entry.entrySummaryDate()).isEqualTo(LocalDate.of(2025, 4, 18));
  }

  @Test
  void read_damagedNumberCells_problemsWithClearMessages() throws IOException {
    Path file = TestWorkbooks.excelSaved(dir.resolve("damaged.xlsx"), false, List.of(
        row("Entry Summary Number", "HTS Number - Full", "Line Tariff Duty Amount",
            "Entry Date"),
        row(Num.of("1234567890"), "99030125", "1.00", Num.date("45755")),
        row(Num.of("12312345676"), "99030125", "2.00", Num.date("45755")),
        row("1.23457E+10", "99030125", "3.00", Num.date("45755")),
        row("SYN10000012", Num.of("101210000"), "4.00", Num.date("45755.5")),
        row(Num.of("1.5"), "99030125", "5.00", Num.date("45755"))));
    ValueWithProblems<List<Entry>> result = Es003WorkbookReader.builder().read(file);
    assertThat(problems(result)).containsExactly(
        "damaged.xlsx:2 [Entry Summary Number] '1234567890': Entry number 1234567890 looks"
            + " damaged by a spreadsheet: 10 digits, but an entry number has 11 characters;"
            + " a number cell drops leading zeros (format the column as Text and export again)",
        "damaged.xlsx:4 [Entry Summary Number] '1.23457E+10': Entry number '1.23457E+10' looks"
            + " damaged by a spreadsheet: it is in scientific notation, which keeps only the"
            + " first digits; format the column as Text and export again",
        "damaged.xlsx:5 [HTS Number - Full] '101210000': HTS number 101210000 looks damaged by"
            + " a spreadsheet: 9 digits, but an HTS number has 10 digits, or 8 for a Chapter 99"
            + " heading; a number cell drops leading zeros (format the column as Text and"
            + " export again)",
        "damaged.xlsx:5 [Entry Date] '2025-04-08T12:00': Date must be MM/DD/YYYY, M/D/YYYY or"
            + " YYYY-MM-DD, but was: '2025-04-08T12:00'",
        "damaged.xlsx:6 [Entry Summary Number] '1.5': Entry number 1.5 looks damaged by a"
            + " spreadsheet: it is a number with decimals or a sign; format the column as Text"
            + " and export again");
    // the 11-digit number kept all its digits: an entry (its check digit is for the engine);
    // SYN10000012's only row was rejected (bad HTS and date cells): it comes, knowing it
    assertThat(result.value()).extracting(Entry::entryNumberText)
        .containsExactly("12312345676", "SYN10000012");
    assertThat(result.value()).extracting(Entry::rejectedRowCount).containsExactly(0L, 1L);
    assertThat(counts(result)).containsExactly(5L, 1L, 4L);
    assertThat(result.problems(Severity.ERROR)).extracting(Problem::code).containsExactly(
        ProblemCode.SPREADSHEET_DAMAGE, ProblemCode.SPREADSHEET_DAMAGE,
        ProblemCode.SPREADSHEET_DAMAGE, ProblemCode.BAD_DATE, ProblemCode.SPREADSHEET_DAMAGE);
  }

  @Test
  void read_everySheetWithAHeaderRead_inOrder_titleRowsSkipped_otherSheetsNamed()
      throws IOException {
    Map<String, List<List<@Nullable Object>>> sheets = TestWorkbooks.sheets();
    sheets.put("Cover", List.of(row("Prepared for the importer"), row("Entry count", 3)));
    List<List<@Nullable Object>> data = new ArrayList<>();
    data.add(row("Report run 05/15/2026"));
    data.add(row());
    data.add(row(null, "Entry Summary Number", "HTS Number - Full", "Line Duty Amount"));
    data.add(row(null, "SYN10000012", "99030125", "1.00"));
    sheets.put("Sheet2", data);
    sheets.put("Sheet3", List.of(row("Entry Summary Number", "HTS Number - Full",
        "Line Tariff Duty Amount"), row("SYN10000020", "99030125", "1.00"), row()));
    ValueWithProblems<List<Entry>> result =
        Es003WorkbookReader.builder().read(TestWorkbooks.write(dir.resolve("b.xlsx"), sheets));
    assertThat(result.value()).extracting(Entry::entryNumberText)
        .containsExactly("SYN10000012", "SYN10000020");
    assertThat(result.problems(Severity.NOTICE)).filteredOn(p -> p.code()
            != ProblemCode.LIQUIDATION_COLUMNS_ABSENT)
        .extracting(Problem::toString).containsExactly(
        "b.xlsx:0: Skipped 1 title row above the header row (line 1) (sheet 'Sheet2')",
        "b.xlsx:0: Read 2 sheets of 'b.xlsx' as ES-003 data: 'Sheet2', 'Sheet3'; skipped 1 sheet"
            + " without an ES-003 header row: 'Cover'");
  }

  @Test
  void read_splitReport_secondSheetsProblemsNameTheSheet() throws IOException {
    Map<String, List<List<@Nullable Object>>> sheets = TestWorkbooks.sheets();
    sheets.put("Main Report", List.of(row("Entry Summary Number", "HTS Number - Full",
        "Line Tariff Duty Amount"), row("SYN10000012", "99030125", "1.00")));
    sheets.put("Main Report (2)", List.of(row("Entry Summary Number", "HTS Number - Full",
        "Line Tariff Duty Amount"), row("SYN10000012", "3923900080", "N/A")));
    ValueWithProblems<List<Entry>> result =
        Es003WorkbookReader.builder().read(TestWorkbooks.write(dir.resolve("m.xlsx"), sheets));
    assertThat(result.value()).extracting(Entry::entryNumberText).containsExactly("SYN10000012");
    assertThat(problems(result)).containsExactly("m.xlsx [Main Report (2)]:2 [Line Tariff Duty"
        + " Amount] 'N/A': Amount must be a number such as 1234.56, $1,234.56, -12.00 or"
        + " (12.00), but was: 'N/A'");
  }

  @Test
  void read_noSheetWithHeader_exceptionNamesSheets() throws IOException {
    Map<String, List<List<@Nullable Object>>> sheets = TestWorkbooks.sheets();
    sheets.put("Summary", List.of(row("Entry", "Duty")));
    sheets.put("Notes", List.of(row("nothing here")));
    Path file = TestWorkbooks.write(dir.resolve("none.xlsx"), sheets);
    assertThat(messageOf(() -> Es003WorkbookReader.builder().read(file))).isEqualTo(
        "ES-003 workbook 'none.xlsx' has no sheet with a header row: no row naming 'Entry"
            + " Summary Number', 'HTS Number - Full' and 'Line Tariff Duty Amount' in the first"
            + " 100 rows of any sheet (sheets: 'Summary', 'Notes')");
  }

  @Test
  void read_closestRowOfAnySheet_namesTheMissingColumns() throws IOException {
    Map<String, List<List<@Nullable Object>>> sheets = TestWorkbooks.sheets();
    sheets.put("Notes", List.of(row("Entry Summary Number only")));
    sheets.put("Main Report", List.of(row("Report"),
        row("Entry Summary Number", "HTS Number - Full", "Duty")));
    Path file = TestWorkbooks.write(dir.resolve("close.xlsx"), sheets);
    assertThat(messageOf(() -> Es003WorkbookReader.builder().read(file))).startsWith(
        "ES-003 file 'close.xlsx' has no column 'Line Tariff Duty Amount' (required; also"
            + " accepted: 'Line Tariff Amount', 'Line Duty Amount'); the header row has 3"
            + " columns: 'Entry Summary Number', 'HTS Number - Full', 'Duty'");
  }

  @Test
  void read_missingRequiredColumn_sameExceptionAsCsv() throws IOException {
    Path file = workbook("cols.xlsx", List.of(row("Entry Summary Number", "Entry Date")));
    assertThat(messageOf(() -> Es003WorkbookReader.builder().read(file)))
        .startsWith("ES-003 file 'cols.xlsx' has no column 'HTS Number - Full'");
  }

  @Test
  void read_booleanErrorAndExtraCells_likeCsvText() throws IOException {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    rows.add(row("Entry Summary Number", "HTS Number - Full", "Line Tariff Duty Amount",
        "Drawback Indicator"));
    rows.add(row("SYN10000012", "99030125", "1.00", true));
    rows.add(row("SYN10000020", "99030125", "1.00", false, "extra"));
    ValueWithProblems<List<Entry>> result = Es003WorkbookReader.builder().read(workbook("b.xlsx", rows));
    // SYN10000020's only row has an extra cell: rejected, and its entry knows it
    assertThat(result.value()).extracting(Entry::drawbackDesignated).containsExactly(true, false);
    assertThat(result.value()).extracting(Entry::rejectedRowCount).containsExactly(0L, 1L);
    assertThat(problems(result)).containsExactly("b.xlsx:3 'extra': The row has 5 cells, but"
        + " the header has 4; cell 5 is 'extra'");
  }

  @Test
  void read_errorCellInAUsedColumn_problem() throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    Path base = TestWorkbooks.excelSaved(dir.resolve("base.xlsx"), false, List.of(
        row("Entry Summary Number", "HTS Number - Full", "Line Tariff Duty Amount"),
        row("SYN10000012", "99030125", Num.of("1"))));
    // replace the duty cell by an error cell, as Excel writes #N/A: <c t="e"><v>#N/A</v></c>
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(base.toFile())) {
      for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
        byte[] bytes = zip.getInputStream(entry).readAllBytes();
        if (entry.getName().equals("xl/worksheets/sheet2.xml")) {
          bytes = new String(bytes, StandardCharsets.UTF_8)
              .replace("<c r=\"C2\"><v>1</v></c>", "<c r=\"C2\" t=\"e\"><v>#N/A</v></c>")
              .getBytes(StandardCharsets.UTF_8);
        }
        parts.put(entry.getName(), bytes);
      }
    }
    Path file = TestWorkbooks.zip(dir.resolve("error.xlsx"), parts);
    assertThat(problems(Es003WorkbookReader.builder().read(file))).containsExactly(
        "error.xlsx:2 [Line Tariff Duty Amount] '#N/A': The cell holds the spreadsheet error"
            + " #N/A, not a value");
  }

  @Test
  void read_ole2File_clearMessage() throws IOException {
    byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1, 0, 0, 0, 0};
    Path file = Files.write(dir.resolve("ES-003.xls"), ole);
    assertThat(messageOf(() -> Es003WorkbookReader.builder().read(file))).isEqualTo(
        "ES-003 file 'ES-003.xls' is an Excel 97-2003 or password-protected workbook; save it"
            + " as .xlsx or CSV");
  }

  @Test
  void read_textFile_notAWorkbook() throws IOException {
    Path file = Files.writeString(dir.resolve("renamed.xlsx"),
        "Entry Summary Number,HTS Number - Full,Line Tariff Duty Amount\r\n");
    assertThat(messageOf(() -> Es003WorkbookReader.builder().read(file))).isEqualTo(
        "ES-003 workbook 'renamed.xlsx' is not an .xlsx workbook: it does not start as a zip"
            + " archive does (PK); if it is CSV text, read it as CSV");
  }

  @Test
  void read_missingFile_exception() {
    Path file = dir.resolve("absent.xlsx");
    assertThat(messageOf(() -> Es003WorkbookReader.builder().read(file))).isEqualTo(
        "ES-003 file '" + file + "' does not exist or is not a file");
  }

  @Test
  void read_truncatedZip_corruptArchive() throws IOException {
    Path whole = workbook("whole.xlsx", List.of(HEADER, typedRows().get(0)));
    byte[] bytes = Files.readAllBytes(whole);
    Path file = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
    assertThat(messageOf(() -> Es003WorkbookReader.builder().read(file)))
        .startsWith("ES-003 workbook 'cut.xlsx' is a corrupt zip archive: ");
  }

  @Test
  void read_zipBomb_refusedBeforeReading() throws IOException {
    // a sheet of 50 MiB of spaces deflates to about 50 KB: ratio about 1,000, over 100
    Map<String, byte[]> parts = new LinkedHashMap<>();
    byte[] spaces = new byte[50 << 20];
    Arrays.fill(spaces, (byte) ' ');
    parts.put("xl/worksheets/sheet1.xml", spaces);
    Path file = TestWorkbooks.zip(dir.resolve("bomb.xlsx"), parts);
    // stopped just past the first MiB, long before the 50 MiB are inflated
    assertThat(messageOf(() -> Es003WorkbookReader.builder().read(file))).matches(
        "ES-003 workbook 'bomb.xlsx' is refused as a possible zip bomb: part"
            + " 'xl/worksheets/sheet1.xml' inflated to 1,0[0-9]{2},[0-9]{3} bytes from [0-9,]+"
            + " bytes read, more than 100 times; the limits are ratio 100 \\(after the first 1"
            + " MiB\\), 4,294,967,296 bytes per part, 1,000 parts \\(see ZipLimits\\)");
  }

  @Test
  void read_zipLimitsPartBytesAndParts_refused() throws IOException {
    Path file = workbook("small.xlsx", List.of(HEADER, typedRows().get(0)));
    assertThat(messageOf(() -> Es003WorkbookReader.builder()
        .zipLimits(ZipLimits.of(100, 100, 1_000)).read(file)))
        .matches("ES-003 workbook 'small.xlsx' is refused as a possible zip bomb: part '.*'"
            + " inflates to more than 100 bytes; the limits are ratio 100 \\(after the first"
            + " 1 MiB\\), 100 bytes per part, 1,000 parts \\(see ZipLimits\\)");
    assertThat(messageOf(() -> Es003WorkbookReader.builder()
        .zipLimits(ZipLimits.of(100, 1L << 30, 2)).read(file)))
        .matches("ES-003 workbook 'small.xlsx' is refused as a possible zip bomb: it has \\d+"
            + " parts, more than the limit of 2; the limits are ratio 100 \\(after the first"
            + " 1 MiB\\), 1,073,741,824 bytes per part, 2 parts \\(see ZipLimits\\)");
  }

  @Test
  void readAll_twoWorkbooks_oneEntryAcrossFiles() throws IOException {
    Path first = workbook("a.xlsx", List.of(HEADER, typedRows().get(0)));
    Path second = workbook("b.xlsx", List.of(HEADER, typedRows().get(1)));
    ValueWithProblems<List<Entry>> result = Es003WorkbookReader.builder().readAll(List.of(first, second));
    assertThat(result.value()).hasSize(1);
    assertThat(result.value().get(0).dutyLines()).hasSize(2);
  }

  @Test
  void read_protestNumberCellWithBlankStatus_keptAsText() throws IOException {
    // A protest number typed into a number cell, the status cell left empty.
    Path file = TestWorkbooks.excelSaved(dir.resolve("protest.xlsx"), false, List.of(
        row("Entry Summary Number", "HTS Number - Full", "Line Tariff Duty Amount",
            "Liquidation Status", "Protest Number", "Protest Status"),
        row("SYN10000012", "99030125", Num.money("1000"), "Open", Num.of("270426100123"),
            null)));
    ValueWithProblems<List<Entry>> result = Es003WorkbookReader.builder().read(file);
    assertThat(problems(result)).isEmpty();
    assertThat(result.value()).singleElement().extracting(Entry::protestNumber)
        .isEqualTo("270426100123");
  }
}
