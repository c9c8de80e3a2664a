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
import java.util.OptionalInt;
import org.caperules.core.ImporterNumber;
import org.caperules.core.internal.DisplayTexts;
import org.caperules.core.result.Problem;

/**
 * Text helpers of the intake's messages, on the library's display texts: a value is quoted cut
 * to {@link Problem#MAX_VALUE_LENGTH} characters with its control characters escaped, so a
 * message quotes a 50,000-character cell as its first 200 characters and "…". Example: {@code
 * quote("a\tb")} is {@code 'a\tb'} with the tab escaped.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Texts {

  /** Values longer than this are cut in problems and messages. */
  static final int MAX_VALUE_LENGTH = Problem.MAX_VALUE_LENGTH;

  private Texts() {}

  /** Cuts {@code text} to {@link #MAX_VALUE_LENGTH} characters plus an ellipsis if longer. */
  static String abbreviate(String text) {
    return DisplayTexts.abbreviate(text);
  }

  /** Escapes tab, CR, LF and other control characters, for a message on one line. */
  static String printable(String text) {
    return DisplayTexts.printable(text);
  }

  /** Returns {@code 'text'}, abbreviated and made printable, for use in messages. */
  static String quote(String text) {
    return "'" + printable(abbreviate(text)) + "'";
  }

  /**
   * Returns a row echoed whole in a problem (a row with too few cells): its cells joined by
   * commas, the importer number's cell masked as an unparsed importer number (an SSN written
   * without hyphens keeps only its last 4 digits); SSN shapes elsewhere are masked by the
   * problem itself.
   */
  static String rowEcho(List<String> cells, OptionalInt importerIndex) {
    int importer = importerIndex.orElse(-1);
    if (importer < 0 || importer >= cells.size()) {
      return String.join(",", cells);
    }
    List<String> echoed = new ArrayList<>(cells);
    echoed.set(importer, ImporterNumber.maskUnparsed(cells.get(importer)));
    return String.join(",", echoed);
  }

  /** True if the text is empty or only white space. */
  static boolean isBlank(String text) {
    return text.strip().isEmpty();
  }

  /**
   * Makes the message of a value that could not be parsed fit for a problem: quotations of a
   * long value are abbreviated, control characters escaped, and the message cut to {@code 2 *
   * MAX_VALUE_LENGTH + 200} characters plus an ellipsis.
   */
  static String fitLongMessage(String message, String value) {
    String fitted = printable(value.length() > MAX_VALUE_LENGTH && !value.isEmpty()
        ? message.replace(value, abbreviate(value)) : message);
    return fitted.length() > 2 * MAX_VALUE_LENGTH + 200
        ? fitted.substring(0, 2 * MAX_VALUE_LENGTH + 200) + DisplayTexts.ELLIPSIS
        : fitted;
  }
}
