package org.caperules.csv;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One problem found while reading or checking a CSV file: where it is and what is wrong.
 *
 * <p>Example: {@code RowProblem.of("es003.csv", 17, "Entry Date", "02/30/2026", "Date
 * '02/30/2026' does not exist: month 2 of 2026 has 28 days")} prints as {@code es003.csv:17
 * [Entry Date] '02/30/2026': Date '02/30/2026' does not exist: month 2 of 2026 has 28 days}.
 *
 * <p>The line is the 1-based physical line on which the record starts, as FastCSV reports it
 * ({@code CsvRecord.getStartingLineNumber()}): a record after a quoted field that spans two lines
 * starts one line later than its record count suggests. Line {@link #FILE_LEVEL} (0) means the
 * file as a whole, for example "the file is empty".
 *
 * <p>A value longer than 200 characters is cut to its first 200 characters followed by
 * {@code "…"} (U+2026), so a 50,000-character field does not flood a report. The record does not
 * mask personal data: whoever builds a problem passes an already masked value (for example
 * {@code ImporterNumber.masked()}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param file  the file name (or path) as text, as the user knows it
 * @param line  the 1-based physical line where the record starts, or 0 for the whole file
 * @param column  the column's header name, or {@code null} if the problem is not about one column
 * @param value  the offending value, cut to 200 characters, or {@code null} if there is none
 * @param message  a sentence saying what is wrong, quoting the value
 */
public record RowProblem(
    String file, long line, @Nullable String column, @Nullable String value, String message) {

  /** The line number of a problem that concerns the whole file rather than one record. */
  public static final long FILE_LEVEL = 0;

  /**
   * Checks and normalises the components: the value is cut to 200 characters plus "…".
   *
   * @param file  the file name (or path) as text, as the user knows it
   * @param line  the 1-based physical line where the record starts, or 0 for the whole file
   * @param column  the column's header name, or {@code null} if the problem is not about one column
   * @param value  the offending value, cut to 200 characters, or {@code null} if there is none
   * @param message  a sentence saying what is wrong, quoting the value
   * @throws IllegalArgumentException if {@code line} is negative
   */
  public RowProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("Line must be 0 (whole file) or a 1-based line number,"
          + " but was: " + line);
    }
    value = value == null ? null : Texts.abbreviate(value);
  }

  /**
   * Obtains a problem with a line, column and value.
   *
   * @param file  the file name as text
   * @param line  the 1-based line, or 0 for the whole file
   * @param column  the header name of the column, or {@code null}
   * @param value  the offending value, or {@code null}
   * @param message  what is wrong
   * @return the problem
   * @throws IllegalArgumentException if {@code line} is negative
   */
  public static RowProblem of(
      String file, long line, @Nullable String column, @Nullable String value, String message) {
    return new RowProblem(file, line, column, value, message);
  }

  /**
   * Obtains a problem about the whole file (line 0, no column, no value).
   *
   * @param file  the file name as text
   * @param message  what is wrong
   * @return the problem
   */
  public static RowProblem ofFile(String file, String message) {
    return new RowProblem(file, FILE_LEVEL, null, null, message);
  }

  /**
   * Returns {@code file:line [column] 'value': message}, leaving out the parts that are absent;
   * control characters in the value are escaped. Example: {@code decl.csv:3 'ABC1234':
   * Entry number ...}.
   *
   * @return the one-line description
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(file).append(':').append(line);
    if (column != null) {
      out.append(" [").append(column).append(']');
    }
    if (value != null) {
      out.append(" '").append(Texts.printable(value)).append('\'');
    }
    return out.append(": ").append(message).toString();
  }
}
