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
package org.caperules.es003.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds when an export was run in its title rows, the lines a report prints above its header:
 * a cell labelled {@code Run Date}, {@code Report Run Date}, {@code Date Run}, {@code Run On},
 * {@code Last Refresh Date} or {@code Last Refreshed} (any case, with or without a colon),
 * followed in the same cell or in the next non-blank cell by a date ({@code MM/DD/YYYY} or
 * {@code YYYY-MM-DD}, a time after it ignored). CBP does not publish the title rows of its
 * reports; these are the labels reports exported from ACE's reporting tool are known to carry
 * (docs/formats.md#run-dates). Two exports of one entry with different run dates are an older
 * and a newer pull, so the newer one's values win ({@link EntryConflicts}).
 *
 * <p>Example: the title cell {@code Run Date: 07/13/2026 8:41 AM} gives 2026-07-13; the cells
 * {@code Report Run Date} and {@code 2026-07-13} give the same; {@code Entry Date (Begin):
 * 01/01/2026} gives nothing.
 *
 * <p>This class is immutable and thread-safe.
 */
final class RunDates {

  private static final Pattern LABEL = Pattern.compile("(?i)\\s*(?:report\\s+)?(?:run\\s+date|"
      + "date\\s+run|run\\s+on|last\\s+refresh(?:ed)?(?:\\s+date)?|refresh\\s+date)\\s*[:=]?"
      + "\\s*(.*)");

  private RunDates() {}

  /**
   * The run date a title row gives, or null if it gives none.
   *
   * @param cells  the row's cells
   * @return the date, or null
   */
  static @Nullable LocalDate find(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      Matcher label = LABEL.matcher(cells.get(i));
      if (!label.matches()) {
        continue;
      }
      String rest = label.group(1).strip();
      for (int j = i + 1; rest.isEmpty() && j < cells.size(); j++) {
        rest = cells.get(j).strip();
      }
      LocalDate date = date(rest);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  private static @Nullable LocalDate date(String text) {
    if (text.isEmpty()) {
      return null;
    }
    int space = text.indexOf(' ');
    String day = space < 0 ? text : text.substring(0, space);
    int time = day.indexOf('T');
    if (time > 0) {
      day = day.substring(0, time);
    }
    try {
      return CellValues.date(day);
    } catch (IllegalArgumentException | DateTimeException ex) {
      return null;
    }
  }
}
