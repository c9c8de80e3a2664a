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
package org.caperules.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.caperules.core.eligibility.Verdict;
import org.junit.jupiter.api.Test;

/** The consistency checks of the RefundForecast and ExpectedPayment builders. */
class ForecastModelTest {

  private static final LocalDate D = LocalDate.of(2026, 6, 18);

  private static RefundForecast.Builder refund() {
    return RefundForecast.builder().entry(ForecastFixtures.unliquidated())
        .ieepaDuty(new BigDecimal("10000.00")).verdict(Verdict.ELIGIBLE).asOf(ForecastFixtures.MON_2026_05_04)
        .kind(RefundKind.AT_CAPE_LIQUIDATION);
  }

  private static ExpectedPayment.Builder payment() {
    return ExpectedPayment.builder().payee(Payee.importerOfRecord(ForecastFixtures.IOR_SSN))
        .principal(new BigDecimal("10.00")).interest(new BigDecimal("0.10"));
  }

  @Test
  void refundForecast_kindMustFitVerdict() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> refund().verdict(Verdict.NOT_ELIGIBLE).build())
        .withMessage("Refund kind AT_CAPE_LIQUIDATION does not fit verdict NOT_ELIGIBLE of entry"
            + " FCT00000013");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> refund().kind(RefundKind.NONE).build())
        .withMessage("Refund kind NONE does not fit verdict ELIGIBLE of entry FCT00000013");
  }

  @Test
  void refundForecast_noneHasNoDates() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> refund().verdict(Verdict.NEEDS_REVIEW).kind(RefundKind.NONE)
            .acceptanceDate(D).build())
        .withMessage("A forecast of kind NONE has no acceptance, liquidation or interest, but"
            + " entry FCT00000013 has some");
  }

  @Test
  void refundForecast_paymentDatesExactlyWithLiquidation() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> refund().expectedLiquidation(D).build())
        .withMessage("The payment dates of entry FCT00000013 must be set exactly when the"
            + " expected liquidation is set");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> refund().expectedPaymentFrom(D).build())
        .withMessage("The payment dates of entry FCT00000013 must be set exactly when the"
            + " expected liquidation is set");
  }

  @Test
  void refundForecast_paymentToBeforeFrom_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> refund().expectedLiquidation(D).statutoryPaymentDue(D)
            .expectedPaymentFrom(D).expectedPaymentTo(D.minusDays(1)).build())
        .withMessage("Expected payment to 2026-06-17 is before expected payment from 2026-06-18"
            + " for entry FCT00000013");
  }

  @Test
  void refundForecast_interestNeedsLiquidation() {
    InterestResult interest = InterestCalculator.standard().interest(BigDecimal.TEN,
        LocalDate.of(2026, 3, 10), D, RateClass.CORPORATE);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> refund().interest(interest).build())
        .withMessage("Entry FCT00000013 has interest but no expected liquidation");
  }

  @Test
  void expectedPayment_needsAnEntry_payeeMasked() {
    assertThatIllegalArgumentException().isThrownBy(() -> payment().build())
        .withMessage("An expected payment to IOR ***-**-6789 needs at least one entry");
  }

  @Test
  void expectedPayment_entriesWithoutInterestInRange() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> payment().addEntryNumbers("FCT00000013").entriesWithoutInterest(2)
            .build())
        .withMessage("entriesWithoutInterest must be 0 to 1, but was 2");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> payment().addEntryNumbers("FCT00000013").entriesWithoutInterest(-1)
            .build())
        .withMessage("entriesWithoutInterest must be 0 to 1, but was -1");
  }

  @Test
  void expectedPayment_datesExactlyWithLiquidation() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> payment().addEntryNumbers("FCT00000013").expectedLiquidation(D).build())
        .withMessage("The payment dates to IOR ***-**-6789 must be set exactly when the expected"
            + " liquidation is set");
  }

  @Test
  void refundKind_onlyNoneExpectsNoRefund() {
    for (RefundKind kind : RefundKind.values()) {
      assertThat(kind.expectsRefund()).as("%s", kind).isEqualTo(kind != RefundKind.NONE);
    }
  }
}
