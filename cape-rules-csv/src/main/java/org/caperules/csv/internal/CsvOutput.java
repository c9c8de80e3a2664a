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
package org.caperules.csv.internal;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes the CSV files the library produces (reports, problems, payments): FastCSV, lines ending
 * in CRLF, UTF-8 without a byte order mark, every cell through {@link SpreadsheetSafe#cell(String)}
 * so a spreadsheet never runs one as a formula. To a path, the file is written atomically
 * ({@link AtomicFiles}) and as a stream: the rows are taken one at a time, so millions of them
 * need not be held.
 *
 * <p>Example: the header {@code Entry Number,Note} and the row {@code ABC12345676, =1+2} are
 * written {@code Entry Number,Note\r\nABC12345676,'=1+2\r\n}; a cell holding a comma or a quote is
 * quoted by FastCSV ({@code "a,b"}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvOutput {

  private CsvOutput() {}

  /**
   * Writes the header and one record per row to {@code target}, atomically, taking the rows one
   * at a time.
   *
   * @param <T>  the type of the rows
   * @param target  the file to write or replace; its directory is created if missing
   * @param what  what the file is, for the message of a failure, for example {@code "problems
   *     file"}
   * @param header  the header cells
   * @param rows  the rows, iterated once
   * @param cellsOf  the cells of a row, before spreadsheet neutralisation
   * @return the number of records after the header
   * @throws UncheckedIOException if the file cannot be written; the message names it
   */
  public static <T> long write(Path target, String what, List<String> header,
      Iterable<T> rows, Function<? super T, ? extends List<String>> cellsOf) {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(cellsOf, "cellsOf");
    return AtomicFiles.write(target, what, channel -> {
      CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
      Writer out = new BufferedWriter(Channels.newWriter(channel, encoder, -1), 65_536);
      long count = write(out, header, rows, cellsOf);
      out.flush();
      return count;  // the channel is closed by AtomicFiles, which closes the writer's target
    });
  }

  /**
   * Writes the header and one record per row to a writer, which is flushed but not closed.
   *
   * @param <T>  the type of the rows
   * @param out  where the text goes
   * @param header  the header cells
   * @param rows  the rows, iterated once
   * @param cellsOf  the cells of a row, before spreadsheet neutralisation
   * @return the number of records after the header
   * @throws IOException if the writer fails
   */
  public static <T> long write(Writer out, List<String> header, Iterable<T> rows,
      Function<? super T, ? extends List<String>> cellsOf) throws IOException {
    Objects.requireNonNull(out, "out");
    // Not closed: closing would close the caller's writer; flushed at the end instead.
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out);
    try {
      record(csv, header);
      long count = 0;
      for (T row : rows) {
        record(csv, cellsOf.apply(row));
        count++;
      }
      csv.flush();
      return count;
    } catch (UncheckedIOException ex) {
      throw ex.getCause();
    }
  }

  /**
   * Writes one record, every cell made spreadsheet-safe, for a writer that takes its rows as
   * they come (a problems file written during a read).
   *
   * @param csv  the writer
   * @param cells  the cells, before spreadsheet neutralisation
   */
  public static void record(CsvWriter csv, List<String> cells) {
    String[] safe = new String[cells.size()];
    for (int i = 0; i < safe.length; i++) {
      safe[i] = SpreadsheetSafe.cell(cells.get(i));
    }
    csv.writeRecord(safe);
  }
}
