package org.caperules.csv;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryNumber;
import org.caperules.core.EntrySummaryStatus;
import org.caperules.core.EntryType;
import org.caperules.core.HtsNumber;
import org.caperules.core.ImporterNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.ProtestStatus;
import org.caperules.core.date.CapeDeadlines;
import org.jspecify.annotations.Nullable;

/**
 * Turns the rows of one or more ES-003 exports into {@link Entry} values, whatever the file
 * format: it is fed a header (a list of cell texts) and then rows (a line number and a list of
 * cell texts), so the CSV reader ({@link Es003Reader}) and a spreadsheet reader share one set of
 * value rules (issue 6; ace-formats.md §1).
 *
 * <p>Rows are grouped by entry number, normalised first with {@link
 * EntryNumber#normalize(CharSequence)} (hyphens and spaces removed, upper case), so {@code
 * abc-1234567-6} and {@code ABC12345676} are one entry; the rows of an entry need not be
 * adjacent, and may come from several files (call {@link #startFile(String, List)} again). Each
 * row adds one {@link DutyLine} ({@code HTS Number - Full}, {@code Line Tariff Duty Amount}) to
 * its entry; the entry-level values (type, importer, dates, statuses, flags) are taken from the
 * first row that gives them and must agree on every other row.
 *
 * <p>Value rules (issue 6; parsing by {@link Es003Values}):
 *
 * <ul>
 *   <li>a blank entry number is a problem; a non-blank one that fails validation is still an
 *       entry (the engine reports {@code NEEDS_REVIEW} / {@code INVALID_ENTRY_NUMBER}), unless it
 *       is longer than {@value #MAX_ENTRY_NUMBER_LENGTH} characters after normalisation, which no
 *       entry number of any form is, or is in Excel's scientific notation ({@code
 *       1.23457E+10}, what a spreadsheet shows and saves for a long number: its digits are lost);
 *   <li>{@code Liquidation Status} is kept as text ({@link
 *       Entry.Builder#liquidationStatusFrom(CharSequence)}); a blank status with a {@code
 *       Liquidation Date} means LIQUIDATED; a blank status and no date leave the status unknown
 *       ({@code UNKNOWN_LIQUIDATION_STATUS}). When a file has neither liquidation column (ACE's
 *       default layout) the assembler says so once ({@link
 *       Es003Header#LIQUIDATION_COLUMNS_ABSENT_MESSAGE}, a file-level problem that rejects no
 *       row) and its entries have no status: never assumed unliquidated;
 *   <li>{@code Protest Status}: blank, NONE, DENIED, ALLOWED, APPROVED, CLOSED, WITHDRAWN = no
 *       open protest; OPEN, PENDING, FILED, SUSPENDED = open; other text = {@code UNKNOWN}
 *       ({@link Entry.Builder#protestStatusFrom(CharSequence)});
 *   <li>indicators Y/YES/TRUE/1 and N/NO/FALSE/0, blank = N ({@code Reconciliation Indicator},
 *       {@code Reconciliation Entry Filed}, {@code Drawback Indicator}, {@code AD/CVD
 *       Liquidation Instructions}, {@code CIT Plaintiff}); {@code Filed In ACE} blank or absent =
 *       Y;
 *   <li>{@code Entry Summary Status} ACCEPTED (or blank), CANCELLED, REJECTED; other text is a
 *       problem;
 *   <li>{@code Importer Number} in any of CBP's three forms ({@link
 *       ImporterNumber#parse(CharSequence)}); a value that is none is a problem whose text masks
 *       what could be an SSN;
 *   <li>{@code Protest Number}, {@code Port of Entry Code}, {@code Country of Origin Code},
 *       goods values and the other columns are not used.
 * </ul>
 *
 * <p>A row becomes a problem (a {@link RowProblem} naming file, line, column and value; the row
 * counts as rejected and adds nothing to its entry) when: its entry number is blank; it has fewer
 * cells than the header, or more with a non-blank extra cell; a value it uses cannot be read (one
 * problem per bad cell); an entry-level value disagrees with the value already taken for its entry
 * ("Entry Type Code '02' disagrees with '01' on line 7 for entry ABC12345676"); or, when the file
 * has both {@code Entry Summary Line Number} and {@code Tariff Ordinal Number}, the entry already
 * has a row with the same line and ordinal (a repeated row, for example from two overlapping
 * exports), so its duty is never counted twice. A row whose cells are all blank (Excel's {@code
 * ,,,} lines) is a blank line, not a row. Every other row is used: {@code rowsRead == rowsUsed +
 * rowsRejected}, checked by {@link ReadResult}.
 *
 * <p>Memory grows with the number of entries and their duty lines, never with the rows kept:
 * no row is stored.
 *
 * <p><b>Streaming.</b> An assembler made by {@link #streaming(Consumer)} holds one entry at a
 * time: it hands each entry to its sink as soon as a row of another entry number comes, and the
 * last one at {@link #finish()}, so memory stays flat however long the input (a
 * 10,000,000-row export screens in a 1 GB heap). It needs the rows of each entry together, as
 * ACE's ES-003 export keeps them (grouped by entry summary number and line; ace-formats.md
 * §1.3), within a file or across the end of one file and the start of the next; everything else
 * (value rules, agreement, repeated rows, problems, accounting) is as above, and the entries come
 * in the same order, each equal to what {@link #result()} would give. A row of an entry whose
 * rows have already ended throws {@link EntriesNotGroupedException}: the input must then be read
 * whole. It keeps only a compact set of the entry numbers handed on (8 to 16 bytes each) to see
 * that. A spreadsheet reader should pass every row padded to its header's width,
 * since a short row is a problem.
 *
 * <p>Example: the header {@code Entry Summary Number,HTS Number - Full,Line Tariff Duty Amount}
 * and the rows {@code ABC-1234567-6,99030125,$1,000.00} (line 2) and {@code
 * ABC12345676,3923.90.0080,(12.00)} (line 3) give one entry {@code ABC12345676} with the duty
 * lines {@code 9903.01.25 1000.00} and {@code 3923.90.0080 -12.00}, 2 rows read and used, and
 * the file-level liquidation notice.
 *
 * <p>Exception handling: {@link #startFile(String, List)} throws {@link CapeCsvException} when a
 * required column is missing; row methods never throw for bad data.
 *
 * <p>Not thread-safe: one assembler per read.
 */
