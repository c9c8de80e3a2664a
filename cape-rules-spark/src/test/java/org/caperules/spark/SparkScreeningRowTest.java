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
package org.caperules.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryNumber;
import org.caperules.core.EntryType;
import org.caperules.core.HtsNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.testkit.Portfolios;
import org.junit.jupiter.api.Test;

/** The row mapping and the partition function, without a Spark session. */
class SparkScreeningRowTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 7, 7);

  /**
   * The worked example of Entry's Javadoc, liquidated on Fri 2026-04-24: IEEPA duty 850.00 (only
   * the 9903.01.25 line counts), CAPE last day 2026-04-24 + 80 days = 2026-07-13 (Apr 24 + 6 =
   * Apr 30, + 31 = May 31, + 30 = Jun 30, + 13 = Jul 13; 6 + 31 + 30 + 13 = 80), so as of
   * 2026-07-07 it has 6 days left, fewer than the 7 at-risk days: ELIGIBLE and at risk.
   */
  static Entry handEntry() {
    return Entry.builder()
        .entryNumber(EntryNumber.of("MYK28000864"))
        .entryType(EntryType.TYPE_01)
        .entryDate(LocalDate.of(2025, 5, 1))
        .liquidationStatus(LiquidationStatus.LIQUIDATED)
        .liquidationDate(LocalDate.of(2026, 4, 24))
        .addDutyLines(DutyLine.of(HtsNumber.of("99030125"), new BigDecimal("850.00")))
        .addDutyLines(DutyLine.of(HtsNumber.of("3923900080"), new BigDecimal("30.00")))
        .build();
  }

  @Test
  void toEntry_rowOfGeneratedEntry_givesTheEntryBack() {
    long seed = 20_260_707L;
    List<Entry> entries = Portfolios.standard().generate(seed, AS_OF, 3_000);
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      assertThat(SparkScreening.toEntry(SparkScreening.toRow(entry)))
          .as("seed %d, entry %d", seed, i)
          .isEqualTo(entry);
    }
  }

  @Test
  void toRow_handEntry_writesEveryColumn() {
    Row row = SparkScreening.toRow(handEntry());

    assertThat(row.size()).isEqualTo(SparkScreening.ENTRY_SCHEMA.size()).isEqualTo(23);
    assertThat(row.getString(0)).isEqualTo("MYK28000864");
    assertThat(row.isNullAt(1)).as("importer_number").isTrue();
    assertThat(row.getString(3)).isEqualTo("01");
    assertThat(row.get(4)).isEqualTo(LocalDate.of(2025, 5, 1));
    assertThat(row.getString(6)).isEqualTo("LIQUIDATED");
    assertThat(row.get(8)).isEqualTo(LocalDate.of(2026, 4, 24));
    assertThat(row.<Row>getList(9)).extracting(Row::toString)
        .containsExactly("[99030125,850.00]", "[3923900080,30.00]");
    assertThat(row.getString(13)).isEqualTo("NONE");
    assertThat(row.getString(16)).isEqualTo("ACCEPTED");
    assertThat(row.getBoolean(17)).as("filed_in_ace").isTrue();
  }

  @Test
  void toEntry_sqlDatesAndNullDefaults_readAsLocalDatesAndEntryDefaults() {
    Object[] values = new Object[19];
    values[0] = " myk28000864 ";
    values[4] = java.sql.Date.valueOf(LocalDate.of(2025, 5, 1));
    values[8] = java.sql.Date.valueOf(LocalDate.of(2026, 4, 24));

    Entry entry = SparkScreening.toEntry(RowFactory.create(values));

    assertThat(entry).isEqualTo(Entry.builder()
        .entryNumberText("MYK28000864")
        .entryDate(LocalDate.of(2025, 5, 1))
        .liquidationDate(LocalDate.of(2026, 4, 24))
        .build());
  }

  @Test
  void toRow_subCentDuty_throwsQuotingEntryAndDuty() {
    Entry entry = Entry.builder().entryNumber(EntryNumber.of("MYK28000864"))
        .addDutyLines(DutyLine.of(HtsNumber.of("99030125"), new BigDecimal("1.005")))
        .build();

    assertThatIllegalArgumentException().isThrownBy(() -> SparkScreening.toRow(entry))
        .withMessage("Entry MYK28000864 has a duty of 1.005, which has more than two decimal"
            + " places");
  }

  @Test
  void toEntry_unknownEntryType_throwsQuotingCode() {
    Object[] values = new Object[19];
    values[0] = "MYK28000864";
    values[3] = "99";

    assertThatIllegalArgumentException()
        .isThrownBy(() -> SparkScreening.toEntry(RowFactory.create(values)))
        .withMessage("Unknown CBP entry type code: '99' (not in CATAIR Appendix B)");
  }

  @Test
  void partitionFunction_afterJavaSerialisation_screensLazily() throws Exception {
    MapPartitionsFunction<Row, Row> function =
        roundTrip(new ScreenPartition(AS_OF, "WAREHOUSE_21_22_EXCLUDED"));

    List<Row> results = new ArrayList<>();
    function.call(List.of(SparkScreening.toRow(handEntry())).iterator())
        .forEachRemaining(results::add);

    assertThat(results).extracting(Row::toString).containsExactly(
        "[MYK28000864,WAREHOUSE_21_22_EXCLUDED,ELIGIBLE,,850.00,2026-07-13,true]");
    assertThat(function).hasToString("screen as of 2026-07-07 under WAREHOUSE_21_22_EXCLUDED");
  }

  @SuppressWarnings("unchecked")
  private static MapPartitionsFunction<Row, Row> roundTrip(ScreenPartition function)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(function);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (MapPartitionsFunction<Row, Row>) in.readObject();
    }
  }
}
