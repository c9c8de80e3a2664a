package org.caperules.csv;

/** Text helpers for messages: quoting, escaping control characters, abbreviating long values. */
final class Texts {

  /** Values longer than this are cut in problems and messages (see {@link RowProblem}). */
  static final int MAX_VALUE_LENGTH = 200;

  /** Appended to a value that was cut. */
  static final String ELLIPSIS = "\u2026";

  private Texts() {}

  /** Cuts {@code text} to {@link #MAX_VALUE_LENGTH} characters plus an ellipsis if longer. */
  static String abbreviate(String text) {
    return text.length() > MAX_VALUE_LENGTH
        ? text.substring(0, MAX_VALUE_LENGTH) + ELLIPSIS
        : text;
  }

  /**
   * Makes text safe to print in one line: tab, CR and LF become {@code \t}, {@code \r}, {@code
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
        replacement = String.format(java.util.Locale.ROOT, "\\u%04X", (int) c);
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

  /** Returns {@code 'text'}, abbreviated and made printable, for use in messages. */
  static String quote(String text) {
    return "'" + printable(abbreviate(text)) + "'";
  }

  /**
   * Makes a message about {@code text} fit for a problem: where the text is longer than {@link
   * #MAX_VALUE_LENGTH}, each quotation of it is abbreviated; control characters are escaped.
   * Used for {@code EntryNumber.validate} messages, which quote the whole text.
   */
  static String fitMessage(String message, String text) {
    String fitted = text.length() > MAX_VALUE_LENGTH && !text.isEmpty()
        ? message.replace(text, abbreviate(text))
        : message;
    return printable(fitted);
  }

  /** True if the text is empty or only white space. */
  static boolean isBlank(String text) {
    return text.strip().isEmpty();
  }
}
