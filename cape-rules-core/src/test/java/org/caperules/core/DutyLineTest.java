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
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DutyLineTest {

  private static final HtsNumber HTS_9903_01_28 = HtsNumber.of("99030128");

  @Test
  void of_fixtureLine_toStringPlain() {
    // An ES-003 parser fixture line (docs/formats.md#es-003): ordinal 1 99030128, duty $850.00.
    DutyLine line = DutyLine.of(HTS_9903_01_28, new BigDecimal("850.00"));
    assertThat(line.hts()).isEqualTo(HTS_9903_01_28);
    assertThat(line.duty()).isEqualByComparingTo("850");
    assertThat(line.toString()).isEqualTo("9903.01.28 850.00");
    assertThat(line).isEqualTo(DutyLine.of(HtsNumber.parse("9903.01.28"), new BigDecimal("850.00")));
  }

  @Test
  void of_zeroAndNegative_allowed() {
    assertThat(DutyLine.of(HTS_9903_01_28, BigDecimal.ZERO).toString()).isEqualTo("9903.01.28 0");
    assertThat(DutyLine.of(HTS_9903_01_28, new BigDecimal("-1.00")).toString())
        .isEqualTo("9903.01.28 -1.00");
    assertThat(DutyLine.of(HTS_9903_01_28, new BigDecimal("1E+3")).toString())
        .isEqualTo("9903.01.28 1000");
  }

  @Test
  @SuppressWarnings("NullAway") // deliberately passes null
  void of_null_npeNamingPart() {
    assertThatNullPointerException().isThrownBy(() -> DutyLine.of(HTS_9903_01_28, null))
        .withMessage("duty");
    assertThatNullPointerException().isThrownBy(() -> DutyLine.of(null, BigDecimal.ONE))
        .withMessage("hts");
  }
}
