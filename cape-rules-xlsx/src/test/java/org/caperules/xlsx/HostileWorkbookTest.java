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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.caperules.core.Entry;
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

/**
 * Hostile workbooks, built by hand: shared-string indexes out of range, formulas without their
 * value, cells and rows over their caps, and archives that lie about their sizes.
 */
class HostileWorkbookTest {

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  private static final String SHEET = "xl/worksheets/sheet2.xml";

  static List<@Nullable Object> row(@Nullable Object... cells) {
    return new ArrayList<>(Arrays.asList(cells));
  }

  /**
   * Main Report: header on row 3 (title on row 1), two entries on rows 4 and 5. Shared strings
   * in order of first use: 0 title, 1 to 3 the header, 4 SYN10000012, 5 99030125, 6
   * SYN10000020: 7 strings. B4 is {@code <c r="B4" t="s"><v>5</v></c>}.
   */
  private Path base() throws IOException {
    return TestWorkbooks.excelSaved(dir.resolve("base.xlsx"), false, List.of(
        row("ES-003 Entry Summary Line Details"),
        row(),
        row("Entry Summary Number", "HTS Number - Full", "Line Tariff Duty Amount"),
        row("SYN10000012", "99030125", Num.of("850")),
        row("SYN10000020", "99030125", Num.of("10"))));
  }

  private static List<String> problems(ValueWithProblems<List<Entry>> result) {
    return result.problems().stream()
        .filter(p -> p.code() != ProblemCode.LIQUIDATION_COLUMNS_ABSENT)
        .filter(p -> p.severity() != Severity.NOTICE)  // title rows and sheets read: notices
        .map(Problem::toString).toList();
  }

  private static List<Long> counts(ValueWithProblems<List<Entry>> result) {
    RowAccounting rows = Objects.requireNonNull(result.rowAccounting(), "rowAccounting");
    // read, used, skipped (the workbook's title row), rejected
    return List.of(rows.rowsRead(), rows.rowsUsed(), rows.rowsSkipped(), rows.rowsRejected());
  }

  @Test
  void sharedStringIndexPastTheTable_problemForThatCell_notAnEmptyCell() throws IOException {
    Path file = HostileWorkbooks.patch(base(), dir.resolve("past.xlsx"), SHEET,
        xml -> xml.replace("<c r=\"B4\" t=\"s\"><v>5</v></c>", "<c r=\"B4\" t=\"s\"><v>7</v></c>"));
    ValueWithProblems<List<Entry>> result = Es003WorkbookReader.builder().read(file);
    // 7 strings, indexes 0 to 6: index 7 is one past the end
    assertThat(problems(result)).containsExactly("past.xlsx:4 [HTS Number - Full] '#REF!':"
        + " Sheet 'Main Report', cell B4: The cell refers to shared string 7, but the"
        + " workbook's table of shared strings has 7 (0 to 6); the file is damaged or was not"
        + " written by Excel");
    assertThat(counts(result)).containsExactly(3L, 1L, 1L, 1L);
    assertThat(result.value()).extracting(Entry::entryNumberText)
        .containsExactly("SYN10000012", "SYN10000020");
  }

  @Test
  void sharedStringIndexTwoBillionInA5KbFile_problemInConstantMemory() throws IOException {
    Path file = HostileWorkbooks.patch(base(), dir.resolve("huge.xlsx"), SHEET,
        xml -> xml.replace("<c r=\"C4\"><v>850</v></c>",
            "<c r=\"C4\" t=\"s\"><v>2000000000</v></c>"));
    assertThat(Files.size(file)).isLessThan(5_000);
    // Before the guard, fastexcel-reader filled its table with 2,000,000,000 empty strings: an
    // out-of-memory error on any heap this test runs with.
    ValueWithProblems<List<Entry>> result = Es003WorkbookReader.builder().read(file);
    assertThat(problems(result)).containsExactly("huge.xlsx:4 [Line Tariff Duty Amount]"
        + " '#REF!': Sheet 'Main Report', cell C4: The cell refers to shared string"
        + " 2,000,000,000, but the workbook's table of shared strings has 7 (0 to 6); the file"
        + " is damaged or was not written by Excel");
    assertThat(counts(result)).containsExactly(3L, 1L, 1L, 1L);
  }

  @Test
  void sharedStringIndexNotANumber_problemNotACrash() throws IOException {
    for (String index : List.of("abc", "99999999999", "-1", "")) {
      Path file = HostileWorkbooks.patch(base(), dir.resolve("nan.xlsx"), SHEET,
          xml -> xml.replace("<c r=\"B4\" t=\"s\"><v>5</v></c>",
              "<c r=\"B4\" t=\"s\"><v>" + index + "</v></c>"));
      ValueWithProblems<List<Entry>> result = Es003WorkbookReader.builder().read(file);
      assertThat(problems(result)).as("index '%s'", index).singleElement().asString()
          .startsWith("nan.xlsx:4 [HTS Number - Full] '#REF!': Sheet 'Main Report', cell B4:"
              + " The cell refers to shared string ")
          .endsWith(", but the workbook's table of shared strings has 7 (0 to 6); the file is"
              + " damaged or was not written by Excel");
    }
  }

