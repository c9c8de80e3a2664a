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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryFact;
import org.caperules.core.EntryNumber;
import org.caperules.core.EntrySummaryStatus;
import org.caperules.core.EntryType;
import org.caperules.core.HtsNumber;
import org.caperules.core.ImporterNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.ProtestStatus;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapePolicies;
import org.caperules.testkit.Portfolios;
import org.jspecify.annotations.Nullable;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Screens a partitioned Spark dataset of entries with the CAPE engine: one row per entry in,
 * one result row per entry out, evaluated where the data lies.
 *
 * <p>{@link #screen(Dataset, LocalDate, String)} runs {@code mapPartitions} with a function
 * whose only state is the as-of date and the policy id. On each executor, for each partition,
 * it looks the policy up with {@link CapePolicies#byId(String)} and builds one engine; nothing
 * else is shipped and nothing is shared between partitions, because the engine is pure and
 * immutable. The same code runs in {@code local[*]} mode and on a cluster
 * ({@code spark-submit} with an application jar that contains cape-rules-core; Spark itself is
 * supplied by the cluster).
 *
 * <p>Input: the columns of {@link #ENTRY_SCHEMA}, one row per entry, its duty lines in an array
 * (an ES-003 export has one row per duty line: group it by entry number with
 * {@code collect_list(struct(hts, duty))} first). Output: the columns of {@link #RESULT_SCHEMA}.
 * Example:
 *
 * <pre>{@code
 * Dataset<Row> entries = spark.createDataFrame(
 *     List.of(SparkScreening.toRow(entry)), SparkScreening.ENTRY_SCHEMA);
 * Dataset<Row> results = SparkScreening.screen(entries, LocalDate.of(2026, 7, 7), "PHASE_1_RECON");
 * // entry liquidated Fri 2026-04-24, IEEPA duty 850.00:
 * // [MYK28000864,PHASE_1_RECON,ELIGIBLE,,850.00,2026-07-13,true]: 6 days left of its window
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SparkScreening {

  /** The SQL type of duty amounts: US dollars and cents. */
  public static final DecimalType MONEY = DataTypes.createDecimalType(18, 2);

  /** The type of one duty line: its HTS number (digits) and its duty. */
  public static final StructType DUTY_LINE = new StructType(new StructField[] {
      DataTypes.createStructField("hts", DataTypes.StringType, false),
      DataTypes.createStructField("duty", MONEY, false)});

  /**
   * The columns of an entry dataset, one row per entry; every column but {@code entry_number}
   * may be null (unknown, or the default of {@link Entry}). Statuses are enum names
   * ({@code LIQUIDATED}, {@code OPEN}); the raw export texts have their own columns. Columns:
   * {@code entry_number, importer_number, importer_name, entry_type, entry_date,
   * entry_summary_date, liquidation_status, liquidation_status_text, liquidation_date,
   * duty_lines, reconciliation_flagged, reconciliation_entry_filed, drawback_designated,
   * protest_status, protest_status_text, adcvd_liquidation_instructions, entry_summary_status,
   * filed_in_ace, cit_plaintiff, protest_number, rejected_rows, rejected_row_count,
   * missing_facts} (the last one {@code EntryFact} names).
   */
  public static final StructType ENTRY_SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField("entry_number", DataTypes.StringType, false),
      DataTypes.createStructField("importer_number", DataTypes.StringType, true),
      DataTypes.createStructField("importer_name", DataTypes.StringType, true),
      DataTypes.createStructField("entry_type", DataTypes.StringType, true),
      DataTypes.createStructField("entry_date", DataTypes.DateType, true),
      DataTypes.createStructField("entry_summary_date", DataTypes.DateType, true),
      DataTypes.createStructField("liquidation_status", DataTypes.StringType, true),
      DataTypes.createStructField("liquidation_status_text", DataTypes.StringType, true),
      DataTypes.createStructField("liquidation_date", DataTypes.DateType, true),
      DataTypes.createStructField("duty_lines", DataTypes.createArrayType(DUTY_LINE, false), true),
      DataTypes.createStructField("reconciliation_flagged", DataTypes.BooleanType, true),
      DataTypes.createStructField("reconciliation_entry_filed", DataTypes.BooleanType, true),
      DataTypes.createStructField("drawback_designated", DataTypes.BooleanType, true),
      DataTypes.createStructField("protest_status", DataTypes.StringType, true),
      DataTypes.createStructField("protest_status_text", DataTypes.StringType, true),
      DataTypes.createStructField("adcvd_liquidation_instructions", DataTypes.BooleanType, true),
      DataTypes.createStructField("entry_summary_status", DataTypes.StringType, true),
      DataTypes.createStructField("filed_in_ace", DataTypes.BooleanType, true),
      DataTypes.createStructField("cit_plaintiff", DataTypes.BooleanType, true),
      DataTypes.createStructField("protest_number", DataTypes.StringType, true),
      DataTypes.createStructField("rejected_rows",
          DataTypes.createArrayType(DataTypes.StringType, false), true),
      DataTypes.createStructField("rejected_row_count", DataTypes.LongType, true),
      DataTypes.createStructField("missing_facts",
          DataTypes.createArrayType(DataTypes.StringType, false), true)});

  /**
   * The columns of the result, one row per entry: {@code entry_number} (as assessed),
   * {@code policy_id}, {@code verdict} (a {@code Verdict} name), {@code reasons} (reason codes
   * joined by {@code ;}, empty if none, as in the CSV report), {@code ieepa_duty}
   * (decimal(18,2)), {@code cape_last_day} (inclusive; null if the entry is not liquidated) and
   * {@code at_risk} (eligible, and in the last days of its CAPE window).
   */
  public static final StructType RESULT_SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField("entry_number", DataTypes.StringType, false),
      DataTypes.createStructField("policy_id", DataTypes.StringType, false),
      DataTypes.createStructField("verdict", DataTypes.StringType, false),
      DataTypes.createStructField("reasons", DataTypes.StringType, false),
      DataTypes.createStructField("ieepa_duty", MONEY, false),
      DataTypes.createStructField("cape_last_day", DataTypes.DateType, true),
      DataTypes.createStructField("at_risk", DataTypes.BooleanType, false)});

  /**
   * What the partition function emits: {@link #RESULT_SCHEMA} with the CAPE last day as ISO
   * text, cast to a date afterwards, so the function never depends on whether the session maps
   * dates to {@code java.sql.Date} or {@code java.time.LocalDate}
   * ({@code spark.sql.datetime.java8API.enabled}).
   */
  static final StructType PARTITION_RESULT_SCHEMA = new StructType(
      Arrays.stream(RESULT_SCHEMA.fields())
          .map(f -> f.dataType().equals(DataTypes.DateType)
              ? DataTypes.createStructField(f.name(), DataTypes.StringType, f.nullable()) : f)
          .toArray(StructField[]::new));

  private static final int ENTRY_NUMBER = 0;
  private static final int IMPORTER_NUMBER = 1;
  private static final int IMPORTER_NAME = 2;
  private static final int ENTRY_TYPE = 3;
  private static final int ENTRY_DATE = 4;
  private static final int ENTRY_SUMMARY_DATE = 5;
  private static final int LIQUIDATION_STATUS = 6;
  private static final int LIQUIDATION_STATUS_TEXT = 7;
  private static final int LIQUIDATION_DATE = 8;
  private static final int DUTY_LINES = 9;
  private static final int RECONCILIATION_FLAGGED = 10;
  private static final int RECONCILIATION_ENTRY_FILED = 11;
  private static final int DRAWBACK_DESIGNATED = 12;
  private static final int PROTEST_STATUS = 13;
  private static final int PROTEST_STATUS_TEXT = 14;
  private static final int ADCVD_LIQUIDATION_INSTRUCTIONS = 15;
  private static final int ENTRY_SUMMARY_STATUS = 16;
  private static final int FILED_IN_ACE = 17;
  private static final int CIT_PLAINTIFF = 18;
  private static final int PROTEST_NUMBER = 19;
  private static final int REJECTED_ROWS = 20;
  private static final int REJECTED_ROW_COUNT = 21;
  private static final int MISSING_FACTS = 22;

  private SparkScreening() {}

  /**
   * Screens every entry under the built-in policy in force on the as-of date
   * ({@link CapePolicies#inForceOn(LocalDate)}, resolved on the driver).
   *
   * @param entries  the entries, with the columns of {@link #ENTRY_SCHEMA}
   * @param asOf  the date of the assessment
   * @return the results, with the columns of {@link #RESULT_SCHEMA}, partitioned as the input
   * @throws IllegalArgumentException if a column of {@link #ENTRY_SCHEMA} is missing
   */
  public static Dataset<Row> screen(Dataset<Row> entries, LocalDate asOf) {
    return screen(entries, asOf, CapePolicies.standard().inForceOn(asOf).id());
  }

  /**
   * Screens every entry under one built-in policy, whatever the as-of date, for example
   * {@code PHASE_1_RECON}.
   *
   * <p>Lazy, as Spark transformations are: the entries are evaluated when an action runs. An
   * entry row that cannot become an {@link Entry} (an empty entry number, an unknown entry type
   * code or status name, a malformed importer or HTS number) fails the task with the
   * {@code IllegalArgumentException} of {@link #toEntry(Row)}.
   *
   * @param entries  the entries, with the columns of {@link #ENTRY_SCHEMA} (extra columns are
   *     dropped; columns are cast to the schema's types)
   * @param asOf  the date of the assessment
   * @param policyId  the id of a built-in policy, any case
   * @return the results, with the columns of {@link #RESULT_SCHEMA}, partitioned as the input
   * @throws IllegalArgumentException if the policy id is unknown (checked on the driver), or a
   *     column of {@link #ENTRY_SCHEMA} is missing; the message names it
   */
  public static Dataset<Row> screen(Dataset<Row> entries, LocalDate asOf, String policyId) {
    Objects.requireNonNull(asOf, "asOf");
    String id = CapePolicies.standard().byId(policyId).id();
    List<String> present = Arrays.asList(entries.columns());
    List<String> missing = new ArrayList<>();
    Column[] columns = new Column[ENTRY_SCHEMA.size()];
    for (int i = 0; i < columns.length; i++) {
      StructField field = ENTRY_SCHEMA.fields()[i];
      if (!present.contains(field.name())) {
        missing.add(field.name());
      }
      columns[i] = functions.col(field.name()).cast(field.dataType()).as(field.name());
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("The entry dataset lacks the columns " + missing
          + " of SparkScreening.ENTRY_SCHEMA; its columns are " + present);
    }
    Dataset<Row> raw = entries.select(columns)
        .mapPartitions(new ScreenPartition(asOf, id), Encoders.row(PARTITION_RESULT_SCHEMA));
    Column[] results = new Column[RESULT_SCHEMA.size()];
    for (int i = 0; i < results.length; i++) {
      String name = RESULT_SCHEMA.fields()[i].name();
      results[i] = functions.col(name).cast(RESULT_SCHEMA.fields()[i].dataType()).as(name);
    }
    return raw.select(results);
  }

  /**
   * Converts an entry to a row of {@link #ENTRY_SCHEMA}, with dates as {@link LocalDate}
   * (accepted by {@code SparkSession.createDataFrame(List, StructType)} whatever the session's
   * date setting). Absent optional values are null; defaults are written out.
   *
   * @param entry  the entry
   * @return the row
   * @throws IllegalArgumentException if a duty has more than two decimal places, which
   *     decimal(18,2) would round; the message quotes the entry number and the duty
   */
  public static Row toRow(Entry entry) {
    List<Row> lines = new ArrayList<>(entry.dutyLines().size());
    for (DutyLine line : entry.dutyLines()) {
      lines.add(RowFactory.create(line.hts().digits(), cents(entry, line.duty())));
    }
    Object[] values = new Object[ENTRY_SCHEMA.size()];
    values[ENTRY_NUMBER] = entry.entryNumberText();
    ImporterNumber importer = entry.importerNumber();
    values[IMPORTER_NUMBER] = importer == null ? null : importer.value();
    values[IMPORTER_NAME] = entry.importerName();
    EntryType type = entry.entryType();
    values[ENTRY_TYPE] = type == null ? null : type.code();
    values[ENTRY_DATE] = entry.entryDate();
    values[ENTRY_SUMMARY_DATE] = entry.entrySummaryDate();
    LiquidationStatus status = entry.liquidationStatus();
    values[LIQUIDATION_STATUS] = status == null ? null : status.name();
    values[LIQUIDATION_STATUS_TEXT] = entry.liquidationStatusText();
    values[LIQUIDATION_DATE] = entry.liquidationDate();
    values[DUTY_LINES] = CollectionConverters.asScala(lines).toList();
    values[RECONCILIATION_FLAGGED] = entry.reconciliationFlagged();
    values[RECONCILIATION_ENTRY_FILED] = entry.reconciliationEntryFiled();
    values[DRAWBACK_DESIGNATED] = entry.drawbackDesignated();
    values[PROTEST_STATUS] = entry.protestStatus().name();
    values[PROTEST_STATUS_TEXT] = entry.protestStatusText();
    values[ADCVD_LIQUIDATION_INSTRUCTIONS] = entry.adCvdLiquidationInstructions();
    values[ENTRY_SUMMARY_STATUS] = entry.entrySummaryStatus().name();
    values[FILED_IN_ACE] = entry.filedInAce();
    values[CIT_PLAINTIFF] = entry.citPlaintiff();
    values[PROTEST_NUMBER] = entry.protestNumber();
    values[REJECTED_ROWS] = CollectionConverters.asScala(entry.rejectedRows()).toList();
    values[REJECTED_ROW_COUNT] = entry.rejectedRowCount();
    values[MISSING_FACTS] = CollectionConverters.asScala(
        entry.missingFacts().stream().map(Enum::name).toList()).toList();
    return RowFactory.create(values);
  }

  /**
   * Converts a row with the columns of {@link #ENTRY_SCHEMA}, in that order, to an entry: the
   * inverse of {@link #toRow(Entry)}, so {@code toEntry(toRow(e)).equals(e)}. Dates may be
   * {@link LocalDate} or {@code java.sql.Date}; a null flag or status takes the default of
   * {@link Entry}; the entry number is normalised with {@link EntryNumber#normalize}.
   *
   * @param row  the row
   * @return the entry
   * @throws NullPointerException if {@code entry_number} is null; the message is
   *     {@code entry_number}
   * @throws IllegalArgumentException if the entry number is empty, or an entry type code, status
   *     name, importer number or HTS number is not valid
   */
  public static Entry toEntry(Row row) {
    Entry.Builder entry = Entry.builder()
        .entryNumberText(EntryNumber.normalize(Objects.requireNonNull(
            string(row, ENTRY_NUMBER), "entry_number")));
    String importer = string(row, IMPORTER_NUMBER);
    if (importer != null) {
      entry.importerNumber(ImporterNumber.of(importer));
    }
    String name = string(row, IMPORTER_NAME);
    if (name != null) {
      entry.importerName(name);
    }
    String type = string(row, ENTRY_TYPE);
    if (type != null) {
      entry.entryType(EntryType.of(type));
    }
    LocalDate entryDate = date(row, ENTRY_DATE);
    if (entryDate != null) {
      entry.entryDate(entryDate);
    }
    LocalDate summaryDate = date(row, ENTRY_SUMMARY_DATE);
    if (summaryDate != null) {
      entry.entrySummaryDate(summaryDate);
    }
    String liquidation = string(row, LIQUIDATION_STATUS);
    if (liquidation != null) {
      entry.liquidationStatus(LiquidationStatus.valueOf(liquidation));
    }
    String liquidationText = string(row, LIQUIDATION_STATUS_TEXT);
    if (liquidationText != null) {
      entry.liquidationStatusText(liquidationText);
    }
    LocalDate liquidationDate = date(row, LIQUIDATION_DATE);
    if (liquidationDate != null) {
      entry.liquidationDate(liquidationDate);
    }
    if (!row.isNullAt(DUTY_LINES)) {
      for (Row line : row.<Row>getList(DUTY_LINES)) {
        entry.addDutyLines(DutyLine.of(HtsNumber.of(line.getString(0)), line.getDecimal(1)));
      }
    }
    if (!row.isNullAt(RECONCILIATION_FLAGGED)) {
      entry.reconciliationFlagged(row.getBoolean(RECONCILIATION_FLAGGED));
    }
    if (!row.isNullAt(RECONCILIATION_ENTRY_FILED)) {
      entry.reconciliationEntryFiled(row.getBoolean(RECONCILIATION_ENTRY_FILED));
    }
    if (!row.isNullAt(DRAWBACK_DESIGNATED)) {
      entry.drawbackDesignated(row.getBoolean(DRAWBACK_DESIGNATED));
    }
    String protest = string(row, PROTEST_STATUS);
    if (protest != null) {
      entry.protestStatus(ProtestStatus.valueOf(protest));
    }
    String protestText = string(row, PROTEST_STATUS_TEXT);
    if (protestText != null) {
      entry.protestStatusText(protestText);
    }
    if (!row.isNullAt(ADCVD_LIQUIDATION_INSTRUCTIONS)) {
      entry.adCvdLiquidationInstructions(row.getBoolean(ADCVD_LIQUIDATION_INSTRUCTIONS));
    }
    String summaryStatus = string(row, ENTRY_SUMMARY_STATUS);
    if (summaryStatus != null) {
      entry.entrySummaryStatus(EntrySummaryStatus.valueOf(summaryStatus));
    }
    if (!row.isNullAt(FILED_IN_ACE)) {
      entry.filedInAce(row.getBoolean(FILED_IN_ACE));
    }
    if (!row.isNullAt(CIT_PLAINTIFF)) {
      entry.citPlaintiff(row.getBoolean(CIT_PLAINTIFF));
    }
    readFaults(row, entry);
    return entry.build();
  }

  /** Reads the protest number, the rejected rows and the missing facts, when the row has them. */
  private static void readFaults(Row row, Entry.Builder entry) {
    if (row.size() <= MISSING_FACTS) {
      return;
    }
    String protestNumber = string(row, PROTEST_NUMBER);
    if (protestNumber != null) {
      entry.protestNumber(protestNumber);
    }
    if (!row.isNullAt(REJECTED_ROWS)) {
      entry.addAllRejectedRows(row.<String>getList(REJECTED_ROWS));
    }
    if (!row.isNullAt(REJECTED_ROW_COUNT)) {
      entry.rejectedRowCount(row.getLong(REJECTED_ROW_COUNT));
    }
    if (!row.isNullAt(MISSING_FACTS)) {
      for (String fact : row.<String>getList(MISSING_FACTS)) {
        entry.addMissingFacts(EntryFact.valueOf(fact));
      }
    }
  }

  /**
   * The result row of one assessment, in the columns of {@link #PARTITION_RESULT_SCHEMA}.
   *
   * @throws IllegalArgumentException if the entry's deadlines leave the holiday calendar's range
   */
  static Row resultRow(Assessment assessment) {
    LocalDate capeLastDay = assessment.deadlines().capeLastDay().orElse(null);
    return RowFactory.create(assessment.entryNumberText(), assessment.policyId(),
        assessment.verdict().name(), assessment.reasonsText(), assessment.ieepaDuty(),
        capeLastDay == null ? null : capeLastDay.toString(), assessment.isAtRisk());
  }

  private static BigDecimal cents(Entry entry, BigDecimal duty) {
    try {
      return duty.setScale(2, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("Entry " + entry.entryNumberText() + " has a duty of "
          + duty.toPlainString() + ", which has more than two decimal places", e);
    }
  }

  private static @Nullable String string(Row row, int i) {
    return row.isNullAt(i) ? null : row.getString(i);
  }

  private static @Nullable LocalDate date(Row row, int i) {
    if (row.isNullAt(i)) {
      return null;
    }
    Object value = row.get(i);
    return value instanceof java.sql.Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) value;
  }

  /**
   * Screens a seeded synthetic portfolio of 100,000 entries ({@link Portfolios#standard()}) in
   * {@code local[*]} mode, as of 2026-07-07, and prints the count of each verdict. The entries
   * are generated on the executors, 12,500 in each of 8 partitions (partition {@code i} with
   * seed {@code 20260707 + i}), so nothing but the seeds leaves the driver.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    LocalDate asOf = LocalDate.of(2026, 7, 7);
    int partitions = 8;
    int perPartition = 12_500;
    SparkSession spark = SparkSession.builder().appName("cape-rules screening")
        .master("local[*]").config("spark.ui.enabled", "false")
        // Dates as java.time.LocalDate, as toRow writes them.
        .config("spark.sql.datetime.java8API.enabled", "true")
        .getOrCreate();
    try {
      Dataset<Row> entries = spark.range(0, partitions, 1, partitions).mapPartitions(
          (MapPartitionsFunction<Long, Row>) ids -> ids.hasNext()
              ? Portfolios.standard().stream(new SplittableRandom(20_260_707L + ids.next()), asOf)
                  .limit(perPartition).map(SparkScreening::toRow).iterator()
              : Collections.emptyIterator(),
          Encoders.row(ENTRY_SCHEMA));
      Map<String, Long> counts = new TreeMap<>();
      long total = 0;
      for (Row row : screen(entries, asOf).groupBy("verdict").count().collectAsList()) {
        counts.put(row.getString(0), row.getLong(1));
        total += row.getLong(1);
      }
      System.out.println(total + " entries as of " + asOf + " under "
          + CapePolicies.standard().inForceOn(asOf).id() + " in " + partitions
          + " partitions: " + counts);
    } finally {
      spark.stop();
    }
  }
}
