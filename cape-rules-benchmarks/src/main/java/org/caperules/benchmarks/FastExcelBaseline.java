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
package org.caperules.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.caperules.core.Entry;
import org.caperules.testkit.MessyExport;
import org.caperules.testkit.Portfolios;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The floor of any {@code .xlsx}-based screening: fastexcel-reader (the reader of {@code
 * cape-rules-xlsx}) reading every cell of every sheet of a workbook and touching its text,
 * nothing else; and the workbook the cold benchmark screens ({@code bench/cold.sh}).
 *
 * <p>From the shell: {@code java -cp benchmarks.jar org.caperules.benchmarks.FastExcelBaseline
 * FILE} reads a workbook and prints its row count and a checksum; {@code ... FastExcelBaseline
 * --write FILE ROWS [SEED]} writes a clean ES-003 workbook of the test kit's standard portfolio,
 * one row per duty line, entries numbered as {@link Es003Files} numbers them and drawn until
 * there are at least ROWS rows (200,000 rows is about 60,000 entries).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FastExcelBaseline {

  private FastExcelBaseline() {}

  /**
   * Reads a workbook, touching every cell's text (its length and first character summed).
   *
   * @param file  the workbook
   * @return a checksum over the cells, plus the row count in the upper bits
   * @throws UncheckedIOException if the file cannot be read
   */
  public static long read(Path file) {
    long sum = 0;
    long rows = 0;
    try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
      List<Sheet> sheets = workbook.getSheets().toList();
      for (Sheet sheet : sheets) {
        try (Stream<Row> stream = sheet.openStream()) {
          for (Row row : (Iterable<Row>) stream::iterator) {
            rows++;
            for (int i = 0; i < row.getCellCount(); i++) {
              Cell cell = row.getCell(i);
              String text = cell == null ? "" : cell.getText();
              sum += text.length() + (text.isEmpty() ? 0 : text.charAt(0));
            }
          }
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return (rows << 32) + sum;
  }

  /**
   * Writes the workbook of the cold benchmark: entries of the standard portfolio as of {@link
   * Es003Files#AS_OF}, each with a number of its own, until their duty lines make at least
   * {@code rows} rows.
   *
   * @param file  the workbook, replaced
   * @param rows  the least number of data rows
   * @param seed  the seed
   * @return the data rows written
   */
  public static long write(Path file, long rows, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Portfolios mix = Portfolios.standard();
    List<Entry> entries = new ArrayList<>();
    long lines = 0;
    while (lines < rows) {
      Entry entry = mix.next(random, Es003Files.AS_OF);
      if (entry.validEntryNumber() != null) {
        entry = Entry.builder().from(entry)
            .entryNumberText(Es003Files.numbered(entries.size())).build();
      }
      entries.add(entry);
      lines += entry.dutyLines().size();
    }
    MessyExport.of(seed).only().writeXlsx(file, entries);
    return lines;
  }

  /**
   * Reads a workbook ({@code FastExcelBaseline FILE}) or writes one ({@code FastExcelBaseline
   * --write FILE ROWS [SEED]}).
   *
   * @param args  the file, or {@code --write}, the file, the rows and optionally the seed
   */
  public static void main(String[] args) {
    if (args.length >= 3 && args[0].equals("--write")) {
      long seed = args.length > 3 ? Long.parseLong(args[3]) : Es003Files.SEED;
      long rows = write(Path.of(args[1]), Long.parseLong(args[2]), seed);
      System.out.printf(Locale.ROOT, "%s %d rows, seed %d%n", args[1], rows, seed);
      return;
    }
    if (args.length != 1) {
      throw new IllegalArgumentException(
          "usage: FastExcelBaseline FILE | --write FILE ROWS [SEED]");
    }
    long sum = read(Path.of(args[0]));
    System.out.println((sum >>> 32) + " rows, checksum " + (sum & 0xFFFF_FFFFL));
  }
}
