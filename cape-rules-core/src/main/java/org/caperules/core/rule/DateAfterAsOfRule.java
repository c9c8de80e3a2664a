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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.caperules.core.Entry;
import org.caperules.core.date.EntryDeadlines;
import org.jspecify.annotations.Nullable;

/**
 * An entry, entry summary or liquidation date after the as-of date cannot be true on that date:
 * either the export holds a wrong date or the as-of date is wrong (typed with last year, for
 * example). Deadlines counted from such a date would be fiction, so the entry gets the data
 * reason {@link ReasonCode#DATE_AFTER_AS_OF} and is reviewed rather than declared
 * (docs/rules.md#date-after-as-of-rule).
 *
 * <p>Example: liquidated 2026-08-03, assessed as of 2026-07-13, gives "Liquidation date
 * 2026-08-03 is after the as-of date 2026-07-13; a date that has not yet come cannot be in ACE.",
 * and the advice to check the as-of date and the entry's dates in ACE.
 *
 * <p>This class is immutable and thread-safe.
 */
final class DateAfterAsOfRule extends CbpRule {

  static final DateAfterAsOfRule INSTANCE = new DateAfterAsOfRule();

  private DateAfterAsOfRule() {
    super("DATE_AFTER_AS_OF", ReasonCode.DATE_AFTER_AS_OF);
  }

  @Override
  @Nullable Finding find(Entry entry, LocalDate asOf, PolicyContext policy) {
    if (!isAfter(entry.entryDate(), asOf) && !isAfter(entry.entrySummaryDate(), asOf)
        && !isAfter(entry.liquidationDate(), asOf)) {
      return null;
    }
    List<String> late = new ArrayList<>(3);
    addIfAfter(late, "Entry date", entry.entryDate(), asOf);
    addIfAfter(late, "Entry summary date", entry.entrySummaryDate(), asOf);
    addIfAfter(late, "Liquidation date", entry.liquidationDate(), asOf);
    String dates = String.join(" and ", late);
    return Finding.of(ReasonCode.DATE_AFTER_AS_OF, dates + (late.size() == 1 ? " is" : " are")
        + " after the as-of date " + asOf + "; a date that has not yet come cannot be in ACE.");
  }

  private static boolean isAfter(@Nullable LocalDate date, LocalDate asOf) {
    return date != null && date.isAfter(asOf);
  }

  private static void addIfAfter(List<String> late, String name, @Nullable LocalDate date,
      LocalDate asOf) {
    if (isAfter(date, asOf)) {
      late.add((late.isEmpty() ? name : name.toLowerCase(Locale.ROOT)) + " " + date);
    }
  }

  @Override
  NextAction nextAction(Entry entry, List<Finding> findings, EntryDeadlines deadlines,
      @Nullable LocalDate asOf) {
    return new NextAction("Check the as-of date and the entry, entry summary and liquidation"
        + " dates in ACE, and screen again.", null);
  }
}
