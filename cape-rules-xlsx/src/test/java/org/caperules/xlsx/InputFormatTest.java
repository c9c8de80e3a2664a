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
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.caperules.core.Entry;
import org.caperules.core.result.RowAccounting;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.CapeCsvException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputFormatTest {

  /** The row accounting of a read, which every reader gives. */
  private static RowAccounting rows(ValueWithProblems<?> result) {
    return Objects.requireNonNull(result.rowAccounting(), "rowAccounting");
  }

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource(delimiter = '|', textBlock = """
      # hex                      | format | note
      504b0304140006000800       | XLSX   | zip local file header
      d0cf11e0a1b11ae100         | OLE2   | .xls or encrypted .xlsx
      d0cf11e0a1b11a             | TEXT   | too short for the OLE2 magic
      504b0506                   | TEXT   | an empty zip: no part, not a workbook
      456e74727920               | TEXT   | 'Entry ' CSV text
      efbbbf456e                 | TEXT   | UTF-8 byte order mark
      ''                         | TEXT   | empty file
      """)
  void of_firstBytes(String hex, InputFormat format, String note) {
    assertThat(InputFormat.of(HexFormat.of().parseHex(hex))).as(note).isEqualTo(format);
  }

  @Test
  void detect_byContentNotName() throws IOException {
    Path csvNamedXlsx = Files.writeString(dir.resolve("es003.xlsx"), "Entry Summary Number\n");
    assertThat(InputFormat.detect(csvNamedXlsx)).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void zipLimits_belowOne_rejectedNamingTheLimit() {
    assertThatIllegalArgumentException().isThrownBy(() -> ZipLimits.of(0, 1, 1))
        .withMessage("maxCompressionRatio must be at least 1, but was: 0");
    assertThatIllegalArgumentException().isThrownBy(() -> ZipLimits.of(1, 0, 1))
        .withMessage("maxPartBytes must be at least 1, but was: 0");
    assertThatIllegalArgumentException().isThrownBy(() -> ZipLimits.of(1, 1, -1))
        .withMessage("maxParts must be at least 1, but was: -1");
    assertThat(ZipLimits.DEFAULT).isEqualTo(ZipLimits.of(100, 4L << 30, 1_000));
  }

  @Test
  void es003FilesReadAll_xlsxAndCsvSideBySide_oneEntryAcrossFormats() throws IOException {
    Map<String, List<List<@Nullable Object>>> sheets = TestWorkbooks.sheets();
    sheets.put("Main Report", List.of(
        Es003WorkbookReaderTest.row("Entry Summary Number", "HTS Number - Full",
            "Line Tariff Duty Amount"),
        Es003WorkbookReaderTest.row("SYN10000012", "99030125", 850)));
    // an .xlsx saved under a .csv name and CSV under an .xlsx name: chosen by content
    Path workbook = TestWorkbooks.write(dir.resolve("march.csv"), sheets);
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
    } catch (CapeCsvException ex) {
      assertThat(ex).hasMessage("ES-003 file 'old.xls' is an Excel 97-2003 or"
          + " password-protected workbook; save it as .xlsx or CSV");
      assertThat(ex.file()).isEqualTo("old.xls");
      return;
    }
    throw new AssertionError("no exception");
  }
}
