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
package org.caperules.es003.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.Objects;
import org.caperules.core.DutyLine;
import org.caperules.core.EntryNumber;
import org.caperules.core.result.Position;
import org.caperules.core.result.Problem;
import org.caperules.core.result.ProblemCode;
import org.caperules.core.result.RowAccounting;
import org.caperules.es003.Cell;
import org.caperules.es003.Es003Column;
import org.jspecify.annotations.Nullable;

/**
 * One read of ES-003 rows into entry drafts, whatever the file format: the tables (CSV files,
 * workbook sheets) come one after another, each row is a header search row until the header is
 * found ({@link Table}), then a data row that joins its entry or becomes problems. The parts:
 * this class places each row (its table, title and footer rows, "hide duplicates" rows, rows of
 * the wrong width; a partitioned read's {@link RowSpill}), {@link EntryRows} takes the data rows
 * to their entries ({@link RowReader} reads a row's values, {@link EntryConflicts} checks it
 * against its entry), {@link EntryStore} keeps the drafts (all of them, or one at a time), and
 * this class keeps the problems and the row accounting ({@code rowsRead == rowsUsed +
 * rowsRepeated + rowsSkipped + rowsRejected}).
 *
 * <p>Example: the rows {@code Report: ES-003} (line 1), a header (line 2) and two rows of {@code
 * ABC12345676} (lines 3 and 4) give one draft with two duty lines, 3 rows read, 2 used and 1
 * skipped, and a notice that line 1 was skipped as a title row.
 *
 * <p>This is the engine of {@link org.caperules.es003.Es003Intake}, whose documentation gives
 * the rules. Not thread-safe: one per read.
 */
public final class Assembly {

  /** The longest normalised entry number text read as an entry (a valid one has 11). */
  public static final int MAX_ENTRY_NUMBER_LENGTH = 50;

  private final EntryStore store;
  private final ProblemLog problems = new ProblemLog();
  private final RowShapes shapes = new RowShapes();
  private final RowTexts rowTexts = new RowTexts();
  private @Nullable Table table;
  private final TableNotes notes = new TableNotes();
  private final EntryConflicts conflicts = new EntryConflicts();
  private final EntryRows entryRows;
  /** The file of the current table, and its run date once a table of it gave one. */
  private String runDateFile = "";
  private @Nullable LocalDate fileRunDate;
  private String lastEntryCell = "";
  private String lastEntryText = "";
  private long rowsRead;
  private long rowsSkipped;
  /** A partitioned read's spill, until its rows are replayed; its tables by index. */
  private @Nullable RowSpill spill;
  private final List<Table> tables = new ArrayList<>(0);

  private Assembly(EntryStore store, @Nullable RowSpill spill) {
    this.store = store;
    this.entryRows = new EntryRows(store, problems, conflicts);
    this.spill = spill;
  }

  /**
   * An assembly that keeps every entry to the end of the read.
   *
   * @return the assembly
   */
  public static Assembly collecting() {
    return new Assembly(new CollectedEntries(), null);
  }

  /**
   * An assembly that hands each entry to {@code sink} as soon as its rows end.
   *
   * @param sink  where the entries go
   * @return the assembly
   */
  public static Assembly streaming(java.util.function.Consumer<? super org.caperules.core.Entry>
      sink) {
    return new Assembly(new StreamingHandOff(sink), null);
  }

  /**
   * An assembly whose data rows go to {@code spill} ({@link RowSpill}), to be assembled at
   * {@link #finish()} one partition at a time, each entry handed to {@code sink} as it ends.
   *
   * @param sink  where the entries go
   * @param spill  the spill, closed (its files deleted) by {@link #finish()}
   * @return the assembly
   */
  public static Assembly partitioned(java.util.function.Consumer<? super org.caperules.core.Entry>
      sink, RowSpill spill) {
    return new Assembly(new StreamingHandOff(sink), Objects.requireNonNull(spill, "spill"));
  }

  /**
   * Starts a table: a CSV file or one sheet of a workbook.
   *
   * @param file  the file name as the user knows it
   * @param sheet  the sheet name, or null for a file of one table
   * @param date1904  whether the workbook counts dates from 1904
   * @param searching  true to search the header among the first rows; false when the first row
   *     given is the header
   */
  public void startTable(String file, @Nullable String sheet, boolean date1904,
      boolean searching) {
    endTable();
    String shown = notes.start(file, sheet, problems);
    table = new Table(shown, sheet, date1904, searching, problems.size());
    if (!file.equals(runDateFile)) {
      runDateFile = file;
      fileRunDate = null;  // a workbook's later sheets have the run date of its first
    }
    if (spill != null) {
      tables.add(table);
    }
    shapes.startTable();
  }

