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
 * The entry number must be a valid entry number: 19 CFR 142.3a gives its format (filer code and
 * serial number) and CATAIR Appendix E its check digit. A fault is a data reason,
 * {@link ReasonCode#INVALID_ENTRY_NUMBER}: the entry is still assessed under its normalised text,
 * and the verdict is NEEDS_REVIEW.
 *
 * <p>Example: {@code ABC12345678} gives "Entry number 'ABC12345678' has check digit 8, but the
 * CATAIR check digit of 'ABC1234567' is 6.", and the advice to correct the number from the entry
 * summary (CBP Form 7501).
 *
 * <p>This class is immutable and thread-safe.
 */
final class EntryNumberRule extends CbpRule {

  static final EntryNumberRule INSTANCE = new EntryNumberRule();

  private EntryNumberRule() {
    super("ENTRY_NUMBER", ReasonCode.INVALID_ENTRY_NUMBER);
  }

  @Override
  @Nullable Finding find(Entry entry, LocalDate asOf, PolicyContext policy) {
    String problem = entry.entryNumberProblem();
    return problem == null ? null : Finding.of(ReasonCode.INVALID_ENTRY_NUMBER, problem + ".");
  }

  @Override
  NextAction nextAction(Entry entry, List<Finding> findings, EntryDeadlines deadlines,
      @Nullable LocalDate asOf) {
    return new NextAction("Correct the entry number from the entry summary (CBP Form 7501)"
        + " and screen again.", null);
  }
}
