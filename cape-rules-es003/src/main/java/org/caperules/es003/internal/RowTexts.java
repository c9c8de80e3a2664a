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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.caperules.es003.Cell;
import org.caperules.es003.CellKind;
import org.caperules.es003.Es003Column;
import org.jspecify.annotations.Nullable;

/**
 * Turns a row of cells into the texts the row rules read: a text cell loses Excel's {@code
 * ="..."} wrapper, a typed cell is read by its kind in its column ({@link TypedCells}), and a
 * workbook row is padded to its header's width (a workbook row ends at its last cell with a
 * value). The damage a typed cell shows (an entry number that lost its leading zeros, an error
 * cell) is kept by column for the row's problems.
 *
 * <p>Example: the CSV cells {@code ="SYN10000012",99030125,850.00} give the texts {@code
 * SYN10000012,99030125,850.00}; the workbook cells {@code NUMBER 1234567890} in {@code Entry
 * Summary Number} give the text {@code 1234567890} and the damage "Entry number 1234567890 looks
 * damaged by a spreadsheet: ...".
 *
 * <p>Not thread-safe: one per read; {@link #typed} reuses its buffer row after row.
 */
final class RowTexts {

  private final List<String> texts = new ArrayList<>();
  private final Map<Es003Column, String> damage = new EnumMap<>(Es003Column.class);
  private final @Nullable String[] typed = new String[2];

  /** The texts of a row of typed cells, in a buffer reused by the next row. */
  List<String> typed(Table table, List<Cell> cells) {
    texts.clear();
    damage.clear();
    for (int i = 0; i < cells.size(); i++) {
      Cell cell = cells.get(i);
      if (cell.kind() == CellKind.TEXT) {
        texts.add(Cell.unwrapExcelText(cell.text()));
        continue;
      }
      Es003Column role = table.role(i);
      TypedCells.read(cell, role, table.date1904(), typed);
      String text = typed[0];
      texts.add(text == null ? "" : text);
      String problem = typed[1];
      if (problem != null && role != null && Table.isUsed(role)) {
        damage.put(role, problem);
      }
    }
    Es003Header header = table.header();
    while (header != null && texts.size() < header.columnCount()) {
      texts.add("");
    }
    return texts;
  }

  /** The damage of the row given to {@link #typed} last, by column. */
  Map<Es003Column, String> damage() {
    return damage;
  }

  /** Tells whether a list is the buffer {@link #typed} reuses, which must be copied to keep. */
  boolean isBuffer(List<String> cells) {
    return cells == texts;
  }

  /** The texts of a row of text cells: the same list unless a cell has a {@code ="..."}. */
  static List<String> text(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).indexOf('=') >= 0) {
        List<String> out = new ArrayList<>(cells.size());
        for (int j = 0; j < cells.size(); j++) {
          out.add(Cell.unwrapExcelText(cells.get(j)));
        }
        return out;
      }
    }
    return cells;
  }
}
