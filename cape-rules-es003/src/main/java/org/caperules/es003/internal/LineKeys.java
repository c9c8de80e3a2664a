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

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The key that tells a repeated ES-003 row: its {@code Entry Summary Line Number} and {@code
 * Tariff Ordinal Number}. Within one entry, two rows with the same line and ordinal are the same
 * duty line read twice (for example from two overlapping exports), so the second is not used and
 * its duty is never counted twice. Leading zeros do not count: line {@code 001} is line {@code 1}.
 *
 * <p>Both numbers of every ACE row are small, so the key is usually packed in a {@code long}
 * ({@code line << 32 | ordinal}) with no string per row ({@link #code(List, int, int)}); any other
 * text gets {@link #TEXT_KEY} and is keyed by its text ({@link #text(List, int, int)}). Two rows
 * have the same key exactly when their texts without leading zeros are equal.
 *
 * <p>Example: line {@code 1}, ordinal {@code 2} is the code {@code 1L << 32 | 2}; line {@code 001},
 * ordinal {@code 02} the same code; line {@code 1A}, ordinal {@code 2} is {@link #TEXT_KEY}, keyed
 * {@code 1A/2}; a blank line cell gives {@link #NO_KEY}, and the row is never a repeat.
 *
 * <p>This class is immutable and thread-safe.
 */
final class LineKeys {

  /** A row without a line key: the file lacks the columns, or a cell is blank. */
  static final long NO_KEY = -1;
  /** A row whose line key is not two small numbers: keyed by its text. */
  static final long TEXT_KEY = -2;

  private LineKeys() {}

  /**
   * The packed key of a row, {@link #NO_KEY} if the file lacks a column ({@code lineIndex} or
   * {@code ordinalIndex} negative) or a cell is blank, {@link #TEXT_KEY} for any other text.
   */
  static long code(List<String> cells, int lineIndex, int ordinalIndex) {
    if (lineIndex < 0 || ordinalIndex < 0) {
      return NO_KEY;
    }
    long lineNumber = smallNumber(cells.get(lineIndex));
    long ordinal = smallNumber(cells.get(ordinalIndex));
    if (lineNumber == NO_KEY || ordinal == NO_KEY) {
      return NO_KEY;
    }
    if (lineNumber == TEXT_KEY || ordinal == TEXT_KEY) {
      return TEXT_KEY;
    }
    return lineNumber << 32 | ordinal;
  }

  /**
   * The value of a cell of ASCII digits (white space around it allowed) with at most 9 digits
   * after its leading zeros; {@link #NO_KEY} if blank, {@link #TEXT_KEY} otherwise.
   */
  private static long smallNumber(String cell) {
    String text = cell.strip();
    if (text.isEmpty()) {
      return NO_KEY;
    }
    long value = 0;
    int significant = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return TEXT_KEY;
      }
      if (significant > 0 || c != '0') {
        significant++;
        if (significant > 9) {
          return TEXT_KEY;
        }
        value = value * 10 + (c - '0');
      }
    }
    return value;
  }

  /** The key of a row as text, {@code line/ordinal}, or null if the file lacks them. */
  static @Nullable String text(List<String> cells, int lineIndex, int ordinalIndex) {
    if (lineIndex < 0 || ordinalIndex < 0) {
      return null;
    }
    String lineText = withoutLeadingZeros(cells.get(lineIndex).strip());
    String ordinalText = withoutLeadingZeros(cells.get(ordinalIndex).strip());
    return lineText.isEmpty() || ordinalText.isEmpty() ? null : lineText + "/" + ordinalText;
  }

  private static String withoutLeadingZeros(String text) {
    int i = 0;
    while (i < text.length() - 1 && text.charAt(i) == '0') {
      i++;
    }
    return text.substring(i);
  }
}
