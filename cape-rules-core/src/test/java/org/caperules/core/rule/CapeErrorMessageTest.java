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

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapeErrorMessageTest {

  // Wording as quoted by the sources of each constant; the reason code that predicts it.
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # constant                                       | text                                               | reason code
      ENTRY_ON_DRAWBACK                                  | ENTRY ON DRAWBACK                                  | DRAWBACK
      ENTRY_SUMMARY_FLAGGED_FOR_RECON                    | ENTRY SUMMARY FLAGGED FOR RECON                    | RECONCILIATION
      ENTRY_SUMMARY_IS_CANCELLED_REJECTED                | ENTRY SUMMARY IS CANCELLED/REJECTED                | ENTRY_SUMMARY_NOT_ACCEPTED
      ENTRY_SUMMARY_IS_IN_FINAL_LIQUIDATION_STATUS       | ENTRY SUMMARY IS IN FINAL LIQUIDATION STATUS       | LIQUIDATION_WINDOW_PASSED
      UNABLE_TO_CALCULATE_DUTY                           | UNABLE TO CALCULATE DUTY                           | -
      HTS_RELATIONSHIP_SEQUENCE_MISMATCH                 | HTS RELATIONSHIP/SEQUENCE MISMATCH                 | -
      INVALID_HTS                                        | INVALID HTS                                        | -
      HTS_RELATIONSHIP_MISMATCH                          | HTS RELATIONSHIP MISMATCH                          | -
      GOODS_VALUE_AMOUNT_MUST_BE_REPORTED_ON_THE_CH_1_97 | GOODS VALUE AMOUNT MUST BE REPORTED ON THE CH 1-97 | -
      ENTRY_TYPE_NOT_ALLOWED                             | ENTRY TYPE NOT ALLOWED                             | ENTRY_TYPE_NOT_ALLOWED
      PROTEST_ON_ENTRY                                   | PROTEST ON ENTRY                                   | OPEN_PROTEST
      NO_IEEPA_HTS_ON_ENTRY                              | NO IEEPA HTS ON ENTRY                              | NO_IEEPA_DUTY
      STATEMENT_PROCESSING_NOT_COMPLETE                  | STATEMENT PROCESSING NOT COMPLETE                  | -
      DUPLICATE_TAX_ID                                   | DUPLICATE TAX ID                                   | -
      ACCOUNT_MISMATCH                                   | ACCOUNT MISMATCH                                   | -
      """)
  void constant_exactTextAndReasonCode(CapeErrorMessage message, String text,
      @Nullable ReasonCode reasonCode) {
    assertThat(message.text()).isEqualTo(text);
    assertThat(message.reasonCode()).isEqualTo(reasonCode);
    assertThat(CapeErrorMessage.find(text)).contains(message);
    assertThat(message.source()).isNotBlank();
  }

  @Test
  void everyConstant_inTableWithSource() {
    assertThat(CapeErrorMessage.values()).hasSize(15);
    for (CapeErrorMessage message : CapeErrorMessage.values()) {
      assertThat(message.source()).as(message.name()).isNotBlank().doesNotContain(".md");
    }
  }

  @Test
  void everyMessageWithReasonCode_namedByTheRuleThatProducesIt() {
    Set<CapeErrorMessage> named = EnumSet.noneOf(CapeErrorMessage.class);
    for (CbpRule rule : StandardRules.rules()) {
      for (CapeErrorMessage message : rule.capeErrorMessages()) {
        assertThat(rule.reasonCodes()).as("%s names %s", rule, message)
            .contains(message.reasonCode());
        assertThat(named.add(message)).as("%s named twice", message).isTrue();
      }
    }
    for (CapeErrorMessage message : CapeErrorMessage.values()) {
      ReasonCode code = message.reasonCode();
      if (code == null) {
        assertThat(named).as("%s", message).doesNotContain(message);
        continue;
      }
      List<CbpRule> producers = StandardRules.rules().stream()
          .filter(rule -> rule.reasonCodes().contains(code)).toList();
      assertThat(producers).as("%s", message).singleElement()
          .satisfies(rule -> assertThat(rule.capeErrorMessages()).contains(message));
    }
    assertThat(DrawbackRule.INSTANCE.capeErrorMessages())
        .containsExactly(CapeErrorMessage.ENTRY_ON_DRAWBACK);
    assertThat(LiquidationWindowRule.INSTANCE.capeErrorMessages())
        .containsExactly(CapeErrorMessage.ENTRY_SUMMARY_IS_IN_FINAL_LIQUIDATION_STATUS);
  }

  @Test
  void matches_trimmedCaseInsensitiveSpaceRuns() {
    assertThat(CapeErrorMessage.PROTEST_ON_ENTRY.matches("  protest  on\tEntry ")).isTrue();
    assertThat(CapeErrorMessage.PROTEST_ON_ENTRY.matches("PROTEST ON ENTRY 2")).isFalse();
    assertThat(CapeErrorMessage.find("Protest on entry"))
        .contains(CapeErrorMessage.PROTEST_ON_ENTRY);
    assertThat(CapeErrorMessage.find("")).isEmpty();
    assertThat(CapeErrorMessage.find("ENTRY SUMMARY UNDER REVIEW")).isEmpty();
  }

  @Test
  void aliases_matchTheirMessage() {
    assertThat(CapeErrorMessage.find("Entry Summary in Final Liquidation"))
        .contains(CapeErrorMessage.ENTRY_SUMMARY_IS_IN_FINAL_LIQUIDATION_STATUS);
    assertThat(CapeErrorMessage.find("Goods Value Amount Not Allowed on IEEPA HTS Line"))
        .contains(CapeErrorMessage.GOODS_VALUE_AMOUNT_MUST_BE_REPORTED_ON_THE_CH_1_97);
    assertThat(CapeErrorMessage.ENTRY_ON_DRAWBACK.aliases()).isEmpty();
  }

  @Test
  void isCurrentOn_csms69056483ChangesOn25June2026() {
    LocalDate before = LocalDate.of(2026, 6, 24);
    LocalDate change = LocalDate.of(2026, 6, 25);
    assertThat(CapeErrorMessage.HTS_RELATIONSHIP_SEQUENCE_MISMATCH.isCurrentOn(before)).isTrue();
    assertThat(CapeErrorMessage.HTS_RELATIONSHIP_SEQUENCE_MISMATCH.isCurrentOn(change)).isFalse();
    assertThat(CapeErrorMessage.GOODS_VALUE_AMOUNT_MUST_BE_REPORTED_ON_THE_CH_1_97
        .isCurrentOn(change)).isFalse();
    assertThat(CapeErrorMessage.INVALID_HTS.isCurrentOn(before)).isFalse();
    assertThat(CapeErrorMessage.INVALID_HTS.isCurrentOn(change)).isTrue();
    assertThat(CapeErrorMessage.HTS_RELATIONSHIP_MISMATCH.firstDay()).isEqualTo(change);
    assertThat(CapeErrorMessage.PROTEST_ON_ENTRY.isCurrentOn(LocalDate.of(2026, 4, 20)))
        .isTrue();
    assertThat(CapeErrorMessage.PROTEST_ON_ENTRY.retiredOn()).isNull();
  }
}
