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
package org.caperules.core;

import java.util.Locale;
import java.util.Objects;

/** Normalisation shared by the lenient status parsers. Not API. */
final class StatusTexts {

  private StatusTexts() {}

  /**
   * Upper-cases, turns {@code _} and {@code -} into spaces, collapses runs of white space into
   * one space and trims: {@code " deemed_liquidated "} gives {@code "DEEMED LIQUIDATED"}.
   */
  static String normalize(CharSequence text) {
    Objects.requireNonNull(text, "text");
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '_' || c == '-' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(c);
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }
}
