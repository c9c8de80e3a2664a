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

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The run date of an export, from the cells of a title row. */
class RunDatesTest {

  private static final LocalDate MON_2026_07_13 = LocalDate.of(2026, 7, 13);

  @Test
  void labelAndDateInOneCell_dateFound_timeIgnored() {
    assertThat(RunDates.find(List.of("Run Date: 07/13/2026 8:41 AM"))).isEqualTo(MON_2026_07_13);
    assertThat(RunDates.find(List.of("report run date = 2026-07-13"))).isEqualTo(MON_2026_07_13);
    assertThat(RunDates.find(List.of("Last Refreshed: 07/13/2026"))).isEqualTo(MON_2026_07_13);
    assertThat(RunDates.find(List.of("Run on 2026-07-13T08:41:00"))).isEqualTo(MON_2026_07_13);
  }

  @Test
  void labelThenDateInTheNextNonBlankCell_dateFound() {
    assertThat(RunDates.find(List.of("", "Report Run Date:", "", "07/13/2026")))
        .isEqualTo(MON_2026_07_13);
  }

  @Test
  void otherTitleRows_noDate() {
    assertThat(RunDates.find(List.of("ES-003 Entry Summary Line Tariff Details"))).isNull();
    assertThat(RunDates.find(List.of("Entry Date (Begin): 01/01/2026"))).isNull();
    assertThat(RunDates.find(List.of("Run Date: soon"))).isNull();
    assertThat(RunDates.find(List.of("Run Date: 02/30/2026"))).isNull();
    assertThat(RunDates.find(List.of("Run Date:"))).isNull();
  }
}
