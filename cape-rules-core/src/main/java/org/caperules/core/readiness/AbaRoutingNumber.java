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
package org.caperules.core.readiness;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.caperules.core.internal.Separators;

/**
 * An ABA routing transit number: 9 digits that pass the 3-7-1 checksum and start with a valid
 * Federal Reserve prefix (12 CFR 229 Appendix A; docs/formats.md#ach-values).
 *
 * <ul>
 *   <li>Checksum: {@code 3(d1+d4+d7) + 7(d2+d5+d8) + (d3+d6+d9)} is a multiple of 10. Worked
 *       example: {@code 021000021} gives 3&times;(0+0+0) + 7&times;(2+0+2) + (1+0+1) = 30, valid;
 *       {@code 123456789} gives 3&times;12 + 7&times;15 + 18 = 159, invalid.
 *   <li>First two digits: 00 (U.S. Government), 01-12 (Federal Reserve districts), 21-32 (thrift
 *       institutions, district + 20), 61-72 (electronic transaction identifiers) or 80
 *       (traveler's checks).
 * </ul>
 *
 * <p>A valid routing number need not receive FedACH payments; CBP "will reject bank information
 * if the bank routing number does not process FedACH payments" (CBP ACH FAQ). Check that
 * with a user-supplied {@link FedAchDirectory}.
 *
 * <p>Instances are always valid. Text that fails validation is still a fact about an ACH
 * enrollment: {@link #normalize(CharSequence)} and {@link #validate(CharSequence)} report it
 * without throwing. {@link #toString()} and every message show only the last 4 digits, as
 * {@code ****0021}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AbaRoutingNumber implements Comparable<AbaRoutingNumber> {

  /** The number of digits of a routing number. */
  public static final int LENGTH = 9;

  private final String value;

  private AbaRoutingNumber(String value) {
    this.value = value;
  }

  /**
   * Obtains a routing number from its canonical text, 9 digits.
   *
   * @param canonical  9 digits, for example {@code 021000021}
   * @return the routing number
   * @throws IllegalArgumentException if the text is not 9 digits, has an invalid prefix or fails
   *     the checksum; the message shows only the last 4 characters
   */
  public static AbaRoutingNumber of(String canonical) {
    Objects.requireNonNull(canonical, "canonical");
    Optional<String> problem = validate(canonical);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
    return new AbaRoutingNumber(canonical);
  }

  /**
   * Parses a routing number leniently: white space and hyphens are removed first, so
   * {@code " 0210-0002 1"} parses to {@code 021000021}.
   *
   * @param text  the text to parse
   * @return the routing number
   * @throws IllegalArgumentException if the normalised text is not a valid routing number; the
   *     message shows only the last 4 characters
   */
  public static AbaRoutingNumber parse(CharSequence text) {
    return of(normalize(text));
  }

  /**
   * Parses a routing number leniently, returning empty instead of throwing.
   *
   * @param text  the text to parse
   * @return the routing number, or empty if the normalised text is not valid
   */
  public static Optional<AbaRoutingNumber> tryParse(CharSequence text) {
    String normalised = normalize(text);
    return validate(normalised).isPresent()
        ? Optional.empty()
        : Optional.of(new AbaRoutingNumber(normalised));
  }

  /**
   * Removes white space, hyphens, en dashes and em dashes, without validating.
   *
   * @param text  the text to normalise
   * @return the normalised text, possibly empty
   */
  public static String normalize(CharSequence text) {
    return Separators.strip(text);
  }

  /**
   * Checks canonical routing-number text without throwing: 9 digits, then the prefix, then the
   * checksum.
   *
   * <p>Example: {@code validate("123456789")} gives "ABA routing number '****6789' fails the
   * 3-7-1 checksum: 3(d1+d4+d7) + 7(d2+d5+d8) + (d3+d6+d9) must be a multiple of 10".
   *
   * @param canonical  the text to check, already normalised
   * @return empty if valid, otherwise a sentence that says what is wrong and shows only the last
   *     4 characters
   */
  public static Optional<String> validate(CharSequence canonical) {
    Objects.requireNonNull(canonical, "canonical");
    String text = canonical.toString();
    String masked = Masking.lastFour(text);
    if (text.length() != LENGTH || !isAllDigits(text)) {
      return Optional.of(String.format(Locale.ROOT,
          "ABA routing number must be 9 digits, but was '%s' (%d characters)", masked,
          text.length()));
    }
    int prefix = Integer.parseInt(text.substring(0, 2));
    if (!isValidPrefix(prefix)) {
      return Optional.of("ABA routing number '" + masked + "' must start with 00-12, 21-32,"
          + " 61-72 or 80 (Federal Reserve routing symbol)");
    }
    int sum = 0;
    for (int i = 0; i < LENGTH; i++) {
      int weight = i % 3 == 0 ? 3 : i % 3 == 1 ? 7 : 1;
      sum += weight * (text.charAt(i) - '0');
    }
    if (sum % 10 != 0) {
      return Optional.of("ABA routing number '" + masked + "' fails the 3-7-1 checksum:"
          + " 3(d1+d4+d7) + 7(d2+d5+d8) + (d3+d6+d9) must be a multiple of 10");
    }
    return Optional.empty();
  }

  /**
   * Returns the full 9 digits, for example {@code 021000021}. Write it only where the user asked
   * for it, never to a log or message; {@link #toString()} is masked.
   *
   * @return the canonical text
   */
  public String value() {
    return value;
  }

  /**
   * Returns the Federal Reserve prefix, the first two digits, for example 2 for
   * {@code 021000021}.
   *
   * @return 0 to 12, 21 to 32, 61 to 72 or 80
   */
  public int prefix() {
    return Integer.parseInt(value.substring(0, 2));
  }

  @Override
  public int compareTo(AbaRoutingNumber other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof AbaRoutingNumber other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the masked form, four stars and the last 4 digits, for example {@code ****0021}.
   *
   * @return the masked text
   */
  @Override
  public String toString() {
    return Masking.lastFour(value);
  }

  private static boolean isValidPrefix(int prefix) {
    return prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72)
        || prefix == 80;
  }

  static boolean isAllDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
