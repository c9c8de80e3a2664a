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
package org.caperules.core.rule;

import java.util.Objects;

/**
 * One reason an entry cannot be declared, as a sentence with the actual values and dates, and
 * the CBP source of the rule.
 *
 * <p>Example: {@code LIQUIDATION_WINDOW_PASSED: Liquidated 2026-04-24; the CAPE window closed on
 * 2026-07-13 (day 80); as of 2026-07-14 it is day 81 [CBP guidance 10 Apr 2026; ...]}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param reason  the reason code
 * @param message  the sentence, with values and dates
 * @param source  the CBP source of the rule
 */
public record Finding(ReasonCode reason, String message, String source) {

  /**
   * Creates a finding.
   *
   * @param reason  the reason code
   * @param message  the sentence, with values and dates
   * @param source  the CBP source of the rule
   * @throws NullPointerException if any argument is null
   */
  public Finding {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(source, "source");
  }

  /**
   * Creates a finding with the reason's own source.
   *
   * @param reason  the reason code
   * @param message  the sentence, with values and dates
   * @return the finding
   */
  public static Finding of(ReasonCode reason, String message) {
    return new Finding(reason, message, reason.source());
  }

  /**
   * Returns {@code REASON: message [source]}.
   *
   * @return the domain form
   */
  @Override
  public String toString() {
    return reason + ": " + message + " [" + source + "]";
  }
}