  /**
   * Ends the current table, if any.
   *
   * @return false if the table had no header row (its rows were not read), else true
   */
  public boolean endTable() {
    Table ended = table;
    table = null;
    if (ended == null) {
      return true;
    }
    if (ended.header() != null) {
      long skipped = ended.titleLines().size() + ended.footers().count();
      rowsRead += skipped;
      rowsSkipped += skipped;
    }
    notes.end(ended, problems);
    return ended.header() != null;
  }

  /**
   * The exception for the current table when it had no header row, naming the file and the
   * required columns missing from the row that came closest.
   *
   * @return the exception, to throw
   */
  public RuntimeException noHeader() {
    return current().noHeader();
  }

  /**
   * Of the ended tables of the current file without a header row, the exception for the one
   * whose row came closest (named at least one required column), or null if none did.
   *
   * @return the exception, to throw, or null
   */
  public @Nullable RuntimeException closestMiss() {
    return notes.closestMiss();
  }

  /**
   * Tells whether the current table's header row was found.
   *
   * @return true once the header row came
   */
  public boolean headerFound() {
    return current().header() != null;
  }

  /**
   * Tells whether the current table still reads rows: false once its header search gave up.
   *
   * @return true if rows are still read
   */
  public boolean wantsRows() {
    Table current = table;
    return current != null && !current.gaveUp();
  }

  /**
   * Adds a row of typed cells.
   *
   * @param line  the 1-based line, or the spreadsheet row number
   * @param cells  the cells, in file order
   */
  public void row(long line, List<Cell> cells) {
    Table current = current();
    rowOfTexts(current, line, rowTexts.typed(current, cells), rowTexts.damage());
  }

  /**
   * Adds a row of text cells, as a CSV file has.
   *
   * @param line  the 1-based line where the row starts
   * @param cells  the cells, none null (a missing cell is {@code ""})
   */
  public void textRow(long line, List<String> cells) {
    Table current = current();
    rowOfTexts(current, line, RowTexts.text(cells), Map.of());
  }

  private void rowOfTexts(Table current, long line, List<String> rowCells,
      Map<Es003Column, String> cellProblems) {
    List<String> cells = rowCells;
    if (current.gaveUp() || allBlank(cells)) {
      return;
    }
    Es003Header header = current.header();
    if (header == null) {
      Es003Header found = current.offer(line, cells);
      if (found != null) {
        LocalDate ofTable = current.runDate();
        LocalDate runDate = ofTable != null ? ofTable : fileRunDate;
        if (runDate != null) {
          fileRunDate = runDate;
          conflicts.runDate(current.file(), runDate);
        }
      }
      if (found != null && found.liquidationColumnsAbsent()) {
        problems.add(Problem.ofFile(ProblemCode.LIQUIDATION_COLUMNS_ABSENT, current.file(),
            Es003Header.LIQUIDATION_COLUMNS_ABSENT_MESSAGE));
      }
      return;
    }
    if (RowShapes.isFooter(header, cells)) {
      current.footer(line);
      shapes.breakChain();
      return;
    }
    rowsRead++;
    current.countRow();
    String file = current.file();
    int headerSize = header.columnCount();
    if (cells.size() < headerSize) {
      reject(current, header, cells, Problem.of(ProblemCode.WRONG_CELL_COUNT,
          Position.of(file, line), Texts.rowEcho(cells, header.index(Es003Column.IMPORTER_NUMBER)),
          "The row has " + cells.size()
              + (cells.size() == 1 ? " cell" : " cells") + ", but the header has " + headerSize));
      return;
    }
    for (int i = headerSize; i < cells.size(); i++) {
      if (!Texts.isBlank(cells.get(i))) {
        reject(current, header, cells, Problem.of(ProblemCode.WRONG_CELL_COUNT,
            Position.of(file, line), cells.get(i), "The row has " + cells.size()
                + " cells, but the header has " + headerSize + "; cell " + (i + 1) + " is "
                + Texts.quote(cells.get(i))));
        return;
      }
    }
    String entryCell = header.value(cells, Es003Column.ENTRY_SUMMARY_NUMBER);
    String entryText = entryText(entryCell);
    String entryHeader = header.headerText(Es003Column.ENTRY_SUMMARY_NUMBER);
    if (entryText.isEmpty()) {
      List<String> filled = shapes.fill(current, header, cells);
      if (filled == null) {
        rejectUnattributed(Problem.of(ProblemCode.MISSING_ENTRY_NUMBER,
            Position.of(file, line, entryHeader), entryCell, "The entry number is blank"));
        return;
      }
      current.filled(line);
      cells = filled;
      entryText = entryText(header.value(cells, Es003Column.ENTRY_SUMMARY_NUMBER));
    } else {
      shapes.anchor(header, cells, !rowTexts.isBuffer(cells));
    }
    if (entryText.length() > MAX_ENTRY_NUMBER_LENGTH) {
      rejectUnattributed(Problem.of(ProblemCode.BAD_ENTRY_NUMBER,
          Position.of(file, line, entryHeader), entryCell, "The entry number is "
              + entryText.length() + " characters long; an entry number has "
              + EntryNumber.LENGTH + ", so the row is not read as an entry"));
      return;
    }
    RowSpill to = spill;
    if (to != null) {
      to.dataRow(tables.size() - 1, line, entryText, cells, cellProblems);
      return;
    }
    entryRows.entryRow(current, header, line, cells, entryText, cellProblems);
  }

