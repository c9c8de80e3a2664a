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
package org.caperules.core.result;

import java.util.Locale;

/** Text helpers for problems: cutting long values and escaping control characters. */
final class ProblemTexts {

  /** Appended to a value that was cut. */
  static final String ELLIPSIS = "\u2026";

  private ProblemTexts() {}

  /** Cuts {@code text} to {@link Problem#MAX_VALUE_LENGTH} characters plus "…" if longer. */
  static String abbreviate(String text) {
    return text.length() > Problem.MAX_VALUE_LENGTH
        ? text.substring(0, Problem.MAX_VALUE_LENGTH) + ELLIPSIS
        : text;
  }

  /**
   * Makes text safe to print on one line: tab, CR and LF become {@code \t}, {@code \r}, {@code
   * \n}; other control characters become {@code \}{@code uXXXX}.
   */
  static String printable(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = null;
      if (c == '\t') {
        replacement = "\\t";
      } else if (c == '\r') {
        replacement = "\\r";
      } else if (c == '\n') {
        replacement = "\\n";
      } else if (Character.isISOControl(c)) {
        replacement = String.format(Locale.ROOT, "\\u%04X", (int) c);
      }
      if (replacement != null && out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
