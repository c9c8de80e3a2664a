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

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Neutralises CSV cells that a spreadsheet would run as a formula (CSV or formula injection; OWASP
 * "CSV Injection"): a cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or
 * a carriage return gets a leading apostrophe {@code '}, which Excel and LibreOffice show as
 * text and do not evaluate. A plain number keeps its sign and stays a number: {@code -12.00},
 * {@code -5}, {@code +3} and {@code -1,234.56} are unchanged.
 *
 * <p>Examples: {@code cell("=HYPERLINK(\"http://x\")")} is {@code '=HYPERLINK("http://x")};
 * {@code cell("@SUM(A1)")} is {@code '@SUM(A1)}; {@code cell("-2+3")} is {@code '-2+3}; {@code
 * cell("-12.00")} is {@code -12.00}; {@code cell("ABC12345676")} is unchanged.
 *
 * <p>The apostrophe is visible to programs that read the CSV as text; every CSV file the library
 * writes applies this to every cell ({@link CsvOutput}).
 * Full-width signs (U+FF1D and the like) and cells starting with white space before {@code =} are
 * not treated as formulas by Excel and are left alone.
 *
 * <p>Control characters are removed first: a tab, CR or LF becomes a space and any other C0 or
 * C1 control character (NUL, ESC, ...) is dropped, so a raw byte of the input never reaches a
 * report cell, where it could move a terminal's cursor or cut a line in another program.
 * Example: a cell "AB", ESC, "[2JC", NUL becomes {@code AB[2JC}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class SpreadsheetSafe {

  /** The prefix added to a neutralised cell. */
  static final String NEUTRALISER = "'";

  /** An optionally signed decimal number, plain or with thousands commas. */
  private static final Pattern PLAIN_NUMBER =
      Pattern.compile("[-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");

  private SpreadsheetSafe() {}

  /**
   * Returns the cell, with {@link #NEUTRALISER} in front if a spreadsheet would treat it as a
   * formula.
   *
   * @param value  the cell text
   * @return the safe cell text
   */
  static String cell(String value) {
    Objects.requireNonNull(value, "value");
    String clean = withoutControls(value);
    return isDangerous(clean) ? NEUTRALISER + clean : clean;
  }

  /**
   * Removes control characters: tab, CR and LF become a space, others are dropped.
   *
   * @param value  the cell text
   * @return the text without control characters; the same instance if it has none
   */
  static String withoutControls(String value) {
    int i = 0;
    while (i < value.length() && !Character.isISOControl(value.charAt(i))) {
      i++;
    }
    if (i == value.length()) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length()).append(value, 0, i);
    for (; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\t' || c == '\r' || c == '\n') {
        out.append(' ');
      } else if (!Character.isISOControl(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Tells whether a cell would be neutralised by {@link #cell(String)}.
   *
   * @param value  the cell text
   * @return true if it begins with {@code = + - @}, tab or CR and is not a plain number
   */
  static boolean isDangerous(String value) {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty()) {
      return false;
    }
    char first = value.charAt(0);
    boolean trigger = first == '=' || first == '+' || first == '-' || first == '@'
        || first == '\t' || first == '\r';
    return trigger && !PLAIN_NUMBER.matcher(value).matches();
  }
}
