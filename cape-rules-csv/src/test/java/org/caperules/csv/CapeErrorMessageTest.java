package org.caperules.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapeErrorMessageTest {

  /** The reason codes of the eligibility engine (issue 5), as named in the csvio brief. */
  private static final Set<String> REASON_CODES = Set.of("INVALID_ENTRY_NUMBER",
      "UNKNOWN_LIQUIDATION_STATUS", "UNKNOWN_PROTEST_STATUS", "NO_IEEPA_DUTY", "NOT_IN_ACE",
      "ENTRY_SUMMARY_NOT_ACCEPTED", "RECONCILIATION", "DRAWBACK", "DUTY_DEFERRAL", "OPEN_PROTEST",
      "ADCVD_PENDING_LIQUIDATION", "LIQUIDATION_WINDOW_PASSED", "LIQUIDATION_FINAL",
      "ENTRY_TYPE_NOT_ALLOWED");

  // Wording as printed in cape-updates.md §3.1 (#1-#14, #17); reason codes from the brief.
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
  void constant_exactTextAndReasonCode(CapeErrorMessage message, String text, String reasonCode) {
    assertThat(message.text()).isEqualTo(text);
    assertThat(message.reasonCodeName()).isEqualTo(reasonCode);
    assertThat(CapeErrorMessage.find(text)).contains(message);
    assertThat(message.source()).isNotBlank();
  }

  @Test
  void everyConstant_inTableAndReasonCodeKnown() {
    assertThat(CapeErrorMessage.values()).hasSize(15);
    for (CapeErrorMessage message : CapeErrorMessage.values()) {
      String code = message.reasonCodeName();
      if (code != null) {
        assertThat(REASON_CODES).as(message.name()).contains(code);
      }
      assertThat(message.source()).as(message.name()).contains("cape-updates.md §3.1");
    }
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