public final class Es003Assembler {

  /**
   * The longest normalised entry number text read as an entry: 50 characters. Longer text (a
   * 50,000-character field, binary garbage) is a problem, not an entry; a valid entry number has
   * 11 characters.
   */
  public static final int MAX_ENTRY_NUMBER_LENGTH = 50;

  /** The most digits an amount may have for the fast path: 18 always fit in a long. */
  private static final int MAX_LONG_DIGITS = 18;
  /** The most distinct texts pooled per entry-level column (dates, importers, statuses). */
  private static final int POOL_LIMIT = 10_000;
  /** The most distinct HTS texts pooled (HTSUS has about 20,000 10-digit numbers). */
  private static final int HTS_POOL_LIMIT = 100_000;

  /** The entry-level columns, compared between the rows of one entry. */
  private static final Es003Column[] ENTRY_COLUMNS = {
      Es003Column.ENTRY_TYPE_CODE, Es003Column.IMPORTER_NUMBER, Es003Column.IMPORTER_NAME,
      Es003Column.ENTRY_DATE, Es003Column.ENTRY_SUMMARY_DATE, Es003Column.LIQUIDATION_STATUS,
      Es003Column.LIQUIDATION_DATE, Es003Column.RECONCILIATION_INDICATOR,
      Es003Column.PROTEST_STATUS, Es003Column.RECONCILIATION_ENTRY_FILED,
      Es003Column.DRAWBACK_INDICATOR, Es003Column.ADCVD_LIQUIDATION_INSTRUCTIONS,
      Es003Column.ENTRY_SUMMARY_STATUS, Es003Column.FILED_IN_ACE, Es003Column.CIT_PLAINTIFF};

  private static final int TYPE = 0;
  private static final int IMPORTER = 1;
  private static final int NAME = 2;
  private static final int ENTRY_DATE = 3;
  private static final int SUMMARY_DATE = 4;
  private static final int LIQ_STATUS = 5;
  private static final int LIQ_DATE = 6;
  private static final CapeDeadlines DEADLINES = CapeDeadlines.standard();
  private static final int RECON = 7;
  private static final int PROTEST = 8;
  private static final int RECON_FILED = 9;
  private static final int DRAWBACK = 10;
  private static final int ADCVD = 11;
  private static final int SUMMARY_STATUS = 12;
  private static final int FILED_IN_ACE = 13;
  private static final int CIT = 14;

  /** A row without a line key: the file lacks the columns, or a cell is blank. */
  private static final long NO_KEY = -1;
  /** A row whose line key is not two small numbers: keyed by its text. */
  private static final long TEXT_KEY = -2;
  /** The number of line keys an entry searches in an array before it uses a hash map. */
  private static final int KEY_ARRAY_LIMIT = 32;

  /** The value of a blank cell in a present column. */
  private static final Object BLANK = new Object() {
    @Override
    public String toString() {
      return "(blank)";
    }
  };

  /** Files read so far, by index. */
  private final List<String> files = new ArrayList<>();
  /** Where a streaming assembler hands its entries; null when it keeps them for the result. */
  private final @Nullable Consumer<? super Entry> sink;
  /** A streaming assembler's current entry, the only one it holds. */
  private @Nullable EntryState open;
  /** The entry number texts a streaming assembler has handed on. */
  private final EntryTexts handedOn = new EntryTexts();
  private final Map<String, EntryState> entries = new LinkedHashMap<>();
  private final List<RowProblem> problems = new ArrayList<>();
  /**
   * The distinct values of each entry-level column so far, by cell text, up to {@link
   * #POOL_LIMIT} per column: a value is parsed once, and entries share its objects.
   */
  private final List<Map<String, Object>> pools = new ArrayList<>(ENTRY_COLUMNS.length);
  /** The cell texts of {@link #pools}, so that entries share one string per distinct text. */
  private final List<Map<String, String>> pooledTexts = new ArrayList<>(ENTRY_COLUMNS.length);
  /** The HTS numbers read so far, by cell text, so that duty lines share them. */
  private final Map<String, HtsNumber> htsNumbers = new HashMap<>();
  /**
   * The HTS numbers of {@link #htsNumbers} by their digits, so that texts written differently
   * ({@code 9903.01.25}, {@code 99030125}) share one instance.
   */
  private final Map<HtsNumber, HtsNumber> htsByDigits = new HashMap<>();
  /**
   * Duty lines of a zero amount, shared by every row with the same HTS number and amount text
   * scale (a zero duty line, such as a Chapter 99 line or a duty-free line, repeats across
   * entries), up to {@link #HTS_POOL_LIMIT}. Other amounts are rarely repeated and are not
   * pooled.
   */
  private final Map<DutyLine, DutyLine> zeroDutyLines = new HashMap<>();
  /** Scratch per row: the parsed values and their cell texts; never kept. */
  private final @Nullable Object[] parsed = new Object[ENTRY_COLUMNS.length];
  private final @Nullable String[] texts = new String[ENTRY_COLUMNS.length];
  private final List<RowProblem> rowProblems = new ArrayList<>(2);

