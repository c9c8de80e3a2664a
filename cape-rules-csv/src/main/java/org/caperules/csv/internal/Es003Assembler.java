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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryFact;
import org.caperules.core.EntryNumber;
import org.caperules.core.HtsNumber;
import org.caperules.core.ImporterNumber;
import org.caperules.core.result.Position;
import org.caperules.core.result.Problem;
import org.caperules.core.result.ProblemCode;
import org.caperules.core.result.RowAccounting;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.CapeCsvException;
import org.caperules.csv.EntriesNotGroupedException;
import org.caperules.csv.es003.Es003Column;
import org.jspecify.annotations.Nullable;

/**
 * Turns the rows of one or more ES-003 exports into {@link Entry} values, whatever the file
 * format: it is fed a header (a list of cell texts) and then rows (a line number and a list of
 * cell texts), so the CSV reader and the spreadsheet reader share one set of value rules.
 *
 * <p>Rows are grouped by entry number, normalised first with {@link
 * EntryNumber#normalize(CharSequence)} (hyphens and spaces removed, upper case), so {@code
 * abc-1234567-6} and {@code ABC12345676} are one entry; the rows of an entry need not be
 * adjacent, and may come from several files (call {@link #startFile(String, List)} again). Each
 * row adds one {@link DutyLine} ({@code HTS Number - Full}, {@code Line Tariff Duty Amount};
 * {@link DutyLines}) to its entry; the entry-level values (type, importer, dates, statuses,
 * flags; {@link EntryColumns}) are taken from the first row that gives them and must agree on
 * every other row ({@link EntryConflicts}).
 *
 * <p>The value rules are those of {@link EntryColumns} (entry-level values), {@link DutyLines}
 * and {@link FastCells}. A blank entry number is a problem; a non-blank one that fails validation
 * is still an entry (the engine reports {@code NEEDS_REVIEW} / {@code INVALID_ENTRY_NUMBER}),
 * unless it is longer than {@value #MAX_ENTRY_NUMBER_LENGTH} characters after normalisation,
 * which no entry number of any form is, or is in Excel's scientific notation ({@code
 * 1.23457E+10}, what a spreadsheet shows and saves for a long number: its digits are lost). When
 * a file has neither liquidation column (ACE's default layout) the assembler says so once ({@link
 * Es003Header#LIQUIDATION_COLUMNS_ABSENT_MESSAGE}, a notice that rejects no row) and its entries
 * have no liquidation status: never assumed unliquidated.
 *
 * <p>A row becomes problems (each a {@link Problem} naming file, line, column, value and, once
 * known, the entry; the row counts as rejected, and its entry gets no value from it but its
 * {@link Entry#rejectedRows()} mention; docs/formats.md#rejected-rows-of-an-entry) when: its entry
 * number is blank; it has fewer cells than the header, or more with a non-blank extra cell; a
 * value it uses cannot be read (one problem per bad cell); an entry-level value disagrees with
 * the value already taken for its entry; or, when the file has both {@code Entry Summary Line
 * Number} and {@code Tariff Ordinal Number}, the entry already has a row with the same line and
 * ordinal ({@link LineKeys}). A row whose cells are all blank (Excel's {@code ,,,} lines) is a
 * blank line, not a row. Every other row is used: {@code rowsRead == rowsUsed + rowsRejected}
 * ({@link RowAccounting}).
 *
 * <p>Memory grows with the entries and their duty lines, never with the rows: no row is stored
 * (nor any problem, once {@link #problemsTo(Consumer)} sends them on). <b>Streaming.</b> An
 * assembler made by {@link #streaming(Consumer)} holds one entry at a time ({@link
 * StreamingHandOff}): it hands each entry to its sink as soon as a row of another entry number
 * comes, and the last one at {@link #finish()}, so memory stays flat however long the input.
 * It needs the rows of each entry together, as ACE's ES-003 export keeps them, within a file or
 * across the end of one file and the start of the next; everything else (value rules, agreement,
 * repeated rows, problems, accounting) is as above, and the entries come in the same order, each
 * equal to what {@link #result()} would give. A row of an entry whose rows have already ended
 * throws {@link EntriesNotGroupedException}: the input must then be read whole. A spreadsheet
 * reader should pass every row padded to its header's width, since a short row is a problem.
 *
 * <p>Example: the header {@code Entry Summary Number,HTS Number - Full,Line Tariff Duty Amount}
 * and the rows {@code ABC-1234567-6,99030125,$1,000.00} (line 2) and {@code
 * ABC12345676,3923.90.0080,(12.00)} (line 3) give one entry {@code ABC12345676} with the duty
 * lines {@code 9903.01.25 1000.00} and {@code 3923.90.0080 -12.00}, 2 rows read and used, and
 * the liquidation notice.
 *
 * <p>Exception handling: {@link #startFile(String, List)} throws {@link CapeCsvException} when a
 * required column is missing; row methods never throw for bad data.
 *
 * <p>Not thread-safe: one assembler per read.
 */
