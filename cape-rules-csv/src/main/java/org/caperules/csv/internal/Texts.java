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

import java.util.List;
import org.caperules.core.internal.DisplayTexts;
import org.caperules.core.result.Problem;

/**
 * Text helpers for messages: quoting, escaping control characters, abbreviating long values as
 * {@link Problem} does, so that a message quotes a 50,000-character cell as its first 200
 * characters and "…". Example: {@code quote("a\tb")} is {@code 'a\tb'} with the tab escaped.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Texts {

  /** Values longer than this are cut in problems and messages: {@link Problem#MAX_VALUE_LENGTH}. */
  public static final int MAX_VALUE_LENGTH = Problem.MAX_VALUE_LENGTH;

  /** Appended to a value that was cut. */
  public static final String ELLIPSIS = DisplayTexts.ELLIPSIS;

  private Texts() {}

  /**
   * Cuts {@code text} to {@link #MAX_VALUE_LENGTH} characters plus an ellipsis if longer.
   *
   * @param text  the text
   * @return the text, cut if long
   */
  public static String abbreviate(String text) {
    return DisplayTexts.abbreviate(text);
  }

  /**
   * Makes text safe to print in one line: tab, CR and LF become {@code \t}, {@code \r}, {@code
   * \n}; other control characters become {@code \}{@code uXXXX}.
   *
   * @param text  the text
   * @return the text with its control characters escaped
   */
  public static String printable(String text) {
    return DisplayTexts.printable(text);
  }

  /** Returns {@code 'text'}, abbreviated and made printable, for use in messages. */
  public static String quote(String text) {
    return "'" + printable(abbreviate(text)) + "'";
  }

  /**
   * Makes a message about {@code text} fit for a problem: where the text is longer than {@link
   * #MAX_VALUE_LENGTH}, each quotation of it is abbreviated; control characters are escaped.
   * Used for {@code EntryNumber.validate} messages, which quote the whole text.
   */
  public static String fitMessage(String message, String text) {
    String fitted = text.length() > MAX_VALUE_LENGTH && !text.isEmpty()
        ? message.replace(text, abbreviate(text))
        : message;
    return printable(fitted);
  }

  /** True if the text is empty or only white space. */
  public static boolean isBlank(String text) {
    return text.strip().isEmpty();
  }

  /**
   * Makes the message of a value that could not be parsed fit for a problem: quotations of a
   * long value are abbreviated ({@link #fitMessage(String, String)}), and the message itself is
   * cut to {@code 2 * MAX_VALUE_LENGTH + 200} characters plus an ellipsis.
   */
  public static String fitLongMessage(String message, String value) {
    String fitted = fitMessage(message, value);
    return fitted.length() > 2 * MAX_VALUE_LENGTH + 200
        ? fitted.substring(0, 2 * MAX_VALUE_LENGTH + 200) + ELLIPSIS
        : fitted;
  }

  /** True if every cell is empty or only white space (Excel's {@code ,,,} lines). */
  public static boolean allBlank(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {  // indexed: no iterator per row
      if (!isBlank(cells.get(i))) {
        return false;
      }
    }
    return true;
  }
}
