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
package org.caperules.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellTextsTest {

  @ParameterizedTest(name = "{0} {1} -> {2} ({3})")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      # id  | format                 | date  | note
      14    | null                   | true  | built-in m/d/yyyy
      22    | null                   | true  | built-in m/d/yy h:mm
      45    | null                   | true  | built-in mm:ss counts as date-time in Excel's list
      0     | General                | false | General
      8     | null                   | false | built-in currency
      164   | mm/dd/yyyy             | true  | custom ACE-style date
      165   | d-mmm-yy               | true  | custom day-month-year
      166   | '[$-409]mmmm d, yyyy'  | true  | locale prefix in brackets
      167   | h:mm                   | false | time only
      168   | '"day "0'              | false | d inside quotes
      169   | '\\d0'                 | false | escaped d
      170   | '#,##0.00_);[Red](#,##0.00)' | false | accounting
      171   | '0.00;"dd"'            | false | second section only
      172   | '0.00E+00'             | false | scientific
      null  | null                   | false | nothing known
      """)
  void isDateFormat_builtInAndCustomFormats(@Nullable Integer id, @Nullable String format,
      boolean date, String note) {
    assertThat(CellTexts.isDateFormat(id, format)).as(note).isEqualTo(date);
  }

  @ParameterizedTest(name = "{0} 1904={1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # serial      | 1904  | text                | note
      45755         | false | 2025-04-08          | 45755 days after 1899-12-30
      45755.0       | false | 2025-04-08          | whole with a decimal
      45755.5       | false | 2025-04-08T12:00    | noon
      45755.999999999 | false | 2025-04-09        | rounds to the next midnight
      44293         | true  | 2025-04-08          | 44293 days after 1904-01-01
      36526         | false | 2000-01-01          | Es003Values.EXCEL_SERIAL_MIN
      99999999999   | false | 99999999999         | no date: left as the number
      """)
  void dateText_serials(String serial, boolean date1904, String text, String note) {
    assertThat(CellTexts.dateText(new BigDecimal(serial), date1904)).as(note).isEqualTo(text);
  }
}