public final class Es003Assembler {

  /** The longest normalised entry number read as an entry; a valid one has 11 characters. */
  public static final int MAX_ENTRY_NUMBER_LENGTH = 50;

  private final RowPlaces places = new RowPlaces();  // where rows are, for messages
  private final @Nullable StreamingHandOff handOff;  // null when the entries are kept
  private final Map<String, EntryState> entries = new LinkedHashMap<>();
  private final ProblemLog problems = new ProblemLog();  // hardening hook: see problemsTo
  private final RowValues rowValues = new RowValues();
  private final DutyLines dutyLines = new DutyLines();
  /** The problems of the row being read; they all go to {@link #problems} if it is rejected. */
  private final List<Problem> rowProblems = new ArrayList<>(2);

  private String lastEntryCell = "";  // the last row's entry number cell, and its text:
  private String lastEntryText = "";
  private @Nullable Es003Header header;
  private int[] indexes = new int[EntryColumns.count()];
  private int entryIndex;
  private int htsIndex;
  private int dutyIndex;
  private int lineNumberIndex;
  private int ordinalIndex;
  private int fileProblemsAt;
  private Set<EntryFact> fileMissing = Set.of();
  private long fileRows;
  private long rowsRead;
  private long rowsRejected;
  private boolean finished;

  private Es003Assembler(@Nullable StreamingHandOff handOff) {
    this.handOff = handOff;
  }

  /**
   * Creates an assembler with no file started.
   *
   * @return the assembler
   */
  public static Es003Assembler create() {
    return new Es003Assembler(null);
  }

  /**
   * Creates a streaming assembler with no file started: it hands each entry to {@code sink} as
   * soon as its rows end (a row of another entry number comes), and the last one at {@link
   * #finish()}, holding one entry at a time. The rows of each entry must be together (see the
   * class documentation); a row of an entry already handed on throws {@link
   * EntriesNotGroupedException}. An exception thrown by the sink ends the read and propagates
   * from the row method (or {@link #finish()}) that handed the entry on.
   *
   * <p>Example: the rows of {@code A, A, B, B, B, C} give {@code A} to the sink when the first
   * {@code B} row comes, {@code B} at the {@code C} row, and {@code C} at {@link #finish()}; the
   * rows of {@code A, B, A} throw at the second {@code A} row.
   *
   * @param sink  where the entries go, in order of their first row
   * @return the assembler
   */
  public static Es003Assembler streaming(Consumer<? super Entry> sink) {
    return new Es003Assembler(new StreamingHandOff(sink));
  }

  /**
   * Sends each problem but notices to {@code sink} as it is found, not kept for the result.
   * @param sink  where the problems go, in the order found
   * @return this assembler
   */
  public Es003Assembler problemsTo(Consumer<? super Problem> sink) {
    problems.sendTo(sink);
    return this;
  }

