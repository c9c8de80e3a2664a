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
package org.caperules.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetSafeTest {

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # input                        | expected                        | note
      "=HYPERLINK(""http://x"")"     | "'=HYPERLINK(""http://x"")"     | equals
      "+1+cmd|' /C calc'!A0"         | "'+1+cmd|' /C calc'!A0"         | plus with DDE payload
      -2+3                           | '-2+3                           | minus expression
      @SUM(A1:A2)                    | '@SUM(A1:A2)                    | at sign
      -                              | '-                              | lone minus
      =                              | '=                              | lone equals
      -12.00                         | -12.00                          | negative amount stays
      -5                             | -5                              | negative integer stays
      +3                             | +3                              | positive sign stays
      -1,234.56                      | -1,234.56                       | grouped negative stays
      ABC12345676                    | ABC12345676                     | entry number
      NO_IEEPA_DUTY;OPEN_PROTEST     | NO_IEEPA_DUTY;OPEN_PROTEST      | reasons
      ""                             | ""                              | empty
      " =1+1"                        | " =1+1"                         | leading space is not a formula
      a=b                            | a=b                             | equals inside
      """)
  void cell_table(String input, String expected, String note) {
    assertThat(SpreadsheetSafe.cell(input)).as(note).isEqualTo(expected);
  }

  @ParameterizedTest(name = "control character {0}")
  @CsvSource({"9", "13"})
  void cell_leadingTabCarriageReturnOrLineFeed_becomesSpaceSoNoFormula(int codePoint) {
    String value = (char) codePoint + "=1+1";
    assertThat(SpreadsheetSafe.isDangerous(value)).isTrue();
    // The control character is removed first (a space in its place): " =1+1" is not a formula.
    assertThat(SpreadsheetSafe.cell(value)).isEqualTo(" =1+1");
  }

  @Test
  void cell_rawNulEscAndC1Bytes_removed() {
    String value = "AB\u001B[2JC\u0000D\u009BE\u007F";
    assertThat(SpreadsheetSafe.cell(value)).isEqualTo("AB[2JCDE");
    assertThat(SpreadsheetSafe.cell("\u0000=cmd")).isEqualTo("'=cmd");
    assertThat(SpreadsheetSafe.cell("plain")).isSameAs("plain");
  }
}
