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
package org.caperules.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Money in outputs: exactly two decimals, or blank when unknown (docs/formats.md#money-out). */
class MoneyTextsTest {

  @Test
  void plain_asExportsWriteAmounts_twoDecimals() {
    assertThat(MoneyTexts.plain(new BigDecimal("1000"))).isEqualTo("1000.00");
    assertThat(MoneyTexts.plain(new BigDecimal("3000.0"))).isEqualTo("3000.00");
    assertThat(MoneyTexts.plain(new BigDecimal("800.00"))).isEqualTo("800.00");
    assertThat(MoneyTexts.plain(new BigDecimal("-12"))).isEqualTo("-12.00");
    assertThat(MoneyTexts.plain(BigDecimal.ZERO)).isEqualTo("0.00");
    assertThat(MoneyTexts.plain(new BigDecimal("1E+3"))).isEqualTo("1000.00");
  }

  @Test
  void plain_subCentRoundedHalfUp() {
    assertThat(MoneyTexts.plain(new BigDecimal("0.005"))).isEqualTo("0.01");
    assertThat(MoneyTexts.plain(new BigDecimal("0.0049"))).isEqualTo("0.00");
    assertThat(MoneyTexts.plain(new BigDecimal("-0.001"))).isEqualTo("0.00");
    assertThat(MoneyTexts.plain(new BigDecimal("13156.6599999999999"))).isEqualTo("13156.66");
  }

  @Test
  void unknown_blankNeverZero() {
    assertThat(MoneyTexts.plainOrBlank((BigDecimal) null)).isEmpty();
    assertThat(MoneyTexts.plainOrBlank(Optional.empty())).isEmpty();
    assertThat(MoneyTexts.plainOrBlank(Optional.of(new BigDecimal("15.7")))).isEqualTo("15.70");
    assertThat(MoneyTexts.plainOrBlank(new BigDecimal("0"))).isEqualTo("0.00");
  }

  @Test
  void grouped_forPrintedSummaries() {
    assertThat(MoneyTexts.grouped(new BigDecimal("1790733.7"))).isEqualTo("1,790,733.70");
    assertThat(MoneyTexts.grouped(new BigDecimal("-1234.5"))).isEqualTo("-1,234.50");
    assertThat(MoneyTexts.grouped(BigDecimal.ZERO)).isEqualTo("0.00");
    assertThat(MoneyTexts.cents(new BigDecimal("7")).scale()).isEqualTo(2);
  }
}
