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
package org.caperules.report.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.caperules.core.rule.ReasonCode;
import org.junit.jupiter.api.Test;

/** Reason codes in a client's words on the importer pages. */
class ReasonWordsTest {

  /** Every code this release knows has words of its own, never the bare code. */
  @Test
  void everyKnownCode_inWords() {
    for (ReasonCode code : ReasonCode.values()) {
      assertThat(ReasonWords.words(code.name())).as(code.name()).isNotEqualTo(code.name());
      assertThat(ReasonWords.of(code.name())).as(code.name()).endsWith("(" + code.source() + ")");
    }
  }

  @Test
  void unknownCode_asWritten_noSource() {
    assertThat(ReasonWords.of("SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
    assertThat(ReasonWords.words(" open_protest ")).isEqualTo("open, pending or suspended protest");
  }
}
