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
