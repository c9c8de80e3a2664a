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
package org.caperules.csv.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caperules.core.EntryNumber;
import org.caperules.core.result.RowAccounting;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.core.rule.CapeErrorMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Claim Details download as the ACE Portal writes it: numbers as ="...", CAPE Error Detail. */
class CapeResultReaderAceFormTest {

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  private Path file(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void read_excelTextFormulaCells_unwrapsEveryCell() throws IOException {
    // Unquoted ="..." cells, and the same cells quoted by a CSV writer ("=""...""").
    Path file = file("claim-details.csv", "\uFEFFEntry Summary Number,Cape Claim Number,"
        + "Filing Status,CAPE ERROR DETAIL\r\n"
        + "=\"FKE10000011\",=\"C2026000001\",Entry Summary Updated,\r\n"
        + "\"=\"\"FKE10000243\"\"\",\"=\"\"C2026000001\"\"\",Failed,\"=\"\"PROTEST ON ENTRY\"\"\"\r\n");

    ValueWithProblems<List<CapeResultRow>> result = CapeResultReader.read(file);

    assertThat(result.problems()).isEmpty();
    assertThat(result.rowAccounting()).isEqualTo(RowAccounting.of(2, 2, 0));
    assertThat(result.value()).containsExactly(
        new CapeResultRow(2, EntryNumber.of("FKE10000011"), "C2026000001",
            "Entry Summary Updated", ""),
        new CapeResultRow(3, EntryNumber.of("FKE10000243"), "C2026000001", "Failed",
            "PROTEST ON ENTRY"));
    assertThat(result.value().get(1).errorMessage()).contains(CapeErrorMessage.PROTEST_ON_ENTRY);
    assertThat(result.value()).extracting(CapeResultRow::outcome)
        .containsExactly(ResultOutcome.ACCEPTED, ResultOutcome.FAILED);
  }

  @Test
  void read_headerAliasesInCapitalsAndUnderscores_found() throws IOException {
    Path file = file("r.csv", """
        ENTRY_NUMBER,CLAIM_NUMBER,CLAIM STATUS,cape error detail
        FKE10000243,C1,Failed,UNABLE TO CALCULATE DUTY
        """);

    List<CapeResultRow> rows = CapeResultReader.read(file).value();

    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.status()).isEqualTo("Failed");
      assertThat(row.errorMessage()).contains(CapeErrorMessage.UNABLE_TO_CALCULATE_DUTY);
    });
  }

  @Test
  void read_badEntryNumberInFormula_rejectsThatRowOnly() throws IOException {
    Path file = file("r.csv", """
        ENTRY_NUMBER,STATUS
        ="FKE10000012",Failed
        ="FKE10000011",Entry Summary Updated
        """);

    ValueWithProblems<List<CapeResultRow>> result = CapeResultReader.read(file);

    assertThat(result.rowAccounting()).isEqualTo(RowAccounting.of(2, 1, 1));
    assertThat(result.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.position().line()).isEqualTo(2);
      assertThat(problem.value()).isEqualTo("FKE10000012");
    });
  }

  @Test
  void unwrap_formsSeen_textTheSpreadsheetShows() {
    assertThat(CapeResultReader.unwrap("=\"BII05992854\"")).isEqualTo("BII05992854");
    assertThat(CapeResultReader.unwrap(" =\"A\"\"B\" ")).isEqualTo("A\"B");
    assertThat(CapeResultReader.unwrap("=\"\"")).isEqualTo("");
    assertThat(CapeResultReader.unwrap("BII05992854")).isEqualTo("BII05992854");
    assertThat(CapeResultReader.unwrap("=SUM(A1)")).isEqualTo("=SUM(A1)");
    assertThat(CapeResultReader.unwrap("=\"a\"b\"")).isEqualTo("=\"a\"b\"");
  }

  @Test
  void outcome_statusesSeen_acceptedFailedOrOther() {
    assertThat(ResultOutcome.of(" ENTRY  SUMMARY UPDATED ", "")).isEqualTo(ResultOutcome.ACCEPTED);
    assertThat(ResultOutcome.of("Accepted", "")).isEqualTo(ResultOutcome.ACCEPTED);
    assertThat(ResultOutcome.of("Failed", "")).isEqualTo(ResultOutcome.FAILED);
    assertThat(ResultOutcome.of("Rejected", "")).isEqualTo(ResultOutcome.FAILED);
    assertThat(ResultOutcome.of("Accepted with Error(s)", "INVALID HTS"))
        .isEqualTo(ResultOutcome.FAILED);
    assertThat(ResultOutcome.of("In Progress", "")).isEqualTo(ResultOutcome.OTHER);
  }
}
