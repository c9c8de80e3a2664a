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
import org.caperules.core.result.Problem;
import org.caperules.core.result.ProblemCode;
import org.jspecify.annotations.Nullable;

/**
 * The notices a read gives about its tables as they end, never about a row: the title rows
 * skipped above a header, a header with no rows under it, which sheets of a workbook were read
 * and which skipped; and, for a workbook none of whose sheets has a header row, the sheet whose
 * row came closest, for the error.
 *
 * <p>Example: a workbook with the sheets {@code Prompts} (no header), {@code Main Report} and
 * {@code Main Report (2)} gives "Read 2 sheets of 'big.xlsx' as ES-003 data: 'Main Report', 'Main
 * Report (2)'; skipped 1 sheet without an ES-003 header row: 'Prompts'", and the problems of the
 * second data sheet name their file {@code big.xlsx [Main Report (2)]}.
 *
 * <p>Not thread-safe: part of one read.
 */
final class TableNotes {

  /** The workbook whose sheets are being read, and its sheets read and skipped so far. */
  private @Nullable String sheetsOf;
  private final List<String> sheetsRead = new ArrayList<>();
  private final List<String> sheetsSkipped = new ArrayList<>();
  /** Of the tables of the current file that had no header, the one whose row came closest. */
  private @Nullable Table closestMiss;

  /**
   * Starts a table; returns the name its problems give as their file: the file's, with the sheet
   * for a workbook's second and later data sheets.
   */
  String start(String file, @Nullable String sheet, ProblemLog problems) {
    Table missed = closestMiss;
    if (missed != null && !missed.file().equals(file)) {
      closestMiss = null;
    }
    if (sheet == null || !file.equals(sheetsOf)) {
      endSheets(problems);
      sheetsOf = sheet == null ? null : file;
    }
    return sheet != null && !sheetsRead.isEmpty() ? file + " [" + sheet + "]" : file;
  }

  /** Ends a table: its notices go to {@code problems} at the table's place. */
  void end(Table ended, ProblemLog problems) {
    String sheet = ended.sheet();
    boolean found = ended.header() != null;
    if (sheet != null) {
      (found ? sheetsRead : sheetsSkipped).add(sheet);
    }
    if (!found) {
      Table missed = closestMiss;
      if (ended.closestScore() > 0
          && (missed == null || ended.closestScore() > missed.closestScore())) {
        closestMiss = ended;
      }
      return;
    }
    List<Long> titles = ended.titleLines();
    if (!titles.isEmpty()) {
      problems.add(ended.problemsAt(), Problem.ofFile(ProblemCode.TITLE_ROWS_SKIPPED,
          ended.file(), "Skipped " + count(titles.size(), "title row") + " above the header row ("
              + lines(titles) + ")" + sheetNote(ended) + (ended.runDate() == null ? ""
                  : "; the export was run on " + ended.runDate())));
    }
    Table.LineRun footers = ended.footers();
    if (footers.count() > 0) {
      problems.add(Problem.ofFile(ProblemCode.FOOTER_ROWS_SKIPPED, ended.file(),
          "Skipped " + count(footers.count(), "footer row") + " (totals under the data, "
              + footers.lines() + ")" + sheetNote(ended)));
    }
    Table.LineRun filled = ended.filledRows();
    if (filled.count() > 0) {
      problems.add(Problem.ofFile(ProblemCode.ROWS_FILLED, ended.file(), "Filled "
          + count(filled.count(), "row") + " whose entry number and entry-level cells were"
          + " blank (a \"hide duplicates\" layout) from the entry whose rows they continue ("
          + filled.lines() + ")" + sheetNote(ended)));
    }
    if (ended.rows() == 0) {
      problems.add(ended.problemsAt(), Problem.ofFile(ProblemCode.NO_DATA_ROWS, ended.file(),
          "The file has a header but no rows" + sheetNote(ended)));
    }
  }

  /** The exception for the closest row of the file's tables without a header, or null. */
  @Nullable RuntimeException closestMiss() {
    Table missed = closestMiss;
    return missed == null ? null : missed.noHeader();
  }

  /**
   * Notes which sheets of the workbook just read were read and which skipped, when it had more
   * than one.
   */
  void endSheets(ProblemLog problems) {
    String workbook = sheetsOf;
    if (workbook != null && sheetsRead.size() + sheetsSkipped.size() > 1) {
      String message = "Read " + count(sheetsRead.size(), "sheet") + " of '" + workbook
          + "' as ES-003 data" + names(sheetsRead)
          + (sheetsSkipped.isEmpty() ? "" : "; skipped " + count(sheetsSkipped.size(), "sheet")
              + " without an ES-003 header row" + names(sheetsSkipped));
      problems.add(Problem.ofFile(ProblemCode.SHEETS_READ, workbook, message));
    }
    sheetsOf = null;
    sheetsRead.clear();
    sheetsSkipped.clear();
  }

  private static String names(List<String> sheets) {
    StringBuilder out = new StringBuilder(sheets.isEmpty() ? "" : ": ");
    for (int i = 0; i < sheets.size(); i++) {
      out.append(i > 0 ? ", " : "").append(Texts.quote(sheets.get(i)));
    }
    return out.toString();
  }

  /** {@code 1 row}, {@code 2 rows}. */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** Lines as ranges: {@code lines 1-3, 5}. */
  static String lines(List<Long> lines) {
    StringBuilder out = new StringBuilder(lines.size() == 1 ? "line " : "lines ");
    int i = 0;
    while (i < lines.size()) {
      int j = i;
      while (j + 1 < lines.size() && lines.get(j + 1) == lines.get(j) + 1) {
        j++;
      }
      out.append(i > 0 ? ", " : "").append(lines.get(i));
      if (j > i) {
        out.append('-').append(lines.get(j));
      }
      i = j + 1;
    }
    return out.toString();
  }

  private static String sheetNote(Table ended) {
    String sheet = ended.sheet();
    return sheet == null ? "" : " (sheet '" + sheet + "')";
  }
}
