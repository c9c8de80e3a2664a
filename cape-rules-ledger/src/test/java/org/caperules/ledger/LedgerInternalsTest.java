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
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import org.caperules.ledger.internal.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerInternalsTest {

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  @Test
  void masked_passwordInUrl_hidden() {
    assertThat(Sql.masked("jdbc:postgresql://db/cape?user=u&password=s3cr&t&ssl=true"))
        .isEqualTo("jdbc:postgresql://db/cape?user=u&password=***&t&ssl=true");
    assertThat(Sql.masked("claims.db")).isEqualTo("claims.db");
  }

  @Test
  void open_unreachableServer_ledgerExceptionWithPasswordMasked() {
    assertThatExceptionOfType(LedgerException.class)
        .isThrownBy(() -> ClaimLedger.open("jdbc:postgresql://127.0.0.1:1/cape?user=u"
            + "&password=topsecret&connectTimeout=1"))
        .withMessageStartingWith("Claim ledger 'jdbc:postgresql://127.0.0.1:1/cape?user=u"
            + "&password=***&connectTimeout=1' cannot be opened")
        .withMessageNotContaining("topsecret");
  }

  @Test
  void open_newSqliteFile_ownerOnly() throws java.io.IOException {
    Path file = dir.resolve("new.db");
    try (ClaimLedger ledger = ClaimLedger.open(file)) {
      assertThat(ledger.location()).isEqualTo(file.toString());
    }
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
        java.nio.file.Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
  }

  @Test
  void open_directoryAsSqliteFile_ledgerException() {
    assertThatExceptionOfType(LedgerException.class)
        .isThrownBy(() -> ClaimLedger.open(dir))
        .withMessageContaining(dir.toString());
  }

  @Test
  void importResults_xlsx_refusedAskingForCsv() {
    Path workbook = TestLedgers.write(dir.resolve("claim-details.xlsx"), "PK");
    try (ClaimLedger ledger = ClaimLedger.open(dir.resolve("l.db"))) {
      assertThatExceptionOfType(org.caperules.csv.CapeCsvException.class)
          .isThrownBy(() -> ledger.importResults(workbook, java.time.LocalDate.of(2026, 7, 20)))
          .withMessageContaining("save it as CSV");
      assertThat(ledger.toString()).isEqualTo("ClaimLedger[" + dir.resolve("l.db") + "]");
    }
  }
}
