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
package org.caperules.examples.cli;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caperules.core.ImporterNumber;
import org.caperules.core.forecast.RateClass;
import org.caperules.core.readiness.ImporterProfile;
import org.jspecify.annotations.Nullable;

/**
 * Reads a roster of importers, the batch input of {@code cape-rules readiness --roster} and the
 * rate classes of {@code cape-rules screen --roster}: a UTF-8 CSV file whose header names the keys
 * of a readiness profile ({@link ReadinessProfileFile}), one importer a row. A blank cell means
 * the key is absent. Example:
 *
 * <pre>
 * importer.number,importer.legalName,route,ace.status,ace.importerSubAccounts,ach.status,...,rateClass
 * 12-3456789A1,Example Imports LLC,IMPORTER_FILES,ACTIVE,12-3456789A1,ACTIVE,...,CORPORATE
 * </pre>
 *
 * <p>A header cell that is not a key is an error for the file (a misspelt column would otherwise
 * be ignored); {@code importer.number} is required. A row that cannot be read is an error for
 * that importer only: its {@link Row#error()} names the line and the key, and the other rows are
 * read. Excel's {@code ="..."} text cells are unwrapped.
 */
final class ReadinessRoster {

  /**
   * One row of the roster.
   *
   * @param line  the line number in the file, 1 for the header
   * @param importerText  the importer number as written, for messages
   * @param importer  the importer number, or null if it cannot be read
   * @param profile  the profile, or null if the row has an error
   * @param rateClass  the rate class, or null if the cell is blank or bad
   * @param error  what is wrong with the row, or null
   */
  record Row(long line, String importerText, @Nullable ImporterNumber importer,
      @Nullable ImporterProfile profile, @Nullable RateClass rateClass, @Nullable String error) {}

  private ReadinessRoster() {}

  /**
   * Reads a roster.
   *
   * @param file  the roster
   * @return the rows, in file order
   * @throws UnusableInputException if the file is missing or unreadable, has no header, or a
   *     header cell is not a profile key
   */
  static List<Row> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UnusableInputException("Roster '" + file + "' "
          + (Files.isDirectory(file) ? "is a directory" : "does not exist"));
    }
    List<Row> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(true).ofCsvRecord(in)) {
      List<String> header = null;
      for (CsvRecord record : csv) {
        if (header == null) {
          header = header(file, record.getFields());
          continue;
        }
        rows.add(row(file, header, record));
      }
      if (header == null) {
        throw new UnusableInputException("Roster '" + file + "' is empty: it needs a header of"
            + " profile keys, starting with importer.number");
      }
    } catch (IOException | UncheckedIOException | CsvParseException ex) {
      throw new UnusableInputException("Roster '" + file + "' cannot be read: "
          + ex.getMessage());
    }
    return rows;
  }

  private static List<String> header(Path file, List<String> cells) {
    List<String> keys = new ArrayList<>();
    for (String cell : cells) {
      String key = cell.replace("\uFEFF", "").strip();
      if (!ReadinessProfileFile.KEYS.contains(key)) {
        throw new UnusableInputException("Roster '" + file + "': column '" + key + "' is not a"
            + " profile key; see 'cape-rules readiness --help' for the keys");
      }
      keys.add(key);
    }
    if (!keys.contains("importer.number")) {
      throw new UnusableInputException("Roster '" + file + "' has no column importer.number");
    }
    return keys;
  }

  private static Row row(Path file, List<String> header, CsvRecord record) {
    long line = record.getStartingLineNumber();
    String where = file.getFileName() + " line " + line;
    Map<String, String> values = new LinkedHashMap<>();
    List<String> cells = record.getFields();
    for (int i = 0; i < header.size() && i < cells.size(); i++) {
      String value = unwrap(cells.get(i));
      if (!value.isEmpty()) {
        values.put(header.get(i), value);
      }
    }
    String importerText = values.getOrDefault("importer.number", "");
    ImporterNumber importer = null;
    try {
      importer = ImporterNumber.parse(importerText);
    } catch (IllegalArgumentException ex) {
      // the profile below names the error
    }
    RateClass rateClass = null;
    String rate = values.get("rateClass");
    try {
      if (rate != null) {
        rateClass = ReadinessProfileFile.rateClass(where, rate);
      }
      return new Row(line, importerText, importer,
          ReadinessProfileFile.fromValues(where, values), rateClass, null);
    } catch (UnusableInputException | IllegalArgumentException ex) {
      return new Row(line, importerText, importer, null, rateClass, ex.getMessage());
    }
  }

  /** Trims a cell and unwraps Excel's text form {@code ="..."}. */
  private static String unwrap(String cell) {
    String text = cell.strip();
    if (text.length() >= 3 && text.startsWith("=\"") && text.endsWith("\"")) {
      return text.substring(2, text.length() - 1).strip();
    }
    return text;
  }
}
