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
package org.caperules.es003;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryNumber;
import org.caperules.core.result.Problem;
import org.caperules.core.result.ProblemCode;
import org.caperules.core.result.RowAccounting;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.es003.internal.Assembly;
import org.caperules.es003.internal.RowSpill;
import org.jspecify.annotations.Nullable;

/**
 * Turns the rows of one or more ES-003 exports into {@link Entry} values, whatever the file
 * format: a format adapter starts each table ({@link #startFile(String)} for a CSV file, {@link
 * #startSheet(String, String, boolean)} for a workbook sheet) and feeds it every row, as {@link
 * Cell}s that keep their kind or as plain text, so the CSV reader and the workbook reader share
 * one set of rules.
 *
 * <p><b>The header row</b> is searched among the first {@value #HEADER_SEARCH_ROWS} non-blank rows
 * of a table: the first row that names every required column ({@link Es003Column.Kind#REQUIRED})
 * is the header, and the rows above it (a report's title, run date, prompts) are skipped with a
 * notice naming their lines ({@link ProblemCode#TITLE_ROWS_SKIPPED}). A table without one gives
 * {@link #endTable()} {@code false}; a CSV file is then unusable, a workbook sheet is skipped.
 *
 * <p>Rows are grouped by entry number, normalised first with {@link
 * EntryNumber#normalize(CharSequence)} (hyphens and spaces removed, upper case), so {@code
 * abc-1234567-6} and {@code ABC12345676} are one entry; the rows of an entry need not be
 * adjacent, and may come from several files (start another table). Each
 * row adds one {@link DutyLine} ({@code HTS Number - Full}, {@code Line Tariff Duty Amount};
 * duty line) to its entry; the entry-level values (type, importer, dates, statuses, flags) are
 * taken from the first row that gives them and must agree on every other row. When they do not,
 * the result does not depend on which row came first (docs/formats.md#when-rows-of-an-entry-
 * disagree): a deciding value is left unknown and the disagreeing row rejected, unless the two
 * tables' title rows give different run dates, when the newer export's value wins with a warning
 * ({@link Entry#sourceWarnings()}); an importer name or deposit date that differs is left blank
 * with a warning.
 *
 * <p>A blank entry number is a problem; a non-blank one that fails validation
 * is still an entry (the engine reports {@code NEEDS_REVIEW} / {@code INVALID_ENTRY_NUMBER}),
 * unless it is longer than 50 characters after normalisation,
 * which no entry number of any form is, or is in Excel's scientific notation ({@code
 * 1.23457E+10}, what a spreadsheet shows and saves for a long number: its digits are lost). When
 * a file has neither liquidation column (ACE's default layout) the intake says so once ({@link
 * ProblemCode#LIQUIDATION_COLUMNS_ABSENT}, a notice that rejects no row) and its entries
 * have no liquidation status: never assumed unliquidated.
 *
 * <p>A row becomes problems (each a {@link Problem} naming file, line, column, value and, once
 * known, the entry; the row counts as rejected, and its entry gets no value from it but its
 * {@link Entry#rejectedRows()} mention; docs/formats.md#rejected-rows-of-an-entry) when: its entry
 * number is blank; it has fewer cells than the header, or more with a non-blank extra cell; a
 * value it uses cannot be read (one problem per bad cell); a deciding entry-level value disagrees
 * with the value already taken for its entry; or, when the file has both {@code Entry Summary Line
 * Number} and {@code Tariff Ordinal Number}, the entry already has a row with the same line and
 * ordinal and other values. A row equal to one already read (same line and ordinal, same values:
 * overlapping exports) is counted as repeated, used once. A row whose cells are all blank (Excel's
 * {@code ,,,} lines) is a blank line, not a row; title and footer rows are skipped. So {@code
 * rowsRead == rowsUsed + rowsRepeated + rowsSkipped + rowsRejected} ({@link RowAccounting}).
 *
 * <p>Memory grows with the number of entries and their duty lines, never with the rows: no row
 * is stored.
 *
 * <p><b>Streaming.</b> An intake made by {@link #streaming(Consumer)} holds one entry at a
 * time: it hands each entry to its sink as soon as a row of another
 * entry number comes, and the last one at {@link #finish()}, so memory stays flat however long
 * the input (a 10,000,000-row export screens in a 1 GB heap). It needs the rows of each entry
 * together, as ACE's ES-003 export keeps them, within a file or across the end of one file and
 * the start of the next; everything else (value rules, agreement, repeated rows, problems,
 * accounting) is as above, and the entries come in the same order, each equal to what {@link
 * #result()} would give. A row of an entry whose rows have already ended throws {@link
 * EntriesNotGroupedException}: the input must then be read again, whole or partitioned. A
 * spreadsheet reader should pass every row padded to its header's width, since a short row is a
 * problem.
 *
 * <p><b>Partitioned.</b> An intake made by {@link #partitioned(Consumer, Path, long)} takes
 * rows in any order in bounded memory: as the tables are read (header search, title rows,
 * footers, blank lines and "hide duplicates" rows exactly as above) each data row is written to
 * one of several temporary files by its entry number, and {@link #finish()} assembles one file
 * at a time, each entry's rows in read order, handing each entry on as its rows end. Entries,
 * problems and row accounting are those of {@link #create()}; only the order differs: within
 * a file of rows the entries come in the order of their first row, file after file. The files
 * hold importer numbers: they are in a new directory only the owner may open, deleted at
 * {@link #finish()}, or by {@link #abandon()} when the read fails.
 *
 * <p>Example: the header {@code Entry Summary Number,HTS Number - Full,Line Tariff Duty Amount}
 * and the rows {@code ABC-1234567-6,99030125,$1,000.00} (line 2) and {@code
 * ABC12345676,3923.90.0080,(12.00)} (line 3) give one entry {@code ABC12345676} with the duty
 * lines {@code 9903.01.25 1000.00} and {@code 3923.90.0080 -12.00}, 2 rows read and used, and
 * the liquidation notice.
 *
 * <p>Exception handling: {@link #startFile(String, List)} throws {@link CapeInputException} when a
 * required column is missing, and a header row that names a column twice throws it from the row
 * method; otherwise row methods never throw for bad data (a streaming intake throws {@link
 * EntriesNotGroupedException} at a row of an entry already handed on).
 *
 * <p>Not thread-safe: one intake per read.
 */
