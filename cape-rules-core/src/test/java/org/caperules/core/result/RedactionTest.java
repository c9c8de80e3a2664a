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
package org.caperules.core.result;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactionTest {

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      row 7: 123-45-6789,ABC12345676            | row 7: ***-**-6789,ABC12345676   | SSN in a short row, entry number kept
      123 45 6789                               | ***-**-6789                      | spaces as separators
      123\u201345\u20146789                     | ***-**-6789                      | en and em dashes
      x123-45-6789y                             | x***-**-6789y                    | letters may touch it
      2704-26-123456                            | 2704-26-123456                   | protest number kept
      1123-45-67890                             | 1123-45-67890                    | digits touching: not an SSN
      12-3456789A1                              | 12-3456789A1                     | IRS number kept
      ABC-1234567-6                             | ABC-1234567-6                    | hyphenated entry number kept
      112345673                                 | 112345673                        | bare 9 digits kept (HTS, entry without zeros)
      ***-**-6789                               | ***-**-6789                      | masked stays masked
      no digits here                            | no digits here                   | nothing to mask
      """)
  void mask_table(String input, String expected, String note) {
    assertThat(Redaction.mask(input)).as(note).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown key '000123456789'                | unknown key '****6789'           | account number as a key
      '021000021' is not one of PENDING         | '****0021' is not one of PENDING | routing number under a wrong key
      '2026-05-01' is not a date                | '2026-05-01' is not a date       | dates kept
      account 12345 and 1234                    | account ****2345 and 1234        | five digits masked, four kept
      ssn 123-45-6789                           | ssn ***-**-6789                  | SSN as in mask
      """)
  void maskBanking_table(String input, String expected, String note) {
    assertThat(Redaction.maskBanking(input)).as(note).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"123-45-6789", "900-00-0001"})
  void problem_valueAndMessage_masked(String ssn) {
    Problem problem = Problem.of(ProblemCode.WRONG_CELL_COUNT, Position.of("es003.csv", 3),
        "ABC12345676," + ssn, "The row has 2 cells: " + ssn);
    assertThat(problem.value()).isEqualTo("ABC12345676,***-**-" + ssn.substring(7));
    assertThat(problem.message()).isEqualTo("The row has 2 cells: ***-**-" + ssn.substring(7));
    assertThat(problem.toString()).doesNotContain(ssn);
  }
}
