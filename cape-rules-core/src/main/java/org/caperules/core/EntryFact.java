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

/**
 * A fact about an entry that a CAPE check needs and that an export may not give at all, because
 * its column is missing (ACE's plain ES-003 layout has none of the supplementary columns; see
 * docs/formats.md#not-checked). An {@link Entry} lists the facts its source did not give in
 * {@link Entry#missingFacts()}; the checks that need them could not run, which the assessment
 * reports as {@code notChecked()} without changing the verdict.
 *
 * <p>Example: an export without a {@code Drawback Indicator} column gives entries with
 * {@link #DRAWBACK_DESIGNATION} missing, so the drawback check ran on the entry type only and the
 * report's {@code Not Checked} cell names {@code DRAWBACK}.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum EntryFact {
  /** The entry type ({@code Entry Type Code}): the type-based rules need it. */
  ENTRY_TYPE,
  /** Whether the entry is flagged for reconciliation ({@code Reconciliation Indicator}). */
  RECONCILIATION_FLAG,
  /** Whether a type 09 covering the entry was filed ({@code Reconciliation Entry Filed}). */
  RECONCILIATION_ENTRY_FILED,
  /** Whether the entry is designated on a drawback claim ({@code Drawback Indicator}). */
  DRAWBACK_DESIGNATION,
  /** Whether a protest covers the entry ({@code Protest Status} or {@code Protest Number}). */
  PROTEST,
  /** Whether Commerce issued AD/CVD liquidation instructions. */
  ADCVD_INSTRUCTIONS,
  /** The entry summary status ({@code Entry Summary Status}). */
  ENTRY_SUMMARY_STATUS,
  /** Whether the entry was filed in ACE ({@code Filed In ACE}). */
  FILED_IN_ACE
}