public final class Es003Intake {

  /** How many non-blank rows of a table are searched for the header row: 100. */
  public static final int HEADER_SEARCH_ROWS = 100;

  private final Assembly assembly;
  private final @Nullable RowSpill spill;
  private boolean finished;

  private Es003Intake(Assembly assembly, @Nullable RowSpill spill) {
    this.assembly = assembly;
    this.spill = spill;
  }

  /**
   * Creates an intake that keeps every entry to the end of the read ({@link #result()}).
   *
   * @return the intake, with no file started
   */
  public static Es003Intake create() {
    return new Es003Intake(Assembly.collecting(), null);
  }

  /**
   * Creates a streaming intake: it hands each entry to {@code sink} as soon as its rows end (a
   * row of another entry number comes), and the last one at {@link #finish()}, holding one entry
   * at a time. The rows of each entry must be together (see the class documentation); a row of
   * an entry already handed on throws {@link EntriesNotGroupedException}. An exception thrown by
   * the sink ends the read and propagates from the row method (or {@link #finish()}) that handed
   * the entry on.
   *
   * <p>Example: the rows of {@code A, A, B, B, B, C} give {@code A} to the sink when the first
   * {@code B} row comes, {@code B} at the {@code C} row, and {@code C} at {@link #finish()}; the
   * rows of {@code A, B, A} throw at the second {@code A} row.
   *
   * @param sink  where the entries go, in order of their first row
   * @return the intake, with no file started
   */
  public static Es003Intake streaming(Consumer<? super Entry> sink) {
    Objects.requireNonNull(sink, "sink");
    return new Es003Intake(Assembly.streaming(sink), null);
  }

