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
package org.caperules.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CapeErrorAdviceTest {

  /**
   * The mapping as docs/ledger.md states it, message by message, with the reason beside each:
   * written out here, not derived from the implementation.
   */
  private static final Map<CapeErrorMessage, Resubmit> EXPECTED =
      new EnumMap<>(CapeErrorMessage.class);

  static {
    // CBP FAQ: drawback designation; no CAPE refund.
    EXPECTED.put(CapeErrorMessage.ENTRY_ON_DRAWBACK, Resubmit.NO);
    // From 29 Jun 2026 only with a type 09 filed: the refund goes through reconciliation.
    EXPECTED.put(CapeErrorMessage.ENTRY_SUMMARY_FLAGGED_FOR_RECON, Resubmit.NO);
    // The entry summary must be accepted first.
    EXPECTED.put(CapeErrorMessage.ENTRY_SUMMARY_IS_CANCELLED_REJECTED, Resubmit.AFTER_FIX);
    // Past the 80-day window: protest, not CAPE.
    EXPECTED.put(CapeErrorMessage.ENTRY_SUMMARY_IS_IN_FINAL_LIQUIDATION_STATUS, Resubmit.NO);
    // NCBFAA 18 May 2026: sometimes transient.
    EXPECTED.put(CapeErrorMessage.UNABLE_TO_CALCULATE_DUTY, Resubmit.AGAIN);
    // CSMS #69056483: PSC, then a new declaration.
    EXPECTED.put(CapeErrorMessage.HTS_RELATIONSHIP_SEQUENCE_MISMATCH, Resubmit.AFTER_FIX);
    EXPECTED.put(CapeErrorMessage.INVALID_HTS, Resubmit.AFTER_FIX);
    EXPECTED.put(CapeErrorMessage.HTS_RELATIONSHIP_MISMATCH, Resubmit.AFTER_FIX);
    // CSMS #69056483: validation removed 25 Jun 2026; resubmit as is.
    EXPECTED.put(CapeErrorMessage.GOODS_VALUE_AMOUNT_MUST_BE_REPORTED_ON_THE_CH_1_97,
        Resubmit.AGAIN);
    // CSMS #69127837: warehouse types excluded in this phase.
    EXPECTED.put(CapeErrorMessage.ENTRY_TYPE_NOT_ALLOWED, Resubmit.NO);
    EXPECTED.put(CapeErrorMessage.PROTEST_ON_ENTRY, Resubmit.NO);
    EXPECTED.put(CapeErrorMessage.NO_IEEPA_HTS_ON_ENTRY, Resubmit.NO);
    // Statement not processed yet: wait.
    EXPECTED.put(CapeErrorMessage.STATEMENT_PROCESSING_NOT_COMPLETE, Resubmit.LATER);
    EXPECTED.put(CapeErrorMessage.DUPLICATE_TAX_ID, Resubmit.AFTER_FIX);
    EXPECTED.put(CapeErrorMessage.ACCOUNT_MISMATCH, Resubmit.AFTER_FIX);
  }

  @Test
  void of_everyMessage_mappedAsDocumented() {
    assertThat(EXPECTED).hasSize(CapeErrorMessage.values().length);
    for (CapeErrorMessage message : CapeErrorMessage.values()) {
      CapeErrorAdvice advice = CapeErrorAdvice.of(message);
      assertThat(advice.resubmit()).as(message.name()).isEqualTo(EXPECTED.get(message));
      assertThat(advice.meaning()).as(message.name()).isNotBlank();
      assertThat(advice.fix()).as(message.name()).isNotBlank();
    }
  }

  @Test
  void forText_capeWordingAndAlias_found() {
    assertThat(CapeErrorAdvice.forText(" unable to calculate duty ").resubmit())
        .isEqualTo(Resubmit.AGAIN);
    assertThat(CapeErrorAdvice.forText("Entry Summary in Final Liquidation").resubmit())
        .isEqualTo(Resubmit.NO);
    assertThat(CapeErrorAdvice.forText("INVALID HTS").fix()).contains("post summary correction");
  }

  @Test
  void forText_unknownOrBlank_unknownAdviceAfterFix() {
    assertThat(CapeErrorAdvice.forText("SOMETHING NEW")).isSameAs(CapeErrorAdvice.UNKNOWN);
    assertThat(CapeErrorAdvice.forText("")).isSameAs(CapeErrorAdvice.UNKNOWN);
    assertThat(CapeErrorAdvice.UNKNOWN.resubmit()).isEqualTo(Resubmit.AFTER_FIX);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void new_nullComponent_refused() {
    assertThatNullPointerException().isThrownBy(() -> new CapeErrorAdvice("m", "f", null))
        .withMessage("resubmit");
  }
}
