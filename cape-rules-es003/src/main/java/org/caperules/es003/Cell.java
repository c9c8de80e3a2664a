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
package org.caperules.es003;

import java.util.Objects;

/**
 * One cell of an input row: its text and its {@link CellKind}, and whether it is the cached value
 * of a formula. A format adapter makes one per cell and hands a row of them to {@link
 * Es003Intake#row(long, java.util.List)}.
 *
 * <p>Example: the CSV cell {@code ="BII05940010"} is {@code Cell.text("=\"BII05940010\"")}, which
 * the intake reads as {@code BII05940010} ({@link #unwrapExcelText(String)}); a workbook's number
 * cell {@code 850} is {@code Cell.of(CellKind.NUMBER, "850", false)}.
 *
 * @param kind  what the cell holds
 * @param text  its text (for a formula, its cached value's text); never null, {@code ""} if blank
 * @param formula  true if the text is the cached value of a formula
 */
public record Cell(CellKind kind, String text, boolean formula) {

  /** The blank text cell. */
  public static final Cell BLANK = new Cell(CellKind.TEXT, "", false);

  /**
   * Checks the parts.
   *
   * @param kind  what the cell holds
   * @param text  its text
   * @param formula  true if the text is a formula's cached value
   */
  public Cell {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  /**
   * A text cell, as every CSV cell is.
   *
   * @param text  the text as written
   * @return the cell
   */
  public static Cell text(String text) {
    return text.isEmpty() ? BLANK : new Cell(CellKind.TEXT, text, false);
  }

  /**
   * A cell of any kind.
   *
   * @param kind  what the cell holds
   * @param text  its text
   * @param formula  true if the text is a formula's cached value
   * @return the cell
   */
  public static Cell of(CellKind kind, String text, boolean formula) {
    return new Cell(kind, text, formula);
  }

  /**
   * Removes Excel's text wrapper {@code ="..."}, which ACE Portal downloads and brokers' tools
   * put around values so that Excel keeps their leading zeros: {@code ="BII05940010"} is {@code
   * BII05940010}, {@code ="a""b"} is {@code a"b} (a doubled quote inside is one quote). White
   * space around the wrapper is ignored; any other text is returned as it is.
   *
   * @param text  the cell text
   * @return the text inside the wrapper, or {@code text} if it has none
   */
  public static String unwrapExcelText(String text) {
    Objects.requireNonNull(text, "text");
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end - start < 3 || text.charAt(start) != '=' || text.charAt(start + 1) != '"'
        || text.charAt(end - 1) != '"') {
      return text;
    }
    String inner = text.substring(start + 2, end - 1);
    int quote = inner.indexOf('"');
    if (quote < 0) {
      return inner;
    }
    StringBuilder out = new StringBuilder(inner.length());
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '"') {
        if (i + 1 < inner.length() && inner.charAt(i + 1) == '"') {
          i++;
        } else {
          return text;  // a lone quote: not one wrapped text, e.g. ="a"&"b"
        }
      }
      out.append(c);
    }
    return out.toString();
  }
}