  /**
   * Creates a partitioned intake: it takes the rows of an entry in any order, files them by
   * entry number in temporary files, and at {@link #finish()} hands each entry to {@code sink},
   * so memory holds one file of rows, never the whole input (see the class documentation). The
   * files go to a new directory with owner-only permissions, made under {@code spillParent};
   * {@link #finish()} deletes them, and so does {@link #abandon()}, which a caller whose read
   * fails must call.
   *
   * <p>Example: {@code Es003Intake.partitioned(screen::entry, null, Files.size(csv))} over the
   * rows of {@code A, B, A} hands {@code A} (both rows) and {@code B} on at {@link #finish()}.
   *
   * @param sink  where the entries go, file of rows after file of rows
   * @param spillParent  where the directory of temporary files is made, or null for the system's
   *     temporary directory ({@code java.io.tmpdir})
   * @param estimatedBytes  about how many bytes of text the rows hold (a CSV file's size; about
   *     ten times a workbook's), to size the files
   * @return the intake, with no file started
   * @throws java.io.UncheckedIOException if the directory cannot be made
   */
  public static Es003Intake partitioned(Consumer<? super Entry> sink, @Nullable Path spillParent,
      long estimatedBytes) {
    Objects.requireNonNull(sink, "sink");
    RowSpill spill = RowSpill.create(spillParent, estimatedBytes);
    return new Es003Intake(Assembly.partitioned(sink, spill), spill);
  }

  /**
   * Returns how many bytes a partitioned intake wrote to its temporary files so far.
   *
   * @return the bytes, 0 for an intake that is not partitioned
   */
  public long spillBytes() {
    RowSpill partitions = spill;
    return partitions == null ? 0 : partitions.bytesWritten();
  }

  /**
   * Ends a read that failed midway: a partitioned intake deletes its temporary files; other
   * intakes have none. Safe to call after {@link #finish()} or twice.
   */
  public void abandon() {
    finished = true;
    RowSpill partitions = spill;
    if (partitions != null) {
      partitions.close();
    }
  }

  /**
   * Sends every later problem but notices to {@code sink} as it is found, not kept for the
   * result, so memory does not grow with the bad rows (a file of 1,000,000 bad rows is 1,000,000
   * problems); the notices (whole-file remarks, a few per file) are still in the result.
   *
   * @param sink  where the problems go, in the order found
   * @return this intake
   */
  public Es003Intake problemsTo(Consumer<? super Problem> sink) {
    assembly.problemsTo(Objects.requireNonNull(sink, "sink"));
    return this;
  }

  /**
   * Starts a file of one table, such as a CSV file: its header row is searched among its first
   * rows. Entries already assembled from earlier files stay, and rows of the same entry number
   * are merged into them.
   *
   * @param file  the file name as the user knows it, for problems
   * @return this intake
   * @throws IllegalStateException if the read was already ended
   */
  public Es003Intake startFile(String file) {
    Objects.requireNonNull(file, "file");
    checkOpen();
    assembly.startTable(file, null, false, true);
    return this;
  }

