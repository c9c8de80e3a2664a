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
package org.caperules.examples.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caperules.examples.intake.Workbooks.row;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryFact;
import org.caperules.core.EntryType;
import org.caperules.core.HtsNumber;
import org.caperules.core.ImporterNumber;
import org.caperules.core.result.Problem;
import org.caperules.core.result.ProblemCode;
import org.caperules.core.result.RowAccounting;
import org.caperules.core.result.Severity;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.screening.Es003Files;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shapes real ES-003 exports come in (docs/formats.md#what-the-reader-accepts), each built by
 * hand twice: as the CSV text a report tool or Excel writes, and as a typed workbook (numbers as
 * numbers, dates as dates). Both files are read through {@link Es003Files}, that is through the
 * one intake, and each test asserts the same result of both.
 */
class ReadShapesTest {

  private static final DateTimeFormatter US =
      DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  /** The same rows as a CSV file and as a workbook; returns both reads, CSV first. */
  private List<ValueWithProblems<List<Entry>>> readBoth(String name,
      List<List<@Nullable Object>> rows) throws IOException {
    Path csv = Files.writeString(dir.resolve(name + ".csv"), csv(rows), StandardCharsets.UTF_8);
    Map<String, List<List<@Nullable Object>>> sheets = Workbooks.sheets();
    sheets.put("Main Report", rows);
    Path xlsx = Workbooks.write(dir.resolve(name + ".xlsx"), sheets);
    return List.of(Es003Files.readAll(List.of(csv)), Es003Files.readAll(List.of(xlsx)));
  }

  /** CSV text as Excel saves it: numbers plain, dates MM/DD/YYYY, quotes where needed. */
  private static String csv(List<List<@Nullable Object>> rows) {
    StringBuilder out = new StringBuilder();
    for (List<@Nullable Object> row : rows) {
      List<String> cells = new ArrayList<>();
      for (Object cell : row) {
        String text = cell == null ? ""
            : cell instanceof LocalDate date ? US.format(date)
            : cell instanceof BigDecimal number ? number.toPlainString()
            : cell.toString();
        cells.add(text.contains(",") || text.contains("\"")
            ? "\"" + text.replace("\"", "\"\"") + "\"" : text);
      }
      out.append(String.join(",", cells)).append("\r\n");
    }
    return out.toString();
  }

  private static RowAccounting rows(ValueWithProblems<?> result) {
    return Objects.requireNonNull(result.rowAccounting(), "rowAccounting");
  }

  private static List<String> notices(ValueWithProblems<?> result, ProblemCode code) {
    return result.problems().stream().filter(p -> p.code() == code)
        .map(Problem::message).toList();
  }

  private static List<String> errors(ValueWithProblems<?> result) {
    return result.problems(Severity.ERROR).stream().map(Problem::message).toList();
  }

  private static Entry entry(ValueWithProblems<List<Entry>> result, String number) {
    return result.value().stream().filter(e -> e.entryNumberText().equals(number)).findFirst()
        .orElseThrow(() -> new AssertionError("no entry " + number + " in " + result.value()));
  }

  @Test
  void titleRowsAboveTheHeader_skippedWithANoticeNamingTheirLines() throws IOException {
    for (ValueWithProblems<List<Entry>> read : readBoth("titled", List.of(
        row("ES-003 Entry Summary Line Tariff Details"),
        row("Run Date: 03/02/2026", null, "Prompts: Entry Summary Date 01/01/2026 - 02/28/2026"),
        row("Entry Summary Number", "HTS Number - Full", "Line Tariff Duty Amount"),
        row("SYN10000012", "99030125", new BigDecimal("850.00")),
        row("SYN10000012", "3923900080", new BigDecimal("300.00"))))) {
      assertThat(read.value()).extracting(Entry::entryNumberText).containsExactly("SYN10000012");
      assertThat(read.value().get(0).dutyLines()).hasSize(2);
      // a workbook's notice also names the sheet
      assertThat(notices(read, ProblemCode.TITLE_ROWS_SKIPPED)).singleElement().asString()
          .startsWith("Skipped 2 title rows above the header row (lines 1-2)");
      assertThat(errors(read)).isEmpty();
      // 2 title rows skipped + 2 data rows used
      assertThat(rows(read)).isEqualTo(RowAccounting.of(4, 2, 0, 2, 0));
    }
  }

  @Test
  void footerRows_skippedAndCountedNotEntries() throws IOException {
    for (ValueWithProblems<List<Entry>> read : readBoth("footed", List.of(
        row("Entry Summary Number", "HTS Number - Full", "Line Tariff Duty Amount"),
        row("SYN10000012", "99030125", new BigDecimal("850.00")),
        row("SYN10000020", "99030125", new BigDecimal("3050.00")),
        row(null, "Sum:", new BigDecimal("3900.00")),
        row("Grand Total", null, new BigDecimal("3900.00"))))) {
      assertThat(read.value()).extracting(Entry::entryNumberText)
          .containsExactly("SYN10000012", "SYN10000020");
      assertThat(notices(read, ProblemCode.FOOTER_ROWS_SKIPPED)).singleElement().asString()
          .startsWith("Skipped 2 footer rows (totals under the data, lines 4 to 5)");
      assertThat(errors(read)).isEmpty();
      // 2 data rows used + 2 footer rows skipped
      assertThat(rows(read)).isEqualTo(RowAccounting.of(4, 2, 0, 2, 0));
    }
  }

  /** BusinessObjects' "hide duplicates": the entry-level cells only on an entry's first row. */
  private static List<List<@Nullable Object>> hiddenDuplicates() {
    List<@Nullable Object> header = row("Entry Summary Number", "Entry Summary Line Number",
        "Tariff Ordinal Number", "Entry Type Code", "Entry Date", "HTS Number - Full",
        "Line Tariff Duty Amount");
    LocalDate date = LocalDate.of(2025, 4, 8);
    return List.of(header,
        row("SYN10000012", 1, 1, "01", date, "3923900080", new BigDecimal("0.00")),
        row(null, 1, 2, null, null, "99030125", new BigDecimal("3900.00")),
        row(null, 2, 1, null, null, "3923900080", new BigDecimal("12.00")),
        row("SYN10000020", 1, 1, "01", date, "3923900080", new BigDecimal("5.00")),
        // re-sorted: line 1 ordinal 1 again does not continue SYN10000020 (line 1, ordinal 1)
        row(null, 1, 1, null, null, "99030125", new BigDecimal("77.00")));
  }

  @Test
  void hideDuplicates_rowsContinuingTheSequenceTakeTheEntrysValues_othersAreProblems()
      throws IOException {
    for (ValueWithProblems<List<Entry>> read : readBoth("hidden", hiddenDuplicates())) {
      Entry first = entry(read, "SYN10000012");
      // the $3,900 IEEPA line on a continuation row belongs to its entry
      assertThat(first.dutyLines()).containsExactly(
          DutyLine.of(HtsNumber.of("3923900080"), new BigDecimal("0.00")),
          DutyLine.of(HtsNumber.of("99030125"), new BigDecimal("3900.00")),
          DutyLine.of(HtsNumber.of("3923900080"), new BigDecimal("12.00")));
      assertThat(first.entryType()).isEqualTo(EntryType.TYPE_01);
      assertThat(first.rejectedRowCount()).isZero();
      assertThat(entry(read, "SYN10000020").dutyLines()).hasSize(1);
      assertThat(notices(read, ProblemCode.ROWS_FILLED)).singleElement().asString()
          .startsWith("Filled 2 rows whose entry number and entry-level cells were blank (a"
              + " \"hide duplicates\" layout) from the entry whose rows they continue (lines 3"
              + " to 4)");
      assertThat(errors(read)).containsExactly("The entry number is blank");
      assertThat(rows(read)).isEqualTo(RowAccounting.of(5, 4, 1));
    }
  }

  @Test
  void excelTextWrapper_unwrappedInEveryCell() throws IOException {
    for (ValueWithProblems<List<Entry>> read : readBoth("wrapped", List.of(
        row("Entry Summary Number", "HTS Number - Full", "Line Tariff Duty Amount",
            "Entry Type Code", "Importer Number"),
        row("=\"SYN10000012\"", "=\"99030125\"", "=\"850.00\"", "=\"01\"",
            "=\"12-3456789A1\"")))) {
      Entry entry = entry(read, "SYN10000012");
      assertThat(entry.dutyLines()).containsExactly(
          DutyLine.of(HtsNumber.of("99030125"), new BigDecimal("850.00")));
      assertThat(entry.entryType()).isEqualTo(EntryType.TYPE_01);
      assertThat(entry.importerNumber()).isEqualTo(ImporterNumber.of("12-3456789A1"));
      assertThat(errors(read)).isEmpty();
    }
  }

  @Test
  void importerNumbers_normalisedByPunctuationOnly_ambiguousOnesUnreadableAndMasked()
      throws IOException {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    rows.add(row("Entry Summary Number", "HTS Number - Full", "Line Tariff Duty Amount",
        "Importer Number"));
    rows.add(row("SYN10000012", "99030125", "1.00", "12-3456789-00"));
    rows.add(row("SYN10000020", "99030125", "1.00", "123456789-00"));
    rows.add(row("SYN10000046", "99030125", "1.00", "12345678900"));
    rows.add(row("SYN10000061", "99030125", "1.00", "12-3456789"));
    rows.add(row("ABC12345676", "99030125", "1.00", "123456789"));
    rows.add(row("ABC12345684", "99030125", "1.00", "12-345"));
    for (ValueWithProblems<List<Entry>> read : readBoth("importers", rows)) {
      ImporterNumber withSuffix = ImporterNumber.of("12-345678900");
      assertThat(entry(read, "SYN10000012").importerNumber()).isEqualTo(withSuffix);
      assertThat(entry(read, "SYN10000020").importerNumber()).isEqualTo(withSuffix);
      assertThat(entry(read, "SYN10000046").importerNumber()).isEqualTo(withSuffix);
      // no suffix is another importer of record: never made equal by adding or dropping one
      assertThat(entry(read, "SYN10000061").importerNumber())
          .isEqualTo(ImporterNumber.of("12-3456789")).isNotEqualTo(withSuffix);
      // unreadable: the row is used, the importer unknown, a warning that masks the number
      assertThat(entry(read, "ABC12345676").importerNumber()).isNull();
      assertThat(entry(read, "ABC12345676").dutyLines()).hasSize(1);
      assertThat(entry(read, "ABC12345684").importerNumber()).isNull();
      assertThat(read.problems(Severity.WARNING)).extracting(p -> p.code() + " " + p.value())
          .containsExactly("BAD_IMPORTER_NUMBER *****6789", "BAD_IMPORTER_NUMBER 12-345");
      assertThat(read.problems().toString()).doesNotContain("123456789");
      assertThat(rows(read)).isEqualTo(RowAccounting.of(6, 6, 0));
    }
  }

  @Test
  void entryTypesAsPrinted_andAccountingZero() throws IOException {
    for (ValueWithProblems<List<Entry>> read : readBoth("types", List.of(
        row("Entry Summary Number", "HTS Number - Full", "Line Tariff Duty Amount",
            "Entry Type Code"),
        row("SYN10000012", "99030125", " $-   ", new BigDecimal("1.0")),
        row("SYN10000020", "99030125", "1.00", "01 - Consumption"),
        row("SYN10000046", "99030125", "1.00", 1),
        row("SYN10000061", "99030125", "1.00", "11 - Informal")))) {
      assertThat(read.value()).extracting(Entry::entryType).containsExactly(EntryType.TYPE_01,
          EntryType.TYPE_01, EntryType.TYPE_01, EntryType.of("11"));
      assertThat(entry(read, "SYN10000012").dutyLines()).containsExactly(
          DutyLine.of(HtsNumber.of("99030125"), new BigDecimal("0.00")));
      assertThat(errors(read)).isEmpty();
    }
  }

  @Test
  void aceReconciliationColumns_typeNineFiledSignal() throws IOException {
    for (ValueWithProblems<List<Entry>> read : readBoth("recon", List.of(
        row("Entry Summary Number", "HTS Number - Full", "Line Tariff Duty Amount",
            "Reconciliation Indicator", "Reconciliation (Other) Entry Summary Number",
            "Reconciliation (Other) Status"),
        row("SYN10000012", "99030125", "1.00", "Y", "ABC09876541", "Accepted"),
        row("SYN10000020", "99030125", "1.00", "Y", null, null)))) {
      assertThat(entry(read, "SYN10000012").reconciliationEntryFiled()).isTrue();
      assertThat(entry(read, "SYN10000020").reconciliationEntryFiled()).isFalse();
      // the file says whether a type 09 was filed: that check is not "not checked"
      assertThat(entry(read, "SYN10000020").missingFacts())
          .doesNotContain(EntryFact.RECONCILIATION_ENTRY_FILED);
      assertThat(errors(read)).isEmpty();
    }
  }
}
