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
