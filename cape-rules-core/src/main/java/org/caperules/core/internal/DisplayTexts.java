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
package org.caperules.core.internal;

import java.util.Locale;

/**
 * Text helpers shared by the modules of cape-rules (exported to them only): cutting long values
 * for messages, escaping control characters, and normalising text that is matched against a
 * known spelling (CAPE messages, ES-003 headers).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DisplayTexts {

  /** Values longer than this are cut in problems and messages. */
  public static final int MAX_VALUE_LENGTH = 200;

  /** Appended to a value that was cut. */
  public static final String ELLIPSIS = "\u2026";

  private DisplayTexts() {}

  /**
   * Cuts {@code text} to {@link #MAX_VALUE_LENGTH} characters plus "…" if longer, so that a
   * 50,000-character cell does not flood a message or a report.
   *
   * @param text  the text
   * @return the text, or its first {@value #MAX_VALUE_LENGTH} characters and "…"
   */
  public static String abbreviate(String text) {
    return text.length() > MAX_VALUE_LENGTH
        ? text.substring(0, MAX_VALUE_LENGTH) + ELLIPSIS
        : text;
  }

  /**
   * Makes text safe to print on one line: tab, CR and LF become {@code \t}, {@code \r}, {@code
   * \n}; other control characters become {@code \}{@code uXXXX}.
   *
   * @param text  the text
   * @return the text with its control characters escaped; the same instance if it has none
   */
  public static String printable(String text) {
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

  /**
   * Normalises a message for matching: removes a byte order mark (U+FEFF), trims, turns each run
   * of white space (including no-break spaces) into one space and lower-cases, as result files
   * written by hand or by Excel vary in all of these. CAPE's messages and ES-003 header cells are
   * matched this way.
   *
   * <p>Example: {@code "\uFEFF Entry\u00A0 Summary  Number "} becomes {@code "entry summary
   * number"}.
   *
   * @param message  the text
   * @return the normalised text
   */
  public static String normalizeForMatching(String message) {
    StringBuilder out = new StringBuilder(message.length());
    boolean space = false;
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '\uFEFF') {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
