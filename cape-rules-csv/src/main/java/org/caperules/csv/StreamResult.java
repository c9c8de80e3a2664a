package org.caperules.csv;

import java.util.List;
import java.util.Objects;

/**
 * What a streaming read got out of its files: how many values it handed on, the problems it
 * found, and an account of every data row. It is {@link ReadResult} without the values, which
 * went to the caller's sink as they were built (for example {@link
 * Es003Reader.Builder#streamAll(java.util.List, java.util.function.Consumer)}), so that memory
 * does not grow with the input.
 *
 * <p>As in {@link ReadResult}, each data row is used or rejected with at least one problem, so
 * {@code rowsRead == rowsUsed + rowsRejected}; the constructor enforces it. Example: an ES-003
 * file of 10 data rows for 4 entries, one row with a blank entry number, gives {@code values} 4,
 * {@code rowsRead} 10, {@code rowsUsed} 9, {@code rowsRejected} 1 and one problem.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param values  the number of values handed on (entries, for an ES-003 read)
 * @param problems  every problem, in file order (file-level problems, line 0, first)
 * @param rowsRead  the number of data rows in the files
 * @param rowsUsed  the number of data rows that went into the values
 * @param rowsRejected  the number of data rows that became problems instead
 */
public record StreamResult(
    long values, List<RowProblem> problems, long rowsRead, long rowsUsed, long rowsRejected) {

  /**
   * Copies the list and checks the row accounting.
   *
   * @param values  the number of values handed on
   * @param problems  every problem, in file order
   * @param rowsRead  the number of data rows in the files
   * @param rowsUsed  the number of data rows that went into the values
   * @param rowsRejected  the number of data rows that became problems instead
   * @throws IllegalArgumentException if a count is negative or {@code rowsRead != rowsUsed +
   *     rowsRejected}
   */
  public StreamResult {
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    if (values < 0 || rowsRead < 0 || rowsUsed < 0 || rowsRejected < 0
        || rowsRead != rowsUsed + rowsRejected) {
      throw new IllegalArgumentException("Row accounting must balance: rows read = rows used +"
          + " rows rejected, with no negative count, but was " + values + " values, " + rowsRead
          + " read, " + rowsUsed + " used, " + rowsRejected + " rejected");
    }
  }

  /**
   * Returns the accounting as a sentence, for example {@code "10 rows read: 9 used, 1 rejected;
   * 1 problem; 4 values handed on"}.
   *
   * @return the summary
   */
  public String summary() {
    return rowsRead + " rows read: " + rowsUsed + " used, " + rowsRejected + " rejected; "
        + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "; " + values
        + " values handed on";
  }
}
