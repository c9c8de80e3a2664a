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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one way cape-rules writes an amount of money in an output (report cells, {@code
 * payments.csv}, messages and printed summaries): US dollars with exactly two decimals, or an
 * empty cell where the amount is unknown, never {@code 0} for unknown (docs/formats.md#money-out).
 *
 * <p>Example: {@code 1000}, {@code 3000.0} and {@code 800.00} read from an export are written
 * {@code 1000.00}, {@code 3000.00} and {@code 800.00}; {@code -12} is {@code -12.00}; an unknown
 * interest is {@code ""}; in a printed summary {@code 1790733.7} is {@code 1,790,733.70}.
 *
 * <p>Amounts that reach an output are whole cents: the readers reject an amount with fractions
 * of a cent, and interest is rounded to the cent per entry. An amount with more decimals (a
 * caller's own sum) is rounded half up to the cent, as a dollars-and-cents column shows it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MoneyTexts {

  /** Cents: two decimals. */
  public static final int SCALE = 2;

  private MoneyTexts() {}

  /**
   * Returns the amount with exactly two decimals, without grouping, as CSV cells hold it.
   *
   * @param amount  the amount
   * @return for example {@code 0.00}, {@code 1000.00}, {@code -12.00}
   */
  public static String plain(BigDecimal amount) {
    return cents(amount).toPlainString();
  }

  /**
   * Returns {@link #plain(BigDecimal)}, or an empty text for an unknown amount.
   *
   * @param amount  the amount, or null when unknown
   * @return the text, empty when unknown
   */
  public static String plainOrBlank(@Nullable BigDecimal amount) {
    return amount == null ? "" : plain(amount);
  }

  /**
   * Returns {@link #plain(BigDecimal)}, or an empty text for an unknown amount.
   *
   * @param amount  the amount, empty when unknown
   * @return the text, empty when unknown
   */
  public static String plainOrBlank(Optional<BigDecimal> amount) {
    return amount.map(MoneyTexts::plain).orElse("");
  }

  /**
   * Returns the amount with exactly two decimals and thousands grouped by commas, for summaries
   * printed to people.
   *
   * @param amount  the amount
   * @return for example {@code 1,790,733.74}, {@code 0.00}, {@code -1,234.50}
   */
  public static String grouped(BigDecimal amount) {
    return String.format(Locale.ROOT, "%,.2f", cents(amount));
  }

  /**
   * Returns the amount at two decimals: more decimals are rounded half up to the cent, fewer are
   * padded with zeros.
   *
   * @param amount  the amount
   * @return the amount with scale 2
   */
  public static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(SCALE, RoundingMode.HALF_UP);
  }
}