  @Test
  void formulaWithoutCachedValue_problemNotABlank() throws IOException {
    Path file = HostileWorkbooks.patch(base(), dir.resolve("formula.xlsx"), SHEET,
        xml -> xml.replace("<c r=\"C4\"><v>850</v></c>", "<c r=\"C4\"><f>800+50</f></c>"));
    ValueWithProblems<List<Entry>> result = Es003WorkbookReader.builder().read(file);
    assertThat(problems(result)).containsExactly("formula.xlsx:4 [Line Tariff Duty Amount] '':"
        + " The cell holds a formula (=800+50) without its value: the file was saved by a"
        + " program that does not compute formulas; open it in Excel and save it again, or"
        + " export it as CSV");
    assertThat(counts(result)).containsExactly(3L, 1L, 1L, 1L);
  }

  @Test
  void formulaWithCachedValue_readByItsValue() throws IOException {
    Path file = HostileWorkbooks.patch(base(), dir.resolve("cached.xlsx"), SHEET,
        xml -> xml.replace("<c r=\"C4\"><v>850</v></c>",
            "<c r=\"C4\"><f>800+50</f><v>850</v></c>"));
    ValueWithProblems<List<Entry>> result = Es003WorkbookReader.builder().read(file);
    assertThat(problems(result)).isEmpty();
    assertThat(result.value().get(0).dutyLines().get(0).duty()).hasToString("850.00");
  }

  @Test
  void inlineCellOverExcelsCap_problem() throws IOException {
    String text = "9".repeat(CellLimits.MAX_CELL_CHARACTERS + 1);
    Path file = HostileWorkbooks.patch(base(), dir.resolve("long.xlsx"), SHEET,
        xml -> xml.replace("<c r=\"B4\" t=\"s\"><v>5</v></c>",
            "<c r=\"B4\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>"));
    ValueWithProblems<List<Entry>> result = Es003WorkbookReader.builder().read(file);
    assertThat(problems(result)).containsExactly("long.xlsx:4 [HTS Number - Full] '#REF!':"
        + " Sheet 'Main Report', cell B4: The cell holds more than 32,767 characters, Excel's"
        + " limit for one cell; the file is damaged or was not written by Excel");
  }

