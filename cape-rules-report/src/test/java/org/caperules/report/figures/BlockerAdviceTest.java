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

import org.caperules.core.readiness.BlockerCode;
import org.caperules.core.readiness.Contact;
import org.junit.jupiter.api.Test;

/** The advice a page gives for a readiness blocker code. */
class BlockerAdviceTest {

  /** Every code this release knows has its own fix, never the pointer for unknown codes. */
  @Test
  void everyKnownCode_ownFix_byCodeOrName() {
    for (BlockerCode code : BlockerCode.values()) {
      for (String written : new String[] {code.code(), code.name(),
          code.code() + " " + code.name()}) {
        BlockerAdvice advice = BlockerAdvice.of(written);
        assertThat(advice.name()).as(written).isEqualTo(code.name());
        assertThat(advice.code()).as(written).isEqualTo(code.code());
        assertThat(advice.fix()).as(written).doesNotStartWith("See the output");
      }
    }
  }

  /** R22: the CAPE tab is missing; CBP's IEEPA refunds mailbox is the contact. */
  @Test
  void capeTabNotVisible_ieepaRefundsContact() {
    BlockerAdvice advice = BlockerAdvice.of("R22");
    assertThat(advice.name()).isEqualTo("CAPE_TAB_NOT_VISIBLE");
    assertThat(advice.contact()).isEqualTo(Contact.IEEPA_REFUNDS.toString());
    assertThat(advice.fix()).contains("Importer sub-account view");
  }

  @Test
  void unknownCode_pointerToTheReadinessCommand() {
    BlockerAdvice advice = BlockerAdvice.of("R99");
    assertThat(advice.name()).isEmpty();
    assertThat(advice.fix()).startsWith("See the output of cape-rules readiness");
  }
}
