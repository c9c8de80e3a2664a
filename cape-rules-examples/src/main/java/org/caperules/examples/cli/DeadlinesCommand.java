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
package org.caperules.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.caperules.core.date.CapeDeadlines;
import org.caperules.core.date.Deadline;
import org.caperules.core.date.EntryDeadlines;
import org.caperules.core.eligibility.CapePolicies;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cape-rules deadlines --liquidated YYYY-MM-DD [--entry-date YYYY-MM-DD] [--as-of
 * YYYY-MM-DD]}: prints every deadline of one entry ({@link CapeDeadlines#standard()}), with its
 * weekday, the days left on the as-of date (when given), what it is and its source.
 *
 * <p>Example: liquidated Fri 2026-04-24, as of Mon 2026-07-13: the CAPE last day is Mon
 * 2026-07-13 (0 days left, liquidation + 80), the voluntary reliquidation end Thu 2026-07-23 (10
 * days left) and the protest last day Wed 2026-10-21 (100 days left, liquidation + 180).
 *
 * <p>A CAPE last day before CAPE opened (Mon 2026-04-20, the effective date of {@code PHASE_1})
 * gets a note that the entry could never be declared in CAPE in time: liquidated Thu 2026-01-29,
 * the CAPE last day is Sun 2026-04-19.
 */
@Command(name = "deadlines", mixinStandardHelpOptions = true,
    description = "Prints every deadline of one entry: CAPE last day, voluntary reliquidation"
        + " end and protest last day (from the liquidation date); projected and deemed"
        + " liquidation and protest horizon (from the entry date); with days left as of a date.")
final class DeadlinesCommand implements Callable<Integer> {

  /** The day CAPE opened: the effective date of its first policy, PHASE_1 (CSMS #68315804). */
  private static final LocalDate CAPE_OPENED = CapePolicies.PHASE_1.effectiveDate();

  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  @Option(names = "--liquidated", required = true, paramLabel = "YYYY-MM-DD",
      description = "The liquidation date.")
  @SuppressWarnings("NullAway.Init")
  LocalDate liquidated;

  @Option(names = "--entry-date", paramLabel = "YYYY-MM-DD",
      description = "The entry date (adds the deadlines counted from it).")
  @Nullable LocalDate entryDate;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "Count the days left from this date (none are shown without it).")
  @Nullable LocalDate asOf;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    EntryDeadlines deadlines = CapeDeadlines.standard().forEntry(liquidated, entryDate);
    LocalDate from = asOf;
    out.println("Deadlines for an entry liquidated " + day(liquidated)
        + (entryDate == null ? "" : ", entered " + day(entryDate))
        + (from == null ? "" : ", as of " + day(from)) + ":");
    for (Map.Entry<Deadline, LocalDate> entry : deadlines.asMap().entrySet()) {
      Deadline deadline = entry.getKey();
      String left = "";
      if (from != null) {
        OptionalLong days = deadlines.daysRemaining(deadline, from);
        left = "  " + daysLeft(days.orElseThrow());
      }
      out.printf(Locale.ROOT, "%-28s %s%s%n", deadline.name(), day(entry.getValue()), left);
      out.println("    " + deadline.description());
      out.println("    Source: " + deadline.source());
      if (deadline == Deadline.CAPE_LAST_DAY && entry.getValue().isBefore(CAPE_OPENED)) {
        out.println("    Note: this CAPE last day is before CAPE opened on " + day(CAPE_OPENED)
            + ", so the entry could never be declared in CAPE within its "
            + CapeDeadlines.CAPE_WINDOW_DAYS + " days (see PROTEST_LAST_DAY).");
      }
    }
    return CapeRulesCli.EXIT_OK;
  }

  /** {@code 2026-07-13 (Mon)}. */
  static String day(LocalDate date) {
    return date + " (" + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ROOT) + ")";
  }

  /** {@code 10 days left}, {@code 1 day left}, {@code 0 days left (today)}, {@code passed 3 days ago}. */
  static String daysLeft(long days) {
    if (days == 0) {
      return "0 days left (today)";
    }
    if (days > 0) {
      return days + (days == 1 ? " day left" : " days left");
    }
    return "passed " + -days + (days == -1 ? " day ago" : " days ago");
  }
}
