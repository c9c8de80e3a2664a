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
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class RowAccountingTest {

  @Test
  void of_withoutRepeats_balancesAndNoneRepeated() {
    RowAccounting rows = RowAccounting.of(10, 9, 1);
    assertThat(rows.rowsRepeated()).isZero();
    assertThat(rows).hasToString("10 rows read: 9 used, 1 rejected")
        .isEqualTo(RowAccounting.of(10, 9, 0, 1)).hasSameHashCodeAs(RowAccounting.of(10, 9, 0, 1));
  }

  /** Two overlapping exports of 10 rows each, 4 rows in both, one row bad: 20 = 15 + 4 + 1. */
  @Test
  void of_withRepeats_balancesAndSaysSo() {
    RowAccounting rows = RowAccounting.of(20, 15, 4, 1);
    assertThat(rows.rowsRepeated()).isEqualTo(4);
    assertThat(rows).hasToString("20 rows read: 15 used, 4 repeated, 1 rejected")
        .isNotEqualTo(RowAccounting.of(20, 16, 3, 1));
  }

  @Test
  void of_unbalancedOrNegative_refused() {
    assertThatIllegalArgumentException().isThrownBy(() -> RowAccounting.of(20, 15, 4, 2))
        .withMessage("Row accounting must balance: rows read = rows used + rows repeated + rows"
            + " rejected, but was 20 read, 15 used, 4 repeated, 2 rejected");
    assertThatIllegalArgumentException().isThrownBy(() -> RowAccounting.of(1, 2, -1, 0));
    assertThatIllegalArgumentException().isThrownBy(() -> RowAccounting.of(1, 0, 0, 0));
  }
}
