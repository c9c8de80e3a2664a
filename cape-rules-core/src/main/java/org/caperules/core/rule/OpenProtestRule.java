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
import org.caperules.core.ProtestStatus;
import org.caperules.core.date.EntryDeadlines;
import org.jspecify.annotations.Nullable;

/**
 * An entry covered by an open protest is excluded: CAPE needs "no open or suspended protest"
 * (CSMS #68340863; CAPE message "PROTEST ON ENTRY"). An open, pending or suspended protest gets
 * {@link ReasonCode#OPEN_PROTEST}. Within the 80-day window CBP suggests withdrawing an
 * IEEPA-only protest and declaring in CAPE.
 *
 * <p>Example: a suspended protest gives "A protest covering the entry is SUSPENDED; CAPE rejects
 * entries with an open or suspended protest."; if that is the entry's only finding and it was
 * liquidated on 2026-04-24, the advice is to withdraw an IEEPA-only protest and declare in CAPE
 * by 2026-07-13.
 *
 * <p>CAPE message: {@link CapeErrorMessage#PROTEST_ON_ENTRY} ("PROTEST ON ENTRY").
 *
 * <p>This class is immutable and thread-safe.
 */
final class OpenProtestRule extends CbpRule {

  static final OpenProtestRule INSTANCE = new OpenProtestRule();

  private OpenProtestRule() {
    super("OPEN_PROTEST", ReasonCode.OPEN_PROTEST);
  }

  @Override
  List<CapeErrorMessage> capeErrorMessages() {
    return List.of(CapeErrorMessage.PROTEST_ON_ENTRY);
  }

  @Override
  @Nullable Finding find(Entry entry, LocalDate asOf, PolicyContext policy) {
    ProtestStatus status = entry.protestStatus();
    return status.isOpen()
        ? Finding.of(ReasonCode.OPEN_PROTEST,
            "A protest covering the entry is " + status + "; CAPE rejects entries with an open"
                + " or suspended protest.")
        : null;
  }

  @Override
  NextAction nextAction(Entry entry, List<Finding> findings, EntryDeadlines deadlines,
      @Nullable LocalDate asOf) {
    Optional<LocalDate> capeLastDay = deadlines.capeLastDay();
    if (capeLastDay.isPresent() && findings.size() == 1) {
      return new NextAction("CBP suggests withdrawing an IEEPA-only protest and declaring in"
          + " CAPE by " + capeLastDay.get() + ".", capeLastDay.get());
    }
    if (entry.liquidationDate() == null && findings.size() == 1) {
      return new NextAction("CBP suggests withdrawing an IEEPA-only protest and declaring in"
          + " CAPE.", null);
    }
    return new NextAction("Await the protest decision; CAPE rejects entries with an open"
        + " protest.", null);
  }
}