  /** The normalised text of an entry number cell; the rows of an entry are usually together. */
  private String entryText(String entryCell) {
    if (!entryCell.equals(lastEntryCell)) {
      lastEntryText = EntryNumber.normalize(entryCell);
      lastEntryCell = entryCell;
    }
    return lastEntryText;
  }

  /**
   * Adds a record of the current table that could not be read at all (an unclosed quote): a row
   * read and rejected, with one problem.
   *
   * @param line  the 1-based line where the record starts
   * @param message  what went wrong
   */
  public void unreadableRow(long line, String message) {
    Objects.requireNonNull(message, "message");
    Table current = current();
    if (current.header() == null) {
      return;  // above the header: a title line that could not be read
    }
    rowsRead++;
    current.countRow();
    rejectUnattributed(Problem.of(ProblemCode.UNREADABLE_RECORD,
        Position.of(current.file(), line), null, message));
  }

  /**
   * Ends the read: the current table ends, and a streaming store hands its last entry on.
   *
   * @return the problems kept, in order (the notices only, once {@link #problemsTo} sends the
   *     others on)
   */
  public List<Problem> finish() {
    endTable();
    notes.endSheets(problems);
    RowSpill spilled = spill;
    if (spilled != null) {
      spill = null;  // rows now replay through entryRow and reject
      spilled.replay(this::replay);
    }
    store.end();
    return problems.kept();
  }

  /** A row the first pass spilled, under its own table, as the whole read would have taken it. */
  private void replay(int tableIndex, long line, String entryText, List<String> cells,
      Map<Es003Column, String> cellProblems, @Nullable Problem shapeProblem) {
    Table of = tables.get(tableIndex);
    Es003Header header = Objects.requireNonNull(of.header(), "header");
    if (shapeProblem != null) {
      reject(of, header, cells, shapeProblem);
    } else {
      entryRows.entryRow(of, header, line, cells, entryText, cellProblems);
    }
  }

  /**
   * Sends every later problem but notices to {@code sink} as it is found, instead of keeping it,
   * so memory does not grow with the bad rows.
   *
   * @param sink  where the problems go, in the order found
   */
  public void problemsTo(Consumer<? super Problem> sink) {
    problems.sendTo(sink);
  }

  /**
   * The entries of a collecting assembly, in order of their first row, after {@link #finish()}.
   *
   * @return the entries
   * @throws IllegalStateException if the assembly streams its entries
   */
  public List<org.caperules.core.Entry> entries() {
    if (store instanceof CollectedEntries collected) {
      return collected.entries();
    }
    throw new IllegalStateException("A streaming read hands its entries on");
  }

  /**
   * The number of entries a streaming assembly handed on.
   *
   * @return the count
   * @throws IllegalStateException if the assembly keeps its entries
   */
  public long handedOn() {
    if (store instanceof StreamingHandOff streaming) {
      return streaming.handedOn();
    }
    throw new IllegalStateException("A collecting read keeps its entries");
  }

  /**
   * Tells whether the assembly streams its entries.
   *
   * @return true if made by {@link #streaming}
   */
  public boolean isStreaming() {
    return store instanceof StreamingHandOff;
  }

  /**
   * The row accounting so far.
   *
   * @return rows read, used and rejected
   */
  public RowAccounting accounting() {
    long repeated = entryRows.repeated();
    long rejected = entryRows.rejected();
    return RowAccounting.of(rowsRead, rowsRead - repeated - rowsSkipped - rejected, repeated,
        rowsSkipped, rejected);
  }

  private Table current() {
    Table current = table;
    if (current == null) {
      throw new IllegalStateException("No file started: call startFile before adding rows");
    }
    return current;
  }

  private void rejectUnattributed(Problem problem) {
    shapes.breakChain();
    entryRows.unattributed(problem);
  }

  /** Rejects a short or long row, telling its entry if valid or open (a footer is no entry). */
  private void reject(Table current, Es003Header header, List<String> cells, Problem problem) {
    shapes.breakChain();
    String entryText = entryText(header.value(cells, Es003Column.ENTRY_SUMMARY_NUMBER));
    RowSpill to = spill;
    if (to != null) {
      to.shapeRow(tables.size() - 1, problem.position().line(), entryText, cells, problem);
      return;
    }
    entryRows.shapeRejected(current, header, entryText, problem);
  }

  private static boolean allBlank(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (!Texts.isBlank(cells.get(i))) {
        return false;
      }
    }
    return true;
  }
}
