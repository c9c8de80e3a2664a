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

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.caperules.core.Entry;
import org.caperules.core.result.RowAccounting;
import org.caperules.core.result.ValueWithProblems;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet of many rows is streamed, never held. By default 20,000 data rows (a few seconds); run the
 * full sheet of 1,048,576 rows (a header and 1,048,575 data rows) once by hand with {@code
 * -Dcape.xlsx.rows=1048575} (and {@code -DargLine=-Xmx512m} to hold it to 512 MB).
 */
class LargeWorkbookTest {

  /** The row accounting of a read, which every reader gives. */
  private static RowAccounting rows(ValueWithProblems<?> result) {
    return Objects.requireNonNull(result.rowAccounting(), "rowAccounting");
  }

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  /** Writes a Main Report of {@code rows} data rows: 3 rows (ordinals) per entry. */
  static Path write(Path file, int rows) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook workbook = new Workbook(out, "cape-rules-test", "1.0");
      Worksheet ws = workbook.newWorksheet("Main Report");
      String[] header = {"Entry Summary Number", "Entry Summary Line Number",
          "Tariff Ordinal Number", "Entry Type Code", "Importer Number", "Entry Date",
          "HTS Number - Full", "Line Tariff Goods Value Amount", "Line Tariff Duty Amount",
          "Country of Origin Code", "Liquidation Status", "Liquidation Date"};
      for (int c = 0; c < header.length; c++) {
        ws.value(0, c, header[c]);
      }
      String[] hts = {"99030125", "99030128", "3923900080"};
      LocalDate date = LocalDate.of(2025, 4, 8);
      for (int i = 0; i < rows; i++) {
        int r = i + 1;
        int entry = i / 3;
        // filer code SYN, serial 1000000 + entry; the check digit is for the engine
        ws.value(r, 0, "SYN" + (1_000_000 + entry) + (entry % 10));
        ws.value(r, 1, 1);
        ws.value(r, 2, i % 3 + 1);
        ws.value(r, 3, "01");
        ws.value(r, 4, "12-3456789A1");
        ws.value(r, 5, date.plusDays(entry % 300));
        ws.style(r, 5).format("mm/dd/yyyy").set();
        ws.value(r, 6, hts[i % 3]);
        ws.value(r, 7, i % 3 == 2 ? new BigDecimal("10000.00") : BigDecimal.ZERO);
        ws.value(r, 8, new BigDecimal(i % 1000 + ".25"));
        ws.value(r, 9, "CN");
        ws.value(r, 10, "Unliquidated");
        if (r % 10_000 == 0) {
          ws.flush();
        }
      }
      workbook.finish();
    }
    return file;
  }

  @Test
  void read_manyRows_everyRowCountedEntriesBuilt(TestReporter reporter) throws IOException {
    int rows = Integer.getInteger("cape.xlsx.rows", 20_000);
    long start = System.nanoTime();
    Path file = write(dir.resolve("large.xlsx"), rows);
    long written = System.nanoTime();
    ValueWithProblems<List<Entry>> result = Es003WorkbookReader.builder().read(file);
    long read = System.nanoTime();
    Runtime runtime = Runtime.getRuntime();
    reporter.publishEntry("rows", Integer.toString(rows));
    reporter.publishEntry("file bytes", Long.toString(Files.size(file)));
    reporter.publishEntry("write ms", Long.toString((written - start) / 1_000_000));
    reporter.publishEntry("read ms", Long.toString((read - written) / 1_000_000));
    reporter.publishEntry("max heap MB", Long.toString(runtime.maxMemory() >> 20));
    // the figures, for a run by hand (surefire keeps stderr in target/surefire-reports)
    System.err.println("LargeWorkbookTest: rows=" + rows + " fileBytes=" + Files.size(file)
        + " writeMs=" + (written - start) / 1_000_000 + " readMs=" + (read - written) / 1_000_000
        + " maxHeapMB=" + (runtime.maxMemory() >> 20) + " usedHeapMBAfterRead="
        + ((runtime.totalMemory() - runtime.freeMemory()) >> 20));
    assertThat(rows(result).rowsRead()).isEqualTo(rows);
    assertThat(rows(result).rowsRejected()).isZero();
    // 3 rows per entry, the last entry possibly short: ceil(rows / 3)
    assertThat(result.value()).hasSize((rows + 2) / 3);
    assertThat(result.value().get(0).dutyLines()).hasSize(Math.min(3, rows));
  }
}