  /**
   * Starts a file whose first row is its header row, as {@link #startFile(String)} followed by
   * that row on line 1.
   *
   * @param file  the file name as the user knows it, for problems
   * @param headerCells  the cells of the header row
   * @return this intake
   * @throws CapeInputException if a required column is missing; the message names the file and
   *     each missing column
   * @throws IllegalStateException if the read was already ended
   */
  public Es003Intake startFile(String file, List<String> headerCells) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(headerCells, "headerCells");
    checkOpen();
    assembly.startTable(file, null, false, false);
    assembly.textRow(1, headerCells);
    return this;
  }

  /**
   * Starts one sheet of a workbook: its header row is searched among its first rows, and number
   * cells in date columns are read in the workbook's date system.
   *
   * @param file  the workbook's file name as the user knows it, for problems
   * @param sheet  the sheet's name, for notes
   * @param date1904  true if the workbook counts dates from 1904 (old Mac workbooks)
   * @return this intake
   * @throws IllegalStateException if the read was already ended
   */
  public Es003Intake startSheet(String file, String sheet, boolean date1904) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sheet, "sheet");
    checkOpen();
    assembly.startTable(file, sheet, date1904, true);
    return this;
  }

  /**
   * Ends the current file or sheet. A table with a header and no rows gives the notice "The file
   * has a header but no rows"; title rows skipped above the header give their notice.
   *
   * @return false if the table had no header row, so none of its rows was read; {@link
   *     #noHeader()} then says why
   * @throws IllegalStateException if the read was already ended
   */
  public boolean endTable() {
    checkOpen();
    return assembly.endTable();
  }

  /**
   * Returns the exception for the current table when no header row was found in it: it names
   * the file and the required columns missing from the row that came closest, for example
   * {@code ES-003 file 'es003.csv' has no column 'HTS Number - Full' (required); the header row
   * has 2 columns: 'Entry Summary Number', 'Entry Date'}. Call it before {@link #endTable()}.
   *
   * @return the exception, to throw
   * @throws IllegalStateException if no table is started
   */
  public RuntimeException noHeader() {
    checkOpen();
    return assembly.noHeader();
  }

  /**
   * Returns, for a file of several tables (a workbook's sheets) none of which had a header row,
   * the exception for the row that came closest, as {@link #noHeader()} gives it for one table:
   * of the tables of the file last started and already ended, the one whose best row named the
   * most required columns.
   *
   * @return the exception, to throw, or null if no row named any required column
   */
  public @Nullable RuntimeException closestMiss() {
    checkOpen();
    return assembly.closestMiss();
  }

  /**
   * Tells whether the header row of the current table was found.
   *
   * @return true once the header row came; false while title rows come, or if the table has none
   * @throws IllegalStateException if no table is started or the read was ended
   */
  public boolean headerFound() {
    checkOpen();
    return assembly.headerFound();
  }

  /**
   * Tells whether the current table still reads rows: false once its header search gave up, so
   * that an adapter may stop reading the file.
   *
   * @return true if rows are still read
   */
  public boolean wantsRows() {
    return !finished && assembly.wantsRows();
  }

  /**
   * Adds a row of typed cells of the current table: above the header a title row or the header
   * itself, below it a data row that joins its entry or becomes problems.
   *
   * @param line  the 1-based line (a spreadsheet's row number) where the row is, for problems
   * @param cells  the cells, in file order
   * @return this intake
   * @throws IllegalStateException if no file was started or the read was ended
   */
  public Es003Intake row(long line, List<Cell> cells) {
    Objects.requireNonNull(cells, "cells");
    checkOpen();
    assembly.row(line, cells);
    return this;
  }

  /**
   * Adds a row of text cells, as a CSV file has; same as {@link #row(long, List)} with every
   * cell {@link Cell#text(String)}.
   *
   * @param line  the 1-based line where the row starts, for problems
   * @param cells  the cells, none null (a missing cell is {@code ""})
   * @return this intake
   * @throws IllegalStateException if no file was started or the read was ended
   */
  public Es003Intake textRow(long line, List<String> cells) {
    Objects.requireNonNull(cells, "cells");
    checkOpen();
    assembly.textRow(line, cells);
    return this;
  }

  /**
   * Adds a record of the current file that could not be read at all (for example an unclosed
   * quote): below the header it counts as a row read and rejected, with one problem.
   *
   * @param line  the 1-based line where the record starts
   * @param message  what went wrong
   * @return this intake
   * @throws IllegalStateException if no file was started or the read was ended
   */
  public Es003Intake unreadableRow(long line, String message) {
    Objects.requireNonNull(message, "message");
    checkOpen();
    assembly.unreadableRow(line, message);
    return this;
  }

  /**
   * Ends the read and returns the entries, in order of their first row, with every problem and
   * the row accounting.
   *
   * @return the entries, problems and row accounting
   * @throws IllegalStateException if called twice, or on a streaming intake (which ends with
   *     {@link #finish()})
   */
  public ValueWithProblems<List<Entry>> result() {
    checkOpen();
    if (assembly.isStreaming()) {
      throw new IllegalStateException("A streaming intake hands its entries on: end it with"
          + " finish(), not result()");
    }
    finished = true;
    List<Problem> problems = assembly.finish();
    return ValueWithProblems.of(assembly.entries(), problems, accounting());
  }

  /**
   * Ends a streaming read: hands the last entry to the sink and returns the number of entries
   * handed on, the problems and the row accounting. A partitioned read assembles its rows here,
   * handing every entry on, and deletes its temporary files.
   *
   * @return the number of entries handed on, the problems and the row accounting
   * @throws IllegalStateException if called twice, or on an intake made by {@link #create()}
   *     (which ends with {@link #result()})
   */
  public ValueWithProblems<Long> finish() {
    checkOpen();
    if (!assembly.isStreaming()) {
      throw new IllegalStateException("This intake keeps its entries: end it with result(),"
          + " not finish()");
    }
    finished = true;
    List<Problem> problems = assembly.finish();
    return ValueWithProblems.of(assembly.handedOn(), problems, accounting());
  }

  private RowAccounting accounting() {
    return assembly.accounting();
  }

  private void checkOpen() {
    if (finished) {
      throw new IllegalStateException("The intake's result() was already called");
    }
  }
}
