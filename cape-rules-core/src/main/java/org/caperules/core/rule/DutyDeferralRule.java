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

import org.caperules.core.date.EntryDeadlines;
import java.util.List;
import java.time.LocalDate;
import org.caperules.core.Entry;
import org.caperules.core.EntryType;
import org.jspecify.annotations.Nullable;

/**
 * Duty deferral entries are excluded: a CAPE entry is "not a type 08 USMCA duty-deferral entry"
 * (CSMS #68340863). Type 08 gets {@link ReasonCode#DUTY_DEFERRAL}.
 *
 * <p>Example: a type 08 entry gives "Entry type 08 (duty deferral) is excluded from CAPE.", and
 * the general advice to see the reasons.
 *
 * <p>This class is immutable and thread-safe.
 */
final class DutyDeferralRule extends CbpRule {

  static final DutyDeferralRule INSTANCE = new DutyDeferralRule();

  private DutyDeferralRule() {
    super("DUTY_DEFERRAL", ReasonCode.DUTY_DEFERRAL);
  }

  @Override
  @Nullable Finding find(Entry entry, LocalDate asOf, PolicyContext policy) {
    EntryType type = entry.entryType();
    return type != null && type.isDutyDeferral()
        ? Finding.of(ReasonCode.DUTY_DEFERRAL,
            "Entry type 08 (duty deferral) is excluded from CAPE.")
        : null;
  }

  @Override
  NextAction nextAction(Entry entry, List<Finding> findings, EntryDeadlines deadlines,
      @Nullable LocalDate asOf) {
    return withProtestAdvice("Not declarable in CAPE: type 08 duty-deferral entries are"
        + " excluded from this phase.", entry, deadlines, asOf);
  }
}
