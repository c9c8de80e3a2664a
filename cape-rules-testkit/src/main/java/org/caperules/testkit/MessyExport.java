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
package org.caperules.testkit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.caperules.core.Entry;

/**
 * Writes entries as an ACE ES-003 export in the messy shapes real exports take ({@link
 * MessyShape}: title rows, a {@code Sum:} footer, "hide duplicates" rows, {@code ="..."}
 * wrappers, Excel-saved values, missing supplementary columns, sheets split in two), as CSV or
 * as an {@code .xlsx} workbook, so that a pipeline can be tested on what brokers really send, not
 * only on clean files. One row per duty line, in the order of the entries and their lines.
 *
 * <p>Deterministic: the same seed, shapes, run date and entries give the same bytes, in CSV and
 * in a workbook, on any JDK (every choice is drawn with {@code nextLong()} from a {@link
 * SplittableRandom} of the seed; no clock is read). Which columns are wrapped or left out, how
 * many title rows there are and which amounts carry binary noise depend on the seed.
 *
 * <p>Worked example: two entries, {@code SYN10000012} with the lines 9903.01.25 $850.00 and
 * 3923.90.0080 $300.00, and {@code SYN10000020} with one line of $10.00, written with {@code
 * MessyExport.of(42).only(MessyShape.TITLE_ROWS, MessyShape.HIDE_DUPLICATES,
 * MessyShape.FOOTER).writeCsv(file, entries)} give:
 *
 * <pre>
 * ES-003 Entry Summary Line Details
 * Run Date: 07/13/2026 8:41 AM
 * (a prompt or two, then a blank line)
 * Entry Summary Number,Entry Summary Line Number,Entry Type Code,...
 * SYN10000012,1,01,...,99030125,1,$850.00,...
 * ,2,,,,,,3923900080,1,$300.00,,,,,,...   (SYN10000012's second row, entry cells hidden)
 * SYN10000020,1,01,...
 * (a blank line)
 * Sum:,,,,,,,,,"$1,160.00",...            (850.00 + 300.00 + 10.00)
 * </pre>
 *
 * <p>and a {@link MessyFile} saying where the header is ({@code headerLine}), how many data
 * rows and continuation rows there are, and which columns are wrapped.
 *
 * <p>This class is immutable and thread-safe; each write draws from a fresh generator of its
 * seed.
 */
public final class MessyExport {

  /** The run date of the title rows unless set: 2026-07-13. */
  public static final LocalDate DEFAULT_RUN_DATE = LocalDate.of(2026, 7, 13);

  private final long seed;
  private final Set<MessyShape> shapes;
  private final LocalDate runDate;
  private final int rowsPerSheet;

  private MessyExport(long seed, Set<MessyShape> shapes, LocalDate runDate, int rowsPerSheet) {
    this.seed = seed;
    this.shapes = Collections.unmodifiableSet(shapes.isEmpty()
        ? EnumSet.noneOf(MessyShape.class) : EnumSet.copyOf(shapes));
    this.runDate = runDate;
    this.rowsPerSheet = rowsPerSheet;
  }

  /**
   * Obtains a writer of every shape, with the run date {@link #DEFAULT_RUN_DATE} and the sheets
   * split half-way.
   *
   * @param seed  the seed of every choice
   * @return the writer
   */
  public static MessyExport of(long seed) {
    return new MessyExport(seed, EnumSet.allOf(MessyShape.class), DEFAULT_RUN_DATE, 0);
  }

  /**
   * Returns a copy that gives only the shapes named; none gives a clean export.
   *
   * @param chosen  the shapes
   * @return the copy
   */
  public MessyExport only(MessyShape... chosen) {
    Set<MessyShape> set = EnumSet.noneOf(MessyShape.class);
    for (MessyShape shape : chosen) {
      set.add(Objects.requireNonNull(shape, "shape"));
    }
    return new MessyExport(seed, set, runDate, rowsPerSheet);
  }

  /**
   * Returns a copy whose title rows name this run date.
   *
   * @param date  the run date, as the report's title shows it
   * @return the copy
   */
  public MessyExport runDate(LocalDate date) {
    return new MessyExport(seed, shapes, Objects.requireNonNull(date, "date"), rowsPerSheet);
  }

