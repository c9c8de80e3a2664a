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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.caperules.core.EntryFact;
import org.caperules.es003.Es003Column;
import org.jspecify.annotations.Nullable;

/**
 * One table of an input being read: a CSV file, or one sheet of a workbook. Until its header row
 * is found it searches for it among its first {@value #HEADER_SEARCH_ROWS} rows, so that the title
 * rows a report tool writes above the header (report name, run date, prompts) are skipped and
 * named; once found, it knows where each column is.
 *
 * <p>Example: the rows {@code ES-003 Entry Summary Line Tariff Details} (line 1), {@code Run Date:
 * 03/02/2026} (line 2) and {@code Entry Summary Number,HTS Number - Full,Line Tariff Duty Amount}
 * (line 3) give the header at line 3 and the skipped title lines 1 and 2.
 *
 * <p>Not thread-safe: part of one read.
 */
final class Table {

  /** How many non-blank rows of a table are searched for the header row: 100. */
  static final int HEADER_SEARCH_ROWS = 100;

  /** The columns whose values the rules read; a damaged cell elsewhere is no problem. */
  private static final Set<Es003Column> USED = EnumSet.complementOf(
      EnumSet.of(Es003Column.LINE_TARIFF_GOODS_VALUE_AMOUNT,
          Es003Column.COUNTRY_OF_ORIGIN_CODE, Es003Column.PORT_OF_ENTRY_CODE));

  private final String file;
  private final @Nullable String sheet;
  private final boolean date1904;
  private final boolean searching;
  private @Nullable Es003Header header;
  private @Nullable Es003Column[] roles = new Es003Column[0];
  /** The index of each entry-level field's column the table has. */
  private Map<EntryField, Integer> fieldIndexes = Map.of();
  private Set<EntryFact> missingFacts = Set.of();
  /** The lines above the header row that were not blank: title rows. */
  private final List<Long> titleLines = new ArrayList<>(0);
  /** When the export was run, from its title rows ({@link RunDates}); null if they say not. */
  private @Nullable LocalDate runDate;
  private @Nullable List<String> closest;
  private long closestLine;
  private int closestScore = -1;
  private long rows;
  /** Footer rows skipped, and filled "hide duplicates" rows: counts, first and last lines. */
  private final LineRun footers = new LineRun();
  private final LineRun filled = new LineRun();
  private final int problemsAt;

  Table(String file, @Nullable String sheet, boolean date1904, boolean searching, int problemsAt) {
    this.file = Objects.requireNonNull(file, "file");
    this.sheet = sheet;
    this.date1904 = date1904;
    this.searching = searching;
    this.problemsAt = problemsAt;
  }

  /** The file name as the user knows it. */
  String file() {
    return file;
  }

  /** The sheet's name, or null for a file of one table. */
  @Nullable String sheet() {
    return sheet;
  }

  /** Whether the workbook counts dates from 1904. */
  boolean date1904() {
    return date1904;
  }

  /** How many required columns the row closest to a header named: -1 if no row came. */
  int closestScore() {
    return closestScore;
  }

  /** Where the table's whole-file notices go in the problem list. */
  int problemsAt() {
    return problemsAt;
  }

  /** The header, once found. */
  @Nullable Es003Header header() {
    return header;
  }

  /** Whether the search has ended without a header: rows that come now are not read. */
  boolean gaveUp() {
    return header == null && titleLines.size() >= HEADER_SEARCH_ROWS;
  }

  /**
   * Offers a row above the header: it is the header if it names every required column, else a
   * title row, remembered if it comes closest to being the header.
   *
   * @return the header if this row is it
   * @throws org.caperules.es003.CapeInputException if it names every required column but one
   *     twice
   */
  @Nullable Es003Header offer(long line, List<String> cells) {
    int score = Es003Header.requiredColumnsIn(cells);
    if (score == 3 || !searching) {
      use(Es003Header.of(file, line, cells));
      return header;
    }
    if (score > closestScore) {
      closestScore = score;
      closest = List.copyOf(cells);
      closestLine = line;
    }
    titleLines.add(line);
    if (runDate == null) {
      runDate = RunDates.find(cells);
    }
    return null;
  }

  /** When the export was run, from the table's title rows; null if they do not say. */
  @Nullable LocalDate runDate() {
    return runDate;
  }

  /**
   * The exception for a table in which no header was found: it names the file and the required
   * columns missing from the row that came closest, as a header row missing them would.
   */
  RuntimeException noHeader() {
    List<String> best = closest;
    try {
      Es003Header.of(file, best == null ? 1 : closestLine, best == null ? List.of() : best);
    } catch (RuntimeException ex) {
      return ex;
    }
    throw new IllegalStateException("A header was found in " + file);
  }

  private void use(Es003Header found) {
    header = found;
    @Nullable Es003Column[] columnRoles = new Es003Column[found.columnCount()];
    for (Es003Column column : found.columns()) {
      columnRoles[found.index(column).getAsInt()] = column;
    }
    roles = columnRoles;
    Map<EntryField, Integer> indexes = new EnumMap<>(EntryField.class);
    for (EntryField field : EntryField.ALL) {
      found.index(field.column()).ifPresent(index -> indexes.put(field, index));
    }
    fieldIndexes = indexes;
    missingFacts = EntryField.missingFacts(found);
  }

  /** The column at a cell index, or null if none the intake knows. */
  @Nullable Es003Column role(int index) {
    @Nullable Es003Column[] known = roles;
    return index < known.length ? known[index] : null;
  }

  /** Whether a damaged cell of this column is a problem: the rules read it. */
  static boolean isUsed(@Nullable Es003Column column) {
    return column != null && USED.contains(column);
  }

  /** The index of each entry-level field's column the table has. */
  Map<EntryField, Integer> fieldIndexes() {
    return fieldIndexes;
  }

  /** The facts the table gives no column for. */
  Set<EntryFact> missingFacts() {
    return missingFacts;
  }

  /** The lines of the title rows skipped above the header. */
  List<Long> titleLines() {
    return titleLines;
  }

  /** Counts a data row. */
  void countRow() {
    rows++;
  }

  /** The data rows counted. */
  long rows() {
    return rows;
  }

  /** Counts a footer row, skipped. */
  void footer(long line) {
    footers.add(line);
  }

  /** The footer rows skipped. */
  LineRun footers() {
    return footers;
  }

  /** Counts a "hide duplicates" row filled from the entry it continues. */
  void filled(long line) {
    filled.add(line);
  }

  /** The rows filled from the entry they continue. */
  LineRun filledRows() {
    return filled;
  }

  /** A count of rows and the first and last of their lines. */
  static final class LineRun {
    private long count;
    private long first = -1;
    private long last = -1;

    void add(long line) {
      count++;
      if (first < 0) {
        first = line;
      }
      last = line;
    }

    long count() {
      return count;
    }

    /** {@code line 7} or {@code lines 7 to 40}. */
    String lines() {
      return first == last ? "line " + first : "lines " + first + " to " + last;
    }
  }
}
