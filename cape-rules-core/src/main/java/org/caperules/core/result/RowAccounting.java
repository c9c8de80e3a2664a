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

/**
 * An account of every row a reader met: each was used, repeated an earlier row (an overlapping
 * export: used once, or superseded by a later export's row), skipped as no data (a report's title
 * rows above the header, a totals footer under the data) or rejected with at least one problem,
 * so {@code rowsRead == rowsUsed + rowsRepeated + rowsSkipped + rowsRejected}; the factories
 * check it. A bad row never sinks the file and is never dropped silently.
 *
 * <p>Example: a claim-status file with 10 data rows, one of them with a blank entry number, is
 * {@code RowAccounting.of(10, 9, 1)}, printed {@code 10 rows read: 9 used, 1 rejected}.
 *
 * <p>A data row is a record after the header; blank lines are not rows, and rows above a header
 * are counted (as skipped) only once the header is found. A class rather than a
 * record so that further categories can be added, with their own factory, without changing
 * {@link #of(long, long, long)}, whose rows are then none of them (no row repeated).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RowAccounting {

  private final long rowsRead;
  private final long rowsUsed;
  private final long rowsRepeated;
  private final long rowsSkipped;
  private final long rowsRejected;

  private RowAccounting(long rowsRead, long rowsUsed, long rowsRepeated, long rowsSkipped,
      long rowsRejected) {
    this.rowsRead = rowsRead;
    this.rowsUsed = rowsUsed;
    this.rowsRepeated = rowsRepeated;
    this.rowsSkipped = rowsSkipped;
    this.rowsRejected = rowsRejected;
  }

  /**
   * Obtains an accounting and checks that it balances.
   *
   * @param rowsRead  the number of data rows read
   * @param rowsUsed  the number of data rows that went into the value
   * @param rowsRejected  the number of data rows that became problems instead
   * @return the accounting
   * @throws IllegalArgumentException if a count is negative or {@code rowsRead != rowsUsed +
   *     rowsRejected}
   */
  public static RowAccounting of(long rowsRead, long rowsUsed, long rowsRejected) {
    if (rowsRead < 0 || rowsUsed < 0 || rowsRejected < 0 || rowsRead != rowsUsed + rowsRejected) {
      throw new IllegalArgumentException("Row accounting must balance: rows read = rows used +"
          + " rows rejected, but was " + rowsRead + " read, " + rowsUsed + " used, "
          + rowsRejected + " rejected");
    }
    return new RowAccounting(rowsRead, rowsUsed, 0, 0, rowsRejected);
  }

  /**
   * Obtains an accounting with rows repeated and checks that it balances. Example: two
   * overlapping exports of 10 rows each, 4 rows in both, one row bad: {@code of(20, 15, 4, 1)}.
   *
   * @param rowsRead  the number of data rows read
   * @param rowsUsed  the number of data rows that went into the value
   * @param rowsRepeated  the number of data rows equal to one read before, used once
   * @param rowsRejected  the number of data rows that became problems instead
   * @return the accounting
   * @throws IllegalArgumentException if a count is negative or {@code rowsRead != rowsUsed +
   *     rowsRepeated + rowsRejected}
   */
  public static RowAccounting of(long rowsRead, long rowsUsed, long rowsRepeated,
      long rowsRejected) {
    if (rowsRead < 0 || rowsUsed < 0 || rowsRepeated < 0 || rowsRejected < 0
        || rowsRead != rowsUsed + rowsRepeated + rowsRejected) {
      throw new IllegalArgumentException("Row accounting must balance: rows read = rows used +"
          + " rows repeated + rows rejected, but was " + rowsRead + " read, " + rowsUsed
          + " used, " + rowsRepeated + " repeated, " + rowsRejected + " rejected");
    }
    return new RowAccounting(rowsRead, rowsUsed, rowsRepeated, 0, rowsRejected);
  }

  /**
   * Obtains an accounting with rows repeated and rows skipped and checks that it balances.
   * Example: an export with 4 title rows, 100 data rows (3 of them bad) and a totals footer,
   * read with an overlapping export of 50 rows all in the first: {@code of(155, 97, 50, 5, 3)}.
   *
   * @param rowsRead  the number of rows read, after the header's search and blank lines
   * @param rowsUsed  the number of data rows that went into the value
   * @param rowsRepeated  the number of data rows equal to one read before, used once, or
   *     superseded by a later export's row
   * @param rowsSkipped  the number of rows that hold no data: title rows above the header, footer
   *     rows under the data
   * @param rowsRejected  the number of data rows that became problems instead
   * @return the accounting
   * @throws IllegalArgumentException if a count is negative or {@code rowsRead != rowsUsed +
   *     rowsRepeated + rowsSkipped + rowsRejected}
   */
  public static RowAccounting of(long rowsRead, long rowsUsed, long rowsRepeated,
      long rowsSkipped, long rowsRejected) {
    if (rowsRead < 0 || rowsUsed < 0 || rowsRepeated < 0 || rowsSkipped < 0 || rowsRejected < 0
        || rowsRead != rowsUsed + rowsRepeated + rowsSkipped + rowsRejected) {
      throw new IllegalArgumentException("Row accounting must balance: rows read = rows used +"
          + " rows repeated + rows skipped + rows rejected, but was " + rowsRead + " read, "
          + rowsUsed + " used, " + rowsRepeated + " repeated, " + rowsSkipped + " skipped, "
          + rowsRejected + " rejected");
    }
    return new RowAccounting(rowsRead, rowsUsed, rowsRepeated, rowsSkipped, rowsRejected);
  }

  /**
   * Returns the number of data rows read.
   *
   * @return the count, zero or more
   */
  public long rowsRead() {
    return rowsRead;
  }

  /**
   * Returns the number of data rows that went into the value.
   *
   * @return the count, zero or more
   */
  public long rowsUsed() {
    return rowsUsed;
  }

  /**
   * Returns the number of data rows equal to a row read before (same entry, line and ordinal,
   * same values), used once: an overlapping export's repeats.
   *
   * @return the count, zero or more
   */
  public long rowsRepeated() {
    return rowsRepeated;
  }

  /**
   * Returns the number of rows that hold no data and were skipped: a report's title rows above
   * its header row and the totals footer under its data.
   *
   * @return the count, zero or more
   */
  public long rowsSkipped() {
    return rowsSkipped;
  }

  /**
   * Returns the number of data rows that became problems instead.
   *
   * @return the count, zero or more
   */
  public long rowsRejected() {
    return rowsRejected;
  }

  /**
   * Tells whether another object is an accounting with the same counts.
   *
   * @param other  the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof RowAccounting that && rowsRead == that.rowsRead
        && rowsUsed == that.rowsUsed && rowsRepeated == that.rowsRepeated
        && rowsSkipped == that.rowsSkipped && rowsRejected == that.rowsRejected;
  }

  /**
   * Returns a hash code of the counts.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return (((Long.hashCode(rowsRead) * 31 + Long.hashCode(rowsUsed)) * 31
        + Long.hashCode(rowsRepeated)) * 31 + Long.hashCode(rowsSkipped)) * 31
        + Long.hashCode(rowsRejected);
  }

  /**
   * Returns the accounting as a sentence, for example {@code 10 rows read: 9 used, 1 rejected}
   * ({@code 20 rows read: 15 used, 4 repeated, 1 rejected} with rows repeated, {@code 25 rows
   * read: 15 used, 4 repeated, 5 skipped, 1 rejected} with rows skipped too).
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return rowsRead + " rows read: " + rowsUsed + " used, "
        + (rowsRepeated == 0 ? "" : rowsRepeated + " repeated, ")
        + (rowsSkipped == 0 ? "" : rowsSkipped + " skipped, ") + rowsRejected + " rejected";
  }
}
