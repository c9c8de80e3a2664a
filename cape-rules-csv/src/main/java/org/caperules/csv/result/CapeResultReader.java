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
package org.caperules.csv.result;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.caperules.core.EntryNumber;
import org.caperules.core.result.Position;
import org.caperules.core.result.Problem;
import org.caperules.core.result.ProblemCode;
import org.caperules.core.result.RowAccounting;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.core.rule.CapeErrorMessage;
import org.caperules.csv.CapeCsvException;
import org.caperules.csv.internal.CsvRecords;
import org.caperules.csv.internal.Texts;
import org.caperules.es003.Es003Column;
import org.jspecify.annotations.Nullable;

/**
 * Reads the CAPE validation result or claim details file a user downloads from ACE after an
 * upload into {@link CapeResultRow}s and problems.
 *
 * <p>Columns are found by header name in any order, trimmed, case-insensitively, with {@code _}
 * read as a space; unknown columns are ignored; a UTF-8 byte order mark is ignored; CRLF or LF.
 * Names (from {@code ProcessLogicLabs/CAPEView}; CBP's own headers are UNCERTAIN):
 *
 * <ul>
 *   <li>entry number (required): {@code ENTRY_NUMBER}, {@code Entry Summary Number}, {@code
 *       Entry Number};
 *   <li>status (required): {@code STATUS}, {@code Filing Status}, {@code Claim Status};
 *   <li>claim number: {@code CLAIM_NUMBER}, {@code Cape Claim Number}, {@code Claim Number};
 *   <li>error description: {@code ERROR_DESCRIPTION}, {@code Error Detail}, {@code CAPE Error
 *       Detail}, {@code Error Description}.
 * </ul>
 *
 * <p>Every cell, the header's included, is unwrapped from the {@code ="..."} form the ACE
 * Portal's Claim Details download gives entry and claim numbers (so that Excel keeps them as
 * text): {@code ="BII05992854"} is read {@code BII05992854}; see {@link #unwrap(String)}.
 *
 * <p>Example: {@code ENTRY_NUMBER,CLAIM_NUMBER,STATUS,ERROR_DESCRIPTION} then {@code
 * BII05992854,C1,Failed,PROTEST ON ENTRY} gives one row whose error message is {@link
 * CapeErrorMessage#PROTEST_ON_ENTRY}.
 *
 * <p>Nothing is lost silently: every data row (blank lines are not rows) becomes a row or a
 * problem, and the {@link RowAccounting} of the result accounts for each. A row is rejected when its entry number is
 * blank or invalid (hyphens and spaces are removed first), when it has fewer cells than the header
 * or extra non-blank cells, or when the CSV parser cannot read it; reading goes on after it.
 *
 * <p>Exception handling: only a missing or unreadable file throws ({@link CapeCsvException}). An
 * empty file, a header without rows, a header without a required column, binary content,
 * unbalanced quotes and huge fields are problems; where no usable header is found, every data row
 * is counted as rejected under one file-level problem.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CapeResultReader {

  /** The columns of a result file. */
  enum Column {
    ENTRY_NUMBER(true, "ENTRY_NUMBER", "Entry Summary Number", "Entry Number"),
    CLAIM_NUMBER(false, "CLAIM_NUMBER", "Cape Claim Number", "Claim Number"),
    STATUS(true, "STATUS", "Filing Status", "Claim Status"),
    ERROR_DESCRIPTION(false, "ERROR_DESCRIPTION", "Error Detail", "CAPE Error Detail",
        "Error Description");

    final boolean required;
    @SuppressWarnings("ImmutableEnumChecker") // List.of(...) is unmodifiable
    final List<String> names;

    Column(boolean required, String... names) {
      this.required = required;
      this.names = List.of(names);
    }

    boolean matches(String headerCell) {
      String cell = normalize(headerCell);
      return names.stream().anyMatch(n -> normalize(n).equals(cell));
    }

    static String normalize(String text) {
      return Es003Column.normalizeHeader(text.replace('_', ' '));
    }
  }

  private CapeResultReader() {}

  /**
   * Unwraps a cell written as an Excel text formula, {@code ="..."}, as the ACE Portal writes
   * entry and claim numbers in the Claim Details download: {@code ="BII05992854"} becomes {@code
   * BII05992854}, a doubled quote inside becomes one ({@code ="A""B"} is {@code A"B}); white
   * space around the formula is ignored. Any other text is returned as it is.
   *
   * @param cell  the cell as parsed from the CSV
   * @return the text the spreadsheet would show
   */
  public static String unwrap(String cell) {
    Objects.requireNonNull(cell, "cell");
    String text = cell.strip();
    if (text.length() >= 3 && text.startsWith("=\"") && text.endsWith("\"")) {
      String inner = text.substring(2, text.length() - 1);
      if (!inner.replace("\"\"", "").contains("\"")) {
        return inner.replace("\"\"", "\"");
      }
    }
    return cell;
  }

  private static List<String> unwrapAll(List<String> cells) {
    List<String> unwrapped = new ArrayList<>(cells.size());
    for (String cell : cells) {
      unwrapped.add(unwrap(cell));
    }
    return unwrapped;
  }

  /**
   * Reads a result file, as UTF-8 (malformed bytes become U+FFFD).
   *
   * @param file  the file
   * @return the rows, the problems and the row accounting
   * @throws CapeCsvException if the file does not exist or cannot be read
   */
  public static ValueWithProblems<List<CapeResultRow>> read(Path file) {
    Objects.requireNonNull(file, "file");
    Path fileName = file.getFileName();
    String name = fileName == null ? file.toString() : fileName.toString();
    if (!Files.isRegularFile(file)) {
      throw new CapeCsvException(name, "CAPE result file '" + file + "' does not exist or is not"
          + " a file");
    }
    try {
      return read(name, CsvRecords.open(file, true));
    } catch (NoSuchFileException ex) {
      throw new CapeCsvException(name, 0, "CAPE result file '" + file + "' does not exist", ex);
    } catch (IOException | UncheckedIOException ex) {
      throw new CapeCsvException(name, 0, "CAPE result file '" + file + "' cannot be read: "
          + ex.getMessage(), ex);
    }
  }

  /** Reads from opened records and closes them. */
  static ValueWithProblems<List<CapeResultRow>> read(String name, CsvRecords source)
      throws IOException {
    try (CsvRecords records = source) {
      return new Reading(name, records).run();
    }
  }

  /** The state of one read. */
  private static final class Reading {
    private final String name;
    private final CsvRecords records;
    private final List<CapeResultRow> rows = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private long rowsRead;
    private long rowsRejected;

    Reading(String name, CsvRecords records) {
      this.name = name;
      this.records = records;
    }

    ValueWithProblems<List<CapeResultRow>> run() {
      CsvRecords.Item header = records.next();
      if (header == null) {
        problems.add(Problem.ofFile(ProblemCode.EMPTY_FILE, name, "The file is empty; expected a"
            + " header row with ENTRY_NUMBER and STATUS columns"));
        return result();
      }
      String failure = header.failure();
      if (failure != null) {
        problems.add(Problem.of(ProblemCode.UNREADABLE_RECORD, Position.of(name, header.line()),
            null, failure));
        return rejectRest("the header row could not be read");
      }
      Map<Column, Integer> indexes = new EnumMap<>(Column.class);
      List<String> cells = unwrapAll(header.fields());
      for (int i = 0; i < cells.size(); i++) {
        for (Column column : Column.values()) {
          if (!indexes.containsKey(column) && column.matches(cells.get(i))) {
            indexes.put(column, i);
          }
        }
      }
      List<String> missing = new ArrayList<>();
      for (Column column : Column.values()) {
        if (column.required && !indexes.containsKey(column)) {
          missing.add("'" + column.names.get(0) + "' (also accepted: '"
              + String.join("', '", column.names.subList(1, column.names.size())) + "')");
        }
      }
      if (!missing.isEmpty()) {
        return rejectRest("the header row has no column " + String.join(", no column ", missing)
            + "; it has " + describe(cells));
      }
      Integer entryIndex = indexes.get(Column.ENTRY_NUMBER);
      String entryHeader = entryIndex == null ? Column.ENTRY_NUMBER.names.get(0)
          : Texts.printable(Texts.abbreviate(cells.get(entryIndex).strip()));
      for (CsvRecords.Item item = records.next(); item != null; item = records.next()) {
        rowsRead++;
        readRow(item, indexes, cells.size(), entryHeader);
      }
      if (rowsRead == 0) {
        problems.add(Problem.ofFile(ProblemCode.NO_DATA_ROWS, name,
            "The file has a header but no rows"));
      }
      return result();
    }

    private void readRow(CsvRecords.Item item, Map<Column, Integer> indexes, int headerSize,
        String entryHeader) {
      long line = item.line();
      String failure = item.failure();
      if (failure != null) {
        reject(ProblemCode.UNREADABLE_RECORD, line, null, null, failure);
        return;
      }
      List<String> fields = unwrapAll(item.fields());
      if (fields.size() < headerSize) {
        reject(ProblemCode.WRONG_CELL_COUNT, line, null, String.join(",", fields),
            "The row has " + fields.size()
            + (fields.size() == 1 ? " cell" : " cells") + ", but the header has " + headerSize);
        return;
      }
      for (int i = headerSize; i < fields.size(); i++) {
        if (!Texts.isBlank(fields.get(i))) {
          reject(ProblemCode.WRONG_CELL_COUNT, line, null, fields.get(i),
              "The row has " + fields.size() + " cells, but the"
              + " header has " + headerSize + "; cell " + (i + 1) + " is "
              + Texts.quote(fields.get(i)));
          return;
        }
      }
      String entryText = cell(fields, indexes, Column.ENTRY_NUMBER);
      if (Texts.isBlank(entryText)) {
        reject(ProblemCode.MISSING_ENTRY_NUMBER, line, entryHeader, entryText,
            "The entry number is blank");
        return;
      }
      String normalised = EntryNumber.normalize(entryText);
      Optional<String> invalid = EntryNumber.validate(normalised);
      if (invalid.isPresent()) {
        reject(ProblemCode.BAD_ENTRY_NUMBER, line, entryHeader, entryText,
            Texts.fitMessage(invalid.get(), normalised));
        return;
      }
      rows.add(new CapeResultRow(line, EntryNumber.of(normalised),
          cell(fields, indexes, Column.CLAIM_NUMBER), cell(fields, indexes, Column.STATUS),
          cell(fields, indexes, Column.ERROR_DESCRIPTION)));
    }

    private static String cell(List<String> fields, Map<Column, Integer> indexes, Column column) {
      Integer index = indexes.get(column);
      return index == null ? "" : fields.get(index);
    }

    private void reject(ProblemCode code, long line, @Nullable String column,
        @Nullable String value, String message) {
      rowsRejected++;
      problems.add(Problem.of(code, Position.of(name, line, column), value, message));
    }

    /** Counts every remaining data row as rejected under one file-level problem. */
    private ValueWithProblems<List<CapeResultRow>> rejectRest(String reason) {
      long rest = 0;
      while (records.next() != null) {
        rest++;
      }
      rowsRead += rest;
      rowsRejected += rest;
      problems.add(0, Problem.ofFile(ProblemCode.BAD_HEADER, name,
          "The file cannot be read as a CAPE result file: "
          + reason + String.format(Locale.ROOT, "; %d %s not read", rest,
              rest == 1 ? "data row was" : "data rows were")));
      return result();
    }

    private ValueWithProblems<List<CapeResultRow>> result() {
      return ValueWithProblems.of(List.copyOf(rows), problems,
          RowAccounting.of(rowsRead, rowsRead - rowsRejected, rowsRejected));
    }

    private static String describe(List<String> cells) {
      if (cells.stream().allMatch(Texts::isBlank)) {
        return "no names";
      }
      int shown = Math.min(cells.size(), 10);
      return cells.size() + (cells.size() == 1 ? " column: " : " columns: ")
          + cells.subList(0, shown).stream().map(c -> Texts.quote(c.strip()))
              .collect(Collectors.joining(", "))
          + (shown < cells.size() ? ", …" : "");
    }
  }
}