  /**
   * Returns a copy whose workbooks hold at most this many data rows per sheet under {@link
   * MessyShape#SPLIT_SHEETS}; 0 (the default) splits half-way into two sheets.
   *
   * @param rows  the data rows per sheet, 0 or more
   * @return the copy
   * @throws IllegalArgumentException if {@code rows} is negative
   */
  public MessyExport rowsPerSheet(int rows) {
    if (rows < 0) {
      throw new IllegalArgumentException("rows must be 0 or more, but was " + rows);
    }
    return new MessyExport(seed, shapes, runDate, rows);
  }

  /**
   * Returns the shapes this writer gives.
   *
   * @return the shapes, unmodifiable
   */
  public Set<MessyShape> shapes() {
    return shapes;
  }

  /**
   * Writes the entries as an ES-003 CSV file: UTF-8, lines ending in CRLF, cells quoted where a
   * comma or a quote needs it, except {@code ="..."} wrappers, written bare as ACE Portal does.
   *
   * @param file  the file, replaced if it exists
   * @param entries  the entries, each with at least one duty line
   * @return what was written
   * @throws UncheckedIOException if the file cannot be written
   */
  public MessyFile writeCsv(Path file, List<Entry> entries) {
    RandomGenerator random = new SplittableRandom(seed);
    MessyRows rows = MessyRows.of(List.copyOf(entries), shapes, false, random, runDate, 0);
    boolean padTitles = Draw.oneIn(random, 2);
    MessyRows.Sheet sheet = rows.sheets.get(0);
    try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
        StandardCharsets.UTF_8))) {
      for (int r = 0; r < sheet.rows().size(); r++) {
        List<MessyRows.Cell> row = sheet.rows().get(r);
        int width = row.size() < 2 && padTitles ? rows.columns.size() : row.size();
        for (int c = 0; c < width; c++) {
          if (c > 0) {
            out.write(',');
          }
          out.write(c < row.size() ? csvCell(row.get(c).text()) : "");
        }
        out.write("\r\n");
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("Could not write '" + file + "': " + ex.getMessage(), ex);
    }
    return file(file, rows);
  }

  /**
   * Writes the entries as an ES-003 {@code .xlsx} workbook laid out as Excel saves one: texts
   * shared, dates and amounts typed and formatted.
   *
   * @param file  the file, replaced if it exists
   * @param entries  the entries, each with at least one duty line
   * @return what was written
   * @throws UncheckedIOException if the file cannot be written
   */
  public MessyFile writeXlsx(Path file, List<Entry> entries) {
    RandomGenerator random = new SplittableRandom(seed);
    MessyRows rows = MessyRows.of(List.copyOf(entries), shapes, true, random, runDate,
        rowsPerSheet);
    try (OutputStream out = Files.newOutputStream(file)) {
      MessyXlsx.write(out, rows.sheets);
    } catch (IOException ex) {
      throw new UncheckedIOException("Could not write '" + file + "': " + ex.getMessage(), ex);
    }
    return file(file, rows);
  }

  private static MessyFile file(Path file, MessyRows rows) {
    return new MessyFile(file, rows.sheets.stream().map(MessyRows.Sheet::name).toList(),
        rows.columns, rows.titleRows, rows.sheets.get(0).headerRow() + 1, rows.dataRows,
        rows.continuationRows, rows.footerRows, rows.wrapped);
  }

  /** A CSV cell: bare if it is a {@code ="..."} wrapper or needs no quotes, else quoted. */
  static String csvCell(String text) {
    boolean wrapper = text.startsWith("=\"") && text.endsWith("\"") && text.length() >= 3
        && text.indexOf(',') < 0;
    if (wrapper || (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0)) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  /**
   * Returns the writer as text, for example {@code MessyExport[seed 42, [TITLE_ROWS, FOOTER]]}.
   *
   * @return the writer as text
   */
  @Override
  public String toString() {
    return "MessyExport[seed " + seed + ", " + shapes + "]";
  }
}
