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
 * The entry needs a liquidation status from ACE: CAPE excludes "entries without a liquidation
 * status in ACE" (CBP guidance of 10 Apr 2026), and a LIQUIDATED entry needs its liquidation
 * date, or the 80-day window cannot be judged. A missing or unrecognised status, or LIQUIDATED
 * without a date, is the data reason {@link ReasonCode#UNKNOWN_LIQUIDATION_STATUS}.
 *
 * <p>Example: status text {@code "Pending Review"} gives "Liquidation status 'Pending Review' is
 * not recognised; CAPE needs an open or closed liquidation status in ACE.", and the advice to
 * add the status and date from ACE.
 *
 * <p>This class is immutable and thread-safe.
 */
final class LiquidationStatusRule extends CbpRule {

  static final LiquidationStatusRule INSTANCE = new LiquidationStatusRule();

  private LiquidationStatusRule() {
    super("LIQUIDATION_STATUS", ReasonCode.UNKNOWN_LIQUIDATION_STATUS);
  }

  @Override
  @Nullable Finding find(Entry entry, LocalDate asOf, PolicyContext policy) {
    LiquidationStatus status = entry.liquidationStatus();
    if (status == null) {
      String text = entry.liquidationStatusText();
      String message = text != null && !text.isBlank()
          ? "Liquidation status '" + text + "' is not recognised; CAPE needs an open or closed"
              + " liquidation status in ACE."
          : "No liquidation status: add Liquidation Status and Liquidation Date from ACE; an"
              + " entry without a liquidation status in ACE is excluded.";
      return Finding.of(ReasonCode.UNKNOWN_LIQUIDATION_STATUS, message);
    }
    if (status == LiquidationStatus.LIQUIDATED && entry.liquidationDate() == null) {
      return Finding.of(ReasonCode.UNKNOWN_LIQUIDATION_STATUS,
          "Liquidated, but no liquidation date is given, so the "
              + CapeDeadlines.CAPE_WINDOW_DAYS + "-day window cannot be judged.");
    }
    return null;
  }

  @Override
  NextAction nextAction(Entry entry, List<Finding> findings, EntryDeadlines deadlines,
      @Nullable LocalDate asOf) {
    return new NextAction("Add the liquidation status and date from ACE (ES-003 columns"
        + " Liquidation Status and Liquidation Date) and screen again.", null);
  }
}
