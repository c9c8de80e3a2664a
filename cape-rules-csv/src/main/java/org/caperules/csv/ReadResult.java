package org.caperules.csv;

import java.util.List;
import java.util.Objects;

/**
 * What a reader got out of a file: the values it built, the problems it found, and an account of
 * every data row (style.md §5; Strata's {@code ValueWithFailures}).
 *
 * <p>A bad row never sinks the file and is never dropped silently: each data row (a record after
 * the header; blank lines are not rows) is either used to build the values or rejected with at
 * least one problem, so {@code rowsRead == rowsUsed + rowsRejected} always holds; the constructor
 * enforces it. A problem does not always reject a row: a problem about the file as a whole or a
 * warning about a used row leaves the counts unchanged. Example: a claim-status file with 10 data
 * rows, one of them with a blank entry number, gives 9 values, {@code rowsRead} 10, {@code
 * rowsUsed} 9, {@code rowsRejected} 1 and one problem naming that row's line.
 *
 * <p>Values and counts can differ: an ES-003 reader groups several rows into one entry.
 *
 * <p>This class is immutable and thread-safe if {@code T} is.
 *
 * @param <T>  the type of the values
 * @param rows  the values built from the file, in file order
 * @param problems  every problem, in file order (file-level problems, line 0, first)
 * @param rowsRead  the number of data rows in the file
 * @param rowsUsed  the number of data rows that went into {@code rows}
 * @param rowsRejected  the number of data rows that became problems instead
 */
public record ReadResult<T>(
    List<T> rows, List<RowProblem> problems, long rowsRead, long rowsUsed, long rowsRejected) {

  /**
   * Copies the lists and checks the row accounting.
   *
   * @param rows  the values built from the file, in file order
   * @param problems  every problem, in file order (file-level problems, line 0, first)
   * @param rowsRead  the number of data rows in the file
   * @param rowsUsed  the number of data rows that went into {@code rows}
   * @param rowsRejected  the number of data rows that became problems instead
   * @throws IllegalArgumentException if a count is negative or {@code rowsRead != rowsUsed +
   *     rowsRejected}
   */
  public ReadResult {
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
    if (rowsRead < 0 || rowsUsed < 0 || rowsRejected < 0 || rowsRead != rowsUsed + rowsRejected) {
      throw new IllegalArgumentException("Row accounting must balance: rows read = rows used +"
          + " rows rejected, but was " + rowsRead + " read, " + rowsUsed + " used, "
          + rowsRejected + " rejected");
    }
  }

  /**
   * Obtains a result.
   *
   * @param <T>  the type of the values
   * @param rows  the values
   * @param problems  the problems
   * @param rowsRead  the number of data rows read
   * @param rowsUsed  the number of data rows used
   * @param rowsRejected  the number of data rows rejected
   * @return the result
   * @throws IllegalArgumentException if the counts do not balance
   */
  public static <T> ReadResult<T> of(List<T> rows, List<RowProblem> problems, long rowsRead,
      long rowsUsed, long rowsRejected) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(problems, "problems");
    return new ReadResult<>(rows, problems, rowsRead, rowsUsed, rowsRejected);
  }

  /**
   * Tells whether any problem was found.
   *
   * @return true if {@link #problems()} is not empty
   */
  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /**
   * Returns the accounting as a sentence, for example {@code "10 rows read: 9 used, 1 rejected;
   * 1 problem"}.
   *
   * @return the summary
   */
  public String summary() {
    return rowsRead + " rows read: " + rowsUsed + " used, " + rowsRejected + " rejected; "
        + problems.size() + (problems.size() == 1 ? " problem" : " problems");
  }
}
