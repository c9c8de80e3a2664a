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

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one masking function for every value cape-rules echoes (a problem's value and message, an
 * error message, a note): personal and banking numbers in the input never reach an output file,
 * stdout or stderr as they were written.
 *
 * <ul>
 *   <li>{@link #mask(CharSequence)}, for any text: every social-security-number shape, {@code
 *       NNN-NN-NNNN} (hyphens, en or em dashes or single spaces, the form ACE writes), becomes
 *       {@code ***-**-} and its last 4 digits (the form of {@code ImporterNumber.masked()}).
 *       Entry numbers ({@code FFF-NNNNNNN-C} or 11 characters), protest numbers ({@code
 *       PPPP-YY-NNNNNN}), IRS numbers ({@code NN-NNNNNNN}) and bare 9-digit runs (a 9-digit HTS
 *       number, an entry number whose leading zeros a spreadsheet dropped) keep their digits:
 *       they are not secret, and users need them to find the row. An importer number cell is
 *       masked by its own reader, bare 9 digits included ({@code
 *       ImporterNumber.maskUnparsed}).
 *   <li>{@link #maskBanking(CharSequence)}, for readiness profiles and bank fields, where an
 *       account or routing number may stand anywhere (under a wrong key, alone on a line): in
 *       addition every run of 5 or more digits becomes {@code ****} and its last 4 digits (the
 *       form of a masked account or routing number). Dates and 4-digit years are kept.
 * </ul>
 *
 * <p>Example: {@code mask("row 7: 123-45-6789,ABC12345676")} is {@code "row 7:
 * ***-**-6789,ABC12345676"}; {@code maskBanking("unknown key '000123456789'")} is {@code
 * "unknown key '****6789'"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Redaction {

  /** An SSN with separators; digits (not letters) may not touch it. */
  private static final Pattern SSN_SEPARATED = Pattern.compile(
      "(?<![0-9])[0-9]{3}[-\u2013\u2014 ][0-9]{2}[-\u2013\u2014 ]([0-9]{4})(?![0-9])");
  /** A run of 5 or more digits: an account or routing number in a banking text. */
  private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]+([0-9]{4})");

  private Redaction() {}

  /**
   * Masks every SSN-shaped number in a text.
   *
   * @param text  the text to echo
   * @return the text with each SSN shape as {@code ***-**-1234}; the same text if it has none
   */
  public static String mask(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String plain = text.toString();
    if (!hasDigitRun(plain, 4)) {
      return plain;
    }
    return replaceAll(SSN_SEPARATED, plain, "***-**-");
  }

  /**
   * Masks every SSN-shaped number and every run of 5 or more digits in a text from a readiness
   * profile or a bank field.
   *
   * @param text  the text to echo
   * @return the text with SSN shapes as {@code ***-**-1234} and digit runs as {@code ****1234}
   */
  public static String maskBanking(CharSequence text) {
    String masked = mask(text);
    if (!hasDigitRun(masked, 5)) {
      return masked;
    }
    return replaceAll(DIGIT_RUN, masked, "****");
  }

  /**
   * Tells whether a text has a run of at least {@code length} digits: the quick test that lets
   * most texts through without a regular expression.
   */
  private static boolean hasDigitRun(String text, int length) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run >= length) {
        return true;
      }
    }
    return false;
  }

  /** Replaces each match by the prefix and the match's group 1 (its last four digits). */
  private static String replaceAll(Pattern pattern, String text, String prefix) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    do {
      matcher.appendReplacement(out, Matcher.quoteReplacement(prefix + matcher.group(1)));
    } while (matcher.find());
    matcher.appendTail(out);
    return out.toString();
  }
}
