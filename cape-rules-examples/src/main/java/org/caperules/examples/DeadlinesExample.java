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
package org.caperules.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Map;
import org.caperules.core.date.CapeDeadlines;
import org.caperules.core.date.Deadline;
import org.caperules.core.date.EntryDeadlines;

/**
 * Shows how to compute an entry's deadlines with {@link CapeDeadlines#standard()}: the CAPE last
 * day (liquidation + 80 days, no roll), the protest last day (liquidation + 180 days, rolled to
 * the next business day) and the estimates counted from the entry date, each with the days left
 * on an as-of date. Liquidated Fri 2026-05-15: day 180 is Wed 2026-11-11, Veterans Day, so the
 * protest last day is Thu 2026-11-12.
 */
public final class DeadlinesExample {

  private DeadlinesExample() {}

  /**
   * Runs the example.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    LocalDate liquidated = LocalDate.of(2026, 5, 15);
    LocalDate entered = LocalDate.of(2025, 7, 1);
    LocalDate asOf = LocalDate.of(2026, 7, 13);
    EntryDeadlines deadlines = CapeDeadlines.standard().forEntry(liquidated, entered);
    for (Map.Entry<Deadline, LocalDate> deadline : deadlines.asMap().entrySet()) {
      out.println(deadline.getKey() + " " + deadline.getValue() + " ("
          + deadlines.daysRemaining(deadline.getKey(), asOf).orElseThrow() + " days from "
          + asOf + ")");
    }
  }
}
