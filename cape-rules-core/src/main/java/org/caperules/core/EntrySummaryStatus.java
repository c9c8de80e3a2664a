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

import java.util.Map;
import java.util.Optional;

/**
 * The status of an entry summary in ACE. CAPE requires an accepted entry summary; cancelled and
 * rejected ones fail with "ENTRY SUMMARY IS CANCELLED/REJECTED" (CBP IEEPA FAQ of 15 Apr 2026;
 * docs/rules.md#entry-summary-status-rule).
 *
 * <p>Example: {@code EntrySummaryStatus.parse("Canceled")} is {@link #CANCELLED}.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum EntrySummaryStatus {
  /** Accepted by CBP. */
  ACCEPTED,
  /** Cancelled. */
  CANCELLED,
  /** Rejected. */
  REJECTED;

  private static final Map<String, EntrySummaryStatus> SPELLINGS = Map.of(
      "", ACCEPTED,
      "ACCEPTED", ACCEPTED,
      "CANCELLED", CANCELLED,
      "CANCELED", CANCELLED,
      "REJECTED", REJECTED);

  /**
   * Parses an entry summary status. Case is ignored and white space trimmed; blank means
   * {@link #ACCEPTED}, the same default as an entry with no status; both
   * {@code CANCELLED} and {@code CANCELED} are accepted.
   *
   * @param text  the text to parse
   * @return the status
   * @throws IllegalArgumentException if the text is not blank and not one of the names; the
   *     message quotes it
   */
  public static EntrySummaryStatus parse(CharSequence text) {
    return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
        "Unknown entry summary status: '" + text + "' (expected Accepted, Cancelled or"
            + " Rejected)"));
  }

  /**
   * Parses an entry summary status as {@link #parse(CharSequence)} does, returning empty
   * instead of throwing.
   *
   * @param text  the text to parse
   * @return the status, or empty if the text is not recognised
   */
  public static Optional<EntrySummaryStatus> tryParse(CharSequence text) {
    return Optional.ofNullable(SPELLINGS.get(StatusTexts.normalize(text)));
  }
}
