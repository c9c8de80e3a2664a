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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caperules.csv.es003.Es003Column;
import org.jspecify.annotations.Nullable;

/**
 * The entry-level values of the ES-003 row being read ({@link EntryColumns}), parsed from its
 * cells. The same few texts repeat on every row (the dates, importers and statuses of a file), so
 * each distinct text of a column is parsed once and its value shared by every entry, up to
 * {@value #POOL_LIMIT} texts per column; a cell equal to the text its entry already holds is not
 * parsed at all. The values are scratch: they are overwritten by the next row and never kept.
 *
 * <p>Example: a file whose 10,000 rows all have {@code Entry Date} {@code 04/08/2025} parses the
 * date once; the second row's value is the same {@code LocalDate} instance, and its text the same
 * string.
 *
 * <p>Not thread-safe: one per read.
 */
final class RowValues {

  /** The most distinct texts pooled per entry-level column (dates, importers, statuses). */
  static final int POOL_LIMIT = 10_000;

  /** Told of each cell that cannot be read. */
  @FunctionalInterface
  interface Failures {
    /** A cell of entry-level column {@code i} that cannot be read, and why. */
    void failed(int i, String cell, IllegalArgumentException ex);
  }

  /** The distinct values of each column so far, by cell text. */
  private final List<Map<String, Object>> pools = new ArrayList<>(EntryColumns.count());
  /** The cell texts of {@link #pools}, so that entries share one string per distinct text. */
  private final List<Map<String, String>> pooledTexts = new ArrayList<>(EntryColumns.count());
  private final @Nullable Object[] parsed = new Object[EntryColumns.count()];
  private final @Nullable String[] texts = new String[EntryColumns.count()];

  RowValues() {
    for (int i = 0; i < EntryColumns.count(); i++) {
      pools.add(new HashMap<>());
      pooledTexts.add(new HashMap<>());
    }
  }

  /**
   * Reads the entry-level cells of a row. A column the file lacks ({@code indexes[i] < 0}), a
   * column with a cell problem, and a cell equal to the text {@code state} already holds give no
   * value; a cell that cannot be read gives no value and goes to {@code failures}.
   *
   * @param cells  the row's cells
   * @param indexes  the index of each entry-level column in the row, or -1
   * @param state  the row's entry so far, or null if it is new
   * @param cellProblems  the columns whose cells the reader says cannot be trusted
   * @param failures  told of each cell that cannot be read
   */
  void read(List<String> cells, int[] indexes, @Nullable EntryState state,
      Map<Es003Column, String> cellProblems, Failures failures) {
    for (int i = 0; i < parsed.length; i++) {
      parsed[i] = null;
      texts[i] = null;
      int index = indexes[i];
      if (index < 0 || cellProblems.containsKey(EntryColumns.column(i))) {
        continue;
      }
      String cell = cells.get(index);
      if (state != null && state.value(i) != null && cell.equals(state.cell(i))) {
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
        Object value = EntryColumns.parse(i, cell);
        parsed[i] = value;
        texts[i] = cell;
        if (pool.size() < POOL_LIMIT) {
          pool.put(cell, value);
          pooledTexts.get(i).put(cell, cell);
        }
      } catch (IllegalArgumentException ex) {
        failures.failed(i, cell, ex);
      }
    }
  }

  /** The value of column {@code i} in the row read last, or null if it gave none. */
  @Nullable Object value(int i) {
    return parsed[i];
  }

  /** The cell text of {@link #value(int)}, or null. */
  @Nullable String text(int i) {
    return texts[i];
  }
}
