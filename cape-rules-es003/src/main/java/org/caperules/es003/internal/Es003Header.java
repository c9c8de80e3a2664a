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

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.caperules.es003.CapeInputException;
import org.caperules.es003.Es003Column;

/**
 * The columns of an ES-003 export, found by header name: which {@link Es003Column}s the file has
 * and where. Header cells are matched trimmed and case-insensitively, in any order; a UTF-8 byte
 * order mark on the first cell is ignored; unknown columns are ignored (and listed by {@link
 * #ignoredColumns()}).
 *
 * <p>Example: the header {@code "\uFEFFentry summary number",Importer Number,HTS Number -
 * Full,Notes,Line Duty Amount} gives {@code ENTRY_SUMMARY_NUMBER} at index 0, {@code
 * IMPORTER_NUMBER} at 1, {@code HTS_NUMBER_FULL} at 2 and {@code LINE_TARIFF_DUTY_AMOUNT} at 4
 * (through its alias); {@code Notes} is ignored. If a column appears under its header and an
 * alias, the header wins; under two aliases, the earlier alias in {@link Es003Column#aliases()}
 * wins.
 *
 * <p>ACE's default ES-003 layout has neither {@code Liquidation Status} nor {@code Liquidation
 * Date}; {@link #liquidationColumnsAbsent()} says so, and the reader must
 * then report every entry's liquidation status as unknown, never as unliquidated.
 *
 * <p>Exception handling: {@link #of(String, List)} throws {@link CapeInputException} when a
 * required column is missing or the same column's name appears twice (the file is ambiguous).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Es003Header {

  /** The notice given once per file when both liquidation columns are missing. */
  public static final String LIQUIDATION_COLUMNS_ABSENT_MESSAGE = "The file has neither a"
      + " 'Liquidation Status' nor a 'Liquidation Date' column (ACE's default ES-003 layout);"
      + " every entry's liquidation status is unknown: add Liquidation Status and Liquidation"
      + " Date to the report";

  private final String file;
  private final int columnCount;
  private final Map<Es003Column, Integer> indexes;
  /** {@link #index(Es003Column)} of each column: made once, not per row. */
  private final Map<Es003Column, OptionalInt> indexOf;
  private final Map<Es003Column, String> headerCells;
  private final List<String> ignored;

  private Es003Header(String file, int columnCount, Map<Es003Column, Integer> indexes,
      Map<Es003Column, String> headerCells, List<String> ignored) {
    this.file = file;
    this.columnCount = columnCount;
    this.indexes = indexes;
    this.indexOf = new EnumMap<>(Es003Column.class);
    for (Es003Column column : Es003Column.values()) {
      Integer index = indexes.get(column);
      indexOf.put(column, index == null ? OptionalInt.empty() : OptionalInt.of(index));
    }
    this.headerCells = headerCells;
    this.ignored = ignored;
  }

  /**
   * Finds the columns in a header row.
   *
   * @param file  the file name as text, for messages
   * @param headerCells  the cells of the header row, in file order
   * @return the header
   * @throws CapeInputException if a required column is missing (the message names the file and
   *     every missing column), or if one name appears twice
   */
  public static Es003Header of(String file, List<String> headerCells) {
    return of(file, 1, headerCells);
  }

  /**
   * Finds the columns in a header row that is on line {@code line} of its file.
   *
   * @param file  the file name as text, for messages
   * @param line  the 1-based line of the header row, for the exception
   * @param headerCells  the cells of the header row, in file order
   * @return the header
   * @throws CapeInputException if a required column is missing (the message names the file and
   *     every missing column), or if one name appears twice
   */
  public static Es003Header of(String file, long line, List<String> headerCells) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(headerCells, "headerCells");
    Map<Es003Column, Integer> indexes = new EnumMap<>(Es003Column.class);
    Map<Es003Column, Integer> priorities = new EnumMap<>(Es003Column.class);
    Map<Es003Column, String> cells = new EnumMap<>(Es003Column.class);
    List<String> ignored = new ArrayList<>();
    for (int i = 0; i < headerCells.size(); i++) {
      String cell = headerCells.get(i);
      String normalised = Es003Column.normalizeHeader(cell);
      boolean known = false;
      for (Es003Column column : Es003Column.values()) {
        int priority = priority(column, normalised);
        if (priority < 0) {
          continue;
        }
        known = true;
        Integer previous = priorities.get(column);
        Integer previousIndex = indexes.get(column);
        if (previous != null && previousIndex != null && previous == priority) {
          throw new CapeInputException(file, line, "ES-003 file '" + file + "' has the column "
              + Texts.quote(cell.strip()) + " twice (columns " + (previousIndex + 1)
              + " and " + (i + 1) + "); remove one so it is clear which to read", null);
        }
        if (previous == null || priority < previous) {
          priorities.put(column, priority);
          indexes.put(column, i);
          cells.put(column, cell.replace("\uFEFF", "").strip());
        }
      }
      if (!known && !normalised.isEmpty()) {
        ignored.add(cell.replace("\uFEFF", "").strip());
      }
    }
    List<Es003Column> missing = new ArrayList<>();
    for (Es003Column column : Es003Column.values()) {
      if (column.kind() == Es003Column.Kind.REQUIRED && !indexes.containsKey(column)) {
        missing.add(column);
      }
    }
    if (!missing.isEmpty()) {
      throw new CapeInputException(file, line, "ES-003 file '" + file + "' has no column "
          + missing.stream().map(Es003Header::describe).collect(Collectors.joining(", no column "))
          + "; the header row has " + describeCells(headerCells), null);
    }
    return new Es003Header(file, headerCells.size(), Collections.unmodifiableMap(indexes),
        Collections.unmodifiableMap(cells), List.copyOf(ignored));
  }

  /**
   * Counts the required columns a row names: 3 for a header row, fewer for a title row or a row
   * of data. The header search keeps the row that comes closest.
   *
   * @param cells  the cells of a row
   * @return the number of required columns found, 0 to 3
   */
  public static int requiredColumnsIn(List<String> cells) {
    int found = 0;
    for (Es003Column column : Es003Column.values()) {
      if (column.kind() != Es003Column.Kind.REQUIRED) {
        continue;
      }
      for (int i = 0; i < cells.size(); i++) {
        if (priority(column, Es003Column.normalizeHeader(cells.get(i))) >= 0) {
          found++;
          break;
        }
      }
    }
    return found;
  }

  /**
   * Returns 0 if the normalised cell is the column's header, 1 + i for its alias i, -1 for
   * neither. Lower wins when a file has both a header and an alias.
   */
  private static int priority(Es003Column column, String normalisedCell) {
    if (Es003Column.normalizeHeader(column.header()).equals(normalisedCell)) {
      return 0;
    }
    List<String> aliases = column.aliases();
    for (int i = 0; i < aliases.size(); i++) {
      if (Es003Column.normalizeHeader(aliases.get(i)).equals(normalisedCell)) {
        return i + 1;
      }
    }
    return -1;
  }

  private static String describe(Es003Column column) {
    return "'" + column.header() + "' (required"
        + (column.aliases().isEmpty() ? ")"
            : "; also accepted: '" + String.join("', '", column.aliases()) + "')");
  }

  private static String describeCells(List<String> cells) {
    if (cells.isEmpty() || (cells.size() == 1 && Texts.isBlank(cells.get(0)))) {
      return "no names";
    }
    int shown = Math.min(cells.size(), 20);
    String list = cells.subList(0, shown).stream()
        .map(c -> Texts.quote(c.strip()))
        .collect(Collectors.joining(", "));
    return cells.size() + (cells.size() == 1 ? " column: " : " columns: ") + list
        + (shown < cells.size() ? ", …" : "");
  }

  /**
   * Returns the file name given to {@link #of(String, List)}.
   *
   * @return the file name as text
   */
  public String file() {
    return file;
  }

  /**
   * Returns the number of cells in the header row, known or not.
   *
   * @return the column count
   */
  public int columnCount() {
    return columnCount;
  }

  /**
   * Tells whether the file has a column.
   *
   * @param column  the column
   * @return true if present
   */
  public boolean has(Es003Column column) {
    return indexes.containsKey(column);
  }

  /**
   * Returns the 0-based index of a column.
   *
   * @param column  the column
   * @return the index, or empty if the file lacks the column
   */
  public OptionalInt index(Es003Column column) {
    return Objects.requireNonNull(indexOf.get(column), "column");
  }

  /**
   * Returns the header cell under which the file names a column, trimmed, for problems: {@code
   * Line Duty Amount} if the file uses that alias. For a column the file lacks, its {@link
   * Es003Column#header()}.
   *
   * @param column  the column
   * @return the header text
   */
  public String headerText(Es003Column column) {
    return headerCells.getOrDefault(column, column.header());
  }

  /**
   * Returns a column's cell in a row, untrimmed.
   *
   * @param fields  the cells of a data row
   * @param column  the column
   * @return the cell, or {@code ""} if the file lacks the column or the row is too short
   */
  public String value(List<String> fields, Es003Column column) {
    Integer index = indexes.get(column);
    return index == null || index >= fields.size() ? "" : fields.get(index);
  }

  /**
   * Returns the columns the file has.
   *
   * @return the columns, in {@link Es003Column} order
   */
  public Set<Es003Column> columns() {
    return indexes.isEmpty() ? EnumSet.noneOf(Es003Column.class) : EnumSet.copyOf(indexes.keySet());
  }

  /**
   * Returns the header cells that name no known column, trimmed, in file order.
   *
   * @return the ignored header cells
   */
  public List<String> ignoredColumns() {
    return ignored;
  }

  /**
   * Tells whether the file has neither {@code Liquidation Status} nor {@code Liquidation Date},
   * as in ACE's default ES-003 layout. The reader then reports {@link
   * #LIQUIDATION_COLUMNS_ABSENT_MESSAGE} once, and every entry's liquidation status is unknown.
   *
   * @return true if both liquidation columns are absent
   */
  public boolean liquidationColumnsAbsent() {
    return !has(Es003Column.LIQUIDATION_STATUS) && !has(Es003Column.LIQUIDATION_DATE);
  }

  /**
   * Returns the file name and the columns found with their 0-based indexes, for example {@code
   * es003.csv [ENTRY_SUMMARY_NUMBER@0, HTS_NUMBER_FULL@2, ...]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return file + " " + indexes.entrySet().stream()
        .map(e -> e.getKey() + "@" + e.getValue())
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
