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
package org.caperules.report.input;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.caperules.report.ReportInputException;

/**
 * A CSV file read by column name: the header's names are matched trimmed and case-insensitively,
 * columns the reader does not know are ignored, and their order does not matter, so a file with
 * columns added by a later release (or moved by a spreadsheet) reads the same. A UTF-8 byte
 * order mark before the header is dropped. A cell that a spreadsheet-safe writer neutralised
 * with a leading apostrophe ({@code '=cmd}) is read back as written before that ({@code =cmd}).
 *
 * <p>Example: a header {@code Payee,Total,Entries} and a row {@code IOR 12-3456789A1,100.00,1}
 * give {@code row.text("Total") = "100.00"}; {@code row.text("Interest")} is empty.
 */
final class CsvTable {

  /** The spreadsheet neutraliser the project's CSV writers put before a formula-like cell. */
  private static final char NEUTRALISER = '\'';

  private final Path file;
  private final Map<String, Integer> columns;
  private final List<String> header;

  private CsvTable(Path file, List<String> header) {
    this.file = file;
    this.header = List.copyOf(header);
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      byName.putIfAbsent(key(header.get(i)), i);
    }
    this.columns = byName;
  }

  /**
   * Reads a file: checks that the required columns are in its header, then hands each data row
   * to the consumer in file order.
   *
   * @param file  the file
   * @param required  the columns without which the file cannot be used
   * @param rows  receives each row
   * @return the table's header, for {@link #has(String)}
   * @throws ReportInputException if the file is missing or unreadable, has no header, or lacks
   *     a required column
   */
  static CsvTable read(Path file, List<String> required, Consumer<Row> rows) {
    try (PushbackReader in = new PushbackReader(
        Files.newBufferedReader(file, StandardCharsets.UTF_8), 1)) {
      int first = in.read();
      if (first >= 0 && first != '\uFEFF') {
        in.unread(first);
      }
      try (CsvReader<CsvRecord> reader = CsvReader.builder()
          .skipEmptyLines(true)
          .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
          .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
          .ofCsvRecord(in)) {
        Iterator<CsvRecord> records = reader.iterator();
        if (!records.hasNext()) {
          throw new ReportInputException(file, file + ": no header (the file is empty)", null);
        }
        CsvTable table = new CsvTable(file, records.next().getFields());
        List<String> missing = new ArrayList<>();
        for (String column : required) {
          if (!table.has(column)) {
            missing.add(column);
          }
        }
        if (!missing.isEmpty()) {
          throw new ReportInputException(file, file + ": required column"
              + (missing.size() == 1 ? " '" + missing.get(0) + "' missing"
                  : "s '" + String.join("', '", missing) + "' missing")
              + " (header: " + String.join(", ", table.header) + ")", null);
        }
        while (records.hasNext()) {
          CsvRecord record = records.next();
          rows.accept(table.new Row(record));
        }
        return table;
      }
    } catch (NoSuchFileException ex) {
      throw new ReportInputException(file, file + ": file not found", ex);
    } catch (CsvParseException ex) {
      throw new ReportInputException(file, file + ": not a readable CSV file ("
          + ex.getMessage() + ")", ex);
    } catch (IOException | UncheckedIOException ex) {
      throw new ReportInputException(file, file + ": cannot be read (" + ex.getMessage() + ")",
          ex);
    }
  }

  /**
   * Tells whether the header has a column.
   *
   * @param column  the column name
   * @return true if present
   */
  boolean has(String column) {
    return columns.containsKey(key(column));
  }

  /** Returns the file, for problem positions. */
  Path file() {
    return file;
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /** One data row of the table. */
  final class Row {
    private final CsvRecord record;

    private Row(CsvRecord record) {
      this.record = record;
    }

    /**
     * Returns the line the row starts on (the header is line 1).
     *
     * @return the line number
     */
    long line() {
      return record.getStartingLineNumber();
    }

    /** Returns the file the row is in. */
    Path file() {
      return file;
    }

    /**
     * Tells whether the row's table has a column.
     *
     * @param column  the column name
     * @return true if present
     */
    boolean has(String column) {
      return CsvTable.this.has(column);
    }

    /**
     * Returns a cell, stripped, with a spreadsheet neutraliser removed; empty when the column
     * is absent or the row is short.
     *
     * @param column  the column name
     * @return the text, never null
     */
    String text(String column) {
      Integer index = columns.get(key(column));
      if (index == null || index >= record.getFieldCount()) {
        return "";
      }
      String value = record.getField(index).strip();
      if (value.length() > 1 && value.charAt(0) == NEUTRALISER
          && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
        return value.substring(1);
      }
      return value;
    }
  }
}
