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
package org.caperules.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.caperules.csv.es003.Es003Reader;
import org.caperules.csv.internal.CsvOutput;
import org.caperules.csv.report.ScreeningReportWriter;

/**
 * Entry point of the CSV module: the ES-003 reader and screening report writer builders, and a
 * CSV writer for tables of the caller's own. The CAPE declaration file's header and limits are in
 * {@link org.caperules.core.CapeDeclarationFormat}.
 *
 * <p>Example: {@code CapeCsv.es003Reader().read(Path.of("ES-003.csv"))} reads an export; {@code
 * CapeCsv.writeCsv(Path.of("out/diff.csv"), List.of("Entry Number", "Note"),
 * List.of(List.of("ABC12345676", "=1+2")))} writes {@code Entry Number,Note\r\n
 * ABC12345676,'=1+2\r\n}, atomically.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CapeCsv {

  private CapeCsv() {}

  /**
   * Starts an ES-003 reader (FastCSV's builder shape): {@code
   * CapeCsv.es003Reader().read(Path.of("ES-003.csv"))}. Same as {@link Es003Reader#builder()}.
   *
   * @return the reader's builder, with the defaults
   */
  public static Es003Reader.Builder es003Reader() {
    return Es003Reader.builder();
  }

  /**
   * Starts a screening report writer: {@code CapeCsv.screeningReportWriter().build().write(path,
   * assessments)}. Same as {@link ScreeningReportWriter#builder()}.
   *
   * @return the writer's builder, with the defaults
   */
  public static ScreeningReportWriter.Builder screeningReportWriter() {
    return ScreeningReportWriter.builder();
  }

  /**
   * Writes a CSV file as the library's own reports are written: FastCSV (a cell holding a comma,
   * a quote or a line break is quoted), lines ending in CRLF, UTF-8 without a byte order mark,
   * every cell made spreadsheet-safe (a cell a spreadsheet would run as a formula, such as {@code
   * =1+2} or {@code @SUM(A1)}, gets a leading apostrophe; a plain number such as {@code -12.00}
   * stays), replacing {@code file} atomically (a temporary file beside it, then a move) and taking
   * the rows one at a time.
   *
   * @param file  the file to write; its directory is created if missing
   * @param header  the header cells
   * @param rows  the rows, each a list of cells, iterated once
   * @return the number of rows written after the header
   * @throws UncheckedIOException if the file cannot be written; the target is then untouched
   */
  public static long writeCsv(Path file, List<String> header,
      Iterable<? extends List<String>> rows) {
    Objects.requireNonNull(file, "file");
    return CsvOutput.write(file, "CSV file", header, rows, Function.identity());
  }

  /**
   * Writes CSV text to a writer (for example standard output) as {@link #writeCsv(Path, List,
   * Iterable)} writes a file: FastCSV quoting, CRLF, every cell spreadsheet-safe. The writer is
   * flushed, not closed.
   *
   * @param out  where the text goes
   * @param header  the header cells
   * @param rows  the rows, each a list of cells, iterated once
   * @return the number of rows written after the header
   * @throws UncheckedIOException if the writer fails
   */
  public static long writeCsv(Writer out, List<String> header,
      Iterable<? extends List<String>> rows) {
    try {
      return CsvOutput.write(out, header, rows, Function.identity());
    } catch (IOException ex) {
      throw new UncheckedIOException("Could not write CSV text: " + ex.getMessage(), ex);
    }
  }
}
