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

import org.caperules.es003.Cell;
import org.caperules.es003.CellKind;
import org.caperules.es003.Es003Column;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypedCellsTest {

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      # column                  | raw          | text          | problem
      LINE_TARIFF_DUTY_AMOUNT   | 850          | 850.00        | false
      LINE_TARIFF_DUTY_AMOUNT   | 0.1          | 0.10          | false
      LINE_TARIFF_DUTY_AMOUNT   | 1234.567     | 1234.567      | false
      LINE_TARIFF_DUTY_AMOUNT   | 1.0E-2       | 0.01          | false
      LINE_TARIFF_DUTY_AMOUNT   | 13156.659999999999 | 13156.66 | false
      LINE_TARIFF_DUTY_AMOUNT   | 3900.0000000000000 | 3900.00  | false
      LINE_TARIFF_DUTY_AMOUNT   | 800.00       | 800.00        | false
      LINE_TARIFF_DUTY_AMOUNT   | 0.30000000000000004 | 0.30000000000000004 | false
      ENTRY_SUMMARY_NUMBER      | 12312345676  | 12312345676   | false
      ENTRY_SUMMARY_NUMBER      | 1.2312345676E10 | 12312345676 | false
      ENTRY_SUMMARY_NUMBER      | 1234567890   | 1234567890    | true
      ENTRY_SUMMARY_NUMBER      | 123123456760 | 123123456760  | true
      HTS_NUMBER_FULL           | 3923900080   | 3923900080    | false
      HTS_NUMBER_FULL           | 99030125     | 99030125      | false
      HTS_NUMBER_FULL           | 101210000    | 101210000     | true
      ENTRY_TYPE_CODE           | 1            | 1             | false
      ENTRY_DATE                | 45755        | 45755         | false
      null                      | 2.50         | 2.50          | false
      null                      | not a number | not a number  | false
      """)
  void number_byColumn_exactTextOrProblem(@Nullable Es003Column column, String raw,
      String text, boolean problem) {
    @Nullable String[] out = new String[2];
    TypedCells.read(Cell.of(CellKind.NUMBER, raw, false), column, false, out);
    assertThat(out[0]).isEqualTo(text);
    assertThat(out[1] != null).as("problem: %s", out[1]).isEqualTo(problem);
  }
}
