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

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.caperules.es003.Es003Column;
import org.jspecify.annotations.Nullable;

/**
 * The entry-level values of the ES-003 row being read ({@link EntryField}), parsed from its
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
    /** A cell of entry-level field {@code field} that cannot be read, and why. */
    void failed(EntryField field, String cell, IllegalArgumentException ex);
  }

  /** A distinct value and its cell text, so that entries share one string per distinct text. */
  private record Pooled(Object value, String text) {}

  /** The distinct values of each field so far, by cell text. */
  private final Map<EntryField, Map<String, Pooled>> pools = new EnumMap<>(EntryField.class);
  private final Map<EntryField, Object> parsed = new EnumMap<>(EntryField.class);
  private final Map<EntryField, String> texts = new EnumMap<>(EntryField.class);
  /** The index map {@link #fields} and {@link #columns} were taken from. */
  private @Nullable Map<EntryField, Integer> indexedFrom;
  /**
   * The fields of {@link #indexedFrom}, in its order, and the index of each one's column, read by
   * position: iterating the map itself would make an entry object per field and row.
   */
  private EntryField[] fields = new EntryField[0];
  private int[] columns = new int[0];

  RowValues() {
    for (EntryField field : EntryField.values()) {
      pools.put(field, new HashMap<>());
    }
  }

  /**
   * Reads the entry-level cells of a row. A field the file lacks (no index), a field with a cell
   * problem, and a cell equal to the text {@code state} already holds give no value; a cell that
   * cannot be read gives no value and goes to {@code failures}.
   *
   * @param cells  the row's cells
   * @param indexes  the index of each entry-level field's column in the row, if the file has it
   * @param state  the row's entry so far, or null if it is new
   * @param cellProblems  the columns whose cells the reader says cannot be trusted
   * @param failures  told of each cell that cannot be read
   */
  void read(List<String> cells, Map<EntryField, Integer> indexes, @Nullable EntryDraft state,
      Map<Es003Column, String> cellProblems, Failures failures) {
    if (indexes != indexedFrom) {
      index(indexes);
    }
    parsed.clear();
    texts.clear();
    boolean problems = !cellProblems.isEmpty();
    for (int k = 0; k < fields.length; k++) {
      EntryField field = fields[k];
      if (problems && cellProblems.containsKey(field.column())) {
        continue;
      }
      String cell = cells.get(columns[k]);
      if (state != null && state.value(field) != null && cell.equals(state.cell(field))) {
        continue; // the same text as the value already taken: agrees, no parsing needed
      }
      Map<String, Pooled> pool = Objects.requireNonNull(pools.get(field), "pool");
      Pooled pooled = pool.get(cell);
      if (pooled != null) {
        parsed.put(field, pooled.value());
        texts.put(field, pooled.text());
        continue;
      }
      try {
        Object value = field.parse(cell);
        parsed.put(field, value);
        texts.put(field, cell);
        if (pool.size() < POOL_LIMIT) {
          pool.put(cell, new Pooled(value, cell));
        }
      } catch (IllegalArgumentException ex) {
        failures.failed(field, cell, ex);
      }
    }
  }

  /** Takes the fields and column indexes of a table's index map, in its order. */
  private void index(Map<EntryField, Integer> indexes) {
    fields = new EntryField[indexes.size()];
    columns = new int[indexes.size()];
    int k = 0;
    for (Map.Entry<EntryField, Integer> at : indexes.entrySet()) {
      fields[k] = at.getKey();
      columns[k++] = at.getValue();
    }
    indexedFrom = indexes;
  }

  /** The value of a field in the row read last, or null if it gave none. */
  @Nullable Object value(EntryField field) {
    return parsed.get(field);
  }

  /** The cell text of {@link #value(EntryField)}, or null. */
  @Nullable String text(EntryField field) {
    return texts.get(field);
  }
}
