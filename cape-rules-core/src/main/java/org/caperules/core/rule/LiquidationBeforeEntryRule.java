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
import org.caperules.core.date.EntryDeadlines;
import org.jspecify.annotations.Nullable;

/**
 * An entry is liquidated after it is entered (19 U.S.C. 1504(a) counts the liquidation period
 * from the date of entry), so a liquidation date before the entry date means one of the two
 * dates is wrong, and the CAPE window and protest deadlines counted from it cannot be trusted.
 * Such an entry gets the data reason {@link ReasonCode#LIQUIDATION_BEFORE_ENTRY}.
 *
 * <p>Example: entered 2025-09-02 and liquidated 2025-03-14 gives "Liquidation date 2025-03-14 is
 * before the entry date 2025-09-02; an entry is liquidated after it is entered.", and the advice
 * to check both dates in ACE.
 *
 * <p>This class is immutable and thread-safe.
 */
final class LiquidationBeforeEntryRule extends CbpRule {

  static final LiquidationBeforeEntryRule INSTANCE = new LiquidationBeforeEntryRule();

  private LiquidationBeforeEntryRule() {
    super("LIQUIDATION_BEFORE_ENTRY", ReasonCode.LIQUIDATION_BEFORE_ENTRY);
  }

  @Override
  @Nullable Finding find(Entry entry, LocalDate asOf, PolicyContext policy) {
    LocalDate entered = entry.entryDate();
    LocalDate liquidated = entry.liquidationDate();
    if (entered == null || liquidated == null || !liquidated.isBefore(entered)) {
      return null;
    }
    return Finding.of(ReasonCode.LIQUIDATION_BEFORE_ENTRY, "Liquidation date " + liquidated
        + " is before the entry date " + entered + "; an entry is liquidated after it is"
        + " entered.");
  }

  @Override
  NextAction nextAction(Entry entry, List<Finding> findings, EntryDeadlines deadlines,
      @Nullable LocalDate asOf) {
    return new NextAction("Check the entry date and the liquidation date in ACE and screen"
        + " again.", null);
  }
}
