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
package org.caperules.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProtestStatusTest {

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # text          | expected  | note
      ""              | NONE      | blank: no protest
      "   "           | NONE      | blank after trimming
      None            | NONE      | tweeten mock value
      Open            | OPEN      | open protest (CBP guidance of 10 Apr 2026)
      pending         | OPEN      | tweeten mock value
      FILED           | OPEN      | tweeten mock value
      Suspended       | SUSPENDED | CSMS #68340863 "open or suspended protest"
      Closed          | CLOSED    | decided
      Denied          | CLOSED    | tweeten mock value
      allowed         | CLOSED    | decided
      Approved        | CLOSED    | decided
      " Withdrawn "   | CLOSED    | withdrawn, trimmed
      Under Review    | UNKNOWN   | not listed: never guessed
      Protested       | UNKNOWN   | not listed
      """)
  void parse_spellings_mapped(String text, ProtestStatus expected, String note) {
    assertThat(ProtestStatus.parse(text)).as(note).isEqualTo(expected);
  }

  @Test
  void isOpen_everyStatus_trueForOpenAndSuspended() {
    for (ProtestStatus status : ProtestStatus.values()) {
      assertThat(status.isOpen()).as(status.name())
          .isEqualTo(EnumSet.of(ProtestStatus.OPEN, ProtestStatus.SUSPENDED).contains(status));
    }
  }
}
