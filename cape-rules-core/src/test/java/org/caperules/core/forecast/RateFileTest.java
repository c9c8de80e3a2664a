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

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RateFileTest {

  private static List<RateTableRow> read(String text) {
    return InterestRateTable.read(new StringReader(text), "rates.csv");
  }

  @Test
  void read_addedQuarter2027Q1_usedForInterest(@TempDir Path tmp) throws Exception {
    // The file a user writes the day the IRS publishes 2027 Q1 (figures invented for the test).
    Path file = Files.writeString(tmp.resolve("rates.csv"), "Quarter, Non-Corporate, Corporate,"
        + " Source, Confirmation\r\n2027-Q1, 7, 6, \"IRS Rev. Rul. 2026-xx, as reported\","
        + " REPORTED\r\n", StandardCharsets.UTF_8);
    List<RateTableRow> rows = InterestRateTable.read(file);
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.startInclusive()).isEqualTo(LocalDate.of(2027, 1, 1));
      assertThat(row.source()).isEqualTo("IRS Rev. Rul. 2026-xx, as reported");
      assertThat(row.confirmation()).isEqualTo(Confirmation.REPORTED);
    });
    InterestRateTable table = InterestRateTable.standard().extendedWith(rows);
    // 1,000,000.00 deposited Mon 2027-01-04, liquidated Tue 2027-01-05, corporate: 1 day at 6%
    // in a 365-day year: 1,000,000 x 0.06 / 365 = 164.383562 -> 164.38 (hand calculation).
    InterestResult result = InterestCalculator.of(table, DayCountConvention.DEFAULT).interest(
        new BigDecimal("1000000.00"), LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 5),
        RateClass.CORPORATE);
    assertThat(result.amount()).isEqualByComparingTo("164.38");
    assertThat(result.isForecast()).isTrue();
    // Without the file the standard table stops at 2026-12-31.
    assertThat(InterestRateTable.standard().covers(LocalDate.of(2027, 1, 4))).isFalse();
  }

  @Test
  void read_overridesAQuarter_commentsAndBlankLinesSkipped() {
    List<RateTableRow> rows = read("# my rates\n\nQuarter,Non-Corporate,Corporate,Source,"
        + "Confirmation\n2026-Q3,7,6,CBP FR notice (invented),confirmed\n");
    InterestRateTable table = InterestRateTable.standard().extendedWith(rows);
    assertThat(table.rateOn(LocalDate.of(2026, 8, 1), RateClass.CORPORATE).confirmed()).isTrue();
    assertThat(table.rows()).hasSize(9);
  }

  @Test
  void read_shippedResource_isTheStandardTable() throws Exception {
    try (var in = InterestRateTable.class.getResourceAsStream("interest-rates.csv")) {
      assertThat(in).isNotNull();
      List<RateTableRow> rows = InterestRateTable.read(new java.io.InputStreamReader(in,
          StandardCharsets.UTF_8), "interest-rates.csv");
      assertThat(InterestRateTable.of(rows)).isEqualTo(InterestRateTable.standard());
    }
  }

  @Test
  void read_badLines_messageNamesLineAndColumn() {
    String header = "Quarter, Non-Corporate, Corporate, Source, Confirmation\n";
    assertThatIllegalArgumentException().isThrownBy(() -> read(header + "2027-Q1, 7, 6x, S,"
        + " REPORTED\n")).withMessage("rates.csv line 2, column Corporate: '6x' is not a"
        + " percentage such as 7 or 6.5");
    assertThatIllegalArgumentException().isThrownBy(() -> read(header + "2027 Q1, 7, 6, S,"
        + " REPORTED\n")).withMessage("rates.csv line 2, column Quarter: '2027 Q1' is not a"
        + " quarter such as 2027-Q1");
    assertThatIllegalArgumentException().isThrownBy(() -> read(header + "\n2027-Q1, 7, 6, S,"
        + " MAYBE\n")).withMessage("rates.csv line 3, column Confirmation: 'MAYBE' is not"
        + " CONFIRMED, REPORTED or PROJECTED");
    assertThatIllegalArgumentException().isThrownBy(() -> read(header + "2027-Q1, 7, 6, ,"
        + " REPORTED\n")).withMessage("rates.csv line 2, column Source: '' is blank; name the"
        + " notice or ruling");
    assertThatIllegalArgumentException().isThrownBy(() -> read(header + "2027-Q1, 7, 6\n"))
        .withMessage("rates.csv line 2: 5 cells expected, but found 3");
    assertThatIllegalArgumentException().isThrownBy(() -> read(header + "2027-Q1, 7, 160, S,"
        + " REPORTED\n")).withMessageStartingWith("rates.csv line 2: Corporate overpayment rate");
    assertThatIllegalArgumentException().isThrownBy(() -> read("Quarter, Rate\n"))
        .withMessage("rates.csv line 1: the header must be 'Quarter, Non-Corporate, Corporate,"
            + " Source, Confirmation', but was 'Quarter, Rate'");
    assertThatIllegalArgumentException().isThrownBy(() -> read("# only a comment\n"))
        .withMessageStartingWith("rates.csv: no header");
    assertThatIllegalArgumentException().isThrownBy(() -> read(header + "2027-Q1, 7, 6, \"S,"
        + " REPORTED\n")).withMessage("rates.csv line 2: a quoted cell is not closed");
    assertThatIllegalArgumentException().isThrownBy(() -> read(header + "2027-Q1, 7, 6, \"S\"x,"
        + " REPORTED\n")).withMessage("rates.csv line 2: text after a quoted cell");
  }

  @Test
  void read_quotedQuoteAndByteOrderMark() {
    List<RateTableRow> rows = read("\uFEFFQuarter, Non-Corporate, Corporate, Source, Confirmation"
        + "\n2027-Q1, 7.5, 6.5, \"the \"\"projected\"\" rate\", PROJECTED");
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.source()).isEqualTo("the \"projected\" rate");
      assertThat(row.nonCorporatePercent()).isEqualByComparingTo("7.5");
      assertThat(row.confirmation()).isEqualTo(Confirmation.PROJECTED);
    });
  }
}
