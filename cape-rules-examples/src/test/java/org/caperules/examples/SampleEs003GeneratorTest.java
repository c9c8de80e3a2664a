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
package org.caperules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.caperules.core.EntryNumber;
import org.caperules.es003.Es003Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SampleEs003GeneratorTest {

  static final Path SAMPLE = Path.of("src/main/resources", SampleEs003Generator.SAMPLE_RESOURCE);

  @Test
  void sample_regenerated_isByteIdenticalToCommittedFile() throws IOException {
    StringWriter out = new StringWriter();
    SampleEs003Generator.sample().write(out, SampleEs003Generator.SAMPLE_ROWS);
    assertThat(out.toString().getBytes(StandardCharsets.UTF_8))
        .as("regenerate with: cape-rules generate-es003 --rows 1200 --out %s", SAMPLE)
        .isEqualTo(Files.readAllBytes(SAMPLE));
  }

  /** Every column but Deposit Date, which ACE's statement reports carry, not ES-003. */
  @Test
  void columns_everyEs003ColumnExactlyOnce() {
    // but the reconciliation report's two columns: the sample gives whether a type 09 was filed
    // by its supplementary Reconciliation Entry Filed column
    assertThat(SampleEs003Generator.COLUMNS).doesNotHaveDuplicates()
        .containsExactlyInAnyOrder(Arrays.stream(Es003Column.values())
            .filter(c -> c != Es003Column.RECONCILIATION_OTHER_ENTRY_SUMMARY_NUMBER
                && c != Es003Column.RECONCILIATION_OTHER_STATUS
                && c != Es003Column.DEPOSIT_DATE)
            .toArray(Es003Column[]::new));
  }

  @Test
  void sample_headerIsExactAceHeaders_crlf_noBom() throws IOException {
    String text = Files.readString(SAMPLE, StandardCharsets.UTF_8);
    assertThat(text).startsWith("Entry Summary Number,Entry Summary Line Number,Entry Type Code,"
        + "Importer Number,Importer Name,Port of Entry Code,Entry Date,Entry Summary Date,"
        + "HTS Number - Full,Tariff Ordinal Number,Line Tariff Goods Value Amount,"
        + "Line Tariff Duty Amount,Country of Origin Code,Reconciliation Indicator,"
        + "Liquidation Status,Liquidation Date,Protest Number,Protest Status,"
        + "Reconciliation Entry Filed,Drawback Indicator,AD/CVD Liquidation Instructions,"
        + "Entry Summary Status,Filed In ACE,CIT Plaintiff\r\n");
    assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r");
    assertThat(text.split("\r\n", -1)).hasSize(SampleEs003Generator.SAMPLE_ROWS + 2);
  }

  @Test
  void sample_entryNumbers_validCheckDigitsExceptTheInvalidScenario() throws IOException {
    Set<String> valid = new HashSet<>();
    Set<String> invalid = new HashSet<>();
    List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String entryNumber = line.substring(0, line.indexOf(','));
      if (!entryNumber.isEmpty()) {
        (EntryNumber.validate(entryNumber).isEmpty() ? valid : invalid).add(entryNumber);
      }
    }
    assertThat(valid.size() + invalid.size()).as("entries").isBetween(250, 350);
    assertThat(invalid).as("INVALID_ENTRY_NUMBER entries").isNotEmpty()
        .hasSizeLessThan(valid.size() / 20);
    for (String bad : invalid) {
      // Only the check digit is wrong: the base is a valid filer code and serial.
      String base = bad.substring(0, 10);
      assertThat(bad.charAt(10) - '0').as(bad).isNotEqualTo(EntryNumber.checkDigit(base));
    }
  }

  @Test
  void sample_rowProblemScenario_blankEntryNumberAndUnreadableAmountRows() throws IOException {
    List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
    assertThat(lines).filteredOn(line -> line.startsWith(",")).isNotEmpty();
    assertThat(lines).filteredOn(line -> line.contains(",FREE,")).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 7, 100, 2_001})
  void write_anyRowCount_exactlyThatManyDataRows(int rows) throws IOException {
    StringWriter out = new StringWriter();
    long entries = SampleEs003Generator.of(99, LocalDate.of(2026, 7, 13)).write(out, rows);
    String[] lines = out.toString().split("\r\n", -1);
    assertThat(lines).as("rows=%d", rows).hasSize(rows + 2);
    assertThat(lines[rows + 1]).isEmpty();
    assertThat(entries).as("rows=%d", rows).isBetween(rows == 0 ? 0L : 1L, (long) rows);
  }

  @Test
  void write_differentSeeds_differentFiles() throws IOException {
    StringWriter first = new StringWriter();
    StringWriter second = new StringWriter();
    SampleEs003Generator.of(1, SampleEs003Generator.SAMPLE_AS_OF).write(first, 200);
    SampleEs003Generator.of(2, SampleEs003Generator.SAMPLE_AS_OF).write(second, 200);
    assertThat(first.toString()).isNotEqualTo(second.toString());
  }

  @Test
  void write_negativeRows_throws() {
    assertThatThrownBy(() -> SampleEs003Generator.sample().write(new StringWriter(), -5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Row count must be 0 or more, but was: -5");
  }

  @ParameterizedTest(name = "{0} cents -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # cents     | text
      0           | $0.00
      5           | $0.05
      99          | $0.99
      100         | $1.00
      123456      | $1,234.56
      100000000   | $1,000,000.00
      """)
  void money_cents_aceFormattedAmount(long cents, String text) {
    assertThat(SampleEs003Generator.money(cents)).isEqualTo(text);
  }

  @Test
  void usDate_monthFirstWithLeadingZeros() {
    assertThat(SampleEs003Generator.usDate(LocalDate.of(2026, 7, 3))).isEqualTo("07/03/2026");
  }

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
      # cell                           | written
      Example Imports LLC              | Example Imports LLC
      'Acme Example Housewares, Inc.'  | '"Acme Example Housewares, Inc."'
      """)
  void appendCell_quotesOnlyWhenNeeded(String cell, String written) {
    StringBuilder line = new StringBuilder();
    SampleEs003Generator.appendCell(line, cell);
    assertThat(line.toString()).isEqualTo(written);
  }

  @Test
  void appendCell_quote_doubledInsideQuotes() {
    StringBuilder line = new StringBuilder();
    SampleEs003Generator.appendCell(line, "say \"hi\"");
    assertThat(line.toString()).isEqualTo("\"say \"\"hi\"\"\"");
  }
}