  @Test
  void cellOfExactlyExcelsCap_readAsItIs() throws IOException {
    String text = " ".repeat(CellLimits.MAX_CELL_CHARACTERS - 8) + "99030125";
    Path file = HostileWorkbooks.patch(base(), dir.resolve("cap.xlsx"), SHEET,
        xml -> xml.replace("<c r=\"B4\" t=\"s\"><v>5</v></c>",
            "<c r=\"B4\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + text + "</t></is></c>"));
    ValueWithProblems<List<Entry>> result = Es003WorkbookReader.builder().read(file);
    assertThat(problems(result)).isEmpty();
    assertThat(counts(result)).containsExactly(3L, 2L, 1L, 0L);
  }

  @Test
  void sharedStringOverExcelsCap_problemForTheCellsUsingIt() throws IOException {
    String text = "x".repeat(CellLimits.MAX_CELL_CHARACTERS + 1);
    Path file = HostileWorkbooks.patch(base(), dir.resolve("sst.xlsx"), "xl/sharedStrings.xml",
        xml -> xml.replace(">99030125<", ">" + text + "<"));
    ValueWithProblems<List<Entry>> result = Es003WorkbookReader.builder().read(file);
    // string 5 is used by B4 and B5
    assertThat(problems(result)).containsExactly(
        "sst.xlsx:4 [HTS Number - Full] '#REF!': Sheet 'Main Report', cell B4: The cell holds"
            + " more than 32,767 characters, Excel's limit for one cell; the file is damaged or"
            + " was not written by Excel",
        "sst.xlsx:5 [HTS Number - Full] '#REF!': Sheet 'Main Report', cell B5: The cell holds"
            + " more than 32,767 characters, Excel's limit for one cell; the file is damaged or"
            + " was not written by Excel");
  }

  @Test
  void rowOverItsCap_unreadableRow_othersRead() throws IOException {
    // 40 cells of 30,000 characters: each under Excel's cap, 1,200,000 together
    StringBuilder cells = new StringBuilder();
    // letters drawn at random: they do not deflate 100 times, so no zip limit is reached first
    java.util.Random random = new java.util.Random(16);
    StringBuilder noise = new StringBuilder();
    for (int i = 0; i < 30_000; i++) {
      noise.append((char) ('a' + random.nextInt(26)));
    }
    String filler = noise.toString();
    for (int c = 0; c < 40; c++) {
      cells.append("<c r=\"").append((char) ('D' + c % 20)).append(c < 20 ? "" : "A")
          .append("4\" t=\"inlineStr\"><is><t>").append(filler).append("</t></is></c>");
    }
    Path file = HostileWorkbooks.patch(base(), dir.resolve("wide.xlsx"), SHEET,
        xml -> xml.replace("<c r=\"C4\"><v>850</v></c>", "<c r=\"C4\"><v>850</v></c>" + cells));
    ValueWithProblems<List<Entry>> result = Es003WorkbookReader.builder().read(file);
    assertThat(problems(result)).containsExactly("wide.xlsx:4: Sheet 'Main Report', row 4: The"
        + " row's cells hold more than 1,048,576 characters together, the most a row may hold"
        + " (an ES-003 row has under 2,000); the file is damaged or was not written by Excel");
    assertThat(counts(result)).containsExactly(3L, 1L, 1L, 1L);
  }

  @Test
  void cellPastColumnXfd_unreadableRow() throws IOException {
    // fastexcel-reader would make a list as long as the column number: AAAAAAA is 321,272,407
    Path file = HostileWorkbooks.patch(base(), dir.resolve("far.xlsx"), SHEET,
        xml -> xml.replace("<c r=\"C4\"><v>850</v></c>",
            "<c r=\"C4\"><v>850</v></c><c r=\"AAAAAAA4\"><v>1</v></c>"));
    ValueWithProblems<List<Entry>> result = Es003WorkbookReader.builder().read(file);
    assertThat(problems(result)).containsExactly("far.xlsx:4: Sheet 'Main Report', row 4: The"
        + " row has a cell past column XFD, Excel's last column (16,384); the file is damaged or"
        + " was not written by Excel");
  }

  @Test
  void archiveLyingAboutItsSizes_stoppedByTheBytesReallyRead() throws IOException {
    // a sheet padded with 60 MiB of spaces deflates to about 60 KB (ratio about 1,000)
    Path base = base();
    Path file = HostileWorkbooks.patch(base, dir.resolve("liar.xlsx"), SHEET,
        xml -> xml.replace("<sheetData>", " ".repeat(60 << 20) + "<sheetData>"));
    // the sheet first, 1 MB of noise after it: the lie (1 MB compressed, a declared ratio of
    // about 60) stays inside the archive, where Commons Compress accepts it
    HostileWorkbooks.firstWithPadding(file, SHEET, 1 << 20);
    HostileWorkbooks.declareCompressedSize(file, SHEET, 1 << 20);
    assertThatExceptionOfType(CapeInputException.class)
        .isThrownBy(() -> Es003WorkbookReader.builder().read(file))
        .withMessageMatching("ES-003 workbook 'liar.xlsx' is refused as a possible zip bomb:"
            + " part 'xl/worksheets/sheet2.xml' inflated to [0-9,]+ bytes from [0-9,]+ bytes"
            + " read, more than 100 times; the limits are ratio 100 \\(after the first 1 MiB\\),"
            + " 4,294,967,296 bytes per part, 1,000 parts \\(see ZipLimits\\)");
  }

  @Test
  void partWithCellsNotWellFormed_refusedNamingThePart() throws IOException {
    Path file = HostileWorkbooks.patch(base(), dir.resolve("broken.xlsx"), SHEET,
        xml -> xml.replace("</sheetData>", "<row r=\"9\"></sheetData>"));
    assertThatExceptionOfType(CapeInputException.class)
        .isThrownBy(() -> Es003WorkbookReader.builder().read(file))
        .withMessageStartingWith("ES-003 workbook 'broken.xlsx' is a corrupt zip archive: part"
            + " 'xl/worksheets/sheet2.xml' is not well-formed XML: ");
  }

  @Test
  void sanitizedCopy_deletedAfterTheRead() throws IOException {
    Path file = HostileWorkbooks.patch(base(), dir.resolve("past.xlsx"), SHEET,
        xml -> xml.replace("<c r=\"B4\" t=\"s\"><v>5</v></c>", "<c r=\"B4\" t=\"s\"><v>7</v></c>"));
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    Map<String, Boolean> before = new LinkedHashMap<>();
    try (var listing = Files.list(tmp)) {
      listing.filter(p -> p.getFileName().toString().startsWith("cape-rules-"))
          .forEach(p -> before.put(p.toString(), true));
    }
    Es003WorkbookReader.builder().read(file);
    try (var listing = Files.list(tmp)) {
      assertThat(listing.filter(p -> p.getFileName().toString().startsWith("cape-rules-"))
          .filter(p -> p.toString().endsWith(".xlsx"))
          .filter(p -> !before.containsKey(p.toString()))).isEmpty();
    }
  }
}
