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

import org.caperules.core.date.CapeWindowEnd;
import org.caperules.core.internal.CapeStyle;
import org.immutables.value.Value;

/**
 * The settings of a CAPE policy: each uncertain point of the CAPE rules as a named, documented
 * value with a default, never a buried constant. The rules read them through
 * {@link PolicyContext#settings()}.
 *
 * <p>Example: {@code PolicySettings.builder().capeWindowEnd(CapeWindowEnd.DAY_80_EXCLUSIVE)
 * .build()} models the reading that an entry liquidated exactly 80 days before the filing date
 * is out.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CapeStyle
public abstract class PolicySettings {

  /** The default settings: the readings this library takes where CBP is silent. */
  public static final PolicySettings DEFAULTS = builder().build();

  PolicySettings() {}

  /**
   * Returns a builder with the default settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether day 80 after liquidation is still inside the CAPE window. Default
   * {@link CapeWindowEnd#DAY_80_INCLUSIVE}: CBP says "within 80 days" and "not over 80 days past
   * liquidation" (CSMS #68340863), while one secondary source says "liquidated after January 30"
   * for a 20 Apr filing, which would put day 80 out (UNCERTAIN).
   *
   * @return the end of the CAPE window
   */
  @Value.Default
  public CapeWindowEnd capeWindowEnd() {
    return CapeWindowEnd.DAY_80_INCLUSIVE;
  }

  /**
   * How many of the last days of the CAPE window count as "at risk": an ELIGIBLE liquidated
   * entry with fewer than this many days left (counting the as-of date) is flagged, because CBP
   * validates entries in a batch after upload and has not said when the 80 days are measured.
   * Default 7: days 74 to 80 after liquidation.
   *
   * @return the number of at-risk days, zero or more
   */
  @Value.Default
  public int atRiskDays() {
    return 7;
  }

  /**
   * Whether reconciliation-flagged entries of types 01, 02 and 06 with no type 09 filed are
   * accepted. False in Phase 1; true from 2026-06-29 (CSMS #69035485).
   *
   * @return true if such entries are accepted
   */
  @Value.Default
  public boolean reconciliationFlaggedAccepted() {
    return false;
  }

  /**
   * Whether the warehouse entry types 21 and 22 are rejected ("ENTRY TYPE NOT ALLOWED"). False
   * in Phase 1, when they were accepted with the refund at liquidation; true from 2026-07-07
   * (CSMS #69127837 as reported).
   *
   * @return true if types 21 and 22 are excluded
   */
  @Value.Default
  public boolean warehouseEntriesExcluded() {
    return false;
  }

  /**
   * Whether finally liquidated entries are accepted for an importer that is a plaintiff at the
   * CIT. False until {@code PHASE_3_LITIGANTS} (reported live 2026-10-06 after the CIT order of
   * 2026-07-17; UNCONFIRMED by a CBP bulletin).
   *
   * @return true if LIQUIDATION_FINAL is lifted for CIT plaintiffs
   */
  @Value.Default
  public boolean finallyLiquidatedAcceptedForCitPlaintiffs() {
    return false;
  }

  /**
   * Whether entry type 23 (temporary importation under bond) is excluded. Default false: CBP's
   * texts seen do not list it; only a secondary source and a competitor's spec do (UNCERTAIN).
   *
   * @return true if type 23 gets ENTRY_TYPE_NOT_ALLOWED
   */
  @Value.Default
  public boolean excludeTemporaryImportationBond() {
    return false;
  }

  @Value.Check
  void check() {
    if (atRiskDays() < 0) {
      throw new IllegalArgumentException("atRiskDays must be zero or more, but was " + atRiskDays());
    }
  }

  /** Builds {@link PolicySettings}; start from {@link #from(PolicySettings)} to derive variants. */
  public static final class Builder extends ImmutablePolicySettings.Builder {
    Builder() {}
  }
}
