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
package org.caperules.es003;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellTest {

  @ParameterizedTest(name = "''{0}'' -> ''{1}''")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
      ="BII05940010"         | BII05940010
      ' ="BII05940010" '     | BII05940010
      ="a""b"                | a"b
      =""                    | ''
      BII05940010            | BII05940010
      ="a"&"b"               | ="a"&"b"
      =SUM(A1)               | =SUM(A1)
      '="unclosed'           | '="unclosed'
      """)
  void unwrapExcelText_wrapperRemovedOtherTextKept(String text, String expected) {
    assertThat(Cell.unwrapExcelText(text)).isEqualTo(expected);
  }
}
