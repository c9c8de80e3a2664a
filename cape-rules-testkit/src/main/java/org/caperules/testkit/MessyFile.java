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
package org.caperules.testkit;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link MessyExport} wrote into one file, so a test can say what its reader should have
 * found: where the header is, how many rows are data, which shapes the seed chose.
 *
 * <p>Example: {@code MessyExport.of(7).writeCsv(file, entries)} for 3 entries of 2 duty lines
 * might give {@code titleRows} 4 (report name, run date, one prompt, a blank row), {@code
 * headerLine} 5, {@code dataRows} 6, {@code continuationRows} 3, {@code footerRows} 2, {@code
 * wrappedColumns} {@code [Entry Summary Number, HTS Number - Full]}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param file  the file written
 * @param sheets  the sheet names, in order ({@code Main Report}, {@code Main Report (2)}); for
 *     CSV the one name {@code Main Report}
 * @param columns  the header row's cells, in order; supplementary columns left out are absent
 * @param titleRows  the rows above the header row in the first sheet, the blank row included;
 *     0 without {@link MessyShape#TITLE_ROWS}
 * @param headerLine  the 1-based line (row number) of the first sheet's header row
 * @param dataRows  the data rows in all sheets: one per duty line of the entries
 * @param continuationRows  the data rows whose entry-level cells are blank ({@link
 *     MessyShape#HIDE_DUPLICATES})
 * @param footerRows  the rows after the data, the blank row included: 0 or 2
 * @param wrappedColumns  the columns whose cells are wrapped in {@code ="..."}
 */
public record MessyFile(Path file, List<String> sheets, List<String> columns, int titleRows,
    int headerLine, int dataRows, int continuationRows, int footerRows,
    List<String> wrappedColumns) {

  /**
   * Checks the components and copies the lists.
   *
   * @param file  the file written
   * @param sheets  the sheet names
   * @param columns  the header row's cells
   * @param titleRows  the rows above the header row
   * @param headerLine  the 1-based line of the header row
   * @param dataRows  the data rows
   * @param continuationRows  the data rows with blank entry-level cells
   * @param footerRows  the rows after the data
   * @param wrappedColumns  the columns wrapped in {@code ="..."}
   * @throws NullPointerException if a component is null
   */
  public MessyFile {
    Objects.requireNonNull(file, "file");
    sheets = List.copyOf(sheets);
    columns = List.copyOf(columns);
    wrappedColumns = List.copyOf(wrappedColumns);
  }
}
