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
import java.util.Optional;
import org.caperules.core.Entry;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.date.CapeDeadlines;
import org.caperules.core.date.EntryDeadlines;
import org.jspecify.annotations.Nullable;

/**
 * A liquidated entry is declarable for 80 days after liquidation: CAPE accepts "entries
 * liquidated within the preceding 80 days" (CBP FAQ; CSMS #68340863; 19 U.S.C. 1501). After
 * that:
 *
 * <ul>
 *   <li>{@link ReasonCode#LIQUIDATION_WINDOW_PASSED} from day 81 to the protest last day
 *       (liquidation + 180 days, rolled to the next business day, 19 U.S.C. 1514(c)(3)):
 *       "Entries liquidated more than 80 days but not more than 180 days prior" are excluded
 *       (CBP guidance of 10 Apr 2026), and a protest can still preserve the refund;
 *   <li>{@link ReasonCode#LIQUIDATION_FINAL} after the protest last day: "Entries for which
 *       liquidation is final" are excluded (CBP guidance of 10 Apr 2026), unless the policy
 *       accepts finally liquidated entries of a plaintiff at the Court of International Trade
 *       ({@link PolicySettings#finallyLiquidatedAcceptedForCitPlaintiffs()}).
 * </ul>
 *
 * <p>Whether day 80 itself is in the window is the policy's
 * {@link PolicySettings#capeWindowEnd()}.
 *
 * <p>Example: liquidated Fri 2026-04-24 and assessed Tue 2026-07-14 gives "Liquidated
 * 2026-04-24; the CAPE window closed on 2026-07-13 (day 80); as of 2026-07-14 it is day 81. A
 * protest can be filed until 2026-10-21.", and the advice to file a protest by 2026-10-21.
 *
 * <p>CAPE message: {@link CapeErrorMessage#ENTRY_SUMMARY_IS_IN_FINAL_LIQUIDATION_STATUS} ("ENTRY
 * SUMMARY IS IN FINAL LIQUIDATION STATUS").
 *
 * <p>This class is immutable and thread-safe.
 */
final class LiquidationWindowRule extends CbpRule {

  static final LiquidationWindowRule INSTANCE = new LiquidationWindowRule();

  private LiquidationWindowRule() {
    super("LIQUIDATION_WINDOW", ReasonCode.LIQUIDATION_WINDOW_PASSED,
        ReasonCode.LIQUIDATION_FINAL);
  }

  @Override
  List<CapeErrorMessage> capeErrorMessages() {
    return List.of(CapeErrorMessage.ENTRY_SUMMARY_IS_IN_FINAL_LIQUIDATION_STATUS);
  }

  @Override
  @Nullable Finding find(Entry entry, LocalDate asOf, PolicyContext policy) {
    LocalDate liquidated = entry.liquidationDate();
    if (entry.liquidationStatus() != LiquidationStatus.LIQUIDATED || liquidated == null) {
      return null;
    }
    CapeDeadlines deadlines = policy.deadlines();
    // The day after liquidation that the as-of date is: day 1 is the day after liquidation.
    long day = asOf.toEpochDay() - liquidated.toEpochDay();
    if (day <= deadlines.capeWindowEnd().lastDayOffset()) {
      return null;
    }
    LocalDate capeLastDay = deadlines.capeLastDayInclusive(liquidated);
    LocalDate protestLastDay = deadlines.protestLastDayInclusive(liquidated);
    if (!asOf.isAfter(protestLastDay)) {
      return Finding.of(ReasonCode.LIQUIDATION_WINDOW_PASSED, "Liquidated " + liquidated
          + "; the CAPE window closed on " + capeLastDay
          + " (day " + deadlines.capeWindowEnd().lastDayOffset() + "); as of " + asOf
          + " it is day " + day + ". A protest can be filed until " + protestLastDay + ".");
    }
    if (policy.settings().finallyLiquidatedAcceptedForCitPlaintiffs() && entry.citPlaintiff()) {
      return null;
    }
    return Finding.of(ReasonCode.LIQUIDATION_FINAL, "Liquidated " + liquidated
        + "; liquidation became final after the protest last day " + protestLastDay
        + "; as of " + asOf + " it is day " + day + ".");
  }

  @Override
  NextAction nextAction(Entry entry, List<Finding> findings, EntryDeadlines deadlines,
      @Nullable LocalDate asOf) {
    if (has(findings, ReasonCode.LIQUIDATION_FINAL)) {
      return new NextAction("Liquidation is final: wait for a CAPE phase for finally liquidated"
          + " entries or consult counsel about an action at the Court of International Trade.",
          null);
    }
    Optional<LocalDate> protest = deadlines.protestLastDay();
    return new NextAction("File a protest by " + protest.map(LocalDate::toString).orElse("?")
        + " to preserve the refund.", protest.orElse(null));
  }
}
