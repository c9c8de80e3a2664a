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

import org.caperules.core.date.UsFederalHolidays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForecastSettingsTest {

  @Test
  void defaults_matchTheDocumentedSources() {
    ForecastSettings d = ForecastSettings.DEFAULTS;

    assertThat(d.acceptanceLagDays()).isZero();
    assertThat(d.reliquidationProcessingDays()).isZero();
    assertThat(d.paymentFromDays()).isEqualTo(60);      // Clark Hill: "within 60 to 90 days"
    assertThat(d.paymentToDays()).isEqualTo(90);
    assertThat(d.statutoryPaymentDays()).isEqualTo(30); // 19 U.S.C. 1505(b)
    assertThat(d.rateClass()).isEqualTo(RateClass.CORPORATE);
    assertThat(d.rateTable()).isEqualTo(InterestRateTable.standard());
    assertThat(d.dayCountConvention()).isEqualTo(DayCountConvention.START_INCLUSIVE_END_EXCLUSIVE);
    assertThat(d.calendar()).isEqualTo(UsFederalHolidays.standard());
    assertThat(d.interestCalculator().table()).isEqualTo(InterestRateTable.standard());
    assertThat(d.interestCalculator().convention()).isEqualTo(DayCountConvention.DEFAULT);
  }

  @Test
  void interestCalculator_delegatesTableAndConvention() {
    InterestRateTable table = InterestRateTable.of(InterestRateTable.standard().rows().subList(0, 2));
    ForecastSettings s = ForecastSettings.builder()
        .rateTable(table).dayCountConvention(DayCountConvention.BOTH_INCLUSIVE).build();

    assertThat(s.interestCalculator().table()).isEqualTo(table);
    assertThat(s.interestCalculator().convention()).isEqualTo(DayCountConvention.BOTH_INCLUSIVE);
  }

  @Test
  void builderFrom_derivesAVariant() {
    ForecastSettings s = ForecastSettings.builder().from(ForecastSettings.DEFAULTS)
        .paymentToDays(120).build();

    assertThat(s.paymentToDays()).isEqualTo(120);
    assertThat(s.paymentFromDays()).isEqualTo(60);
    assertThat(s).isNotEqualTo(ForecastSettings.DEFAULTS);
  }

  @Test
  void build_equalFromAndTo_isAllowed() {
    assertThat(ForecastSettings.builder().paymentFromDays(75).paymentToDays(75).build()
        .paymentToDays()).isEqualTo(75);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      acceptanceLagDays           | acceptanceLagDays must be zero or more, but was -1
      reliquidationProcessingDays | reliquidationProcessingDays must be zero or more, but was -1
      paymentFromDays             | paymentFromDays must be zero or more, but was -1
      statutoryPaymentDays        | statutoryPaymentDays must be zero or more, but was -1
      paymentToDays               | paymentToDays must not be less than paymentFromDays (60), but was -1
      """)
  void build_negativeDays_throwsQuotingTheValue(String setting, String message) {
    ForecastSettings.Builder builder = ForecastSettings.builder();
    switch (setting) {
      case "acceptanceLagDays" -> builder.acceptanceLagDays(-1);
      case "reliquidationProcessingDays" -> builder.reliquidationProcessingDays(-1);
      case "paymentFromDays" -> builder.paymentFromDays(-1).paymentToDays(0);
      case "statutoryPaymentDays" -> builder.statutoryPaymentDays(-1);
      default -> builder.paymentToDays(-1);
    }

    assertThatIllegalArgumentException().isThrownBy(builder::build).withMessage(message);
  }

  @Test
  void build_toBeforeFrom_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ForecastSettings.builder().paymentFromDays(91).build())
        .withMessage("paymentToDays must not be less than paymentFromDays (91), but was 90");
  }
}
