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

import org.caperules.core.IeepaHeadings;
import org.caperules.core.date.CapeDeadlines;

/**
 * What a rule reads of the policy being applied: its id (for messages such as "not allowed under
 * policy WAREHOUSE_21_22_EXCLUDED"), its settings, its deadline calculator and its Chapter 99
 * heading table. The engine's {@code CapePolicy} is one; a test may pass its own.
 *
 * <p>Example: the reconciliation rule accepts a flagged type 01 entry when
 * {@code policy.settings().reconciliationFlaggedAccepted()} (from 2026-06-29, CSMS #69035485),
 * and the liquidation window rule reads the CAPE last day from
 * {@code policy.deadlines().capeLastDayInclusive(liquidationDate)}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface PolicyContext {

  /**
   * Returns the policy id, for example {@code PHASE_1}.
   *
   * @return the id
   */
  String id();

  /**
   * Returns the settings of the uncertain points of the CAPE rules.
   *
   * @return the settings
   */
  PolicySettings settings();

  /**
   * Returns the deadline calculator: the US federal calendar and the end of the CAPE window
   * that {@link PolicySettings#capeWindowEnd()} chooses.
   *
   * @return the deadline calculator
   */
  CapeDeadlines deadlines();

  /**
   * Returns the Chapter 99 heading table that says which duty lines are IEEPA.
   *
   * @return the heading table
   */
  IeepaHeadings ieepaHeadings();
}
