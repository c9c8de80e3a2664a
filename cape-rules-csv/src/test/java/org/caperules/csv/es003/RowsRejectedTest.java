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
package org.caperules.csv.es003;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caperules.core.Entry;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.core.eligibility.Verdict;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.CapeCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No verdict rests on a row thrown away: exports shaped like ACE's, with one row of an entry
 * unreadable, read whole and as a stream.
 */
class RowsRejectedTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 7, 13);
  private static final String HEADER = "Entry Summary Number,Entry Summary Line Number,"
      + "Tariff Ordinal Number,HTS Number - Full,Line Tariff Duty Amount,Entry Type Code,"
      + "Importer Number,Entry Date,Liquidation Status,Liquidation Date\r\n";

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  /** Reads whole and streaming; both must give equal entries. */
  private List<Entry> read(String rows) throws IOException {
    Path file = Files.writeString(dir.resolve("es003.csv"), HEADER + rows,
        StandardCharsets.UTF_8);
    ValueWithProblems<List<Entry>> whole = CapeCsv.es003Reader().read(file);
    List<Entry> streamed = new ArrayList<>();
    ValueWithProblems<Long> stream = CapeCsv.es003Reader().stream(file, streamed::add);
    assertThat(streamed).isEqualTo(whole.value());
    assertThat(stream.rowAccounting()).isEqualTo(whole.rowAccounting());
    assertThat(stream.problems()).isEqualTo(whole.problems());
    var rows2 = java.util.Objects.requireNonNull(whole.rowAccounting());
    assertThat(rows2.rowsRead())
        .isEqualTo(rows2.rowsUsed() + rows2.rowsRepeated() + rows2.rowsRejected());
    return whole.value();
  }

  private static Assessment assess(Entry entry) {
    return CapeEngine.standard().evaluate(entry, AS_OF);
  }

  @Test
  void ieepaRowRejected_needsReviewNotNoIeepaDuty() throws IOException {
    List<Entry> entries = read(""
        + "ABC12345676,1,1,99030125,N/A,01,12-3456789A1,12/01/2025,Unliquidated,\r\n"
        + "ABC12345676,1,2,3923900080,300.00,01,12-3456789A1,12/01/2025,Unliquidated,\r\n");
    Assessment a = assess(entries.get(0));
    assertThat(a.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    assertThat(a.reasonsText()).isEqualTo("NO_IEEPA_DUTY;ROWS_REJECTED");
    assertThat(a.ieepaDuty()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(a.warnings()).first().asString().startsWith("IEEPA_DUTY_LOWER_BOUND: 1 row");
    assertThat(a.findings()).filteredOn(f -> f.reason().name().equals("ROWS_REJECTED"))
        .singleElement().extracting(f -> f.message()).isEqualTo("1 row of this entry could not"
            + " be used (es003.csv line 2, Line Tariff Duty Amount 'N/A'), so the entry is"
            + " judged on the rows used and its IEEPA duty is a lower bound.");
    assertThat(a.nextAction().text()).startsWith("Correct the rejected rows");
  }

  @Test
  void oneOfTwoIeepaRowsRejected_dutyIsTheGoodRowsAndALowerBound() throws IOException {
    List<Entry> entries = read(""
        + "ABC12345676,1,1,99030125,6201.78,01,12-3456789A1,12/01/2025,Unliquidated,\r\n"
        + "ABC12345676,2,1,99030125,USD 3607.14,01,12-3456789A1,12/01/2025,Unliquidated,\r\n"
        + "MYK28000864,1,1,99030125,100.00,01,12-3456789A1,12/01/2025,Unliquidated,\r\n");
    Assessment a = assess(entries.get(0));
    assertThat(a.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    assertThat(a.reasonsText()).isEqualTo("ROWS_REJECTED");
    assertThat(a.ieepaDuty()).isEqualByComparingTo("6201.78");
    assertThat(assess(entries.get(1)).verdict()).isEqualTo(Verdict.ELIGIBLE);
  }

  @Test
  void everyRowRejected_entryStillComes() throws IOException {
    List<Entry> entries = read(""
        + "MYK28000864,1,1,99030125,100.00,01,12-3456789A1,12/01/2025,Unliquidated,\r\n"
        + "ABC12345676,1,1,99030125,N/A,01,12-3456789A1,12/01/2025,Unliquidated,\r\n"
        + "ABC12345676,1,2,3923900080,USD 300.00,01,12-3456789A1,12/01/2025,"
        + "Unliquidated,\r\n"
        + "ABC12345676,2,1,99030125,\"1.500,00\",01,12-3456789A1,12/01/2025,Unliquidated,\r\n"
        + "ABC12345676,2,2,3923900080,300.00,X1,12-3456789A1,12/01/2025,Unliquidated,\r\n");
    assertThat(entries).extracting(Entry::entryNumberText)
        .containsExactly("MYK28000864", "ABC12345676");
    Entry lost = entries.get(1);
    assertThat(lost.dutyLines()).isEmpty();
    assertThat(lost.rejectedRowCount()).isEqualTo(4);
    assertThat(lost.rejectedRows()).hasSize(3);
    Assessment a = assess(lost);
    assertThat(a.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    assertThat(a.reasons()).extracting(Enum::name).contains("ROWS_REJECTED");
    assertThat(a.findings()).filteredOn(f -> f.reason().name().equals("ROWS_REJECTED"))
        .singleElement().extracting(f -> f.message()).asString()
        .startsWith("4 rows of this entry could not be used (es003.csv line 3, Line Tariff Duty"
            + " Amount 'N/A'; es003.csv line 4, Line Tariff Duty Amount 'USD 300.00'; es003.csv"
            + " line 5, Line Tariff Duty Amount '1.500,00'")
        .contains("; and 1 more)");
  }

  @Test
  void printedFormsOfEntryTypeAndImporter_readNotRejected() throws IOException {
    // entry type 1.0 (a number cell saved by Excel), 01 - Consumption, and the importer number
    // as a broker prints it: every row is used, so nothing is rejected
    List<Entry> entries = read(""
        + "ABC12345676,1,1,99030125,$850.00,1.0,12-3456789A1,12/01/2025,Unliquidated,\r\n"
        + "ABC12345676,1,2,3923900080,300.00,01 - Consumption,12-3456789A1,12/01/2025,"
        + "Unliquidated,\r\n"
        + "MYK28000864,1,1,99030125,100.00,01,123456789-00,12/01/2025,Unliquidated,\r\n");
    assertThat(entries).extracting(Entry::rejectedRowCount).containsExactly(0L, 0L);
    assertThat(entries.get(0).dutyLines()).hasSize(2);
    assertThat(entries.get(1).importerNumber()).hasToString("12-345678900");
  }

  @Test
  void conflictingDecidingValue_needsReview() throws IOException {
    List<Entry> entries = read(""
        + "ABC12345676,1,1,99030125,100.00,01,12-3456789A1,12/01/2025,Liquidated,05/01/2026\r\n"
        + "ABC12345676,1,2,3923900080,300.00,01,12-3456789A1,12/01/2025,Unliquidated,\r\n");
    Assessment a = assess(entries.get(0));
    assertThat(a.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    // The rows disagree on the liquidation status and date, so neither is taken: which row came
    // first must not decide them.
    assertThat(a.reasonsText()).isEqualTo("ROWS_REJECTED;UNKNOWN_LIQUIDATION_STATUS");
    assertThat(entries.get(0).liquidationDate()).isNull();
    assertThat(entries.get(0).rejectedRows()).singleElement().asString()
        .startsWith("es003.csv line 3, Liquidation ");
  }

  @Test
  void exactRepeat_isNoRejectionOfTheEntry() throws IOException {
    List<Entry> entries = read(""
        + "ABC12345676,1,1,99030125,100.00,01,12-3456789A1,12/01/2025,Unliquidated,\r\n"
        + "ABC12345676,1,1,99030125,100.00,01,12-3456789A1,12/01/2025,Unliquidated,\r\n");
    assertThat(entries.get(0).rejectedRowCount()).isZero();
    assertThat(assess(entries.get(0)).verdict()).isEqualTo(Verdict.ELIGIBLE);
  }

  /** The same line and ordinal with another duty: which one is right cannot be known. */
  @Test
  void sameLineOtherDuty_rejectsTheRowAndTheEntryKnows() throws IOException {
    List<Entry> entries = read(""
        + "ABC12345676,1,1,99030125,100.00,01,12-3456789A1,12/01/2025,Unliquidated,\r\n"
        + "ABC12345676,1,1,99030125,150.00,01,12-3456789A1,12/01/2025,Unliquidated,\r\n");
    assertThat(entries.get(0).rejectedRowCount()).isEqualTo(1);
    Assessment a = assess(entries.get(0));
    assertThat(a.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    assertThat(a.reasonsText()).isEqualTo("ROWS_REJECTED");
  }

  @Test
  void shortFooterRow_isNoEntry() throws IOException {
    List<Entry> entries = read(""
        + "ABC12345676,1,1,99030125,100.00,01,12-3456789A1,12/01/2025,Unliquidated,\r\n"
        + "Total rows: 1\r\n");
    assertThat(entries).extracting(Entry::entryNumberText).containsExactly("ABC12345676");
    assertThat(entries.get(0).rejectedRowCount()).isZero();
  }

  @Test
  void plainAceLayout_missingFactsOnEveryEntry_acrossFilesOnlyWhatNoFileGave()
      throws IOException {
    List<Entry> plain = read(""
        + "ABC12345676,1,1,99030125,100.00,01,12-3456789A1,12/01/2025,Unliquidated,\r\n");
    assertThat(plain.get(0).missingFacts()).containsExactly(
        org.caperules.core.EntryFact.RECONCILIATION_FLAG,
        org.caperules.core.EntryFact.RECONCILIATION_ENTRY_FILED,
        org.caperules.core.EntryFact.DRAWBACK_DESIGNATION, org.caperules.core.EntryFact.PROTEST,
        org.caperules.core.EntryFact.ADCVD_INSTRUCTIONS,
        org.caperules.core.EntryFact.ENTRY_SUMMARY_STATUS,
        org.caperules.core.EntryFact.FILED_IN_ACE);
    // A second export of the same entry with the supplementary columns gives those facts.
    Path first = dir.resolve("es003.csv");
    Path second = Files.writeString(dir.resolve("supplement.csv"), "Entry Summary Number,"
        + "HTS Number - Full,Line Tariff Duty Amount,Drawback Indicator,Filed In ACE\r\n"
        + "ABC12345676,3923900080,30.00,N,Y\r\n", StandardCharsets.UTF_8);
    Entry merged = CapeCsv.es003Reader().readAll(List.of(first, second)).value().get(0);
    assertThat(merged.missingFacts()).doesNotContain(
        org.caperules.core.EntryFact.DRAWBACK_DESIGNATION,
        org.caperules.core.EntryFact.FILED_IN_ACE).contains(org.caperules.core.EntryFact.PROTEST);
  }
}
