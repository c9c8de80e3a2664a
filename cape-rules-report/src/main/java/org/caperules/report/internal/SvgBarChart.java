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
package org.caperules.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.caperules.report.figures.DatedTally;
import org.jspecify.annotations.Nullable;

/**
 * A weekly bar chart drawn as inline SVG from the data: one bar per week (its height the IEEPA
 * duty, its label the entry count), the as-of date as a vertical line and, optionally, a shaded
 * band of days (the at-risk band). Coordinates are computed in whole tenths of a pixel with
 * integer and {@link BigDecimal} arithmetic, so the same data always gives the same bytes.
 *
 * <p>Each bar is a {@code rect} with class {@code bar} and the data attributes {@code data-week}
 * (the Monday), {@code data-entries} and {@code data-duty} (plain decimal), and a {@code title}
 * that a browser shows on hover. Example: a week starting 2026-07-13 with 2 entries and 9,808.92
 * gives {@code <rect class="bar" data-week="2026-07-13" data-entries="2" data-duty="9808.92"
 * ...>} holding {@code <title>Week of 2026-07-13: 2 entries, IEEPA duty 9,808.92</title>}.
 *
 * <p>No chart library is used: the JVM ones draw with AWT (Java2D) into images or pull large
 * dependency trees, and the JavaScript ones need a script in the page, which these pages must not
 * have. A bar chart with a date axis is a few dozen lines of SVG.
 */
public final class SvgBarChart {

  private static final int WIDTH = 720;
  private static final int HEIGHT = 220;
  private static final int LEFT = 78;
  private static final int RIGHT = 12;
  private static final int TOP = 26;
  private static final int BOTTOM = 40;
  private static final int MAX_LABELS = 14;

  private SvgBarChart() {}

