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
package org.caperules.csv.report;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.caperules.core.result.Position;
import org.caperules.core.result.Problem;
import org.caperules.csv.internal.CsvOutput;
import org.caperules.csv.internal.Texts;

/**
 * Writes the problems file of a read: one CSV row per {@link Problem}, in the order given,
 * under the header {@link #HEADER} ({@code File, Line, Column, Value, Message}).
 * A file-level problem has line {@code 0}; an absent column or value is an empty cell. Control
 * characters in values and messages are escaped ({@code \t}, {@code \n}, {@code \}{@code
 * u0000}), so a problem is one line, and every cell is made spreadsheet-safe: the value {@code
 * =HYPERLINK("x")} is written {@code '=HYPERLINK("x")}.
 *
 * <p>Example row: {@code es003.csv,17,Entry Date,02/30/2026,Date '02/30/2026' does not exist:
 * month 2 of 2026 has 28 days}.
 *
 * <p>Lines end in CRLF; UTF-8 without a byte order mark; written atomically and as a stream, like
 * {@link ScreeningReportWriter}. Values are already cut to 200 characters by {@link Problem};
 * personal data is masked by whoever built the problem.
 *
 * <p>Exception handling: {@link #write(Path, Iterable)} throws {@link UncheckedIOException} when
 * the file cannot be written; the target is then untouched.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProblemsWriter {

  /** The columns of the problems file. */
  public static final List<String> HEADER =
      List.of("File", "Line", "Entry Number", "Column", "Value", "Message");

  private ProblemsWriter() {}

  /**
   * Writes the problems file, replacing {@code file} atomically.
   *
   * @param file  the problems file; its directory is created if missing
   * @param problems  the problems, iterated once
   * @return the number of rows written after the header
   * @throws UncheckedIOException if the file cannot be written
   */
  public static long write(Path file, Iterable<Problem> problems) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(problems, "problems");
    return CsvOutput.write(file, "problems file", HEADER, problems, ProblemsWriter::cells);
  }

  /**
   * Returns the cells of one problem row, before spreadsheet neutralisation.
   *
   * @param problem  the problem
   * @return the cells, in {@link #HEADER} order
   */
  public static List<String> cells(Problem problem) {
    Position position = problem.position();
    String column = position.column();
    String value = problem.value();
    String entryNumber = position.entryNumber();
    return List.of(
        Texts.printable(position.file()),
        Long.toString(position.line()),
        entryNumber == null ? "" : Texts.printable(entryNumber),
        column == null ? "" : Texts.printable(column),
        value == null ? "" : Texts.printable(value),
        Texts.printable(problem.message()));
  }
}
