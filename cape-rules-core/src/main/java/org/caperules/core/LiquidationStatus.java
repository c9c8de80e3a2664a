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
import java.util.Objects;
import java.util.Optional;

/**
 * The liquidation status of an entry, as CAPE's Phase 1 rules need it.
 *
 * <p>Phase 1 accepts unliquidated entries, entries liquidated no more than 80 days before the
 * declaration, and entries that are {@linkplain #isPending() pending}: suspended, extended or
 * under review, whose refund waits for liquidation (CBP guidance of 10 Apr 2026;
 * docs/rules.md#verdicts). An entry "without a liquidation status in ACE" is excluded (CBP
 * guidance of 10 Apr 2026; docs/rules.md#liquidation-status-rule); such an entry has no
 * {@code LiquidationStatus} at all.
 *
 * <p>No primary source gives the exact strings of ACE exports. {@link #parse(CharSequence)}
 * follows the spellings of docs/decisions.md#liquidation-status-spellings (UNCERTAIN: in
 * particular that ACE's "Open" means unliquidated and "Closed" means liquidated). Example:
 * {@code parse("Deemed_Liquidated")} is {@link #LIQUIDATED}.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum LiquidationStatus {
  /** Not yet liquidated (ACE "Open", "Not Liquidated"). */
  UNLIQUIDATED,
  /** Liquidated, reliquidated or deemed liquidated (ACE "Closed"). */
  LIQUIDATED,
  /** Liquidation suspended, for example for AD/CVD or by court order; pending in Phase 1. */
  SUSPENDED,
  /** Liquidation extended under 19 U.S.C. 1504(b); pending in Phase 1. */
  EXTENDED,
  /** Under review; pending in Phase 1. */
  UNDER_REVIEW;

  /** Every accepted spelling, after {@link StatusTexts#normalize(CharSequence)}. */
  private static final Map<String, LiquidationStatus> SPELLINGS = Map.ofEntries(
      Map.entry("UNLIQUIDATED", UNLIQUIDATED),
      Map.entry("UNLIQ", UNLIQUIDATED),
      Map.entry("OPEN", UNLIQUIDATED),
      Map.entry("NOT LIQUIDATED", UNLIQUIDATED),
      Map.entry("LIQUIDATED", LIQUIDATED),
      Map.entry("LIQ", LIQUIDATED),
      Map.entry("CLOSED", LIQUIDATED),
      Map.entry("RELIQUIDATED", LIQUIDATED),
      Map.entry("DEEMED LIQUIDATED", LIQUIDATED),
      Map.entry("DEEM LIQUIDATED", LIQUIDATED),
      Map.entry("SUSPENDED", SUSPENDED),
      Map.entry("EXTENDED", EXTENDED),
      Map.entry("UNDER REVIEW", UNDER_REVIEW));

  /**
   * Parses a liquidation status as found in ACE exports. Case is ignored, {@code _} and
   * {@code -} count as spaces and white space is collapsed. Accepted spellings:
   *
   * <ul>
   *   <li>{@link #UNLIQUIDATED}: {@code UNLIQUIDATED}, {@code UNLIQ}, {@code OPEN},
   *       {@code NOT LIQUIDATED};
   *   <li>{@link #LIQUIDATED}: {@code LIQUIDATED}, {@code LIQ}, {@code CLOSED},
   *       {@code RELIQUIDATED}, {@code DEEMED LIQUIDATED}, {@code DEEM LIQUIDATED};
   *   <li>{@link #SUSPENDED}, {@link #EXTENDED}, {@link #UNDER_REVIEW}: their names.
   * </ul>
   *
   * <p>Anything else is an error, never a guess. A blank status is an error too: a missing
   * status is a fact the caller records as an absent value, not a status.
   *
   * @param text  the text to parse, for example {@code "Not Liquidated"}
   * @return the status
   * @throws IllegalArgumentException if the text is blank or not one of the spellings above; the
   *     message quotes the text as given
   */
  public static LiquidationStatus parse(CharSequence text) {
    String key = StatusTexts.normalize(text);
    if (key.isEmpty()) {
      throw new IllegalArgumentException("Liquidation status is blank: '" + text + "'");
    }
    LiquidationStatus status = SPELLINGS.get(key);
    if (status == null) {
      throw new IllegalArgumentException("Unknown liquidation status: '" + text + "' (expected"
          + " Unliquidated, Liquidated, Suspended, Extended or Under Review, or an ACE synonym"
          + " such as Open or Closed)");
    }
    return status;
  }

  /**
   * Parses a liquidation status as {@link #parse(CharSequence)} does, returning empty instead of
   * throwing.
   *
   * @param text  the text to parse
   * @return the status, or empty if the text is blank or not recognised
   */
  public static Optional<LiquidationStatus> tryParse(CharSequence text) {
    return Optional.ofNullable(SPELLINGS.get(StatusTexts.normalize(Objects.requireNonNull(text,
        "text"))));
  }

  /**
   * Tells whether liquidation is pending: {@link #SUSPENDED}, {@link #EXTENDED} or
   * {@link #UNDER_REVIEW}. CAPE Phase 1 accepts such entries but refunds them only after
   * liquidation (CBP guidance of 10 Apr 2026; docs/rules.md#verdicts).
   *
   * @return true for suspended, extended and under review
   */
  public boolean isPending() {
    return this == SUSPENDED || this == EXTENDED || this == UNDER_REVIEW;
  }
}
