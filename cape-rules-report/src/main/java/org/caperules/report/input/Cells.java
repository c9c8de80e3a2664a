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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.caperules.core.result.Position;
import org.caperules.core.result.Problem;
import org.caperules.core.result.ProblemCode;
import org.jspecify.annotations.Nullable;

/**
 * The values of the report's input cells, in the shapes the project writes them and the shapes
 * a spreadsheet saves them in: dates {@code 2026-07-13} or {@code 7/13/2026}; amounts
 * {@code 1234.56}, {@code 1,234.56}, {@code $1,234.56} or {@code 1234.5600000001} (rounded half
 * up to cents). A value that is none of these is a {@link Problem} naming file, line, column,
 * value and entry.
 */
final class Cells {

  private static final Pattern AMOUNT = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?");
  private static final Pattern INTEGER = Pattern.compile("\\d+");
  private static final DateTimeFormatter US_DATE =
      DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  private final CsvTable.Row row;
  private final String entry;
  private final List<Problem> problems;
  private boolean failed;

  Cells(CsvTable.Row row, String entry, List<Problem> problems) {
    this.row = row;
    this.entry = entry;
    this.problems = problems;
  }

  /** Tells whether a value of this row was bad. */
  boolean failed() {
    return failed;
  }

  String text(String column) {
    return row.text(column);
  }

  /** An amount with two decimals, or {@code null} when blank or bad (a problem then). */
  @Nullable BigDecimal money(String column) {
    String text = row.text(column);
    if (text.isEmpty()) {
      return null;
    }
    String plain = text.replace(",", "").replace("$", "").strip();
    if (!AMOUNT.matcher(plain).matches()) {
      problem(ProblemCode.BAD_AMOUNT, column, text, "is not an amount such as 1234.56");
      return null;
    }
    return new BigDecimal(plain).setScale(2, RoundingMode.HALF_UP);
  }

  /** A whole number, or {@code null} when blank or bad (a problem then). */
  @Nullable Integer count(String column) {
    String text = row.text(column).replace(",", "");
    if (text.isEmpty()) {
      return null;
    }
    if (!INTEGER.matcher(text).matches() || text.length() > 9) {
      problem(ProblemCode.BAD_AMOUNT, column, text, "is not a whole number");
      return null;
    }
    return Integer.valueOf(text);
  }

  /** A date, or {@code null} when blank or bad (a problem then). */
  @Nullable LocalDate date(String column) {
    String text = row.text(column);
    if (text.isEmpty()) {
      return null;
    }
    try {
      return text.indexOf('/') >= 0 ? LocalDate.parse(text, US_DATE) : LocalDate.parse(text);
    } catch (DateTimeParseException ex) {
      problem(ProblemCode.BAD_DATE, column, text, "is not a date YYYY-MM-DD or M/D/YYYY");
      return null;
    }
  }

  /** Tokens separated by {@code ;} (or {@code |}), stripped, blanks left out. */
  List<String> tokens(String column) {
    String text = row.text(column);
    List<String> tokens = new ArrayList<>();
    for (String token : Arrays.asList(text.split("[;|]"))) {
      if (!token.isBlank()) {
        tokens.add(token.strip());
      }
    }
    return tokens;
  }

  /** Records a problem with this row's value and marks the row failed. */
  void problem(ProblemCode code, String column, String value, String what) {
    failed = true;
    Position position = Position.of(row.file().toString(), row.line(), column)
        .withEntryNumber(entry.isEmpty() ? null : entry);
    problems.add(Problem.of(code, position, value, row.file().getFileName() + " line "
        + row.line() + ", column '" + column + "', entry " + (entry.isEmpty() ? "(none)" : entry)
        + ": '" + value + "' " + what + "; the row is left out"));
  }
}
