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
import org.jspecify.annotations.Nullable;

/**
 * CAPE processes entries filed in ACE only: "Entries not filed in ACE" are excluded (CBP
 * guidance of 10 Apr 2026; CSMS #68340863). An entry not filed in ACE gets
 * {@link ReasonCode#NOT_IN_ACE}.
 *
 * <p>Example: an entry with {@code filedInAce(false)} gives "The entry was not filed in ACE;
 * CAPE processes ACE entries only.", and the general advice to see the reasons.
 *
 * <p>This class is immutable and thread-safe.
 */
final class FiledInAceRule extends CbpRule {

  static final FiledInAceRule INSTANCE = new FiledInAceRule();

  private FiledInAceRule() {
    super("FILED_IN_ACE", ReasonCode.NOT_IN_ACE);
  }

  @Override
  @Nullable Finding find(Entry entry, LocalDate asOf, PolicyContext policy) {
    return entry.filedInAce()
        ? null
        : Finding.of(ReasonCode.NOT_IN_ACE,
            "The entry was not filed in ACE; CAPE processes ACE entries only.");
  }

  @Override
  NextAction nextAction(Entry entry, List<Finding> findings, EntryDeadlines deadlines,
      @Nullable LocalDate asOf) {
    return withProtestAdvice("Not declarable in CAPE: CAPE processes entries filed in ACE"
        + " only; check the Filed In ACE value against ACE.", entry, deadlines, asOf);
  }
}
