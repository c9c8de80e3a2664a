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
package org.caperules.core.forecast;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rates file, cape-rules' own small CSV form of the {@link InterestRateTable}: the
 * header {@code Quarter, Non-Corporate, Corporate, Source, Confirmation}, then one quarter a
 * line, for example {@code 2027-Q1, 7, 6, IRS Rev. Rul. 2026-20, REPORTED}. Rates are percent a
 * year; a cell may be quoted ({@code "IRS, as reported"}) with {@code ""} for a quote; blank lines
 * and lines starting with {@code #} are skipped. Core has no CSV library (no runtime
 * dependency), and the form is fixed, so it is read here by hand.
 *
 * <p>Every error is an {@link IllegalArgumentException} naming the file, the line and the
 * column, for example {@code rates.csv line 3, column Corporate: '6x' is not a percentage}.
 */
final class RateFile {

  /** The header, in order. */
  static final List<String> HEADER = List.of("Quarter", "Non-Corporate", "Corporate", "Source",
      "Confirmation");

  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

  private RateFile() {}

  static List<RateTableRow> read(Reader reader, String name) throws IOException {
    BufferedReader lines = new BufferedReader(reader);
    List<RateTableRow> rows = new ArrayList<>();
    boolean headerSeen = false;
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      String text = number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
      if (text.isBlank() || text.stripLeading().startsWith("#")) {
        continue;
      }
      List<String> cells = cells(text, name, number);
      if (!headerSeen) {
        if (!cells.equals(HEADER)) {
          throw new IllegalArgumentException(name + " line " + number + ": the header must be '"
              + String.join(", ", HEADER) + "', but was '" + String.join(", ", cells) + "'");
        }
        headerSeen = true;
        continue;
      }
      if (cells.size() != HEADER.size()) {
        throw new IllegalArgumentException(name + " line " + number + ": " + HEADER.size()
            + " cells expected, but found " + cells.size());
      }
      rows.add(row(cells, name, number));
    }
    if (!headerSeen) {
      throw new IllegalArgumentException(name + ": no header '" + String.join(", ", HEADER)
          + "'");
    }
    return rows;
  }

  private static RateTableRow row(List<String> cells, String name, int line) {
    Matcher quarter = QUARTER.matcher(cells.get(0));
    if (!quarter.matches()) {
      throw bad(name, line, 0, cells.get(0), "is not a quarter such as 2027-Q1");
    }
    LocalDate start = LocalDate.of(Integer.parseInt(quarter.group(1)),
        (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1, 1);
    BigDecimal nonCorporate = percent(cells, 1, name, line);
    BigDecimal corporate = percent(cells, 2, name, line);
    if (cells.get(3).isEmpty()) {
      throw bad(name, line, 3, "", "is blank; name the notice or ruling");
    }
    Confirmation confirmation;
    try {
      confirmation = Confirmation.valueOf(cells.get(4).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException ex) {
      throw bad(name, line, 4, cells.get(4), "is not CONFIRMED, REPORTED or PROJECTED");
    }
    try {
      return new RateTableRow(start, nonCorporate, corporate, confirmation, cells.get(3));
    } catch (IllegalArgumentException ex) {
      throw new IllegalArgumentException(name + " line " + line + ": " + ex.getMessage(), ex);
    }
  }

  private static BigDecimal percent(List<String> cells, int column, String name, int line) {
    String text = cells.get(column);
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException ex) {
      throw bad(name, line, column, text, "is not a percentage such as 7 or 6.5");
    }
  }

  private static IllegalArgumentException bad(String name, int line, int column, String value,
      String what) {
    return new IllegalArgumentException(name + " line " + line + ", column "
        + HEADER.get(column) + ": '" + value + "' " + what);
  }

  /** Splits one line into trimmed cells; a quoted cell keeps its commas. */
  private static List<String> cells(String line, String name, int number) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int i = 0;
    while (true) {
      while (i < line.length() && line.charAt(i) == ' ') {
        i++;
      }
      if (i < line.length() && line.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= line.length()) {
            throw new IllegalArgumentException(name + " line " + number + ": a quoted cell is"
                + " not closed");
          }
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < line.length() && line.charAt(i) == '"') {
              cell.append('"');
              i++;
            } else {
              break;
            }
          } else {
            cell.append(c);
          }
        }
        while (i < line.length() && line.charAt(i) != ',') {
          if (line.charAt(i) != ' ') {
            throw new IllegalArgumentException(name + " line " + number + ": text after a"
                + " quoted cell");
          }
          i++;
        }
      } else {
        while (i < line.length() && line.charAt(i) != ',') {
          cell.append(line.charAt(i++));
        }
      }
      cells.add(cell.toString().strip());
      cell.setLength(0);
      if (i >= line.length()) {
        return cells;
      }
      i++;  // the comma
    }
  }
}
