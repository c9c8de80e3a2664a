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
import org.caperules.core.IeepaHeadings;
import org.caperules.core.date.EntryDeadlines;
import org.caperules.core.internal.MoneyTexts;
import org.jspecify.annotations.Nullable;

/**
 * CAPE refunds IEEPA duty only: it requires "at least one ... Chapter 99 number for IEEPA
 * declared on that entry" (CSMS #68340863) and processes dutiable IEEPA lines only. An entry
 * with no IEEPA line (9903.01.xx or 9903.02.xx in the policy's
 * {@linkplain PolicyContext#ieepaHeadings() heading table}) carrying duty above zero gets
 * {@link ReasonCode#NO_IEEPA_DUTY}. This is judged line by line, not on the sum: exception
 * headings carry zero, and a credit on one line does not cancel another.
 *
 * <p>Example: an entry whose only Chapter 99 line is 9903.88.15 (Section 301) gives "None of the
 * 2 tariff lines is an IEEPA Chapter 99 heading (9903.01.xx or 9903.02.xx) with duty above zero;
 * IEEPA duty on the entry is 0.", and the advice that there is nothing to refund through CAPE.
 *
 * <p>CAPE message: {@link CapeErrorMessage#NO_IEEPA_HTS_ON_ENTRY} ("NO IEEPA HTS ON ENTRY").
 *
 * <p>This class is immutable and thread-safe.
 */
final class IeepaDutyRule extends CbpRule {

  static final IeepaDutyRule INSTANCE = new IeepaDutyRule();

  private IeepaDutyRule() {
    super("IEEPA_DUTY", ReasonCode.NO_IEEPA_DUTY);
  }

  @Override
  List<CapeErrorMessage> capeErrorMessages() {
    return List.of(CapeErrorMessage.NO_IEEPA_HTS_ON_ENTRY);
  }

  @Override
  @Nullable Finding find(Entry entry, LocalDate asOf, PolicyContext policy) {
    IeepaHeadings headings = policy.ieepaHeadings();
    if (headings.hasDutiableIeepaLine(entry.dutyLines())) {
      return null;
    }
    int lines = entry.dutyLines().size();
    return Finding.of(ReasonCode.NO_IEEPA_DUTY,
        "None of the " + lines + " tariff line" + (lines == 1 ? "" : "s") + " is an IEEPA"
            + " Chapter 99 heading (9903.01.xx or 9903.02.xx) with duty above zero; IEEPA duty"
            + " on the entry is " + MoneyTexts.plain(headings.ieepaDuty(entry.dutyLines())) + ".");
  }

  @Override
  NextAction nextAction(Entry entry, List<Finding> findings, EntryDeadlines deadlines,
      @Nullable LocalDate asOf) {
    return new NextAction("Nothing to refund through CAPE: the entry has no IEEPA Chapter 99"
        + " duty.", null);
  }
}
