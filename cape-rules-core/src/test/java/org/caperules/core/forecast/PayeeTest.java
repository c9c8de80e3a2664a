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
import static org.caperules.core.forecast.ForecastFixtures.BROKER;
import static org.caperules.core.forecast.ForecastFixtures.IOR_A;
import static org.caperules.core.forecast.ForecastFixtures.IOR_SSN;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.caperules.core.Entry;
import org.caperules.core.ImporterNumber;
import org.junit.jupiter.api.Test;

class PayeeTest {

  @Test
  void toString_printsRoleAndNumber_ssnMasked() {
    assertThat(Payee.importerOfRecord(IOR_A)).hasToString("IOR 12-3456789");
    assertThat(Payee.notifyParty(BROKER)).hasToString("4811 98-7654321");
    assertThat(Payee.importerOfRecord(IOR_SSN)).hasToString("IOR ***-**-6789");
    assertThat(Payee.notifyParty(IOR_SSN)).hasToString("4811 ***-**-6789");
    assertThat(Payee.UNKNOWN).hasToString("unknown payee");
  }

  @Test
  void constructor_numberMustMatchRole_messageMasksSsn() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Payee(Payee.Role.UNKNOWN, IOR_SSN))
        .withMessage("A payee has a number exactly when its role is not UNKNOWN, but role was"
            + " UNKNOWN and number ***-**-6789");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Payee(Payee.Role.IMPORTER_OF_RECORD, null))
        .withMessage("A payee has a number exactly when its role is not UNKNOWN, but role was"
            + " IMPORTER_OF_RECORD and number null");
  }

  @Test
  void compareTo_byNumberThenRole_unknownLast() {
    List<Payee> payees = new ArrayList<>(List.of(Payee.UNKNOWN, Payee.notifyParty(IOR_A),
        Payee.importerOfRecord(BROKER), Payee.importerOfRecord(IOR_A)));

    payees.sort(null);

    // "12-3456789" < "98-7654321" as text; same number: IOR before 4811.
    assertThat(payees).containsExactly(Payee.importerOfRecord(IOR_A), Payee.notifyParty(IOR_A),
        Payee.importerOfRecord(BROKER), Payee.UNKNOWN);
  }

  @Test
  void importerOfRecordOf_entryWithoutImporter_isUnknown() {
    Entry with = ForecastFixtures.unliquidated();
    Entry without = Entry.builder().entryNumber(ForecastFixtures.entryNumber("FCT0000099")).build();

    assertThat(Payee.importerOfRecordOf(with)).isEqualTo(Payee.importerOfRecord(IOR_A));
    assertThat(Payee.importerOfRecordOf(without)).isEqualTo(Payee.UNKNOWN);
    assertThat(Payee.importerOfRecordOf(without).importerNumber()).isEmpty();
    assertThat(Payee.importerOfRecordOf(with).importerNumber()).contains(IOR_A);
  }

  @Test
  void withNotifyParties_mappedImporterPaysNotifyPartyOthersPayIor() {
    ImporterNumber other = ImporterNumber.of("55-5555555");
    Function<Entry, Payee> payeeOf = Payee.withNotifyParties(Map.of(IOR_A, BROKER));

    Entry mapped = ForecastFixtures.unliquidated();
    Entry unmapped = Entry.builder().from(mapped).importerNumber(other).build();
    Entry noImporter = Entry.builder().entryNumber(ForecastFixtures.entryNumber("FCT0000099"))
        .build();

    assertThat(payeeOf.apply(mapped)).isEqualTo(Payee.notifyParty(BROKER));
    assertThat(payeeOf.apply(unmapped)).isEqualTo(Payee.importerOfRecord(other));
    assertThat(payeeOf.apply(noImporter)).isEqualTo(Payee.UNKNOWN);
  }
}
