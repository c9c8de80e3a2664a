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
 * No verdict may rest on a row that was thrown away: when rows carrying the entry's number could
 * not be used ({@link Entry#rejectedRowCount()}), the entry is judged on the rows that remain,
 * which may have lost its IEEPA line (a false NO_IEEPA_DUTY) or a deciding value (a false
 * ELIGIBLE), so it gets the data reason {@link ReasonCode#ROWS_REJECTED} and its IEEPA duty is a
 * lower bound (docs/rules.md#rows-rejected-rule).
 *
 * <p>Example: one row with the duty amount {@code FREE} gives "1 row of this entry could not be
 * used (es003.csv line 103, Line Tariff Duty Amount 'FREE'), so the entry is judged on the rows
 * used and its IEEPA duty is a lower bound.", and the advice to correct the rows listed in
 * problems.csv.
 *
 * <p>This class is immutable and thread-safe.
 */
final class RowsRejectedRule extends CbpRule {

  static final RowsRejectedRule INSTANCE = new RowsRejectedRule();

  private RowsRejectedRule() {
    super("ROWS_REJECTED", ReasonCode.ROWS_REJECTED);
  }

  @Override
  @Nullable Finding find(Entry entry, LocalDate asOf, PolicyContext policy) {
    long count = entry.rejectedRowCount();
    if (count == 0) {
      return null;
    }
    List<String> shown = entry.rejectedRows();
    StringBuilder message = new StringBuilder();
    message.append(count).append(count == 1 ? " row" : " rows")
        .append(" of this entry could not be used");
    if (!shown.isEmpty()) {
      message.append(" (").append(String.join("; ", shown));
      if (count > shown.size()) {
        message.append("; and ").append(count - shown.size()).append(" more");
      }
      message.append(')');
    }
    message.append(", so the entry is judged on the rows used and its IEEPA duty is a lower"
        + " bound.");
    return Finding.of(ReasonCode.ROWS_REJECTED, message.toString());
  }

  @Override
  NextAction nextAction(Entry entry, List<Finding> findings, EntryDeadlines deadlines,
      @Nullable LocalDate asOf) {
    return new NextAction("Correct the rejected rows (listed in problems.csv) from ACE and screen"
        + " again.", null);
  }
}
