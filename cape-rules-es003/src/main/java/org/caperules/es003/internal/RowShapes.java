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
import java.util.List;
import java.util.regex.Pattern;
import org.caperules.es003.Es003Column;
import org.jspecify.annotations.Nullable;

/**
 * The shapes a report tool gives the rows of an export beyond plain data rows
 * (docs/formats.md#what-the-reader-accepts):
 *
 * <ul>
 *   <li><b>footer rows</b>: a total under the data ({@code Sum:}, {@code Total}, {@code Grand
 *       Total}, {@code Count}, ...): the first non-blank cell names the total, and the entry
 *       number and HTS cells are blank or that label. They are skipped and counted,
 *       never read as entries;
 *   <li><b>"hide duplicates" rows</b>: BusinessObjects leaves the entry-level cells, the entry
 *       number included, blank on an entry's second and later rows. A row whose entry number and
 *       every other entry-level cell are blank, with line-level data (an HTS number or an amount),
 *       directly after a row of an entry continues that entry and takes its values, but only
 *       where its line and ordinal numbers (when the file has them) continue that entry's
 *       sequence: the same line and the next ordinal, or the next line and ordinal 1 (a blank
 *       line number is the previous row's). An export re-sorted in a spreadsheet breaks the
 *       sequence, so no row is handed to the wrong entry: it stays a row without an entry number,
 *       a problem.
 * </ul>
 *
 * <p>Example: after the row {@code SYN10000012,1,1,01,99030125,850.00} (entry, line, ordinal,
 * type, HTS, duty), the row {@code ,,2,,3923900080,300.00} continues it (line 1, ordinal 2) and
 * is read as {@code SYN10000012,1,2,01,3923900080,300.00}; the row {@code ,3,1,,3923900080,1.00}
 * does not (line 3 after line 1).
 *
 * <p>Not thread-safe: part of one read.
 */
final class RowShapes {

  /** A footer's label: a total, a sum, a count, an average, a minimum or a maximum. */
  private static final Pattern FOOTER = Pattern.compile(
      "(?i)(?:grand\\s+|sub-?)?(?:total|sum|count|average|avg|min|max)(?:\\s*[:(].*|\\s*)");

  /**
   * The first letters of the words {@link #FOOTER} starts with (grand, sub, total, sum, count,
   * average, avg, min, max): a first cell starting with another character, as most entry numbers
   * do, is no footer, and the expression is not run on it.
   */
  private static final String FOOTER_INITIALS = "gstcam";

  /** The cells of the last row with an entry number, while its entry's rows may go on. */
  private @Nullable List<String> anchor;
  private long lastLine = -1;
  private long lastOrdinal = -1;

  /** Starts a table: no row continues a row of another table. */
  void startTable() {
    breakChain();
  }

  /** Tells whether a row is a footer: a total under the data. */
  static boolean isFooter(Es003Header header, List<String> cells) {
    String first = "";
    for (int i = 0; i < cells.size() && first.isEmpty(); i++) {
      first = cells.get(i).strip();
    }
    if (first.isEmpty() || FOOTER_INITIALS.indexOf(Character.toLowerCase(first.charAt(0))) < 0
        || !FOOTER.matcher(first).matches()) {
      return false;
    }
    String entryCell = header.value(cells, Es003Column.ENTRY_SUMMARY_NUMBER).strip();
    String htsCell = header.value(cells, Es003Column.HTS_NUMBER_FULL).strip();
    return (entryCell.isEmpty() || entryCell.equals(first))
        && (htsCell.isEmpty() || htsCell.equals(first));
  }

  /**
   * Notes a row with an entry number: rows after it may continue its entry.
   *
   * @param keep  whether {@code cells} may be kept as they are (not a buffer reused for the next
   *     row)
   */
  void anchor(Es003Header header, List<String> cells, boolean keep) {
    anchor = keep ? cells : List.copyOf(cells);
    lastLine = number(header.value(cells, Es003Column.ENTRY_SUMMARY_LINE_NUMBER));
    lastOrdinal = number(header.value(cells, Es003Column.TARIFF_ORDINAL_NUMBER));
  }

  /** Notes a row that ends any entry's run of rows (a footer, a row no entry can take). */
  void breakChain() {
    anchor = null;
    lastLine = -1;
    lastOrdinal = -1;
  }

  /**
   * The cells of a row with a blank entry number, filled from the entry whose rows it continues,
   * or null if it continues none.
   */
  @Nullable List<String> fill(Table table, Es003Header header, List<String> cells) {
    List<String> from = anchor;
    if (from == null) {
      return null;
    }
    for (int index : table.fieldIndexes().values()) {
      if (!Texts.isBlank(cells.get(index))) {
        return null;
      }
    }
    if (Texts.isBlank(header.value(cells, Es003Column.HTS_NUMBER_FULL))
        && Texts.isBlank(header.value(cells, Es003Column.LINE_TARIFF_DUTY_AMOUNT))) {
      return null;
    }
    boolean hasLine = header.has(Es003Column.ENTRY_SUMMARY_LINE_NUMBER);
    boolean hasOrdinal = header.has(Es003Column.TARIFF_ORDINAL_NUMBER);
    String lineCell = header.value(cells, Es003Column.ENTRY_SUMMARY_LINE_NUMBER);
    long line = Texts.isBlank(lineCell) ? lastLine : number(lineCell);
    long ordinal = number(header.value(cells, Es003Column.TARIFF_ORDINAL_NUMBER));
    if (!continues(hasLine, hasOrdinal, line, ordinal)) {
      return null;
    }
    List<String> filled = new ArrayList<>(cells);
    int entryIndex = header.index(Es003Column.ENTRY_SUMMARY_NUMBER).getAsInt();
    filled.set(entryIndex, from.get(entryIndex));
    for (int index : table.fieldIndexes().values()) {
      filled.set(index, from.get(index));
    }
    if (hasLine && Texts.isBlank(lineCell)) {
      filled.set(header.index(Es003Column.ENTRY_SUMMARY_LINE_NUMBER).getAsInt(),
          Long.toString(line));
    }
    lastLine = line;
    lastOrdinal = ordinal;
    return filled;
  }

  private boolean continues(boolean hasLine, boolean hasOrdinal, long line, long ordinal) {
    if (hasLine && hasOrdinal) {
      return lastLine >= 0 && lastOrdinal >= 0 && line >= 0 && ordinal >= 0
          && ((line == lastLine && ordinal == lastOrdinal + 1)
              || (line == lastLine + 1 && ordinal == 1));
    }
    if (hasLine) {
      return lastLine >= 0 && line >= 0 && (line == lastLine || line == lastLine + 1);
    }
    if (hasOrdinal) {
      return lastOrdinal >= 0 && ordinal >= 0 && (ordinal == lastOrdinal + 1 || ordinal == 1);
    }
    return true;
  }

  /** A small whole number written in digits, or -1 for anything else (blank, text). */
  private static long number(String cell) {
    String text = cell.strip();
    if (text.isEmpty() || text.length() > 9) {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
