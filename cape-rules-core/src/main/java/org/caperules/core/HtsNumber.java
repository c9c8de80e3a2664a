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

import java.util.Objects;
import java.util.Optional;

/**
 * An HTSUS number as ACE reports it on an entry summary line: 10 digits for a commodity
 * ({@code 3923900080}, written {@code 3923.90.0080}), or 8 digits for a Chapter 99 heading
 * ({@code 99030125}, written {@code 9903.01.25}).
 *
 * <p>ACE's {@code HTS Number - Full} column carries digits only, with Chapter 99 numbers in 8
 * digits (docs/formats.md#hts-numbers). Whether a Chapter 99 number is an IEEPA heading is decided
 * by {@link IeepaHeadings}, not here.
 *
 * <p>Example: {@code HtsNumber.parse("9903.01.25")} has digits {@code 99030125}, heading
 * {@code 9903.01} and prints as {@code 9903.01.25}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param digits  10 digits, or 8 digits starting with {@code 99}
 */
public record HtsNumber(String digits) {

  /**
   * Creates an HTS number from its digits.
   *
   * @param digits  10 digits, or 8 digits starting with {@code 99}
   * @throws IllegalArgumentException if the text is not of that form; the message quotes it
   */
  public HtsNumber {
    Objects.requireNonNull(digits, "digits");
    Optional<String> problem = validate(digits);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
  }

  /**
   * Obtains an HTS number from digits only, as in ACE's {@code HTS Number - Full} column.
   *
   * @param digits  10 digits, or 8 digits for Chapter 99, for example {@code "99030125"}
   * @return the HTS number
   * @throws IllegalArgumentException if the text is not 10 digits or an 8-digit Chapter 99
   *     number; the message quotes it
   */
  public static HtsNumber of(String digits) {
    return new HtsNumber(digits);
  }

  /**
   * Parses an HTS number leniently: dots and white space are removed, so {@code " 9903.01.25"}
   * gives {@code 99030125} and {@code "3923.90.00 80"} gives {@code 3923900080}.
   *
   * @param text  the text to parse
   * @return the HTS number
   * @throws IllegalArgumentException if the remaining text is not 10 digits or an 8-digit
   *     Chapter 99 number; the message quotes the remaining text
   */
  public static HtsNumber parse(CharSequence text) {
    return new HtsNumber(normalize(text));
  }

  /**
   * Parses an HTS number as {@link #parse(CharSequence)} does, returning empty instead of
   * throwing.
   *
   * @param text  the text to parse
   * @return the HTS number, or empty if the text is not one
   */
  public static Optional<HtsNumber> tryParse(CharSequence text) {
    String digits = normalize(text);
    return validate(digits).isPresent() ? Optional.empty() : Optional.of(new HtsNumber(digits));
  }

  private static String normalize(CharSequence text) {
    Objects.requireNonNull(text, "text");
    StringBuilder out = new StringBuilder(10);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '.' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static Optional<String> validate(String digits) {
    if ((digits.length() != 10 && digits.length() != 8) || !isAllDigits(digits)) {
      return Optional.of("HTS number must be 10 digits, or 8 digits for a Chapter 99 heading,"
          + " but was: '" + digits + "'");
    }
    if (digits.length() == 8 && !digits.startsWith("99")) {
      return Optional.of("An 8-digit HTS number must be a Chapter 99 heading (99xxxxxx), but"
          + " was: '" + digits + "'");
    }
    return Optional.empty();
  }

  static boolean isAllDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Formats 4, 6, 8 or 10 digits as HTSUS writes them: {@code 9903}, {@code 9903.01},
   * {@code 9903.01.25}, {@code 3923.90.0080}.
   */
  static String format(String digits) {
    StringBuilder out = new StringBuilder(digits.length() + 2);
    out.append(digits, 0, Math.min(4, digits.length()));
    if (digits.length() > 4) {
      out.append('.').append(digits, 4, Math.min(6, digits.length()));
    }
    if (digits.length() > 6) {
      out.append('.').append(digits, 6, digits.length());
    }
    return out.toString();
  }

  /**
   * Tells whether this is a Chapter 99 number (temporary legislation and additional duties),
   * that is, whether its digits start with {@code 99}.
   *
   * @return true for Chapter 99
   */
  public boolean isChapter99() {
    return digits.startsWith("99");
  }

  /**
   * Returns the 6-digit prefix, formatted: {@code 9903.01} for {@code 9903.01.25}, {@code 3923.90}
   * for {@code 3923.90.0080}.
   *
   * @return the formatted 6-digit prefix
   */
  public String heading() {
    return format(digits.substring(0, 6));
  }

  /**
   * Returns the dotted form: {@code 9903.01.25} for 8 digits, {@code 3923.90.0080} for 10.
   *
   * @return the formatted number
   */
  public String formatted() {
    return format(digits);
  }

  /**
   * Returns {@link #formatted()}, for example {@code 9903.01.25}.
   *
   * @return the formatted number
   */
  @Override
  public String toString() {
    return formatted();
  }
}
