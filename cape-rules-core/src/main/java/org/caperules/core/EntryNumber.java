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
import java.util.Optional;
import org.caperules.core.internal.Separators;

/**
 * A CBP entry number: a 3-character filer code, a 7-digit serial and a check digit, 11
 * characters in all, for example {@code ABC12345676} ({@code ABC-1234567-6}).
 *
 * <p>The format is set by 19 CFR 142.3a ("{@code XXX-NNNNNNN-N}") and the check digit by CATAIR
 * Appendix E / AE Table 1 (docs/formats.md#entry-numbers): letters map to digits (A-I = 1-9, J-R =
 * 1-9, S-Z = 2-9), the 2nd, 4th, 6th, 8th and 10th characters are doubled with the digits of each
 * product summed (the Luhn method), and the check digit is {@code (10 - sum mod 10) mod 10}.
 * Worked example: {@code MYK2800086} gives M=4, Y=8&times;2=16&rarr;7, K=2, 2&times;2=4, 8, 0, 0,
 * 0, 8, 6&times;2=12&rarr;3, sum 36, so the check digit is 4 and the entry number is
 * {@code MYK-2800086-4}.
 *
 * <p>Instances are always valid. Text that fails validation is still a fact about an entry:
 * {@link #normalize(CharSequence)} gives the normalised text under which such an entry is
 * reported, and {@link #validate(CharSequence)} says what is wrong with it without throwing.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EntryNumber implements Comparable<EntryNumber> {

  /** The length of an entry number without hyphens. */
  public static final int LENGTH = 11;

  /** Digit values of the letters A-Z for the check digit (CATAIR AE Table 1, Step ONE). */
  private static final int[] LETTER_VALUES = {
    1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5, 6, 7, 8, 9
  };

  private final String value;

  private EntryNumber(String value) {
    this.value = value;
  }

  /**
   * Obtains an entry number from its canonical text: 11 upper-case characters, no hyphens.
   *
   * @param canonical  the canonical text, for example {@code ABC12345676}
   * @return the entry number
   * @throws IllegalArgumentException if the text is not canonical or the check digit is wrong;
   *     the message quotes the text
   */
  public static EntryNumber of(String canonical) {
    Objects.requireNonNull(canonical, "canonical");
    Optional<String> problem = validate(canonical);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
    return new EntryNumber(canonical);
  }

  /**
   * Parses an entry number leniently: surrounding white space, hyphens, en and em dashes and
   * inner spaces are removed and letters upper-cased before validation, so {@code
   * " abc-1234567-6 "} parses to {@code ABC12345676}.
   *
   * @param text  the text to parse
   * @return the entry number
   * @throws IllegalArgumentException if the normalised text is not a valid entry number; the
   *     message quotes the normalised text
   */
  public static EntryNumber parse(CharSequence text) {
    return of(normalize(text));
  }

  /**
   * Parses an entry number leniently, returning empty instead of throwing.
   *
   * @param text  the text to parse
   * @return the entry number, or empty if the normalised text is not valid
   */
  public static Optional<EntryNumber> tryParse(CharSequence text) {
    String normalised = normalize(text);
    return validate(normalised).isPresent()
        ? Optional.empty()
        : Optional.of(new EntryNumber(normalised));
  }

  /**
   * Normalises entry-number text the way {@link #parse(CharSequence)} does, without validating
   * it: removes white space, hyphens, en dashes and em dashes, and upper-cases letters.
   *
   * @param text  the text to normalise
   * @return the normalised text, possibly empty
   */
  public static String normalize(CharSequence text) {
    return Separators.strip(text).toUpperCase(Locale.ROOT);
  }

  /**
   * Checks canonical entry-number text without throwing.
   *
   * @param canonical  the text to check, already normalised
   * @return empty if the text is a valid entry number, otherwise a sentence that quotes it and
   *     says what is wrong
   */
  public static Optional<String> validate(CharSequence canonical) {
    Objects.requireNonNull(canonical, "canonical");
    String text = canonical.toString();
    if (text.length() != LENGTH) {
      return Optional.of(String.format(Locale.ROOT,
          "Entry number must have 11 characters (3-character filer code, 7 digits, check digit),"
              + " but '%s' has %d", text, text.length()));
    }
    for (int i = 0; i < 3; i++) {
      if (!isUpperAlphanumeric(text.charAt(i))) {
        return Optional.of("Entry number filer code must be 3 characters A-Z or 0-9, but was '"
            + text.substring(0, 3) + "' in '" + text + "'");
      }
    }
    for (int i = 3; i < LENGTH; i++) {
      if (!isDigit(text.charAt(i))) {
        return Optional.of("Entry number must have 7 digits and a check digit after the filer code,"
            + " but was '" + text.substring(3) + "' in '" + text + "'");
      }
    }
    int expected = checkDigit(text.substring(0, LENGTH - 1));
    int actual = text.charAt(LENGTH - 1) - '0';
    if (expected != actual) {
      return Optional.of(String.format(Locale.ROOT,
          "Entry number '%s' has check digit %d, but the CATAIR check digit of '%s' is %d",
          text, actual, text.substring(0, LENGTH - 1), expected));
    }
    return Optional.empty();
  }

  /**
   * Computes the CATAIR check digit of a 10-character base (filer code and serial).
   *
   * <p>Example: {@code checkDigit("ABC1234567")} is 6 (A=1, B=2&times;2=4, C=3, 1&times;2=2, 2,
   * 3&times;2=6, 4, 5&times;2=10&rarr;1, 6, 7&times;2=14&rarr;5; sum 34).
   *
   * @param base  3 characters A-Z or 0-9 followed by 7 digits, upper case
   * @return the check digit, 0 to 9
   * @throws IllegalArgumentException if the base is not of that form; the message quotes it
   */
  public static int checkDigit(CharSequence base) {
    Objects.requireNonNull(base, "base");
    boolean ok = base.length() == LENGTH - 1;
    for (int i = 0; ok && i < base.length(); i++) {
      char c = base.charAt(i);
      ok = i < 3 ? isUpperAlphanumeric(c) : isDigit(c);
    }
    if (!ok) {
      throw new IllegalArgumentException("Check digit base must be 3 characters A-Z or 0-9 and 7"
          + " digits, but was: '" + base + "'");
    }
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      char c = base.charAt(i);
      int digit = isDigit(c) ? c - '0' : LETTER_VALUES[c - 'A'];
      if (i % 2 == 1) {
        int doubled = 2 * digit;
        sum += doubled > 9 ? doubled - 9 : doubled;
      } else {
        sum += digit;
      }
    }
    return (10 - sum % 10) % 10;
  }

  /**
   * Returns the filer code, the first 3 characters, for example {@code ABC}.
   *
   * @return the filer code
   */
  public String filerCode() {
    return value.substring(0, 3);
  }

  /**
   * Returns the 7-digit serial assigned by the filer, for example {@code 1234567}.
   *
   * @return the serial
   */
  public String serial() {
    return value.substring(3, 10);
  }

  /**
   * Returns the check digit, 0 to 9.
   *
   * @return the check digit
   */
  public int checkDigit() {
    return value.charAt(10) - '0';
  }

  /**
   * Returns the form of 19 CFR 142.3a(b) with hyphens, for example {@code ABC-1234567-6}.
   *
   * @return the hyphenated text
   */
  public String formatted() {
    return filerCode() + '-' + serial() + '-' + value.charAt(10);
  }

  /**
   * Returns the canonical text, 11 characters without hyphens, for example {@code ABC12345676}:
   * the form written to CAPE declarations.
   *
   * @return the canonical text
   */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(EntryNumber other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof EntryNumber other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the canonical text, for example {@code ABC12345676}.
   *
   * @return the canonical text
   */
  @Override
  public String toString() {
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isUpperAlphanumeric(char c) {
    return isDigit(c) || (c >= 'A' && c <= 'Z');
  }
}
