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

/**
 * A U.S. bank account number for ACH refunds: 1 to 17 digits (CBP QRC Pub. 5292-1225: "an
 * account number of up to 17 digits"; docs/formats.md#ach-values).
 *
 * <p>It is a secret: {@link #toString()} and every message show four stars and the last 4
 * digits only, for example {@code ****9012} for {@code 123456789012}, so the length is not shown
 * either.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BankAccountNumber {

  /** The maximum number of digits. */
  public static final int MAX_LENGTH = 17;

  private final String value;

  private BankAccountNumber(String value) {
    this.value = value;
  }

  /**
   * Obtains an account number from its digits.
   *
   * @param digits  1 to 17 digits, for example {@code 123456789012}
   * @return the account number
   * @throws IllegalArgumentException if the text is not 1 to 17 digits; the message shows only
   *     the last 4 characters
   */
  public static BankAccountNumber of(String digits) {
    Objects.requireNonNull(digits, "digits");
    if (digits.isEmpty() || digits.length() > MAX_LENGTH
        || !AbaRoutingNumber.isAllDigits(digits)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "Bank account number must be 1 to 17 digits, but was '%s' (%d characters)",
          Masking.lastFour(digits), digits.length()));
    }
    return new BankAccountNumber(digits);
  }

  /**
   * Parses an account number leniently: white space and hyphens are removed first, so
   * {@code "1234-5678 9012"} parses to {@code 123456789012}.
   *
   * @param text  the text to parse
   * @return the account number
   * @throws IllegalArgumentException if the normalised text is not 1 to 17 digits; the message
   *     shows only the last 4 characters
   */
  public static BankAccountNumber parse(CharSequence text) {
    return of(AbaRoutingNumber.normalize(text));
  }

  /**
   * Returns the full digits. Write them only where the user asked for them, never to a log or
   * message.
   *
   * @return the digits
   */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof BankAccountNumber other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the masked form, for example {@code ****9012}; {@code ****} for 4 digits or fewer.
   *
   * @return the masked text
   */
  @Override
  public String toString() {
    return Masking.lastFour(value);
  }
}
