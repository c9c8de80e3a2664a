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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caperules.core.eligibility.Verdict;
import org.caperules.core.readiness.PlannedEntry;

/**
 * The entries of a screening report written by {@code cape-rules screen}
 * ({@code screening-report.csv}), by importer, as {@code cape-rules readiness --screening-report}
 * plans them: the columns {@code Entry Number, Importer Number, Verdict, CAPE Last Day, IEEPA
 * Duty} are read, the others ignored. Importer numbers are kept as the report writes them (an SSN
 * masked, {@code ***-**-6789}), so a roster's importer is found by its masked or its full number.
 * A row that cannot be read is skipped and counted.
 *
 * @param byImporter  the entries of each importer, by the report's Importer Number cell
 * @param rowsSkipped  the rows that could not be read
 */
record ScreeningReportEntries(Map<String, List<PlannedEntry>> byImporter, long rowsSkipped) {

  private static final List<String> COLUMNS = List.of("Entry Number", "Importer Number",
      "Verdict", "CAPE Last Day", "IEEPA Duty");

  /**
   * Reads a screening report.
   *
   * @param file  the report
   * @return the entries by importer
   * @throws UnusableInputException if the file is missing, unreadable or lacks a column
   */
  static ScreeningReportEntries read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UnusableInputException("Screening report '" + file + "' "
          + (Files.isDirectory(file) ? "is a directory" : "does not exist"));
    }
    Map<String, List<PlannedEntry>> byImporter = new HashMap<>();
    long skipped = 0;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(true).ofCsvRecord(in)) {
      int[] index = null;
      for (CsvRecord record : csv) {
        List<String> cells = record.getFields();
        if (index == null) {
          index = columns(file, cells);
          continue;
        }
        try {
          String entry = cell(cells, index[0]);
          String importer = cell(cells, index[1]);
          boolean declarable = Verdict.valueOf(cell(cells, index[2])).isDeclarable();
          String lastDay = cell(cells, index[3]);
          BigDecimal duty = new BigDecimal(cell(cells, index[4]));
          byImporter.computeIfAbsent(importer, key -> new ArrayList<>()).add(new PlannedEntry(
              entry, null, declarable, lastDay.isEmpty() ? null : LocalDate.parse(lastDay), duty));
        } catch (IllegalArgumentException | DateTimeParseException ex) {
          skipped++;
        }
      }
      if (index == null) {
        throw new UnusableInputException("Screening report '" + file + "' is empty");
      }
    } catch (IOException | UncheckedIOException | CsvParseException ex) {
      throw new UnusableInputException("Screening report '" + file + "' cannot be read: "
          + ex.getMessage());
    }
    return new ScreeningReportEntries(byImporter, skipped);
  }

  private static int[] columns(Path file, List<String> header) {
    int[] index = new int[COLUMNS.size()];
    for (int i = 0; i < COLUMNS.size(); i++) {
      index[i] = header.indexOf(COLUMNS.get(i));
      if (index[i] < 0) {
        throw new UnusableInputException("Screening report '" + file + "' has no column '"
            + COLUMNS.get(i) + "'; give the screening-report.csv written by 'cape-rules screen'");
      }
    }
    return index;
  }

  /** A cell, without the apostrophe the report puts before a cell a spreadsheet would run. */
  private static String cell(List<String> cells, int i) {
    String text = i < cells.size() ? cells.get(i).strip() : "";
    return text.startsWith("'") ? text.substring(1) : text;
  }

  /**
   * Returns the entries of an importer, by its masked or its full number.
   *
   * @param masked  the number as the report masks it
   * @param full  the full number
   * @return the entries, possibly none
   */
  List<PlannedEntry> of(String masked, String full) {
    List<PlannedEntry> entries = new ArrayList<>(byImporter.getOrDefault(masked, List.of()));
    if (!full.equals(masked)) {
      entries.addAll(byImporter.getOrDefault(full, List.of()));
    }
    return entries;
  }
}
