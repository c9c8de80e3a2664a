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
package org.caperules.report.figures;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A count and an amount added up together, for example 3 entries with IEEPA duty 12,345.67.
 * Amounts keep two decimals.
 *
 * @param count  how many
 * @param amount  their amount
 */
public record Tally(int count, BigDecimal amount) {

  /** No entries, amount 0.00. */
  public static final Tally ZERO = new Tally(0, BigDecimal.ZERO.setScale(2));

  /**
   * Checks the components.
   *
   * @param count  how many, zero or more
   * @param amount  their amount
   * @throws IllegalArgumentException if the count is negative
   */
  public Tally {
    Objects.requireNonNull(amount, "amount");
    if (count < 0) {
      throw new IllegalArgumentException("count must be zero or more, but was " + count);
    }
  }

  /**
   * Returns this tally with one more item of the given amount.
   *
   * @param value  the item's amount
   * @return the new tally
   */
  public Tally plus(BigDecimal value) {
    return new Tally(count + 1, amount.add(value));
  }
}
