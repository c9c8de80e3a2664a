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
import java.time.LocalDate;
import java.util.List;
import org.caperules.core.Entry;
import org.caperules.core.EntrySummaryStatus;
import org.jspecify.annotations.Nullable;

/**
 * CAPE needs an accepted entry summary: a cancelled or rejected one gets
 * {@link ReasonCode#ENTRY_SUMMARY_NOT_ACCEPTED} (CAPE message "ENTRY SUMMARY IS
 * CANCELLED/REJECTED", CBP IEEPA FAQ of 15 Apr 2026).
 *
 * <p>Example: a rejected entry summary gives "The entry summary is REJECTED; CAPE needs an
 * accepted entry summary.", and the general advice to see the reasons.
 *
 * <p>CAPE message: {@link CapeErrorMessage#ENTRY_SUMMARY_IS_CANCELLED_REJECTED} ("ENTRY SUMMARY IS
 * CANCELLED/REJECTED").
 *
 * <p>This class is immutable and thread-safe.
 */
final class EntrySummaryStatusRule extends CbpRule {

  static final EntrySummaryStatusRule INSTANCE = new EntrySummaryStatusRule();

  private EntrySummaryStatusRule() {
    super("ENTRY_SUMMARY_STATUS", ReasonCode.ENTRY_SUMMARY_NOT_ACCEPTED);
  }

  @Override
  List<CapeErrorMessage> capeErrorMessages() {
    return List.of(CapeErrorMessage.ENTRY_SUMMARY_IS_CANCELLED_REJECTED);
  }

  @Override
  @Nullable Finding find(Entry entry, LocalDate asOf, PolicyContext policy) {
    EntrySummaryStatus status = entry.entrySummaryStatus();
    return status == EntrySummaryStatus.ACCEPTED
        ? null
        : Finding.of(ReasonCode.ENTRY_SUMMARY_NOT_ACCEPTED,
            "The entry summary is " + status + "; CAPE needs an accepted entry summary.");
  }

  @Override
  NextAction nextAction(Entry entry, List<Finding> findings, EntryDeadlines deadlines,
      @Nullable LocalDate asOf) {
    return new NextAction("Nothing to declare for this entry summary, which CBP did not accept"
        + " (cancelled or rejected): if a corrected entry summary was filed and accepted, screen"
        + " and declare that one; if IEEPA duty was paid on this one, ask CBP at"
        + " IEEPARefunds@cbp.dhs.gov.", null);
  }
}
