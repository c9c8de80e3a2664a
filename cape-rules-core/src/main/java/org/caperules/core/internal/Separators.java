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

import java.util.Objects;

/** Removes the separators users type inside identifiers: white space, hyphens and dashes. */
public final class Separators {

  private Separators() {}

  /**
   * Removes white space (including non-breaking spaces), hyphens, en dashes and em dashes.
   *
   * <p>Example: {@code " abc-1234567\u20136 "} becomes {@code "abc12345676"}.
   *
   * @param text  the text
   * @return the text without separators, possibly empty; case is unchanged
   */
  public static String strip(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (text instanceof String string && !hasSeparator(string)) {
      return string;  // the common case (an ES-003 cell per row): no copy
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSeparator(c)) {
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean hasSeparator(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isSeparator(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSeparator(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014' || Character.isWhitespace(c)
        || Character.isSpaceChar(c);
  }
}