  /**
   * Draws the chart.
   *
   * @param id  the chart's element id, ours
   * @param caption  what the chart shows, for screen readers
   * @param weeks  the weeks, oldest first; none gives an empty string
   * @param asOf  the date marked "today"
   * @param bandFirst  the first day of the shaded band (inclusive), or {@code null} for none
   * @param bandLast  the last day of the shaded band (inclusive), or {@code null} for none
   * @return the SVG element, or an empty string when there are no weeks
   */
  public static String render(String id, String caption, List<DatedTally> weeks, LocalDate asOf,
      @Nullable LocalDate bandFirst, @Nullable LocalDate bandLast) {
    Objects.requireNonNull(asOf, "asOf");
    if (weeks.isEmpty()) {
      return "";
    }
    long start = Math.min(weeks.get(0).weekStart().toEpochDay(), asOf.toEpochDay() - 3);
    long end = Math.max(weeks.get(weeks.size() - 1).weekStart().toEpochDay() + 7,
        asOf.toEpochDay() + 4);
    if (bandFirst != null && bandLast != null) {
      start = Math.min(start, bandFirst.toEpochDay());
      end = Math.max(end, bandLast.toEpochDay() + 1);
    }
    Axis axis = new Axis(start, end);
    BigDecimal max = BigDecimal.ZERO;
    for (DatedTally week : weeks) {
      max = max.max(week.tally().amount());
    }
    Html svg = new Html();
    svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "id", id, "class", "chart",
        "viewBox", "0 0 " + WIDTH + " " + HEIGHT, "role", "img", "aria-label", caption);
    int plotBottom = HEIGHT - BOTTOM;
    if (bandFirst != null && bandLast != null && !bandLast.isBefore(bandFirst)) {
      long x1 = axis.x10(bandFirst.toEpochDay());
      long x2 = axis.x10(bandLast.toEpochDay() + 1);
      svg.open("rect", "class", "band", "x", tenths(x1), "y", Integer.toString(TOP),
          "width", tenths(x2 - x1), "height", Integer.toString(plotBottom - TOP));
      svg.element("title", "At risk: CAPE last day from " + bandFirst + " to " + bandLast);
      svg.close("rect");
      svg.element("text", "at risk", "class", "band-label", "x", tenths(x1 + 30),
          "y", Integer.toString(TOP + 12));
    }
    svg.open("line", "class", "axis", "x1", Integer.toString(LEFT), "y1",
        Integer.toString(plotBottom), "x2", Integer.toString(WIDTH - RIGHT), "y2",
        Integer.toString(plotBottom)).close("line");
    svg.open("line", "class", "axis", "x1", Integer.toString(LEFT), "y1", Integer.toString(TOP),
        "x2", Integer.toString(LEFT), "y2", Integer.toString(plotBottom)).close("line");
    svg.element("text", Html.money(max), "class", "y-label", "x", Integer.toString(LEFT - 6),
        "y", Integer.toString(TOP + 4));
    svg.element("text", "0", "class", "y-label", "x", Integer.toString(LEFT - 6),
        "y", Integer.toString(plotBottom));
    int every = (weeks.size() + MAX_LABELS - 1) / MAX_LABELS;
    int plotHeight10 = (plotBottom - TOP) * 10;
    for (int i = 0; i < weeks.size(); i++) {
      DatedTally week = weeks.get(i);
      long monday = week.weekStart().toEpochDay();
      long x1 = axis.x10(monday) + 10;
      long x2 = axis.x10(monday + 7) - 10;
      long height = max.signum() <= 0 ? 0 : week.tally().amount().max(BigDecimal.ZERO)
          .multiply(BigDecimal.valueOf(plotHeight10))
          .divide(max, 0, RoundingMode.HALF_UP).longValue();
      height = Math.max(height, 10);
      long y = plotBottom * 10L - height;
      String duty = Html.money(week.tally().amount());
      svg.open("rect", "class", "bar", "data-week", week.weekStart().toString(),
          "data-entries", Integer.toString(week.tally().count()),
          "data-duty", Html.plain(week.tally().amount()),
          "x", tenths(x1), "y", tenths(y), "width", tenths(Math.max(x2 - x1, 10)),
          "height", tenths(height));
      svg.element("title", "Week of " + week.weekStart() + ": " + week.tally().count()
          + (week.tally().count() == 1 ? " entry" : " entries") + ", IEEPA duty " + duty);
      svg.close("rect");
      long middle = (x1 + x2) / 2;
      svg.element("text", Integer.toString(week.tally().count()), "class", "bar-label",
          "x", tenths(middle), "y", tenths(y - 30));
      if (i % every == 0) {
        svg.element("text", week.weekStart().toString().substring(5), "class", "x-label",
            "x", tenths(middle), "y", Integer.toString(plotBottom + 14));
      }
    }
    long today = axis.x10(asOf.toEpochDay());
    svg.open("line", "class", "today", "x1", tenths(today), "y1", Integer.toString(TOP - 14),
        "x2", tenths(today), "y2", Integer.toString(plotBottom)).close("line");
    svg.element("text", "today " + asOf, "class", "today-label", "x", tenths(today + 30),
        "y", Integer.toString(TOP - 16));
    svg.element("text", "week of the last day (Mon); bar label: entries; height: IEEPA duty",
        "class", "x-caption", "x", Integer.toString(LEFT), "y",
        Integer.toString(HEIGHT - 6));
    svg.close("svg");
    return svg.toString();
  }

  /** Tenths of a pixel as text: 1234 gives {@code 123.4}. */
  private static String tenths(long value) {
    return BigDecimal.valueOf(value, 1).toPlainString();
  }

  /** The date axis: epoch days to x in tenths of a pixel. */
  private static final class Axis {
    private final long start;
    private final long days;

    Axis(long start, long endExclusive) {
      this.start = start;
      this.days = Math.max(1, endExclusive - start);
    }

    long x10(long epochDay) {
      return LEFT * 10L + (epochDay - start) * (WIDTH - LEFT - RIGHT) * 10L / days;
    }
  }
}
