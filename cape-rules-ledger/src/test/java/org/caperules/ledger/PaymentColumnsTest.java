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
package org.caperules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import org.caperules.ledger.PaymentColumns.Field;
import org.junit.jupiter.api.Test;

class PaymentColumnsTest {

  @Test
  void locate_defaultsInAnyCaseAndUnderscores_found() {
    Map<Field, Integer> found = PaymentColumns.defaults().locate(List.of("ACH_TRACE_NUMBER",
        " refund amount ", "Interest  Amount", "ENTRY NUMBER", "Other"));
    assertThat(found).containsEntry(Field.REFERENCE, 0).containsEntry(Field.AMOUNT, 1)
        .containsEntry(Field.INTEREST, 2).containsEntry(Field.ENTRY_NUMBER, 3)
        .doesNotContainKey(Field.PAYEE);
  }

  @Test
  void parse_overrides_replaceOnlyTheFieldsGiven() {
    PaymentColumns columns = PaymentColumns.parse("amount=Total Refund, Entry_Number = ES No,");
    assertThat(columns.names(Field.AMOUNT)).containsExactly("Total Refund");
    assertThat(columns.names(Field.ENTRY_NUMBER)).containsExactly("ES No");
    assertThat(columns.names(Field.DATE)).isEqualTo(Field.DATE.defaultNames());
    assertThat(columns.locate(List.of("ES No", "Refund Amount", "Total Refund")))
        .containsEntry(Field.AMOUNT, 2).containsEntry(Field.ENTRY_NUMBER, 0);
  }

  @Test
  void parse_badPairs_refusedNamingThem() {
    assertThatIllegalArgumentException().isThrownBy(() -> PaymentColumns.parse("amount"))
        .withMessageContaining("'amount' is not field=Header Name");
    assertThatIllegalArgumentException().isThrownBy(() -> PaymentColumns.parse("paid=Paid"))
        .withMessageContaining("names no field").withMessageContaining("entry_number");
    assertThatIllegalArgumentException().isThrownBy(() -> PaymentColumns.parse("amount= "))
        .withMessageContaining("blank");
  }

  @Test
  void paymentReport_namesAndFileNames() {
    assertThat(PaymentReport.find("REV-603")).contains(PaymentReport.REV_603);
    assertThat(PaymentReport.find("rev613")).contains(PaymentReport.REV_613);
    assertThat(PaymentReport.find("615")).contains(PaymentReport.REV_615);
    assertThat(PaymentReport.find("REV-6")).isEmpty();
    assertThat(PaymentReport.fromFileName("REV_615 2026-09.csv")).contains(PaymentReport.REV_615);
    assertThat(PaymentReport.fromFileName("rev613.csv")).contains(PaymentReport.REV_613);
    assertThat(PaymentReport.fromFileName("REV-603 and REV-615.csv")).isEmpty();
    assertThat(PaymentReport.fromFileName("refunds.csv")).isEmpty();
  }
}
