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
package org.caperules.es003;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryFact;
import org.caperules.core.EntrySummaryStatus;
import org.caperules.core.EntryType;
import org.caperules.core.HtsNumber;
import org.caperules.core.IeepaHeadings;
import org.caperules.core.ImporterNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.ProtestStatus;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.core.eligibility.Verdict;
import org.caperules.core.result.Problem;
import org.caperules.core.result.ProblemCode;
import org.caperules.core.result.RowAccounting;
import org.caperules.core.result.Severity;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.core.rule.ReasonCode;
import org.caperules.es003.internal.Es003Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Es003IntakeTest {

  /** The row accounting of a read, which every reader gives. */
  private static RowAccounting rows(ValueWithProblems<?> result) {
    return Objects.requireNonNull(result.rowAccounting(), "rowAccounting");
  }

  private static final String FILE = "es003.csv";
  private static final String REQUIRED =
      "Entry Summary Number|HTS Number - Full|Line Tariff Duty Amount";
  /** Fri 2026-05-15: PHASE_1 is in force (effective 2026-04-20). */
  private static final LocalDate FRI_2026_05_15 = LocalDate.of(2026, 5, 15);

  /** Splits a '|'-separated text into cells, keeping empty cells. */
  private static List<String> cells(String text) {
    return Arrays.asList(text.split("\\|", -1));
  }

  /** Reads one file: a header and rows numbered from line 2. */
  private static ValueWithProblems<List<Entry>> read(String header, String... rows) {
    Es003Intake intake = Es003Intake.create().startFile(FILE, cells(header));
    for (int i = 0; i < rows.length; i++) {
      intake.textRow(i + 2, cells(rows[i]));
    }
    return intake.result();
  }

  private static Entry only(ValueWithProblems<List<Entry>> result) {
    assertThat(result.value()).hasSize(1);
    return result.value().get(0);
  }

  /** Every problem but the liquidation-columns notice, as text. */
  private static List<String> problems(ValueWithProblems<List<Entry>> result) {
    return result.problems().stream()
        .filter(p -> !p.message().equals(Es003Header.LIQUIDATION_COLUMNS_ABSENT_MESSAGE))
        .map(Problem::toString).toList();
  }

  private static List<String> allProblems(ValueWithProblems<List<Entry>> result) {
    return result.problems().stream().map(Problem::toString).toList();
  }

  private static List<Long> counts(ValueWithProblems<List<Entry>> result) {
    return List.of(rows(result).rowsRead(), rows(result).rowsUsed(), rows(result).rowsRejected());
  }

  @Test
  void row_nonAdjacentRowsHyphenatedNumber_oneEntryWithEveryDutyLine() {
    ValueWithProblems<List<Entry>> result = read(REQUIRED + "|Liquidation Status",
        "ABC-1234567-6|99030125|$1,000.00|Unliquidated",
        "SYN10000012|99030128|5.00|Unliquidated",
        "abc 1234567 6|3923.90.0080|(12.00)|Unliquidated");
    assertThat(result.value()).extracting(Entry::entryNumberText)
        .containsExactly("ABC12345676", "SYN10000012");
    assertThat(result.value().get(0).dutyLines()).containsExactly(
        DutyLine.of(HtsNumber.of("99030125"), new BigDecimal("1000.00")),
        DutyLine.of(HtsNumber.of("3923900080"), new BigDecimal("-12.00")));
    assertThat(result.problems()).isEmpty();
    assertThat(counts(result)).containsExactly(3L, 3L, 0L);
  }

  @Test
  void row_repeatedHtsAndZeroDuty_entriesShareInstances() {
    ValueWithProblems<List<Entry>> result = read(REQUIRED + "|Liquidation Status",
        "ABC12345676|9903.01.25|$0.00|Unliquidated",
        "SYN10000012|99030125|0.00|Unliquidated",
        "SYN10000012|3923.90.0080|$7.00|Unliquidated",
        "XYZ00000017|3923900080|7.00|Unliquidated",
        "XYZ00000017|99030125|0|Unliquidated");
    List<DutyLine> abc = result.value().get(0).dutyLines();
    List<DutyLine> syn = result.value().get(1).dutyLines();
    List<DutyLine> xyz = result.value().get(2).dutyLines();
    // Same digits, written two ways: one HtsNumber; the same zero (scale 2): one DutyLine.
    assertThat(syn.get(0)).isSameAs(abc.get(0));
    assertThat(xyz.get(0).hts()).isSameAs(syn.get(1).hts());
    // A non-zero amount is not shared; "0" is read as 0.00, every amount in cents: shared too.
    assertThat(xyz.get(0)).isEqualTo(syn.get(1)).isNotSameAs(syn.get(1));
    assertThat(xyz.get(1).hts()).isSameAs(abc.get(0).hts());
    assertThat(xyz.get(1)).isSameAs(abc.get(0));
    assertThat(xyz.get(1).duty().toPlainString()).isEqualTo("0.00");
    assertThat(counts(result)).containsExactly(5L, 5L, 0L);
  }

  @Test
  void row_liquidationDateWithBlankStatus_liquidated() {
    Entry entry = only(read(REQUIRED + "|Liquidation Status|Liquidation Date",
        "ABC12345676|99030125|10.00||04/24/2026"));
    assertThat(entry.liquidationStatus()).isEqualTo(LiquidationStatus.LIQUIDATED);
    assertThat(entry.liquidationDate()).isEqualTo(LocalDate.of(2026, 4, 24));
    assertThat(entry.liquidationStatusText()).isNull();
  }

  /**
   * The holiday calendar covers 2020-2040, so a liquidation date whose protest last day (+ 180
   * days, rolled) falls after 2040-12-31 cannot be screened: its row is a problem naming the
   * file, line, column and value, and the rest of the file goes on.
   */
  @Test
  void row_liquidationDateBeyondCalendar_rowProblemAndFileGoesOn() {
    ValueWithProblems<List<Entry>> result = read(REQUIRED + "|Liquidation Status|Liquidation Date",
        "ABC12345676|99030125|10.00|LIQUIDATED|02/01/2041",
        "MYK28000864|99030125|10.00|LIQUIDATED|04/24/2026");
    // The entry of the rejected row is still there, knowing its only row was rejected.
    assertThat(result.value()).extracting(Entry::entryNumberText)
        .containsExactly("ABC12345676", "MYK28000864");
    assertThat(result.value()).extracting(Entry::rejectedRowCount).containsExactly(1L, 0L);
    assertThat(result.value().get(0).dutyLines()).isEmpty();
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.position().file()).isEqualTo(FILE);
      assertThat(p.position().line()).isEqualTo(2);
      assertThat(p.position().column()).isEqualTo("Liquidation Date");
      assertThat(p.value()).isEqualTo("02/01/2041");
      assertThat(p.message()).startsWith("Liquidation date 2041-02-01 is outside the dates whose"
          + " CAPE and protest deadlines can be computed: ");
    });
    assertThat(counts(result)).containsExactly(2L, 1L, 1L);
  }

  @Test
  void row_blankStatusNoDate_statusUnknownAndEngineNeedsReview() {
    Entry entry = only(read(REQUIRED + "|Liquidation Status|Liquidation Date",
        "ABC12345676|99030125|10.00||"));
    assertThat(entry.liquidationStatus()).isNull();
    Assessment assessment = CapeEngine.standard().evaluate(entry, FRI_2026_05_15);
    assertThat(assessment.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    assertThat(assessment.reasons()).containsExactly(ReasonCode.UNKNOWN_LIQUIDATION_STATUS);
  }

  @Test
  void row_unrecognisedLiquidationStatus_keptAsTextForTheEngine() {
    Entry entry = only(read(REQUIRED + "|Liquidation Status",
        "ABC12345676|99030125|10.00| Pending Review "));
    assertThat(entry.liquidationStatus()).isNull();
    assertThat(entry.liquidationStatusText()).isEqualTo("Pending Review");
    assertThat(CapeEngine.standard().evaluate(entry, FRI_2026_05_15).reasons())
        .containsExactly(ReasonCode.UNKNOWN_LIQUIDATION_STATUS);
  }

  @Test
  void startFile_noLiquidationColumns_noticeOnceAndEntriesNeedReview() {
    ValueWithProblems<List<Entry>> result = read(REQUIRED + "|Entry Type Code",
        "ABC12345676|99030125|10.00|01",
        "SYN10000012|99030125|10.00|01");
    assertThat(allProblems(result)).containsExactly("es003.csv:0: The file has neither a"
        + " 'Liquidation Status' nor a 'Liquidation Date' column (ACE's default ES-003 layout);"
        + " every entry's liquidation status is unknown: add Liquidation Status and Liquidation"
        + " Date to the report");
    assertThat(counts(result)).containsExactly(2L, 2L, 0L);
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.LIQUIDATION_COLUMNS_ABSENT);
      assertThat(p.severity()).isEqualTo(Severity.NOTICE);
      assertThat(p.position().isWholeFile()).isTrue();
    });
    for (Entry entry : result.value()) {
      assertThat(entry.liquidationStatus()).as(entry.entryNumberText()).isNull();
      Assessment assessment = CapeEngine.standard().evaluate(entry, FRI_2026_05_15);
      assertThat(assessment.verdict()).as(entry.entryNumberText())
          .isEqualTo(Verdict.NEEDS_REVIEW);
      assertThat(assessment.reasons()).as(entry.entryNumberText())
          .containsExactly(ReasonCode.UNKNOWN_LIQUIDATION_STATUS);
    }
  }

  @Test
  void row_eachKindOfBadRow_itsCodeErrorSeverityAndEntry() {
    String header = REQUIRED + "|Entry Type Code|Importer Number|Entry Date"
        + "|Reconciliation Indicator|Entry Summary Status|Entry Summary Line Number"
        + "|Tariff Ordinal Number|Liquidation Date";
    Es003Intake intake = Es003Intake.create().startFile(FILE, cells(header));
    String[] rows = {
        "ABC12345676|99030125|10.00|01|12-3456789A1|04/08/2025|N||1|1|",
        "|99030125|10.00|01|12-3456789A1|04/08/2025|N||1|2|",
        "ABC12345676|9903|10.00|01|12-3456789A1|04/08/2025|N||1|3|",
        "ABC12345676|99030125|FREE|01|12-3456789A1|04/08/2025|N||1|4|",
        "ABC12345676|99030125|10.00|XX|12-3456789A1|04/08/2025|N||1|5|",
        "ABC12345676|99030125|10.00|01|12345|04/08/2025|N||1|6|",
        "ABC12345676|99030125|10.00|01|12-3456789A1|02/30/2026|N||1|7|",
        "ABC12345676|99030125|10.00|01|12-3456789A1|04/08/2025|MAYBE||1|8|",
        "ABC12345676|99030125|10.00|01|12-3456789A1|04/08/2025|N|PENDING|1|9|",
        "ABC12345676|99030125|10.00|02|12-3456789A1|04/08/2025|N||1|10|",
        "ABC12345676|99030125|11.00|01|12-3456789A1|04/08/2025|N||1|1|",
        "1.23457E+10|99030125|10.00|01|12-3456789A1|04/08/2025|N||1|1|",
        "ABC12345676|99030125",
        "X".repeat(51) + "|99030125|10.00|01|12-3456789A1|04/08/2025|N||1|1|"};
    for (int i = 0; i < rows.length; i++) {
      intake.textRow(i + 2, cells(rows[i]));
    }
    intake.unreadableRow(rows.length + 2, "The CSV record could not be read");
    ValueWithProblems<List<Entry>> result = intake.result();
    assertThat(result.problems()).extracting(Problem::code).containsExactly(
        ProblemCode.MISSING_ENTRY_NUMBER, ProblemCode.BAD_HTS_NUMBER, ProblemCode.BAD_AMOUNT,
        ProblemCode.BAD_ENTRY_TYPE, ProblemCode.BAD_IMPORTER_NUMBER, ProblemCode.BAD_DATE,
        ProblemCode.BAD_INDICATOR, ProblemCode.BAD_ENTRY_SUMMARY_STATUS,
        ProblemCode.ENTRY_CONFLICT, ProblemCode.REPEATED_ROW, ProblemCode.SPREADSHEET_DAMAGE,
        ProblemCode.WRONG_CELL_COUNT, ProblemCode.BAD_ENTRY_NUMBER,
        ProblemCode.UNREADABLE_RECORD);
    assertThat(result.problems()).extracting(p -> p.position().line())
        .containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L);
    // an importer number that cannot be read is a warning: its row is used, the importer unknown
    assertThat(result.problems()).extracting(Problem::severity).containsExactly(
        Severity.ERROR, Severity.ERROR, Severity.ERROR, Severity.ERROR, Severity.WARNING,
        Severity.ERROR, Severity.ERROR, Severity.ERROR, Severity.ERROR, Severity.ERROR,
        Severity.ERROR, Severity.ERROR, Severity.ERROR, Severity.ERROR);
    assertThat(result.problems()).extracting(p -> p.position().entryNumber()).containsExactly(
        null, "ABC12345676", "ABC12345676", "ABC12345676", "ABC12345676", "ABC12345676",
        "ABC12345676", "ABC12345676", "ABC12345676", "ABC12345676", "1.23457E+10",
        "ABC12345676", null, null);
    assertThat(rows(result)).isEqualTo(RowAccounting.of(15, 2, 13));
    assertThat(result.hasErrors()).isTrue();
  }

  @Test
  void result_headerOnly_noticeNoDataRows() {
    ValueWithProblems<List<Entry>> result = read(REQUIRED + "|Liquidation Date");
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.NO_DATA_ROWS);
      assertThat(p.severity()).isEqualTo(Severity.NOTICE);
    });
    assertThat(result.hasErrors()).isFalse();
  }

  @ParameterizedTest(name = "Protest Status ''{0}'' -> {1}")
  @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
      # text        | status    | note
      ''            | NONE      | blank = no open protest
      NONE          | NONE      | no protest
      denied        | CLOSED    | decided
      ' Allowed '   | CLOSED    | trimmed, any case
      APPROVED      | CLOSED    | decided
      Closed        | CLOSED    | decided
      WITHDRAWN     | CLOSED    | withdrawn
      open          | OPEN      | open
      Pending       | OPEN      | open
      FILED         | OPEN      | open
      Suspended     | SUSPENDED | blocks like open (CSMS #68340863)
      Under appeal  | UNKNOWN   | anything else: UNKNOWN_PROTEST_STATUS
      """)
  void row_protestStatus_parsedToOpenOrClosed(String text, ProtestStatus expected, String note) {
    Entry entry = only(read(REQUIRED + "|Protest Status",
        "ABC12345676|99030125|10.00|" + text));
    assertThat(entry.protestStatus()).as(note).isEqualTo(expected);
  }

  @Test
  void row_unknownProtestStatus_engineReportsUnknownProtestStatus() {
    Entry entry = only(read(REQUIRED + "|Liquidation Status|Protest Status",
        "ABC12345676|99030125|10.00|Unliquidated|Under appeal"));
    assertThat(entry.protestStatusText()).isEqualTo("Under appeal");
    assertThat(CapeEngine.standard().evaluate(entry, FRI_2026_05_15).reasons())
        .containsExactly(ReasonCode.UNKNOWN_PROTEST_STATUS);
  }

  @Test
  void row_indicatorsAndFlags_setOnTheEntry() {
    Entry entry = only(read(REQUIRED + "|Reconciliation Indicator|Reconciliation Entry Filed"
            + "|Drawback Indicator|AD/CVD Liquidation Instructions|CIT Plaintiff|Filed In ACE",
        "ABC12345676|99030125|10.00|yes|TRUE|1|y| Y |N"));
    assertThat(List.of(entry.reconciliationFlagged(), entry.reconciliationEntryFiled(),
        entry.drawbackDesignated(), entry.adCvdLiquidationInstructions(), entry.citPlaintiff(),
        entry.filedInAce())).containsExactly(true, true, true, true, true, false);
  }

  @Test
  void row_blankIndicators_nExceptFiledInAceBlankIsY() {
    Entry entry = only(read(REQUIRED + "|Reconciliation Indicator|Drawback Indicator"
            + "|CIT Plaintiff|Filed In ACE",
        "ABC12345676|99030125|10.00||||"));
    assertThat(List.of(entry.reconciliationFlagged(), entry.drawbackDesignated(),
        entry.citPlaintiff(), entry.filedInAce())).containsExactly(false, false, false, true);
  }

  @Test
  void row_filedInAceColumnAbsent_y() {
    assertThat(only(read(REQUIRED, "ABC12345676|99030125|10.00")).filedInAce()).isTrue();
  }

  @ParameterizedTest(name = "Entry Summary Status ''{0}'' -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ''         | ACCEPTED
      Accepted   | ACCEPTED
      cancelled  | CANCELLED
      CANCELED   | CANCELLED
      ' Rejected'| REJECTED
      """)
  void row_entrySummaryStatus_parsed(String text, EntrySummaryStatus expected) {
    Entry entry = only(read(REQUIRED + "|Entry Summary Status",
        "ABC12345676|99030125|10.00|" + text));
    assertThat(entry.entrySummaryStatus()).isEqualTo(expected);
  }

  @Test
  void row_entryLevelValues_setFromTheFirstRow() {
    Entry entry = only(read(REQUIRED + "|Entry Type Code|Importer Number|Importer Name"
            + "|Entry Date|Entry Summary Date",
        "ABC12345676|99030125|10.00|1|12-3456789a1| Acme Synthetic |4/8/2025|2025-04-18",
        "ABC12345676|3923900080|3.00|01|123456789A1|Acme Synthetic|04/08/2025 0:00|04/18/2025"));
    assertThat(entry.entryType()).isEqualTo(EntryType.TYPE_01);
    assertThat(entry.importerNumber()).isEqualTo(ImporterNumber.of("12-3456789A1"));
    assertThat(entry.importerName()).isEqualTo("Acme Synthetic");
    assertThat(entry.entryDate()).isEqualTo(LocalDate.of(2025, 4, 8));
    assertThat(entry.entrySummaryDate()).isEqualTo(LocalDate.of(2025, 4, 18));
    assertThat(entry.dutyLines()).hasSize(2);
  }

  @Test
  void row_blankOptionalValues_entryHasNone() {
    Entry entry = only(read(REQUIRED + "|Entry Type Code|Importer Number|Importer Name"
        + "|Entry Date", "ABC12345676|99030125|10.00||||"));
    assertThat(Arrays.asList(entry.entryType(), entry.importerNumber(), entry.importerName(),
        entry.entryDate())).containsOnlyNulls();
  }

  @Test
  void row_blankEntryNumber_problem() {
    ValueWithProblems<List<Entry>> result = read(REQUIRED, " - |99030125|10.00", "ABC12345676|99030125|1");
    assertThat(problems(result)).contains(
        "es003.csv:2 [Entry Summary Number] ' - ': The entry number is blank");
    assertThat(counts(result)).containsExactly(2L, 1L, 1L);
  }

  @Test
  void row_invalidEntryNumber_entryThatTheEngineFlags() {
    ValueWithProblems<List<Entry>> result = read(REQUIRED + "|Liquidation Status",
        "abc-1234567-8|99030125|10.00|Unliquidated");
    Entry entry = only(result);
    assertThat(entry.entryNumberText()).isEqualTo("ABC12345678");
    assertThat(result.problems()).isEmpty();
    Assessment assessment = CapeEngine.standard().evaluate(entry, FRI_2026_05_15);
    assertThat(assessment.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    assertThat(assessment.reasons()).containsExactly(ReasonCode.INVALID_ENTRY_NUMBER);
  }

  @ParameterizedTest(name = "{0}: scientific={1} ({2})")
  @CsvSource(delimiter = '|', textBlock = """
      # cell        | scientific | note
      1.23457E+10   | true       | what Excel shows for 12345676543
      ' 1.2E+10 '   | true       | trimmed
      1E+10         | true       | no decimals
      1.2e-05       | true       | lower case, negative exponent
      12E45678901   | false      | a valid-looking filer code 12E, no sign: an entry
      ABC12345676   | false      | plain
      1.E+10        | false      | no decimal digits: not Excel's form
      1.2E+         | false      | no exponent digits
      .5E+10        | false      | no leading digit
      """)
  void row_entryNumberInScientificNotation_problem(String cell, boolean scientific,
      String note) {
    ValueWithProblems<List<Entry>> result = read(REQUIRED, cell + "|99030125|10.00");
    if (scientific) {
      assertThat(result.value()).as(note).isEmpty();
      assertThat(problems(result)).as(note).containsExactly("es003.csv:2 [Entry Summary Number] '"
          + cell + "': Entry number '" + cell.strip() + "' looks damaged by a spreadsheet: it is"
          + " in scientific notation, which keeps only the first digits; format the column as"
          + " Text and export again");
    } else {
      assertThat(result.value()).as(note).hasSize(1);
      assertThat(problems(result)).as(note).isEmpty();
    }
  }

  @Test
  void row_typedCells_damagedCellsReportedFirstNotParsedOtherCellsStillChecked() {
    Es003Intake intake = Es003Intake.create()
        .startFile(FILE, cells(REQUIRED + "|Entry Date"));
    // a workbook's number cell lost the entry number's leading zero; the duty cell is an error
    intake.row(7, List.of(Cell.of(CellKind.NUMBER, "1234567890", false),
        Cell.text("9903.01"), Cell.of(CellKind.ERROR, "#N/A", false), Cell.text("02/30/2026")));
    ValueWithProblems<List<Entry>> result = intake.result();
    assertThat(result.value()).isEmpty();
    // the two damaged cells first (column order), then the HTS and date the intake checks;
    // '#N/A' is not parsed, so it has no second problem
    assertThat(problems(result)).containsExactly(
        "es003.csv:7 [Entry Summary Number] '1234567890': Entry number 1234567890 looks damaged"
            + " by a spreadsheet: 10 digits, but an entry number has 11 characters; a number"
            + " cell drops leading zeros (format the column as Text and export again)",
        "es003.csv:7 [Line Tariff Duty Amount] '#N/A': The cell holds the spreadsheet error"
            + " #N/A, not a value",
        "es003.csv:7 [HTS Number - Full] '9903.01': HTS number must be 10 digits, or 8 digits"
            + " for a Chapter 99 heading, but was: '990301'",
        "es003.csv:7 [Entry Date] '02/30/2026': Date '02/30/2026' does not exist: month 2 of"
            + " 2026 has 28 days");
    assertThat(counts(result)).containsExactly(1L, 0L, 1L);
  }

  @Test
  void row_errorCellInImporterNumber_valueMasked() {
    Es003Intake intake = Es003Intake.create()
        .startFile(FILE, cells(REQUIRED + "|Importer Number"));
    intake.row(2, List.of(Cell.text("ABC12345676"), Cell.text("99030125"), Cell.text("10.00"),
        Cell.of(CellKind.ERROR, "#123456789", false)));
    assertThat(problems(intake.result())).containsExactly(
        "es003.csv:2 [Importer Number] '#*****6789': The cell holds the spreadsheet error"
            + " #123456789, not a value");
  }

  @Test
  void row_errorCellInAColumnTheRulesDoNotUse_ignoredRowUsed() {
    Es003Intake intake = Es003Intake.create()
        .startFile(FILE, cells(REQUIRED + "|Country of Origin Code"));
    intake.row(2, List.of(Cell.text("ABC12345676"), Cell.text("99030125"), Cell.text("10.00"),
        Cell.of(CellKind.ERROR, "#REF!", false)));
    ValueWithProblems<List<Entry>> result = intake.result();
    assertThat(problems(result)).isEmpty();
    assertThat(counts(result)).containsExactly(1L, 1L, 0L);
  }

  @Test
  void row_numberCellsInHtsAndEntryType_htsDamageReportedEntryTypeRead() {
    Es003Intake intake = Es003Intake.create()
        .startFile(FILE, cells(REQUIRED + "|Entry Type Code"));
    intake.row(2, List.of(Cell.text("ABC12345676"), Cell.of(CellKind.NUMBER, "101210000", false),
        Cell.of(CellKind.NUMBER, "10", false), Cell.of(CellKind.NUMBER, "1", false)));
    assertThat(problems(intake.result())).containsExactly(
        "es003.csv:2 [HTS Number - Full] '101210000': HTS number 101210000 looks damaged by a"
            + " spreadsheet: 9 digits, but an HTS number has 10 digits, or 8 for a Chapter 99"
            + " heading; a number cell drops leading zeros (format the column as Text and export"
            + " again)");
  }

  @Test
  void row_entryNumberLongerThan50_problemNotEntry() {
    String longText = "X".repeat(51);
    ValueWithProblems<List<Entry>> result = read(REQUIRED, longText + "|99030125|10.00");
    assertThat(result.value()).isEmpty();
    assertThat(problems(result)).containsExactly("es003.csv:2 [Entry Summary Number] '"
        + longText + "': The entry number is 51 characters long; an entry number has 11, so the"
        + " row is not read as an entry");
  }

  @Test
  void row_entryNumber50Characters_stillAnEntry() {
    assertThat(only(read(REQUIRED, "Y".repeat(50) + "|99030125|10.00")).entryNumberText())
        .hasSize(50);
  }

  @Test
  void row_badValues_oneProblemPerCellRowRejected() {
    ValueWithProblems<List<Entry>> result = read(REQUIRED + "|Entry Date|Entry Type Code",
        "ABC12345676|9903.01|FREE|02/30/2026|99");
    // The entry whose only row was rejected still comes, with the first problem of the row.
    assertThat(result.value()).singleElement().satisfies(e -> {
      assertThat(e.dutyLines()).isEmpty();
      assertThat(e.rejectedRows()).containsExactly("es003.csv line 2, HTS Number - Full '9903.01'");
      assertThat(e.rejectedRowCount()).isEqualTo(1);
    });
    assertThat(problems(result)).containsExactly(
        "es003.csv:2 [HTS Number - Full] '9903.01': HTS number must be 10 digits, or 8 digits"
            + " for a Chapter 99 heading, but was: '990301'",
        "es003.csv:2 [Line Tariff Duty Amount] 'FREE': Amount must be a number such as 1234.56,"
            + " $1,234.56, -12.00 or (12.00), but was: 'FREE'",
        "es003.csv:2 [Entry Type Code] '99': Unknown CBP entry type code: '99' (not in CATAIR"
            + " Appendix B)",
        "es003.csv:2 [Entry Date] '02/30/2026': Date '02/30/2026' does not exist: month 2 of"
            + " 2026 has 28 days");
    assertThat(counts(result)).containsExactly(1L, 0L, 1L);
  }

  @Test
  void row_badIndicatorAndSummaryStatus_problemsQuoteTheValue() {
    ValueWithProblems<List<Entry>> result = read(REQUIRED + "|Drawback Indicator|Entry Summary Status",
        "ABC12345676|99030125|10.00|maybe|Pending");
    assertThat(problems(result)).containsExactly(
        "es003.csv:2 [Drawback Indicator] 'maybe': Indicator must be Y, YES, TRUE, 1, N, NO,"
            + " FALSE, 0 or blank, but was: 'maybe'",
        "es003.csv:2 [Entry Summary Status] 'Pending': Entry summary status must be ACCEPTED (or"
            + " blank), CANCELLED or REJECTED, but was: 'Pending'");
  }

  @Test
  void row_bareNineDigitImporterNumber_ambiguousWarningMaskedRowUsedImporterUnknown() {
    ValueWithProblems<List<Entry>> result = read(REQUIRED + "|Importer Number",
        "ABC12345676|99030125|10.00|123456789");
    assertThat(problems(result)).containsExactly("es003.csv:2 [Importer Number] '*****6789':"
        + " Importer number '*****6789' is 9 digits without hyphens: an EIN without its suffix"
        + " or an SSN; write it as NN-NNNNNNN-XX (EIN with suffix) or NNN-NN-NNNN (SSN)");
    assertThat(String.join("", problems(result))).doesNotContain("123456789");
    assertThat(result.problems(Severity.WARNING)).hasSize(1);
    assertThat(result.problems(Severity.ERROR)).isEmpty();
    Entry entry = only(result);
    assertThat(entry.importerNumber()).isNull();
    assertThat(entry.rejectedRowCount()).isZero();
    assertThat(entry.dutyLines()).hasSize(1);
    assertThat(counts(result)).containsExactly(1L, 1L, 0L);
  }

  @Test
  void row_entryTypeDisagrees_rowIsAProblem() {
    ValueWithProblems<List<Entry>> result = read(REQUIRED + "|Entry Type Code",
        "ABC12345676|99030125|10.00|01",
        "SYN10000012|99030125|10.00|01",
        "ABC12345676|3923900080|5.00|1",
        "ABC12345676|3923900080|7.00|02");
    assertThat(problems(result)).contains("es003.csv:5 [Entry Type Code] '02': Entry Type Code"
        + " '02' disagrees with '01' on line 2 for entry ABC12345676; the row is not used, and the"
        + " entry's Entry Type Code is left unknown");
    Entry abc = result.value().get(0);
    // Which row came first must not decide the type: it is unknown, so the entry needs review.
    assertThat(abc.entryType()).isNull();
    assertThat(abc.missingFacts()).contains(EntryFact.ENTRY_TYPE);
    // Line 4's "1" is the same type as "01"; line 5 adds nothing.
    assertThat(abc.dutyLines()).extracting(DutyLine::duty)
        .containsExactly(new BigDecimal("10.00"), new BigDecimal("5.00"));
    assertThat(counts(result)).containsExactly(4L, 3L, 1L);
  }

  @Test
  void row_ssnImporterDisagrees_bothMasked() {
    ValueWithProblems<List<Entry>> result = read(REQUIRED + "|Importer Number",
        "ABC12345676|99030125|10.00|123-45-6789",
        "ABC12345676|99030125|10.00|987-65-4321");
    assertThat(problems(result)).containsExactly("es003.csv:3 [Importer Number] '***-**-4321':"
        + " Importer Number '***-**-4321' disagrees with '***-**-6789' on line 2 for entry"
        + " ABC12345676; the row is not used, and the entry's Importer Number is left unknown");
    assertThat(only(result).importerNumber()).isNull();
  }

  @Test
  void row_blankAgainstValue_disagrees() {
    ValueWithProblems<List<Entry>> result = read(REQUIRED + "|Liquidation Date",
        "ABC12345676|99030125|10.00|04/24/2026",
        "ABC12345676|99030125|10.00|");
    assertThat(problems(result)).containsExactly("es003.csv:3 [Liquidation Date] '':"
        + " Liquidation Date '' disagrees with '04/24/2026' on line 2 for entry ABC12345676; the"
        + " row is not used, and the entry's Liquidation Date is left unknown");
  }

  @Test
  void row_sameLineAndOrdinalTwice_exactRepeatUsedOnceNoProblem() {
    ValueWithProblems<List<Entry>> result = read(REQUIRED + "|Entry Summary Line Number|Tariff Ordinal Number",
        "ABC12345676|99030125|10.00|1|1",
        "ABC12345676|3923900080|5.00|1|2",
        "ABC12345676|99030125|10.00|001|1");
    // an overlapping export's copy: used once, counted as repeated, no problem, entry unharmed
    assertThat(problems(result)).isEmpty();
    assertThat(IeepaHeadings.standard().ieepaDuty(only(result).dutyLines())).isEqualByComparingTo("10.00");
    assertThat(counts(result)).containsExactly(3L, 2L, 0L);
    assertThat(Objects.requireNonNull(result.rowAccounting()).rowsRepeated()).isEqualTo(1);
    assertThat(only(result).rejectedRowCount()).isZero();
  }

  @Test
  void row_sameLineAndOrdinalOtherDuty_problemAndTheEntryKnows() {
    ValueWithProblems<List<Entry>> result = read(REQUIRED + "|Entry Summary Line Number|Tariff Ordinal Number",
        "ABC12345676|99030125|10.00|1|1",
        "ABC12345676|99030125|12.00|1|1");
    assertThat(problems(result)).containsExactly("es003.csv:3 [Tariff Ordinal Number] '1':"
        + " Entry ABC12345676 line '1' ordinal '1' (9903.01.25 12.00) disagrees with the row of"
        + " the same line and ordinal read on line 2 (9903.01.25 10.00); the row is not used:"
        + " pass only the latest export, or correct the row");
    assertThat(counts(result)).containsExactly(2L, 1L, 1L);
    assertThat(only(result).rejectedRowCount()).isEqualTo(1);
  }

  @ParameterizedTest(name = "line {0} ordinal {1} then line {2} ordinal {3}: repeat {4}")
  @CsvSource({
      // Numbers of up to 9 significant digits: equal after leading zeros and white space.
      "1,          1,    001,        ' 1 ', true",
      "1,          2,    1,          3,     false",
      "0,          0,    000,        00,    true",
      "999999999,  1,    0999999999, 1,     true",
      // Text, and numbers of 10 or more digits: keyed by their text.
      "1A,         1,    1A,         1,     true",
      "1A,         1,    1a,         1,     false",
      "1234567890, 1,    01234567890, 1,    true",
      "1234567890, 1,    1234567891, 1,     false",
      "1,          X,    1,          1,     false",
  })
  void row_lineKeyForms_repeatExactlyWhenTextsEqualWithoutLeadingZeros(String line1,
      String ordinal1, String line2, String ordinal2, boolean repeat) {
    ValueWithProblems<List<Entry>> result = read(REQUIRED + "|Entry Summary Line Number|Tariff Ordinal Number",
        "ABC12345676|99030125|10.00|" + line1 + "|" + ordinal1,
        "ABC12345676|99030125|10.00|" + line2 + "|" + ordinal2);
    assertThat(counts(result)).containsExactly(2L, repeat ? 1L : 2L, 0L);
    assertThat(Objects.requireNonNull(result.rowAccounting()).rowsRepeated())
        .isEqualTo(repeat ? 1 : 0);
  }

  @Test
  void row_repeatAfterManyLines_stillFound() {
    // 40 distinct lines (past the 32 kept in an array), then lines 3 and 38 again.
    String header = REQUIRED + "|Entry Summary Line Number|Tariff Ordinal Number";
    String[] rows = new String[42];
    for (int i = 0; i < 40; i++) {
      rows[i] = "ABC12345676|99030125|1.00|" + (i + 1) + "|1";
    }
    rows[40] = "ABC12345676|99030125|1.00|3|1";
    rows[41] = "ABC12345676|99030125|1.00|38|1";
    ValueWithProblems<List<Entry>> result = read(header, rows);
    assertThat(problems(result)).isEmpty();
    assertThat(Objects.requireNonNull(result.rowAccounting()).rowsRepeated()).isEqualTo(2);
    // 40 lines of 1.00 each: 40.00
    assertThat(IeepaHeadings.standard().ieepaDuty(only(result).dutyLines())).isEqualByComparingTo("40.00");
  }

  @Test
  void row_fewerCellsThanHeader_problem() {
    ValueWithProblems<List<Entry>> result = read(REQUIRED + "|Entry Type Code", "ABC12345676|99030125|10.00");
    assertThat(problems(result)).contains(
        "es003.csv:2 'ABC12345676,99030125,10.00': The row has 3 cells, but the header has 4");
    assertThat(counts(result)).containsExactly(1L, 0L, 1L);
  }

  @Test
  void row_extraNonBlankCell_problemButTrailingBlankCellsAccepted() {
    ValueWithProblems<List<Entry>> result = read(REQUIRED,
        "ABC12345676|99030125|10.00||",
        "SYN10000012|99030125|10.00|oops");
    assertThat(problems(result)).contains("es003.csv:3 'oops': The row has 4 cells, but the"
        + " header has 3; cell 4 is 'oops'");
    assertThat(result.value()).extracting(Entry::entryNumberText)
        .containsExactly("ABC12345676", "SYN10000012");
    assertThat(result.value().get(1).rejectedRows()).containsExactly("es003.csv line 3: The row"
        + " has 4 cells, but the header has 3; cell 4 is 'oops'");
    assertThat(counts(result)).containsExactly(2L, 1L, 1L);
  }

  @Test
  void row_allCellsBlank_notARow() {
    ValueWithProblems<List<Entry>> result = read(REQUIRED + "|Liquidation Status", "| | |",
        "ABC12345676|99030125|10.00|Open");
    assertThat(result.problems()).isEmpty();
    assertThat(counts(result)).containsExactly(1L, 1L, 0L);
  }

  @Test
  void unreadableRow_countedAndRejected() {
    ValueWithProblems<List<Entry>> result = Es003Intake.create()
        .startFile(FILE, cells(REQUIRED + "|Liquidation Status"))
        .unreadableRow(7, "The CSV record could not be read")
        .result();
    assertThat(problems(result)).containsExactly("es003.csv:7: The CSV record could not be read");
    assertThat(counts(result)).containsExactly(1L, 0L, 1L);
  }

  @Test
  void result_headerOnly_noEntriesOneProblem() {
    ValueWithProblems<List<Entry>> result = read(REQUIRED + "|Liquidation Date");
    assertThat(result.value()).isEmpty();
    assertThat(problems(result)).containsExactly("es003.csv:0: The file has a header but no rows");
  }

  @Test
  void startFile_missingRequiredColumn_exceptionNamesFileAndColumn() {
    assertThatExceptionOfType(CapeInputException.class)
        .isThrownBy(() -> Es003Intake.create()
            .startFile(FILE, cells("Entry Summary Number|Line Tariff Duty Amount")))
        .withMessage("ES-003 file 'es003.csv' has no column 'HTS Number - Full' (required); the"
            + " header row has 2 columns: 'Entry Summary Number', 'Line Tariff Duty Amount'");
  }

  @Test
  void row_beforeStartFile_illegalState() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Es003Intake.create().textRow(2, cells("a|b|c")))
        .withMessage("No file started: call startFile before adding rows");
  }

  @Test
  void result_twice_illegalState() {
    Es003Intake intake = Es003Intake.create().startFile(FILE, cells(REQUIRED));
    intake.result();
    assertThatIllegalStateException().isThrownBy(intake::result)
        .withMessage("The intake's result() was already called");
  }

  @Test
  void startFile_twoFiles_entriesMergedAndDisagreementNamesTheOtherFile() {
    ValueWithProblems<List<Entry>> result = Es003Intake.create()
        .startFile("a.csv", cells(REQUIRED + "|Importer Number|Liquidation Status"))
        .textRow(2, cells("ABC12345676|99030125|10.00|12-3456789A1|Open"))
        .startFile("b.csv", cells(REQUIRED + "|Importer Number"))
        .textRow(2, cells("ABC12345676|3923900080|4.00|12-3456789A1"))
        .textRow(3, cells("ABC12345676|3923900080|6.00|98-7654321"))
        .result();
    assertThat(allProblems(result)).containsExactly(
        "b.csv:0: " + Es003Header.LIQUIDATION_COLUMNS_ABSENT_MESSAGE,
        "b.csv:3 [Importer Number] '98-7654321': Importer Number '98-7654321' disagrees with"
            + " '12-3456789A1' on line 2 of a.csv for entry ABC12345676; the row is not used, and"
            + " the entry's Importer Number is left unknown. The two exports do not both say when"
            + " they were run (a run date in their title rows): pass only the latest export");
    Entry entry = only(result);
    assertThat(entry.importerNumber()).isNull();
    // The liquidation status comes from a.csv; b.csv has no such column and changes nothing.
    assertThat(entry.liquidationStatus()).isEqualTo(LiquidationStatus.UNLIQUIDATED);
    assertThat(entry.dutyLines()).hasSize(2);
    assertThat(counts(result)).containsExactly(3L, 2L, 1L);
  }
}
