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

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One tariff row of an entry summary: an HTS number and the duty deposited under it.
 *
 * <p>ACE reports one row per tariff ordinal; each Chapter 99 number has its own row carrying
 * the duty for that number (CSMS #64235342; docs/formats.md#es-003). Example:
 * {@code DutyLine.of(HtsNumber.of("99030128"), new BigDecimal("850.00"))}, printed
 * {@code 9903.01.28 850.00}.
 *
 * <p>The duty may be zero (exception headings, "FREE") or negative (a credit). Equality follows
 * {@link BigDecimal#equals(Object)}, so {@code 850.0} and {@code 850.00} are different lines.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param hts  the HTS number
 * @param duty  the duty amount in US dollars, any sign
 */
public record DutyLine(HtsNumber hts, BigDecimal duty) {

  /**
   * Creates a duty line.
   *
   * @param hts  the HTS number
   * @param duty  the duty amount in US dollars, any sign
   * @throws NullPointerException if either part is null
   */
  public DutyLine {
    Objects.requireNonNull(hts, "hts");
    Objects.requireNonNull(duty, "duty");
  }

  /**
   * Obtains a duty line.
   *
   * @param hts  the HTS number
   * @param duty  the duty amount, zero or negative allowed
   * @return the line
   */
  public static DutyLine of(HtsNumber hts, BigDecimal duty) {
    return new DutyLine(hts, duty);
  }

  /**
   * Returns the HTS number and the plain duty amount, for example {@code 9903.01.28 850.00}.
   *
   * @return the line in words
   */
  @Override
  public String toString() {
    return hts + " " + duty.toPlainString();
  }
}
