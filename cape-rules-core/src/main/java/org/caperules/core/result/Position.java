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
package org.caperules.core.result;

import java.util.Objects;
import org.caperules.core.internal.DisplayTexts;
import org.jspecify.annotations.Nullable;

/**
 * Where a {@link Problem} is: a file, a 1-based line of it or the whole file, and where known
 * the column and the entry the row belongs to.
 *
 * <p>Example: {@code Position.of("es003.csv", 17, "Entry Date").withEntryNumber("ABC12345676")}
 * is line 17 of {@code es003.csv}, column {@code Entry Date}, a row of entry {@code
 * ABC12345676}; it prints as {@code es003.csv:17 [Entry Date] entry ABC12345676}.
 *
 * <p>The line is the 1-based physical line on which the record starts (for a CSV file, as
 * FastCSV reports it: a record after a quoted field that spans two lines starts one line later
 * than its record count suggests), or a spreadsheet's row number. Line {@link #WHOLE_FILE} (0)
 * means the file as a whole, for example "the file is empty". An entry number text longer than
 * {@value Problem#MAX_VALUE_LENGTH} characters is cut to its first {@value
 * Problem#MAX_VALUE_LENGTH} followed by "…" (U+2026).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param file  the file name (or path) as text, as the user knows it
 * @param line  the 1-based line where the record starts, or 0 for the whole file
 * @param column  the column's header name, or {@code null} if the problem is not about one column
 * @param entryNumber  the normalised entry number text of the row's entry, or {@code null} if it
 *     is not known
 */
public record Position(
    String file, long line, @Nullable String column, @Nullable String entryNumber) {

  /** The line of a position that is the whole file rather than one record. */
  public static final long WHOLE_FILE = 0;

  /**
   * Checks the components and cuts a long entry number text.
   *
   * @param file  the file name (or path) as text, as the user knows it
   * @param line  the 1-based line where the record starts, or 0 for the whole file
   * @param column  the column's header name, or {@code null}
   * @param entryNumber  the normalised entry number text of the row's entry, or {@code null}
   * @throws IllegalArgumentException if {@code line} is negative
   */
  public Position {
    Objects.requireNonNull(file, "file");
    if (line < 0) {
      throw new IllegalArgumentException("Line must be 0 (whole file) or a 1-based line number,"
          + " but was: " + line);
    }
    entryNumber = entryNumber == null ? null : DisplayTexts.abbreviate(entryNumber);
  }

  /**
   * Obtains the position of a whole file.
   *
   * @param file  the file name as text
   * @return the position, line {@link #WHOLE_FILE}, no column, no entry
   */
  public static Position ofFile(String file) {
    return new Position(file, WHOLE_FILE, null, null);
  }

  /**
   * Obtains the position of a line, or of the whole file if {@code line} is 0.
   *
   * @param file  the file name as text
   * @param line  the 1-based line, or 0 for the whole file
   * @return the position, no column, no entry
   * @throws IllegalArgumentException if {@code line} is negative
   */
  public static Position of(String file, long line) {
    return new Position(file, line, null, null);
  }

  /**
   * Obtains the position of a cell: a line and a column.
   *
   * @param file  the file name as text
   * @param line  the 1-based line, or 0 for the whole file
   * @param column  the column's header name, or {@code null}
   * @return the position, no entry
   * @throws IllegalArgumentException if {@code line} is negative
   */
  public static Position of(String file, long line, @Nullable String column) {
    return new Position(file, line, column, null);
  }

  /**
   * Returns this position with the entry the row belongs to.
   *
   * @param entryNumber  the normalised entry number text, or {@code null} if not known
   * @return the position
   */
  public Position withEntryNumber(@Nullable String entryNumber) {
    return new Position(file, line, column, entryNumber);
  }

  /**
   * Tells whether the position is the whole file rather than one line.
   *
   * @return true if {@link #line()} is {@link #WHOLE_FILE}
   */
  public boolean isWholeFile() {
    return line == WHOLE_FILE;
  }

  /**
   * Returns {@code file:line [column] entry NUMBER}, leaving out the parts that are absent;
   * control characters are escaped. Example: {@code es003.csv:0} for a whole file.
   *
   * @return the one-line description
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(file).append(':').append(line);
    if (column != null) {
      out.append(" [").append(column).append(']');
    }
    if (entryNumber != null) {
      out.append(" entry ").append(DisplayTexts.printable(entryNumber));
    }
    return out.toString();
  }
}