  /** The entry number cell of the last row and its normalised text. */
  private String lastEntryCell = "";
  private String lastEntryText = "";
  private @Nullable Es003Header header;
  private int[] indexes = new int[ENTRY_COLUMNS.length];
  private int entryIndex;
  private int htsIndex;
  private int dutyIndex;
  private int lineNumberIndex;
  private int ordinalIndex;
  private int fileIndex = -1;
  private int fileProblemsAt;
  private long fileRows;
  private long rowsRead;
  private long rowsRejected;
  private boolean finished;

  private Es003Assembler(@Nullable Consumer<? super Entry> sink) {
    this.sink = sink;
    for (int i = 0; i < ENTRY_COLUMNS.length; i++) {
      pools.add(new HashMap<>());
      pooledTexts.add(new HashMap<>());
    }
  }

  /** The text of a value for messages: an SSN masked, anything else as the user wrote it. */
  private static String shown(int i, Object value, String cell) {
    return i == IMPORTER && value instanceof ImporterNumber importer
        ? importer.masked() : cell.strip();
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
    return new Es003Assembler(Objects.requireNonNull(sink, "sink"));
  }

  /**
   * Starts a file: finds the columns in its header row. Rows that follow belong to this file;
   * entries already assembled from earlier files stay, and rows of the same entry number are
   * merged into them. Gives the file-level notice {@link
   * Es003Header#LIQUIDATION_COLUMNS_ABSENT_MESSAGE} when the file has neither liquidation column.
   *
   * @param file  the file name as the user knows it, for problems
   * @param headerCells  the cells of the header row
   * @return this assembler
   * @throws CapeCsvException if a required column is missing; the message names the file and
   *     each missing column (see {@link Es003Header#of(String, List)})
   * @throws IllegalStateException if {@link #result()} was already called
   */
  public Es003Assembler startFile(String file, List<String> headerCells) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(headerCells, "headerCells");
    checkOpen();
    endFile();
    Es003Header found = Es003Header.of(file, headerCells);
    header = found;
    files.add(file);
    fileIndex = files.size() - 1;
    fileRows = 0;
    fileProblemsAt = problems.size();
    int[] columnIndexes = new int[ENTRY_COLUMNS.length];
    for (int i = 0; i < ENTRY_COLUMNS.length; i++) {
      columnIndexes[i] = found.index(ENTRY_COLUMNS[i]).orElse(-1);
    }
    indexes = columnIndexes;
    entryIndex = found.index(Es003Column.ENTRY_SUMMARY_NUMBER).orElse(-1);
    htsIndex = found.index(Es003Column.HTS_NUMBER_FULL).orElse(-1);
    dutyIndex = found.index(Es003Column.LINE_TARIFF_DUTY_AMOUNT).orElse(-1);
    lineNumberIndex = found.index(Es003Column.ENTRY_SUMMARY_LINE_NUMBER).orElse(-1);
    ordinalIndex = found.index(Es003Column.TARIFF_ORDINAL_NUMBER).orElse(-1);
    if (found.liquidationColumnsAbsent()) {
      problems.add(RowProblem.ofFile(file, Es003Header.LIQUIDATION_COLUMNS_ABSENT_MESSAGE));
    }
    return this;
  }

  /**
   * Adds a data row of the current file: it joins its entry, or becomes problems.
   *
   * @param line  the 1-based line where the row starts, for problems
   * @param cells  the cells, in header order, none null (a missing cell is {@code ""})
   * @return this assembler
   * @throws IllegalStateException if no file was started or {@link #result()} was called
   */
  public Es003Assembler row(long line, List<String> cells) {
    return row(line, cells, Map.of());
  }

  /**
   * Adds a data row of the current file whose reader knows more about some cells than their
   * text: a spreadsheet reader that saw, for example, an entry number stored as a number that
   * lost its leading zeros. Each message of {@code cellProblems} whose column the file has
   * becomes a problem of that cell (quoting the cell text, before the row's other problems, in
   * column order), the cell is not parsed, and the row is rejected; everything else is as {@link
   * #row(long, List)}, so the row still counts once and its other bad cells are still reported.
   * Messages for columns the file lacks are ignored. The value of an {@code Importer Number} cell
   * is masked as in every other problem; the caller must not quote it unmasked in a message.
   *
   * <p>Example: the cells {@code 1234567890,99030125,10.00} with {@code {ENTRY_SUMMARY_NUMBER:
   * "Entry number 1234567890 looks damaged by a spreadsheet: 10 digits ..."}} give one problem
   * {@code file:7 [Entry Summary Number] '1234567890': Entry number 1234567890 looks damaged
   * ...} and a rejected row.
   *
   * @param line  the 1-based line (a spreadsheet's row number) where the row is, for problems
   * @param cells  the cells, in header order, none null (a missing cell is {@code ""})
   * @param cellProblems  per column, why its cell cannot be trusted; usually empty
   * @return this assembler
   * @throws IllegalStateException if no file was started or {@link #result()} was called
   */
  public Es003Assembler row(long line, List<String> cells,
      Map<Es003Column, String> cellProblems) {
    Objects.requireNonNull(cells, "cells");
    Objects.requireNonNull(cellProblems, "cellProblems");
    Es003Header current = currentHeader();
    if (allBlank(cells)) {
      return this;
    }
    countRow();
    int headerSize = current.columnCount();
    if (cells.size() < headerSize) {
      return reject(RowProblem.of(current.file(), line, null, String.join(",", cells),
          "The row has " + cells.size() + (cells.size() == 1 ? " cell" : " cells")
              + ", but the header has " + headerSize));
    }
    for (int i = headerSize; i < cells.size(); i++) {
      if (!Texts.isBlank(cells.get(i))) {
        return reject(RowProblem.of(current.file(), line, null, cells.get(i), "The row has "
            + cells.size() + " cells, but the header has " + headerSize + "; cell " + (i + 1)
            + " is " + Texts.quote(cells.get(i))));
      }
    }
    String entryCell = cells.get(entryIndex);
    String entryText;
    if (entryCell.equals(lastEntryCell)) {
      entryText = lastEntryText;  // the rows of an entry are usually together: normalised once
    } else {
      entryText = EntryNumber.normalize(entryCell);
      lastEntryCell = entryCell;
      lastEntryText = entryText;
    }
    String entryHeader = current.headerText(Es003Column.ENTRY_SUMMARY_NUMBER);
    if (entryText.isEmpty()) {
      return reject(RowProblem.of(current.file(), line, entryHeader, entryCell,
          "The entry number is blank"));
    }
    if (entryText.length() > MAX_ENTRY_NUMBER_LENGTH) {
      return reject(RowProblem.of(current.file(), line, entryHeader, entryCell,
          "The entry number is " + entryText.length() + " characters long; an entry number has"
              + " " + EntryNumber.LENGTH + ", so the row is not read as an entry"));
    }
    if (sink != null) {
      handOnIfEnded(current, line, entryText);
    }
    rowProblems.clear();
    if (!cellProblems.isEmpty()) {
      for (Es003Column column : Es003Column.values()) {
        String message = cellProblems.get(column);
        if (message != null && current.has(column)) {
          String cell = cells.get(current.index(column).getAsInt());
          rowProblems.add(RowProblem.of(current.file(), line, current.headerText(column),
              column == Es003Column.IMPORTER_NUMBER ? ImporterNumber.maskUnparsed(cell) : cell,
              message));
        }
      }
    }
    if (!cellProblems.containsKey(Es003Column.ENTRY_SUMMARY_NUMBER)
        && isScientific(entryCell)) {
      rowProblems.add(RowProblem.of(current.file(), line, entryHeader, entryCell,
          "Entry number " + Texts.quote(entryCell.strip()) + " looks damaged by a spreadsheet:"
              + " it is in scientific notation, which keeps only the first digits; format the"
              + " column as Text and export again"));
    }
    HtsNumber hts = null;
    String htsCell = cells.get(htsIndex);
    if (!cellProblems.containsKey(Es003Column.HTS_NUMBER_FULL)) {
      try {
        hts = htsNumbers.get(htsCell);
        if (hts == null) {
          HtsNumber parsedHts = HtsNumber.parse(htsCell);
          hts = htsByDigits.getOrDefault(parsedHts, parsedHts);
          if (htsNumbers.size() < HTS_POOL_LIMIT) {
            htsNumbers.put(htsCell, hts);
            htsByDigits.putIfAbsent(hts, hts);
          }
        }
      } catch (IllegalArgumentException ex) {
        cellProblem(current, line, Es003Column.HTS_NUMBER_FULL, htsCell, ex);
      }
    }
    BigDecimal duty = null;
    String dutyCell = cells.get(dutyIndex);
    if (!cellProblems.containsKey(Es003Column.LINE_TARIFF_DUTY_AMOUNT)) {
      try {
        duty = money(dutyCell);
      } catch (IllegalArgumentException ex) {
        cellProblem(current, line, Es003Column.LINE_TARIFF_DUTY_AMOUNT, dutyCell, ex);
      }
    }
    EntryState state = sink != null ? open : entries.get(entryText);
    for (int i = 0; i < ENTRY_COLUMNS.length; i++) {
      parsed[i] = null;
      texts[i] = null;
      int index = indexes[i];
      if (index < 0 || cellProblems.containsKey(ENTRY_COLUMNS[i])) {
        continue;
      }
      String cell = cells.get(index);
      if (state != null && state.values[i] != null && cell.equals(state.cells[i])) {
        continue; // the same text as the value already taken: agrees, no parsing needed
      }
      Map<String, Object> pool = pools.get(i);
      Object pooled = pool.get(cell);
      if (pooled != null) {
        parsed[i] = pooled;
        texts[i] = pooledTexts.get(i).get(cell);
        continue;
      }
      try {
        Object value = parse(i, cell);
        parsed[i] = value;
        texts[i] = cell;
        if (pool.size() < POOL_LIMIT) {
          pool.put(cell, value);
          pooledTexts.get(i).put(cell, cell);
        }
      } catch (IllegalArgumentException ex) {
        cellProblem(current, line, ENTRY_COLUMNS[i],
            i == IMPORTER ? ImporterNumber.maskUnparsed(cell) : cell, ex);
      }
    }
    if (!rowProblems.isEmpty() || hts == null || duty == null) {
      return rejectAll();
    }
    long keyCode = lineKeyCode(cells);
    String lineKey = keyCode == TEXT_KEY ? lineKey(cells) : null;
    if (state != null) {
      checkAgreement(current, line, entryText, state);
      checkRepeat(current, line, entryText, state, keyCode, lineKey, cells, hts, duty);
      if (!rowProblems.isEmpty()) {
        return rejectAll();
      }
    } else {
      state = new EntryState(entryText);
      if (sink != null) {
        open = state;
      } else {
        entries.put(entryText, state);
      }
    }
    state.add(this, line, keyCode, lineKey, dutyLine(hts, duty));
    return this;
  }

  /**
   * The duty line of a row: a shared one for a zero amount (equal HTS number and scale, so
   * {@code 0.00} and {@code 0} stay distinct), a new one otherwise.
   */
  private DutyLine dutyLine(HtsNumber hts, BigDecimal duty) {
    DutyLine line = DutyLine.of(hts, duty);
    if (duty.signum() != 0) {
      return line;
    }
    DutyLine shared = zeroDutyLines.get(line);
    if (shared != null) {
      return shared;
    }
    if (zeroDutyLines.size() < HTS_POOL_LIMIT) {
      zeroDutyLines.put(line, line);
    }
    return line;
  }

  /**
   * Adds a record of the current file that could not be read at all (for example an unclosed
   * quote): it counts as a row read and rejected, with one problem.
   *
   * @param line  the 1-based line where the record starts
   * @param message  what went wrong
   * @return this assembler
   * @throws IllegalStateException if no file was started or {@link #result()} was called
   */
  public Es003Assembler unreadableRow(long line, String message) {
    Objects.requireNonNull(message, "message");
    Es003Header current = currentHeader();
    countRow();
    return reject(RowProblem.of(current.file(), line, null, null, message));
  }

  /**
   * Ends the read and returns the entries, in order of their first row, with every problem and
   * the row accounting. A file with a header and no rows gives the file-level problem "The file
   * has a header but no rows".
   *
   * @return the entries, problems and counts
   * @throws IllegalStateException if called twice, or on a streaming assembler (which ends with
   *     {@link #finish()})
   */
  public ReadResult<Entry> result() {
    checkOpen();
    if (sink != null) {
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
    return ReadResult.of(built, problems, rowsRead, rowsRead - rowsRejected, rowsRejected);
  }

  /**
   * Ends a streaming read: hands the last entry to the sink and returns the problems and the row
   * accounting. A file with a header and no rows gives the file-level problem "The file has a
   * header but no rows", as {@link #result()} does.
   *
   * @return the number of entries handed on, the problems and the counts
   * @throws IllegalStateException if called twice, or on an assembler made by {@link #create()}
   *     (which ends with {@link #result()})
   */
  public StreamResult finish() {
    checkOpen();
    Consumer<? super Entry> target = sink;
    if (target == null) {
      throw new IllegalStateException("This assembler keeps its entries: end it with result(),"
          + " not finish()");
    }
    endFile();
    finished = true;
    EntryState last = open;
    if (last != null) {
      open = null;
      handOn(target, last);
    }
    return new StreamResult(handedOn.size(), problems, rowsRead, rowsRead - rowsRejected,
        rowsRejected);
  }

  /**
   * Before a row of {@code entryText} of a streaming read: hands the open entry on if the row
   * belongs to another one, and refuses a row of an entry already handed on.
   */
  private void handOnIfEnded(Es003Header current, long line, String entryText) {
    EntryState state = open;
    if (state != null && state.entryText.equals(entryText)) {
      return;
    }
    if (state != null) {
      open = null;
      handOn(Objects.requireNonNull(sink), state);
    }
    if (handedOn.contains(entryText)) {
      throw new EntriesNotGroupedException(current.file(), line, Texts.printable(entryText));
    }
  }

  private void handOn(Consumer<? super Entry> target, EntryState state) {
    handedOn.add(state.entryText);
    target.accept(state.build());
  }

  private void endFile() {
    if (header != null && fileRows == 0) {
      problems.add(fileProblemsAt, RowProblem.ofFile(header.file(),
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

  private Es003Assembler reject(RowProblem problem) {
    rowsRejected++;
    problems.add(problem);
    return this;
  }

  private Es003Assembler rejectAll() {
    rowsRejected++;
    problems.addAll(rowProblems);
    rowProblems.clear();
    return this;
  }

  private void cellProblem(Es003Header current, long line, Es003Column column, String cell,
      IllegalArgumentException ex) {
    rowProblems.add(RowProblem.of(current.file(), line, current.headerText(column), cell,
        fit(String.valueOf(ex.getMessage()), cell.strip())));
  }

  /** Abbreviates quotations of a long value in a message, and the message itself. */
  private static String fit(String message, String value) {
    String fitted = Texts.fitMessage(message, value);
    return fitted.length() > 2 * Texts.MAX_VALUE_LENGTH + 200
        ? fitted.substring(0, 2 * Texts.MAX_VALUE_LENGTH + 200) + Texts.ELLIPSIS
        : fitted;
  }

  /**
   * Parses a liquidation date and checks that its deadlines can be computed: the protest last day
   * is rolled over the US federal holiday calendar, which covers 2020-2040 only, so a date whose
   * deadlines fall outside it is a problem of its row rather than a failure of the whole screening.
   */
  private static LocalDate liquidationDate(String cell) {
    LocalDate date = date(cell);
    try {
      DEADLINES.protestLastDayInclusive(date);
    } catch (IllegalArgumentException ex) {
      throw new IllegalArgumentException("Liquidation date " + date + " is outside the dates whose"
          + " CAPE and protest deadlines can be computed: " + ex.getMessage(), ex);
    }
    return date;
  }

  /** Parses the cell of entry-level column {@code i}; blank gives {@link #BLANK} where allowed. */
  private static Object parse(int i, String cell) {
    return switch (i) {
      case TYPE -> Texts.isBlank(cell) ? BLANK : EntryType.parse(cell);
      case IMPORTER -> Texts.isBlank(cell) ? BLANK : ImporterNumber.parse(cell);
      case NAME -> cell.strip();
      case ENTRY_DATE, SUMMARY_DATE -> Texts.isBlank(cell) ? BLANK : date(cell);
      case LIQ_DATE -> Texts.isBlank(cell) ? BLANK : liquidationDate(cell);
      case LIQ_STATUS -> Texts.isBlank(cell) ? BLANK : LiquidationStatus.tryParse(cell)
          .<Object>map(s -> s).orElse("?" + cell.strip().toUpperCase(Locale.ROOT));
      case PROTEST -> {
        ProtestStatus status = ProtestStatus.parse(cell);
        yield status == ProtestStatus.UNKNOWN ? "?" + cell.strip().toUpperCase(Locale.ROOT)
            : status;
      }
      case SUMMARY_STATUS -> EntrySummaryStatus.tryParse(cell).orElseThrow(() ->
          new IllegalArgumentException("Entry summary status must be ACCEPTED (or blank),"
              + " CANCELLED or REJECTED, but was: " + Texts.quote(cell.strip())));
      case FILED_IN_ACE -> Es003Values.parseFiledInAce(cell);
      default -> Es003Values.parseIndicator(cell);
    };
  }

  /**
   * Money without regular expressions for the common forms ({@code 1234.56}, {@code -12.00},
   * {@code $1,234.56}, {@code (12.00)}, {@code -$12.00}); anything else, including every error,
   * through {@link Es003Values#parseMoney(String)}, so the value and the message are the same.
   */
  static BigDecimal money(String cell) {
    String text = cell.strip();
    int end = text.length();
    if (end == 0 || end > 40) {
      return Es003Values.parseMoney(cell);
    }
    int i = 0;
    boolean negative = false;
    if (text.charAt(0) == '(') {
      if (end < 3 || text.charAt(end - 1) != ')') {
        return Es003Values.parseMoney(cell);
      }
      negative = true;
      i = 1;
      end--;
    } else if (text.charAt(0) == '-') {
      negative = true;
      i = 1;
    }
    if (i < end && text.charAt(i) == '$') {
      i++;
    }
    long unscaled = 0;
    int digits = 0;
    int scale = 0;
    int integerStart = i;
    int group = 0;
    boolean grouped = false;
    for (; i < end && text.charAt(i) != '.'; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        unscaled = unscaled * 10 + (c - '0');
        digits++;
        group++;
      } else if (c == ',' && group >= 1 && (grouped ? group == 3 : group <= 3)) {
        grouped = true;
        group = 0;
      } else {
        return Es003Values.parseMoney(cell);
      }
    }
    if ((grouped && group != 3) || (i == integerStart && i == end)) {
      return Es003Values.parseMoney(cell);
    }
    if (i < end) {
      i++;
      if (i == end) {
        return Es003Values.parseMoney(cell);
      }
      for (; i < end; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          return Es003Values.parseMoney(cell);
        }
        unscaled = unscaled * 10 + (c - '0');
        digits++;
        scale++;
      }
    }
    if (digits > MAX_LONG_DIGITS) {
      return Es003Values.parseMoney(cell);  // may not fit in a long: the full parser
    }
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
  }

  /**
   * Dates without regular expressions for ACE's {@code MM/DD/YYYY} and ISO {@code YYYY-MM-DD};
   * anything else, including every error, through {@link Es003Values#parseDate(String)}.
   */
  static LocalDate date(String cell) {
    String text = cell.strip();
    if (text.length() == 10) {
      try {
        if (text.charAt(2) == '/' && text.charAt(5) == '/' && digits(text, 0, 2)
            && digits(text, 3, 5) && digits(text, 6, 10)) {
          return LocalDate.of(Integer.parseInt(text, 6, 10, 10),
              Integer.parseInt(text, 0, 2, 10), Integer.parseInt(text, 3, 5, 10));
        }
        if (text.charAt(4) == '-' && text.charAt(7) == '-' && digits(text, 0, 4)
            && digits(text, 5, 7) && digits(text, 8, 10)) {
          return LocalDate.of(Integer.parseInt(text, 0, 4, 10),
              Integer.parseInt(text, 5, 7, 10), Integer.parseInt(text, 8, 10, 10));
        }
      } catch (DateTimeException ex) {
        return Es003Values.parseDate(cell);  // the date does not exist: its message
      }
    }
    return Es003Values.parseDate(cell);
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private void checkAgreement(Es003Header current, long line, String entryText,
      EntryState state) {
    for (int i = 0; i < ENTRY_COLUMNS.length; i++) {
      Object value = parsed[i];
      Object known = state.values[i];
      String text = texts[i];
      if (value == null || known == null || text == null || value.equals(known)) {
        continue;
      }
      String shown = shown(i, value, text);
      long where = state.where(i);
      int knownFile = (int) (where >>> 40);
      long knownLine = where & ((1L << 40) - 1);
      String place = "line " + knownLine
          + (knownFile == fileIndex ? "" : " of " + files.get(knownFile));
      rowProblems.add(RowProblem.of(current.file(), line, current.headerText(ENTRY_COLUMNS[i]),
          shown, current.headerText(ENTRY_COLUMNS[i]) + " " + Texts.quote(shown)
              + " disagrees with " + Texts.quote(state.shown(i)) + " on " + place
              + " for entry " + Texts.printable(entryText)
              + "; the row is not used"));
    }
  }

  private void checkRepeat(Es003Header current, long line, String entryText, EntryState state,
      long keyCode, @Nullable String key, List<String> cells, HtsNumber hts, BigDecimal duty) {
    long known = state.knownWhere(keyCode, key);
    if (known < 0) {
      return;
    }
    int knownFile = (int) (known >>> 40);
    long knownLine = known & ((1L << 40) - 1);
    String place = "line " + knownLine
        + (knownFile == fileIndex ? "" : " of " + files.get(knownFile));
    String lineText = cells.get(lineNumberIndex).strip();
    String ordinalText = cells.get(ordinalIndex).strip();
    rowProblems.add(RowProblem.of(current.file(), line,
        current.headerText(Es003Column.TARIFF_ORDINAL_NUMBER), ordinalText,
        "Entry " + Texts.printable(entryText) + " line " + Texts.quote(lineText) + " ordinal "
            + Texts.quote(ordinalText) + " (" + hts.formatted() + " " + duty.toPlainString()
            + ") was already read on " + place + "; the repeated row is not used, so its duty"
            + " is not counted twice"));
  }

  /**
   * The entry summary line and tariff ordinal of a row packed in a long ({@code line << 32 |
   * ordinal}) when both are numbers of at most 9 significant digits, which is every ACE row and
   * needs no string per row; {@link #NO_KEY} if the file lacks them or one is blank, {@link
   * #TEXT_KEY} for any other text, which {@link #lineKey(List)} then keys as before. Two rows have
   * the same code exactly when their {@link #lineKey(List)} texts are equal.
   */
  private long lineKeyCode(List<String> cells) {
    if (lineNumberIndex < 0 || ordinalIndex < 0) {
      return NO_KEY;
    }
    long lineNumber = smallNumber(cells.get(lineNumberIndex));
    long ordinal = smallNumber(cells.get(ordinalIndex));
    if (lineNumber == NO_KEY || ordinal == NO_KEY) {
      return NO_KEY;
    }
    if (lineNumber == TEXT_KEY || ordinal == TEXT_KEY) {
      return TEXT_KEY;
    }
    return lineNumber << 32 | ordinal;
  }

  /**
   * The value of a cell of ASCII digits (white space around it allowed) with at most 9 digits
   * after its leading zeros; {@link #NO_KEY} if blank, {@link #TEXT_KEY} otherwise.
   */
  private static long smallNumber(String cell) {
    String text = cell.strip();
    if (text.isEmpty()) {
      return NO_KEY;
    }
    long value = 0;
    int significant = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return TEXT_KEY;
      }
      if (significant > 0 || c != '0') {
        significant++;
        if (significant > 9) {
          return TEXT_KEY;
        }
        value = value * 10 + (c - '0');
      }
    }
    return value;
  }

  /** The entry summary line and tariff ordinal of a row, or null if the file lacks them. */
  private @Nullable String lineKey(List<String> cells) {
    if (lineNumberIndex < 0 || ordinalIndex < 0) {
      return null;
    }
    String lineText = withoutLeadingZeros(cells.get(lineNumberIndex).strip());
    String ordinalText = withoutLeadingZeros(cells.get(ordinalIndex).strip());
    return lineText.isEmpty() || ordinalText.isEmpty() ? null : lineText + "/" + ordinalText;
  }

  private static String withoutLeadingZeros(String text) {
    int i = 0;
    while (i < text.length() - 1 && text.charAt(i) == '0') {
      i++;
    }
    return text.substring(i);
  }

  private long where(long line) {
    return ((long) fileIndex << 40) | (line & ((1L << 40) - 1));
  }

  /**
   * Tells whether an entry number cell is a number in Excel's scientific notation, such as
   * {@code 1.23457E+10}: a digit, optional decimals, E and a signed exponent. No entry number has
   * a dot or a sign, so a valid one never matches.
   */
  static boolean isScientific(String cell) {
    String text = cell.strip();
    int e = Math.max(text.indexOf('E'), text.indexOf('e'));
    if (e < 1 || e + 2 >= text.length() || !Character.isDigit(text.charAt(0))) {
      return false;
    }
    char sign = text.charAt(e + 1);
    if ((sign != '+' && sign != '-') || !digits(text, e + 2, text.length())) {
      return false;
    }
    if (e == 1) {
      return true;
    }
    return text.charAt(1) == '.' && e > 2 && digits(text, 2, e);
  }

  private static boolean allBlank(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {  // indexed: no iterator per row
      if (!Texts.isBlank(cells.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** What is known about one entry so far: its values and duty lines, never its rows. */
  private static final class EntryState {
    private final String entryText;
    private final @Nullable Object[] values = new Object[ENTRY_COLUMNS.length];
    private final @Nullable String[] cells = new String[ENTRY_COLUMNS.length];
    /** Where the entry's first row is; fields set by it came from there. */
    private long firstWhere = -1;
    /** Where each field set by a later row came from; allocated on first need. */
    private long @Nullable [] laterWhere;
    private final List<DutyLine> dutyLines = new ArrayList<>(2);
    /** Numeric line keys and where they were read, in pairs, up to {@link #KEY_ARRAY_LIMIT}. */
    private long @Nullable [] keyPairs;
    private int keyCount;
    /** Numeric line keys past {@link #KEY_ARRAY_LIMIT}, and where they were read. */
    private @Nullable Map<Long, Long> manyKeys;
    /** Line keys that are not two small numbers, and where they were read. */
    private @Nullable Map<String, Long> textKeys;

    EntryState(String entryText) {
      this.entryText = entryText;
    }

    /** Where the value of column {@code i} came from: file index and line, packed. */
    long where(int i) {
      long[] later = laterWhere;
      return later != null && later[i] >= 0 ? later[i] : firstWhere;
    }

    /** The value taken for column {@code i}, as the user wrote it (an SSN masked). */
    String shown(int i) {
      Object value = values[i];
      if (value instanceof ImporterNumber importer) {
        return importer.masked();
      }
      String cell = cells[i];
      return cell == null ? "" : cell.strip();
    }

    /** Where a row with this line key was read, packed; -1 if none was. */
    long knownWhere(long code, @Nullable String key) {
      if (code == TEXT_KEY) {
        Map<String, Long> keys = textKeys;
        Long known = keys == null || key == null ? null : keys.get(key);
        return known == null ? -1 : known;
      }
      if (code < 0) {
        return -1;
      }
      long[] pairs = keyPairs;
      for (int i = 0; pairs != null && i < keyCount; i++) {
        if (pairs[2 * i] == code) {
          return pairs[2 * i + 1];
        }
      }
      Map<Long, Long> many = manyKeys;
      Long known = many == null ? null : many.get(code);
      return known == null ? -1 : known;
    }

    private void addKey(long code, @Nullable String key, long where) {
      if (code == TEXT_KEY && key != null) {
        Map<String, Long> keys = textKeys;
        if (keys == null) {
          keys = new HashMap<>(4);
          textKeys = keys;
        }
        keys.put(key, where);
      } else if (code >= 0) {
        long[] pairs = keyPairs;
        if (pairs == null) {
          pairs = new long[8];
          keyPairs = pairs;
        }
        if (keyCount < KEY_ARRAY_LIMIT) {
          if (2 * keyCount == pairs.length) {
            pairs = Arrays.copyOf(pairs, 2 * pairs.length);
            keyPairs = pairs;
          }
          pairs[2 * keyCount] = code;
          pairs[2 * keyCount + 1] = where;
          keyCount++;
        } else {
          Map<Long, Long> many = manyKeys;
          if (many == null) {
            many = new HashMap<>();
            manyKeys = many;
          }
          many.put(code, where);
        }
      }
    }

    void add(Es003Assembler assembler, long line, long keyCode, @Nullable String key,
        DutyLine dutyLine) {
      long here = assembler.where(line);
      boolean first = firstWhere < 0;
      if (first) {
        firstWhere = here;
      }
      for (int i = 0; i < ENTRY_COLUMNS.length; i++) {
        Object value = assembler.parsed[i];
        String text = assembler.texts[i];
        if (value != null && text != null && values[i] == null) {
          values[i] = value;
          cells[i] = Texts.abbreviate(text);
          if (!first) {
            long[] later = laterWhere;
            if (later == null) {
              later = new long[ENTRY_COLUMNS.length];
              Arrays.fill(later, -1);
              laterWhere = later;
            }
            later[i] = here;
          }
        }
      }
      dutyLines.add(dutyLine);
      addKey(keyCode, key, here);
    }

    Entry build() {
      Entry.Builder builder = Entry.builder();
      builder.entryNumberText(entryText);
      if (values[TYPE] instanceof EntryType type) {
        builder.entryType(type);
      }
      if (values[IMPORTER] instanceof ImporterNumber importer) {
        builder.importerNumber(importer);
      }
      if (values[NAME] instanceof String name && !name.isEmpty()) {
        builder.importerName(name);
      }
      if (values[ENTRY_DATE] instanceof LocalDate date) {
        builder.entryDate(date);
      }
      if (values[SUMMARY_DATE] instanceof LocalDate date) {
        builder.entrySummaryDate(date);
      }
      LocalDate liquidated = values[LIQ_DATE] instanceof LocalDate date ? date : null;
      String statusCell = cells[LIQ_STATUS];
      if (statusCell != null && !Texts.isBlank(statusCell)) {
        builder.liquidationStatusFrom(statusCell.strip());
      } else if (liquidated != null) {
        builder.liquidationStatus(LiquidationStatus.LIQUIDATED);
      }
      if (liquidated != null) {
        builder.liquidationDate(liquidated);
      }
      String protestCell = cells[PROTEST];
      if (protestCell != null) {
        builder.protestStatusFrom(protestCell.strip());
      }
      builder.reconciliationFlagged(flag(RECON, false));
      builder.reconciliationEntryFiled(flag(RECON_FILED, false));
      builder.drawbackDesignated(flag(DRAWBACK, false));
      builder.adCvdLiquidationInstructions(flag(ADCVD, false));
      builder.filedInAce(flag(FILED_IN_ACE, true));
      builder.citPlaintiff(flag(CIT, false));
      if (values[SUMMARY_STATUS] instanceof EntrySummaryStatus status) {
        builder.entrySummaryStatus(status);
      }
      builder.addAllDutyLines(dutyLines);
      return builder.build();
    }

    private boolean flag(int i, boolean absent) {
      return values[i] instanceof Boolean flag ? flag : absent;
    }
  }
}
