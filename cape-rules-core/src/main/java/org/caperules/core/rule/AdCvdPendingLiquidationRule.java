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

import java.time.LocalDate;
import java.util.List;
import org.caperules.core.Entry;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.date.CapeDeadlines;
import org.caperules.core.date.EntryDeadlines;
import org.jspecify.annotations.Nullable;

/**
 * An AD/CVD entry for which Commerce has issued liquidation instructions and that is not yet
 * liquidated is excluded, "pending liquidation in accordance with 19 U.S.C. § 1504(d)" (CBP
 * guidance of 10 Apr 2026; CSMS #68340863). Whatever the entry type, it gets
 * {@link ReasonCode#ADCVD_PENDING_LIQUIDATION}.
 *
 * <p>Example: an unliquidated entry with Commerce instructions gives "Commerce has issued AD/CVD
 * liquidation instructions and the entry is UNLIQUIDATED, pending liquidation under 19 U.S.C.
 * 1504(d).", and the advice to wait for the liquidation and declare within 80 days of it.
 *
 * <p>This class is immutable and thread-safe.
 */
final class AdCvdPendingLiquidationRule extends CbpRule {

  static final AdCvdPendingLiquidationRule INSTANCE = new AdCvdPendingLiquidationRule();

  private AdCvdPendingLiquidationRule() {
    super("ADCVD_PENDING_LIQUIDATION", ReasonCode.ADCVD_PENDING_LIQUIDATION);
  }

  @Override
  @Nullable Finding find(Entry entry, LocalDate asOf, PolicyContext policy) {
    LiquidationStatus status = entry.liquidationStatus();
    if (!entry.adCvdLiquidationInstructions() || status == LiquidationStatus.LIQUIDATED) {
      return null;
    }
    return Finding.of(ReasonCode.ADCVD_PENDING_LIQUIDATION,
        "Commerce has issued AD/CVD liquidation instructions and the entry is "
            + (status == null ? "not liquidated" : status.toString())
            + ", pending liquidation under 19 U.S.C. 1504(d).");
  }

  @Override
  NextAction nextAction(Entry entry, List<Finding> findings, EntryDeadlines deadlines,
      @Nullable LocalDate asOf) {
    return new NextAction("Wait for the AD/CVD liquidation under Commerce's instructions, then"
        + " declare within " + CapeDeadlines.CAPE_WINDOW_DAYS + " days of it.", null);
  }
}