  /**
   * Starts a file: finds the columns in its header row. Rows that follow belong to this file;
   * entries already assembled from earlier files stay, and rows of the same entry number are
   * merged into them. Gives the notice {@link Es003Header#LIQUIDATION_COLUMNS_ABSENT_MESSAGE}
   * when the file has neither liquidation column.
   *
   * @param file  the file name as the user knows it, for problems
   * @param headerCells  the cells of the header row
   * @return this assembler
   * @throws CapeCsvException if a required column is missing; the message names the file and
   *     each missing column (see {@link Es003Header#of(String, List)})
   * @throws IllegalStateException if the read was already ended
   */
  public Es003Assembler startFile(String file, List<String> headerCells) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(headerCells, "headerCells");
    checkOpen();
    endFile();
    Es003Header found = Es003Header.of(file, headerCells);
    header = found;
    places.startFile(file);
    fileRows = 0;
    fileProblemsAt = problems.size();
    int[] columnIndexes = new int[EntryColumns.count()];
    for (int i = 0; i < columnIndexes.length; i++) {
      columnIndexes[i] = found.index(EntryColumns.column(i)).orElse(-1);
    }
    indexes = columnIndexes;
    fileMissing = EntryColumns.missingFacts(found);
    entryIndex = found.index(Es003Column.ENTRY_SUMMARY_NUMBER).orElse(-1);
    htsIndex = found.index(Es003Column.HTS_NUMBER_FULL).orElse(-1);
    dutyIndex = found.index(Es003Column.LINE_TARIFF_DUTY_AMOUNT).orElse(-1);
    lineNumberIndex = found.index(Es003Column.ENTRY_SUMMARY_LINE_NUMBER).orElse(-1);
    ordinalIndex = found.index(Es003Column.TARIFF_ORDINAL_NUMBER).orElse(-1);
    if (found.liquidationColumnsAbsent()) {
      problems.add(Problem.ofFile(ProblemCode.LIQUIDATION_COLUMNS_ABSENT, file,
          Es003Header.LIQUIDATION_COLUMNS_ABSENT_MESSAGE));
    }
    return this;
  }

  /**
   * Adds a data row of the current file: it joins its entry, or becomes problems.
   *
   * @param line  the 1-based line where the row starts, for problems
   * @param cells  the cells, in header order, none null (a missing cell is {@code ""})
   * @return this assembler
   * @throws IllegalStateException if no file was started or the read was ended
   */
  public Es003Assembler row(long line, List<String> cells) {
    return row(line, cells, Map.of());
  }

  /**
   * Adds a data row of the current file whose reader knows more about some cells than their
   * text: a spreadsheet reader that saw, for example, an entry number stored as a number that
   * lost its leading zeros. Each message of {@code cellProblems} whose column the file has
   * becomes a {@link ProblemCode#SPREADSHEET_DAMAGE} problem of that cell (quoting the cell text,
   * before the row's other problems, in column order), the cell is not parsed, and the row is
   * rejected; everything else is as {@link #row(long, List)}, so the row still counts once and
   * its other bad cells are still reported. Messages for columns the file lacks are ignored. The
   * value of an {@code Importer Number} cell is masked as in every other problem; the caller must
   * not quote it unmasked in a message.
   *
   * <p>Example: the cells {@code 1234567890,99030125,10.00} with {@code {ENTRY_SUMMARY_NUMBER:
   * "Entry number 1234567890 looks damaged ..."}} give a rejected row and the problem {@code
   * file:7 [Entry Summary Number] '1234567890': Entry number 1234567890 looks damaged ...}.
   *
   * @param line  the 1-based line (a spreadsheet's row number) where the row is, for problems
   * @param cells  the cells, in header order, none null (a missing cell is {@code ""})
   * @param cellProblems  per column, why its cell cannot be trusted; usually empty
   * @return this assembler
   * @throws IllegalStateException if no file was started or the read was ended
   */
  public Es003Assembler row(long line, List<String> cells,
      Map<Es003Column, String> cellProblems) {
    Objects.requireNonNull(cells, "cells");
    Objects.requireNonNull(cellProblems, "cellProblems");
    Es003Header current = currentHeader();
    if (Texts.allBlank(cells)) {
      return this;
    }
    countRow();
    String file = current.file();
    int headerSize = current.columnCount();
    if (cells.size() < headerSize) {
      return reject(cells, Problem.of(ProblemCode.WRONG_CELL_COUNT, Position.of(file, line),
          String.join(",", cells), "The row has " + cells.size()
              + (cells.size() == 1 ? " cell" : " cells") + ", but the header has " + headerSize));
    }
    for (int i = headerSize; i < cells.size(); i++) {
      if (!Texts.isBlank(cells.get(i))) {
        return reject(cells, Problem.of(ProblemCode.WRONG_CELL_COUNT, Position.of(file, line),
            cells.get(i), "The row has " + cells.size() + " cells, but the header has "
                + headerSize + "; cell " + (i + 1) + " is " + Texts.quote(cells.get(i))));
      }
    }
    String entryCell = cells.get(entryIndex);
    String entryText = entryText(entryCell);
    String entryHeader = current.headerText(Es003Column.ENTRY_SUMMARY_NUMBER);
    if (entryText.isEmpty()) {
      return reject(Problem.of(ProblemCode.MISSING_ENTRY_NUMBER,
          Position.of(file, line, entryHeader), entryCell, "The entry number is blank"));
    }
    if (entryText.length() > MAX_ENTRY_NUMBER_LENGTH) {
      return reject(Problem.of(ProblemCode.BAD_ENTRY_NUMBER,
          Position.of(file, line, entryHeader), entryCell, "The entry number is "
              + entryText.length() + " characters long; an entry number has "
              + EntryNumber.LENGTH + ", so the row is not read as an entry"));
    }
    StreamingHandOff streaming = handOff;
    EntryState state = streaming != null
        ? streaming.beforeRow(file, line, entryText) : entries.get(entryText);
    rowProblems.clear();
    SpreadsheetDamage.check(current, line, cells, entryText, cellProblems, rowProblems);
    HtsNumber hts = null;
    String htsCell = cells.get(htsIndex);
    if (!cellProblems.containsKey(Es003Column.HTS_NUMBER_FULL)) {
      try {
        hts = dutyLines.hts(htsCell);
      } catch (IllegalArgumentException ex) {
        cellProblem(ProblemCode.BAD_HTS_NUMBER, current, line, Es003Column.HTS_NUMBER_FULL,
            entryText, htsCell, ex);
      }
    }
    BigDecimal duty = null;
    String dutyCell = cells.get(dutyIndex);
    if (!cellProblems.containsKey(Es003Column.LINE_TARIFF_DUTY_AMOUNT)) {
      try {
        duty = FastCells.money(dutyCell);
      } catch (IllegalArgumentException ex) {
        cellProblem(ProblemCode.BAD_AMOUNT, current, line, Es003Column.LINE_TARIFF_DUTY_AMOUNT,
            entryText, dutyCell, ex);
      }
    }
    rowValues.read(cells, indexes, state, cellProblems, (i, cell, ex) ->
        cellProblem(EntryColumns.codeOf(i), current, line, EntryColumns.column(i), entryText,
            i == EntryColumns.IMPORTER ? ImporterNumber.maskUnparsed(cell) : cell, ex));
    if (!rowProblems.isEmpty() || hts == null || duty == null) {
      return rejectAll(entryText, state);
    }
    long keyCode = LineKeys.code(cells, lineNumberIndex, ordinalIndex);
    String lineKey = keyCode == LineKeys.TEXT_KEY
        ? LineKeys.text(cells, lineNumberIndex, ordinalIndex) : null;
    if (state != null) {
      EntryConflicts.checkAgreement(current, line, entryText, state, rowValues, places,
          rowProblems);
      EntryConflicts.checkRepeat(current, line, entryText, state, keyCode, lineKey, cells, hts,
          duty, places, rowProblems);
      if (!rowProblems.isEmpty()) {
        return rejectAll(entryText, state);
      }
    } else {
      state = open(entryText);
    }
    state.missingIn(fileMissing);
    state.add(places.pack(line), rowValues, keyCode, lineKey, dutyLines.of(hts, duty));
    return this;
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
   * Adds a record of the current file that could not be read at all (for example an unclosed
   * quote): it counts as a row read and rejected, with one problem.
   *
   * @param line  the 1-based line where the record starts
   * @param message  what went wrong
   * @return this assembler
   * @throws IllegalStateException if no file was started or the read was ended
   */
  public Es003Assembler unreadableRow(long line, String message) {
    Objects.requireNonNull(message, "message");
    Es003Header current = currentHeader();
    countRow();
    return reject(Problem.of(ProblemCode.UNREADABLE_RECORD, Position.of(current.file(), line),
        null, message));
  }

  /**
   * Ends the read and returns the entries, in order of their first row, with every problem and
   * the row accounting. A file with a header and no rows gives the notice "The file has a header
   * but no rows".
   *
   * @return the entries, problems and row accounting
   * @throws IllegalStateException if called twice, or on a streaming assembler (which ends with
   *     {@link #finish()})
   */
  public ValueWithProblems<List<Entry>> result() {
    checkOpen();
    if (handOff != null) {
      throw new IllegalStateException("A streaming assembler hands its entries on: end it with"
          + " finish(), not result()");
    }
    endFile();
    finished = true;
    List<Entry> built = new ArrayList<>(entries.size());
    for (Iterator<EntryState> states = entries.values().iterator(); states.hasNext(); ) {
      built.add(states.next().build());
      states.remove();  // each state goes as its entry is built: memory does not double
    }
    return ValueWithProblems.of(List.copyOf(built), problems.kept(), accounting());
  }

  /**
   * Ends a streaming read: hands the last entry to the sink and returns the number of entries
   * handed on, the problems and the row accounting. A file with a header and no rows gives the
   * notice "The file has a header but no rows", as {@link #result()} does.
   *
   * @return the number of entries handed on, the problems and the row accounting
   * @throws IllegalStateException if called twice, or on an assembler made by {@link #create()}
   *     (which ends with {@link #result()})
   */
  public ValueWithProblems<Long> finish() {
    checkOpen();
    StreamingHandOff streaming = handOff;
    if (streaming == null) {
      throw new IllegalStateException("This assembler keeps its entries: end it with result(),"
          + " not finish()");
    }
    endFile();
    finished = true;
    streaming.finish();
    return ValueWithProblems.of(streaming.handedOn(), problems.kept(), accounting());
  }

  private RowAccounting accounting() {
    return RowAccounting.of(rowsRead, rowsRead - rowsRejected, rowsRejected);
  }

  private void endFile() {
    Es003Header ended = header;
    if (ended != null && fileRows == 0) {
      problems.add(fileProblemsAt, Problem.ofFile(ProblemCode.NO_DATA_ROWS, ended.file(),
          "The file has a header but no rows"));
    }
    header = null;
  }

  private void checkOpen() {
    if (finished) {
      throw new IllegalStateException("The assembler's result() was already called");
    }
  }

  private Es003Header currentHeader() {
    checkOpen();
    Es003Header current = header;
    if (current == null) {
      throw new IllegalStateException("No file started: call startFile(file, headerCells)"
          + " before adding rows");
    }
    return current;
  }

  private void countRow() {
    rowsRead++;
    fileRows++;
  }

  private Es003Assembler reject(Problem problem) {
    rowsRejected++;
    problems.add(problem);
    return this;
  }

  /** Starts the state of an entry at its first row, used or rejected. */
  private EntryState open(String entryText) {
    EntryState state = new EntryState(entryText);
    StreamingHandOff streaming = handOff;
    if (streaming != null) {
      streaming.open(state);
    } else {
      entries.put(entryText, state);
    }
    return state;
  }

  /** Rejects the row; its entry (started if need be) learns of it, unless it cannot be told. */
  private Es003Assembler rejectAll(String entryText, @Nullable EntryState known) {
    rowsRejected++;
    if (EntryConflicts.rejectsEntry(currentHeader(), rowProblems)) {
      (known != null ? known : open(entryText)).reject(rowProblems.get(0), fileMissing);
    }
    problems.addAll(rowProblems);
    rowProblems.clear();
    return this;
  }

  /** Rejects a short or long row, telling its entry if valid or open (a footer is no entry). */
  private Es003Assembler reject(List<String> cells, Problem problem) {
    String entryText = entryIndex < cells.size() ? entryText(cells.get(entryIndex)) : "";
    StreamingHandOff streaming = handOff;
    boolean known = streaming != null ? streaming.isOpen(entryText)
        : entries.containsKey(entryText);
    if (!known && EntryNumber.tryParse(entryText).isEmpty()) {
      return reject(problem);
    }
    EntryState state = streaming != null
        ? streaming.beforeRow(currentHeader().file(), problem.position().line(), entryText)
        : entries.get(entryText);
    rowProblems.clear();
    rowProblems.add(problem.position().entryNumber() == null
        ? Problem.of(problem.code(), problem.position().withEntryNumber(entryText),
            problem.value(), problem.message())
        : problem);
    return rejectAll(entryText, state);
  }

  private static Position position(Es003Header current, long line, Es003Column column,
      String entryText) {
    return Position.of(current.file(), line, current.headerText(column))
        .withEntryNumber(entryText);
  }

  private void cellProblem(ProblemCode code, Es003Header current, long line, Es003Column column,
      String entryText, String cell, IllegalArgumentException ex) {
    rowProblems.add(Problem.of(code, position(current, line, column, entryText), cell,
        Texts.fitLongMessage(String.valueOf(ex.getMessage()), cell.strip())));
  }
}
