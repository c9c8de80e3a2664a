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
import org.caperules.core.EntryType;
import org.jspecify.annotations.Nullable;

/**
 * Drawback entries are excluded: "Entries designated on a drawback claim" (CSMS #68340863; CBP
 * guidance of 10 Apr 2026), and the drawback entry types 41-47 (type 47 is rejected). Produces
 * {@link ReasonCode#DRAWBACK}.
 *
 * <p>Example: a type 47 entry gives "Entry type 47 is a drawback entry.", and the general advice
 * to see the reasons.
 *
 * <p>CAPE message: {@link CapeErrorMessage#ENTRY_ON_DRAWBACK} ("ENTRY ON DRAWBACK").
 *
 * <p>This class is immutable and thread-safe.
 */
final class DrawbackRule extends CbpRule {

  static final DrawbackRule INSTANCE = new DrawbackRule();

  private DrawbackRule() {
    super("DRAWBACK", ReasonCode.DRAWBACK);
  }

  @Override
  List<CapeErrorMessage> capeErrorMessages() {
    return List.of(CapeErrorMessage.ENTRY_ON_DRAWBACK);
  }

  @Override
  @Nullable Finding find(Entry entry, LocalDate asOf, PolicyContext policy) {
    EntryType type = entry.entryType();
    if (type != null && type.isDrawback()) {
      return Finding.of(ReasonCode.DRAWBACK,
          "Entry type " + type.code() + " is a drawback entry.");
    }
    return entry.drawbackDesignated()
        ? Finding.of(ReasonCode.DRAWBACK,
            "The entry is designated on a drawback claim.")
        : null;
  }

  @Override
  NextAction nextAction(Entry entry, List<Finding> findings, EntryDeadlines deadlines,
      @Nullable LocalDate asOf) {
    return withProtestAdvice("Not declarable in CAPE: entries designated for drawback are"
        + " excluded from this phase (CBP is considering later phases for them).", entry,
        deadlines, asOf);
  }
}
