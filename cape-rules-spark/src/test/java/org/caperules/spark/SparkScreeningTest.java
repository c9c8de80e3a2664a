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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.caperules.core.Entry;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.core.eligibility.Verdict;
import org.caperules.testkit.Portfolios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Screens on a local Spark session (2 threads, 4 partitions) and checks every result against
 * {@link CapeEngine#evaluate} run directly on the same entries.
 */
class SparkScreeningTest {

  static final long SEED = 20_260_707L;
  static final LocalDate AS_OF = SparkScreeningRowTest.AS_OF;
  static final int PARTITIONS = 4;

  static SparkSession spark;
  static List<Entry> entries;
  static Dataset<Row> entryRows;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder()
        .appName("cape-rules-spark test")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", String.valueOf(PARTITIONS))
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    entries = new ArrayList<>(Portfolios.standard().generate(SEED, AS_OF, 3_000));
    entries.add(SparkScreeningRowTest.handEntry());
    entryRows = spark.createDataFrame(entries.stream().map(SparkScreening::toRow).toList(),
        SparkScreening.ENTRY_SCHEMA).repartition(PARTITIONS);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void screen_partitionedEntries_equalsEvaluateEntryForEntry() {
    Dataset<Row> screened = SparkScreening.screen(entryRows, AS_OF);

    List<String> expected = new ArrayList<>();
    Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
    for (Entry entry : entries) {
      Assessment a = CapeEngine.standard().evaluate(entry, AS_OF);
      verdicts.add(a.verdict());
      expected.add(String.join("|", a.entryNumberText(), a.policyId(), a.verdict().name(),
          a.reasonsText(), a.ieepaDuty().setScale(2, RoundingMode.UNNECESSARY).toPlainString(),
          String.valueOf(a.deadlines().capeLastDay().orElse(null)),
          String.valueOf(a.isAtRisk())));
    }
    List<String> actual = new ArrayList<>();
    for (Row row : screened.collectAsList()) {
      actual.add(String.join("|", row.getString(0), row.getString(1), row.getString(2),
          row.getString(3), row.getDecimal(4).toPlainString(),
          row.isNullAt(5) ? "null" : row.getDate(5).toLocalDate().toString(),
          String.valueOf(row.getBoolean(6))));
    }

    assertThat(actual).as("seed %d", SEED).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(actual).as("the hand-computed entry (SparkScreeningRowTest.handEntry)")
        .contains("MYK28000864|WAREHOUSE_21_22_EXCLUDED|ELIGIBLE||850.00|2026-07-13|true");
    assertThat(verdicts).as("seed %d: the portfolio meets several verdicts", SEED)
        .hasSizeGreaterThanOrEqualTo(3);
    assertThat(screened.schema()).isEqualTo(SparkScreening.RESULT_SCHEMA);
  }

  @Test
  void screen_partitionedEntries_keepsEveryPartitionBusy() {
    Dataset<Row> screened = SparkScreening.screen(entryRows, AS_OF, "phase_1");

    assertThat(screened.javaRDD().getNumPartitions()).isEqualTo(PARTITIONS);
    assertThat(screened.select(functions.spark_partition_id()).distinct().count())
        .as("partitions holding results").isEqualTo(PARTITIONS);
    assertThat(screened.select("policy_id").distinct().collectAsList())
        .extracting(row -> row.getString(0)).containsExactly("PHASE_1");
  }

  @Test
  void screen_unknownPolicy_throwsOnDriverListingKnownPolicies() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SparkScreening.screen(entryRows, AS_OF, "PHASE_9"))
        .withMessage("Unknown CAPE policy 'PHASE_9'; known policies: PHASE_1, PHASE_1_RECON,"
            + " WAREHOUSE_21_22_EXCLUDED, PHASE_3_LITIGANTS");
  }

  @Test
  void screen_missingColumns_throwsNamingThem() {
    Dataset<Row> partial = entryRows.drop("duty_lines", "cit_plaintiff");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> SparkScreening.screen(partial, AS_OF))
        .withMessage("The entry dataset lacks the columns [duty_lines, cit_plaintiff] of"
            + " SparkScreening.ENTRY_SCHEMA; its columns are [entry_number, importer_number,"
            + " importer_name, entry_type, entry_date, entry_summary_date, liquidation_status,"
            + " liquidation_status_text, liquidation_date, reconciliation_flagged,"
            + " reconciliation_entry_filed, drawback_designated, protest_status,"
            + " protest_status_text, adcvd_liquidation_instructions, entry_summary_status,"
            + " filed_in_ace, protest_number, rejected_rows, rejected_row_count, missing_facts]");
  }

  @Test
  void screen_unliquidatedEntryWithoutDutyLines_notEligibleWithZeroDutyAndNoLastDay() {
    Dataset<Row> one = spark.createDataFrame(List.of(SparkScreening.toRow(Entry.builder()
            .entryNumberText("MYK28000864")
            .liquidationStatus(LiquidationStatus.UNLIQUIDATED)
            .build())),
        SparkScreening.ENTRY_SCHEMA);

    Row row = SparkScreening.screen(one, AS_OF).first();

    // No duty line, so no IEEPA line with duty > 0 (NO_IEEPA_DUTY, CSMS #68340863); not
    // liquidated, so no CAPE last day.
    assertThat(row.getString(2)).isEqualTo("NOT_ELIGIBLE");
    assertThat(row.getString(3)).isEqualTo("NO_IEEPA_DUTY");
    assertThat(row.getDecimal(4)).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(row.isNullAt(5)).as("cape_last_day of an unliquidated entry").isTrue();
    assertThat(row.getBoolean(6)).as("at_risk").isFalse();
  }
}
