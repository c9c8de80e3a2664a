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

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.caperules.report.figures.DatedTally;
import org.caperules.report.figures.Tally;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class SvgBarChartTest {

  private static DatedTally week(int month, int day, int count, String duty) {
    return new DatedTally(LocalDate.of(2026, month, day), new Tally(count, new BigDecimal(duty)));
  }

  @Test
  void barsAreProportionalToTheDutyAndPlacedOnTheDateAxis() {
    LocalDate asOf = LocalDate.of(2026, 7, 13);
    String svg = SvgBarChart.render("c", "caption", List.of(week(7, 13, 2, "500.00"),
        week(7, 27, 1, "2000.00")), asOf, asOf, asOf.plusDays(6));
    Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
    List<Element> bars = doc.select("rect.bar");
    assertThat(bars).hasSize(2);
    // Plot: y from 26 to 180 (220 - 40), 154 px; 2000.00 fills it, 500.00 is a quarter: 38.5.
    assertThat(bars.get(1).attr("height")).isEqualTo("154.0");
    assertThat(bars.get(0).attr("height")).isEqualTo("38.5");
    assertThat(bars.get(0).attr("y")).isEqualTo("141.5");
    // Axis: from 2026-07-10 (as-of - 3) to 2026-08-03 (last Monday + 7): 24 days over
    // 720 - 78 - 12 = 630 px. Monday 2026-07-13 is day 3: 78 + 3 * 630 / 24 = 156.75, kept in
    // whole tenths (156.7), plus the 1 px gap: 157.7.
    assertThat(bars.get(0).attr("x")).isEqualTo("157.7");
    Element today = doc.selectFirst("line.today");
    assertThat(today.attr("x1")).isEqualTo("156.7");
    assertThat(doc.select("rect.band")).hasSize(1);
    assertThat(doc.select("text.bar-label").eachText()).containsExactly("2", "1");
    assertThat(bars.get(0).selectFirst("title").text())
        .isEqualTo("Week of 2026-07-13: 2 entries, IEEPA duty 500.00");
    assertThat(SvgBarChart.render("c", "caption", List.of(), asOf, null, null)).isEmpty();
  }
}
