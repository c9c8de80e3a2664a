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
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cape-rules screen} with {@code .xlsx} inputs (docs/formats.md#xlsx). */
class ScreenXlsxCommandTest {

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  /** Splits one CSV record (quotes, doubled quotes; no line breaks inside fields). */
  static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  /**
   * Writes a CSV export as the workbook Excel would hold: MM/DD/YYYY cells in date columns as
   * date cells (mm/dd/yyyy), money cells as numbers ($ and commas removed, exact), everything
   * else as text; a title row and a blank row above the header, as ACE's report has.
   */
  static Path toWorkbook(Path csv, Path xlsx) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    List<String> header = fields(lines.get(0));
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      Workbook workbook = new Workbook(out, "cape-rules-test", "1.0");
      Worksheet ws = workbook.newWorksheet("Main Report");
      ws.value(0, 0, "ES-003 Entry Summary Line Tariff Details");
      for (int c = 0; c < header.size(); c++) {
        ws.value(2, c, header.get(c));
      }
      for (int r = 1; r < lines.size(); r++) {
        List<String> cells = fields(lines.get(r));
        for (int c = 0; c < cells.size(); c++) {
          String cell = cells.get(c);
          String column = header.get(c);
          int row = r + 2;
          if (cell.isEmpty()) {
            continue;
          }
          if (column.endsWith("Date") && cell.matches("\\d\\d/\\d\\d/\\d{4}")) {
            ws.value(row, c, LocalDate.of(Integer.parseInt(cell.substring(6)),
                Integer.parseInt(cell.substring(0, 2)), Integer.parseInt(cell.substring(3, 5))));
            ws.style(row, c).format("mm/dd/yyyy").set();
          } else if (column.endsWith("Amount") && cell.matches("\\$-?[0-9,]+\\.\\d\\d")) {
            ws.value(row, c, new BigDecimal(cell.substring(1).replace(",", "")));
            ws.style(row, c).format("$#,##0.00").set();
          } else {
            ws.value(row, c, cell);
          }
        }
      }
      workbook.finish();
    }
    return xlsx;
  }

  private static List<Path> files(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.sorted().toList();
    }
  }

  @Test
  void screen_sampleAsCsvAndAsXlsx_byteIdenticalReportAndDeclarations() throws IOException {
    Path xlsx = toWorkbook(ScreenCommandTest.SAMPLE, dir.resolve("es003-sample.xlsx"));
    Path csvOut = dir.resolve("csv-out");
    Path xlsxOut = dir.resolve("xlsx-out");
    CliRun csvRun = CliRun.of("screen", "--as-of", "2026-07-13", "--out", csvOut.toString(),
        ScreenCommandTest.SAMPLE.toString());
    CliRun xlsxRun = CliRun.of("screen", "--as-of", "2026-07-13", "--out", xlsxOut.toString(),
        xlsx.toString());
    assertThat(xlsxRun.err()).isEmpty();
    assertThat(xlsxRun.exitCode()).isEqualTo(csvRun.exitCode()).isZero();
    assertThat(Files.readAllBytes(xlsxOut.resolve("screening-report.csv")))
        .isEqualTo(Files.readAllBytes(csvOut.resolve("screening-report.csv")));
    List<Path> declarations = files(csvOut.resolve("declarations"));
    assertThat(declarations).isNotEmpty();
    assertThat(files(xlsxOut.resolve("declarations"))).hasSameSizeAs(declarations);
    for (Path declaration : declarations) {
      assertThat(Files.readAllBytes(xlsxOut.resolve("declarations")
          .resolve(declaration.getFileName()))).as("%s", declaration.getFileName())
          .isEqualTo(Files.readAllBytes(declaration));
    }
    // the summary is the same up to the files written (their paths differ), but for the
    // workbook's title row, read and skipped
    int filesAt = csvRun.outLines().indexOf("Files written:");
    List<String> expected = new ArrayList<>(csvRun.outLines().subList(0, filesAt));
    expected.replaceAll(line -> line.equals(
        "Rows: 1,200 read, 1,196 used, 4 with problems (4 problems)")
        ? "Rows: 1,201 read, 1,196 used, 1 skipped (title and footer rows), 4 with problems"
            + " (4 problems)" : line);
    assertThat(xlsxRun.outLines().subList(0, filesAt)).isEqualTo(expected);
  }

  @Test
  void screen_xlsxAndCsvSideBySide_entryMergedAcrossFormats() throws IOException {
    Path csv = Files.writeString(dir.resolve("b.csv"), ScreenCommandTest.HEADER
        + "ABC12345676,3923900080,30.00,01,12-3456789A1,Open,\r\n");
    Path plain = Files.writeString(dir.resolve("a.csv"), ScreenCommandTest.HEADER
        + "ABC12345676,99030125,100.00,01,12-3456789A1,Open,\r\n");
    Path xlsx = toWorkbook(plain, dir.resolve("a.xlsx"));
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--out", out.toString(),
        xlsx.toString(), csv.toString());
    assertThat(run.exitCode()).isZero();
    // one entry: type 01, status Open (unliquidated), IEEPA 100.00 -> ELIGIBLE
    assertThat(run.outLines()).startsWith(
        "Screened 1 entry from 2 files as of 2026-07-13 under WAREHOUSE_21_22_EXCLUDED");
    assertThat(run.outLines()).contains("  ELIGIBLE                    1             100.00",
        // the workbook's title row is skipped
        "Rows: 3 read, 2 used, 1 skipped (title and footer rows), 0 with problems (0 problems)");
  }

  @Test
  void screen_xlsFile_exit1_clearMessage() throws IOException {
    byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1, 0, 0, 0, 0};
    Path xls = Files.write(dir.resolve("ES-003.xls"), ole2);
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--out", out.toString(),
        xls.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("cape-rules: ES-003 file 'ES-003.xls' is an Excel"
        + " 97-2003 or password-protected workbook; save it as .xlsx or CSV");
  }
}
