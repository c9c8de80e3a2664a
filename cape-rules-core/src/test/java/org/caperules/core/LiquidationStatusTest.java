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
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LiquidationStatusTest {

  // The spellings of docs/decisions.md#liquidation-status-spellings (a proposal, not a CBP fact).
  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # text                 | expected     | note
      Unliquidated           | UNLIQUIDATED | name
      UNLIQ                  | UNLIQUIDATED | abbreviation
      Open                   | UNLIQUIDATED | ACE Open (CSMS #68340863 via Expeditors)
      NOT LIQUIDATED         | UNLIQUIDATED | synonym
      not_liquidated         | UNLIQUIDATED | underscore as space
      Not-Liquidated         | UNLIQUIDATED | hyphen as space
      Liquidated             | LIQUIDATED   | name
      liq                    | LIQUIDATED   | abbreviation
      CLOSED                 | LIQUIDATED   | ACE Closed
      Reliquidated           | LIQUIDATED   | reliquidation
      Deemed Liquidated      | LIQUIDATED   | 19 CFR 159.9(c)(2)
      deem liquidated        | LIQUIDATED   | ACE wording since Deployment G
      DEEMED_LIQUIDATED      | LIQUIDATED   | underscore as space
      " Deemed   Liquidated "| LIQUIDATED   | trimmed, runs of spaces collapsed
      Suspended              | SUSPENDED    | name
      EXTENDED               | EXTENDED     | name
      Under Review           | UNDER_REVIEW | display form
      UNDER_REVIEW           | UNDER_REVIEW | enum name
      under-review           | UNDER_REVIEW | hyphen as space
      """)
  void parse_aceSpellings_mappedAsDocumented(String text, LiquidationStatus expected, String note) {
    assertThat(LiquidationStatus.parse(text)).as(note).isEqualTo(expected);
    assertThat(LiquidationStatus.tryParse(text)).as(note).contains(expected);
  }

  @Test
  void parse_everyConstantName_roundTrips() {
    for (LiquidationStatus status : LiquidationStatus.values()) {
      assertThat(LiquidationStatus.parse(status.name())).as(status.name()).isEqualTo(status);
    }
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # text            | note
      Pending           | tweeten mock status: not an ACE value, never guessed
      Cancelled         | an entry summary status, not a liquidation status
      Final             | not listed
      UNDERREVIEW       | no space: not listed
      Liquidated?       | punctuation
      """)
  void parse_unknownText_rejectedQuotingIt(String text, String note) {
    assertThatIllegalArgumentException().as(note).isThrownBy(() -> LiquidationStatus.parse(text))
        .withMessage("Unknown liquidation status: '" + text + "' (expected Unliquidated,"
            + " Liquidated, Suspended, Extended or Under Review, or an ACE synonym such as Open or"
            + " Closed)");
    assertThat(LiquidationStatus.tryParse(text)).as(note).isEmpty();
  }

  @Test
  void parse_blank_rejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> LiquidationStatus.parse(""))
        .withMessage("Liquidation status is blank: ''");
    assertThatIllegalArgumentException().isThrownBy(() -> LiquidationStatus.parse(" _ "))
        .withMessage("Liquidation status is blank: ' _ '");
    assertThat(LiquidationStatus.tryParse("  ")).isEmpty();
  }

  @Test
  void isPending_everyStatus_trueForSuspendedExtendedUnderReview() {
    Set<LiquidationStatus> pending = EnumSet.of(LiquidationStatus.SUSPENDED,
        LiquidationStatus.EXTENDED, LiquidationStatus.UNDER_REVIEW);
    for (LiquidationStatus status : LiquidationStatus.values()) {
      assertThat(status.isPending()).as(status.name()).isEqualTo(pending.contains(status));
    }
  }
}
