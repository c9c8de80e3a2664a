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
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryNumber;
import org.caperules.core.EntryType;
import org.caperules.core.HtsNumber;
import org.caperules.core.IeepaHeadings;
import org.caperules.core.ImporterNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.ProtestStatus;
import org.caperules.core.result.Problem;
import org.caperules.core.result.RowAccounting;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.CapeCsv;
import org.caperules.csv.CapeCsvException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

class Es003ReaderTest {

  /** The row accounting of a read, which every reader gives. */
  private static RowAccounting rows(ValueWithProblems<?> result) {
    return Objects.requireNonNull(result.rowAccounting(), "rowAccounting");
  }

  private static final Path SAMPLES = Path.of("src/test/resources/es003-samples");
  private static final String HEADER =
      "Entry Summary Number,HTS Number - Full,Line Tariff Duty Amount,Liquidation Status\r\n";

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static List<String> problems(ValueWithProblems<List<Entry>> result) {
    return result.problems().stream().map(Problem::toString).toList();
  }

  private static List<Long> counts(ValueWithProblems<List<Entry>> result) {
    return List.of(rows(result).rowsRead(), rows(result).rowsUsed(), rows(result).rowsRejected());
  }

  private static Entry entry(ValueWithProblems<List<Entry>> result, String number) {
    return result.value().stream().filter(e -> e.entryNumberText().equals(number)).findFirst()
        .orElseThrow(() -> new AssertionError("no entry " + number));
  }

  @Test
  void read_realisticExportShuffledColumns_everyEntryNoProblems() {
    ValueWithProblems<List<Entry>> result = CapeCsv.es003Reader().read(SAMPLES.resolve("realistic.csv"));
    assertThat(result.problems()).isEmpty();
    assertThat(counts(result)).containsExactly(10L, 10L, 0L);
    // Order of first rows: lines 2, 3, 5, 6, 8, 9, 10.
    assertThat(result.value()).extracting(Entry::entryNumberText).containsExactly(
        "SYN10000012", "SYN10000020", "SYN10000038", "SYN10000046", "SYN10000053",
        "SYN10000061", "ABC12345678");

    Entry e1 = entry(result, "SYN10000012");  // lines 2, 4 and 7, not adjacent
    assertThat(e1.dutyLines()).containsExactly(
        DutyLine.of(HtsNumber.of("99030125"), new BigDecimal("1000.00")),
        DutyLine.of(HtsNumber.of("3923900080"), new BigDecimal("300.00")),
        DutyLine.of(HtsNumber.of("99030125"), new BigDecimal("2000.50")));
    // 1000.00 + 2000.50 on 9903.01.25; the 3923.90.0080 line is not IEEPA.
    assertThat(IeepaHeadings.standard().ieepaDuty(e1.dutyLines())).isEqualByComparingTo("3000.50");
    assertThat(e1.importerNumber()).isEqualTo(ImporterNumber.of("12-3456789A1"));
    assertThat(e1.importerName()).isEqualTo("Acme Synthetic Imports, Inc.");
    assertThat(e1.entryType()).isEqualTo(EntryType.TYPE_01);
    assertThat(e1.entryDate()).isEqualTo(LocalDate.of(2025, 12, 1));
    assertThat(e1.entrySummaryDate()).isEqualTo(LocalDate.of(2025, 12, 11));
    assertThat(e1.liquidationStatus()).isEqualTo(LiquidationStatus.UNLIQUIDATED);
    assertThat(e1.filedInAce()).isTrue();

    Entry e2 = entry(result, "SYN10000020");
    assertThat(e2.liquidationStatus()).isEqualTo(LiquidationStatus.LIQUIDATED);
    assertThat(e2.liquidationDate()).isEqualTo(LocalDate.of(2026, 4, 24));
    assertThat(e2.protestStatus()).isEqualTo(ProtestStatus.OPEN);
    assertThat(e2.dutyLines()).hasSize(2);

    assertThat(entry(result, "SYN10000038").entryType()).isEqualTo(EntryType.TYPE_47);
    Entry e4 = entry(result, "SYN10000046");  // blank status, liquidation date 04/01/2026
    assertThat(e4.liquidationStatus()).isEqualTo(LiquidationStatus.LIQUIDATED);
    assertThat(e4.liquidationDate()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(entry(result, "SYN10000053").importerNumber())
        .isEqualTo(ImporterNumber.of("123-45-6789"));
    assertThat(entry(result, "SYN10000061").liquidationStatus()).isNull();
    assertThat(entry(result, "ABC12345678").validEntryNumber()).isNull();
  }

  @Test
  void read_aceDefaultLayout_noticeOnceAndNoStatus() {
    ValueWithProblems<List<Entry>> result = Es003Reader.builder().read(SAMPLES.resolve("ace-default-layout.csv"));
    assertThat(problems(result)).containsExactly("ace-default-layout.csv:0: The file has neither"
        + " a 'Liquidation Status' nor a 'Liquidation Date' column (ACE's default ES-003 layout);"
        + " every entry's liquidation status is unknown: add Liquidation Status and Liquidation"
        + " Date to the report");
    assertThat(counts(result)).containsExactly(2L, 2L, 0L);
    assertThat(result.value()).hasSize(1);
    Entry entry = result.value().get(0);
    assertThat(entry.entryNumberText()).isEqualTo("BII05992854");
    assertThat(entry.liquidationStatus()).isNull();
    // A published ES-003 example: ordinal 1 99030128 $850.00, ordinal 2 3923900080 $300.00.
    assertThat(entry.dutyLines()).containsExactly(
        DutyLine.of(HtsNumber.of("99030128"), new BigDecimal("850.00")),
        DutyLine.of(HtsNumber.of("3923900080"), new BigDecimal("300.00")));
  }

  @Test
  void read_excelDamaged_bomCrlfDollarsParenthesesShortDatesLowerCase() {
    ValueWithProblems<List<Entry>> result = CapeCsv.es003Reader().read(SAMPLES.resolve("excel-damaged.csv"));
    assertThat(result.problems()).isEmpty();
    assertThat(counts(result)).containsExactly(3L, 3L, 0L);
    assertThat(result.value()).extracting(Entry::entryNumberText)
        .containsExactly("SYN10000012", "SYN10000020");
    Entry first = result.value().get(0);
    assertThat(first.dutyLines()).containsExactly(
        DutyLine.of(HtsNumber.of("99030125"), new BigDecimal("1234.56")),
        DutyLine.of(HtsNumber.of("3923900080"), new BigDecimal("-12.00")));
    assertThat(first.entryType()).isEqualTo(EntryType.TYPE_01);
    assertThat(first.entryDate()).isEqualTo(LocalDate.of(2025, 4, 8));
    assertThat(first.importerNumber()).isEqualTo(ImporterNumber.of("12-3456789A1"));
    assertThat(first.liquidationStatus()).isEqualTo(LiquidationStatus.UNLIQUIDATED);
    Entry second = result.value().get(1);
    assertThat(second.dutyLines()).containsExactly(
        DutyLine.of(HtsNumber.of("99030128"), new BigDecimal("-0.50")));
    assertThat(second.importerNumber()).isEqualTo(ImporterNumber.of("12-3456789A1"));
    assertThat(second.liquidationStatus()).isEqualTo(LiquidationStatus.LIQUIDATED);
    assertThat(second.liquidationDate()).isEqualTo(LocalDate.of(2026, 4, 24));
  }

  @Test
  void read_lfAndQuotedFieldWithLineBreak_lineIsWhereTheRecordStarts() throws IOException {
    Path file = write("lf.csv", "Entry Summary Number,HTS Number - Full,Line Tariff Duty Amount,"
        + "Importer Name,Liquidation Date\n"
        + "ABC12345676,99030125,1.00,\"Acme\nSynthetic\",\n"
        + "ABC12345676,99030125,x,\"Acme\nSynthetic\",\n");
    ValueWithProblems<List<Entry>> result = CapeCsv.es003Reader().read(file);
    assertThat(result.value().get(0).importerName()).isEqualTo("Acme\nSynthetic");
    assertThat(problems(result)).containsExactly("lf.csv:4 [Line Tariff Duty Amount] 'x': Amount"
        + " must be a number such as 1234.56, $1,234.56, -12.00 or (12.00), but was: 'x'");
  }

  @Test
  void read_unbalancedQuote_problemAndReadingGoesOn() throws IOException {
    Path file = write("quote.csv", HEADER
        + "ABC12345676,99030125,10.00,Open\r\n"
        + "\"SYN10000012,99030125,20.00,Open\r\n"
        + "SYN10000020,99030125,30.00,Open\r\n");
    ValueWithProblems<List<Entry>> result = CapeCsv.es003Reader().read(file);
    assertThat(result.value()).extracting(Entry::entryNumberText)
        .containsExactly("ABC12345676", "SYN10000020");
    // FastCSV's own words in parentheses.
    assertThat(problems(result)).containsExactly("quote.csv:3: The CSV record could not be read"
        + " (Unclosed quoted field at end of input (record starting at line 3)); reading goes on"
        + " at the next line");
    assertThat(counts(result)).containsExactly(3L, 2L, 1L);
  }

  @Test
  void readReader_unbalancedQuote_stopsWithAProblemNoException() {
    String text = HEADER + "ABC12345676,99030125,10.00,Open\r\n\"SYN10000012,9903\r\nX,1,2,3\r\n";
    ValueWithProblems<List<Entry>> result = CapeCsv.es003Reader().read(new StringReader(text), "pasted.csv");
    assertThat(result.value()).extracting(Entry::entryNumberText).containsExactly("ABC12345676");
    assertThat(problems(result)).hasSize(2);
    assertThat(problems(result).get(0)).isEqualTo("pasted.csv:3: The CSV record could not be"
        + " read (Unclosed quoted field at end of input (record starting at line 3)); reading goes"
        + " on at the next line");
    assertThat(problems(result).get(1)).isEqualTo("pasted.csv:3: The file could not be read"
        + " after line 3: a Reader cannot be read twice; read the file by its path to go on after"
        + " an unreadable record");
    assertThat(rows(result).rowsRead()).isEqualTo(rows(result).rowsUsed() + rows(result).rowsRejected());
  }

  @Test
  void read_wrongColumnCounts_problemsNotExceptions() throws IOException {
    Path file = write("counts.csv", HEADER
        + "ABC12345676,99030125\r\n"
        + "SYN10000012,99030125,20.00,Open,surplus\r\n"
        + "SYN10000020,99030125,30.00,Open,,\r\n");
    ValueWithProblems<List<Entry>> result = CapeCsv.es003Reader().read(file);
    assertThat(problems(result)).containsExactly(
        "counts.csv:2 'ABC12345676,99030125': The row has 2 cells, but the header has 4",
        "counts.csv:3 'surplus': The row has 5 cells, but the header has 4; cell 5 is 'surplus'");
    // Both rejected rows carry a valid entry number: their entries come, knowing it.
    assertThat(result.value()).extracting(Entry::entryNumberText)
        .containsExactly("ABC12345676", "SYN10000012", "SYN10000020");
    assertThat(result.value()).extracting(Entry::rejectedRowCount).containsExactly(1L, 1L, 0L);
    assertThat(counts(result)).containsExactly(3L, 1L, 2L);
  }

  @Test
  void read_binaryGarbageRows_problemsOrEntriesEveryRowCounted() throws IOException {
    byte[] head = HEADER.getBytes(StandardCharsets.UTF_8);
    byte[] garbage = {0x00, 0x01, (byte) 0xFF, ',', (byte) 0xC3, 0x28, ',', 0x7F, '\r', '\n',
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n'};
    byte[] bytes = new byte[head.length + garbage.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    System.arraycopy(garbage, 0, bytes, head.length, garbage.length);
    Path file = Files.write(dir.resolve("garbage.csv"), bytes);
    ValueWithProblems<List<Entry>> result = CapeCsv.es003Reader().read(file);
    assertThat(result.value()).isEmpty();
    // Line 2 has 3 cells, line 3 has 1: both too short for the 4-column header.
    assertThat(result.problems()).extracting(p -> p.position().line()).containsExactly(2L, 3L);
    assertThat(result.problems().get(0).message())
        .isEqualTo("The row has 3 cells, but the header has 4");
    assertThat(counts(result)).containsExactly(2L, 0L, 2L);
  }

  @Test
  void read_50000CharacterField_valueCutTo200InProblem() throws IOException {
    String huge = "9".repeat(50_000);
    Path file = write("huge.csv", HEADER + "ABC12345676," + huge + ",10.00,Open\r\n");
    ValueWithProblems<List<Entry>> result = CapeCsv.es003Reader().read(file);
    assertThat(result.problems()).hasSize(1);
    Problem problem = result.problems().get(0);
    assertThat(problem.value()).isEqualTo("9".repeat(200) + "\u2026");
    assertThat(problem.message()).isEqualTo("HTS number must be 10 digits, or 8 digits for a"
        + " Chapter 99 heading, but was: '" + "9".repeat(200) + "\u2026'");
    assertThat(counts(result)).containsExactly(1L, 0L, 1L);
  }

  @Test
  void read_headerOnly_zeroEntriesOneProblem() throws IOException {
    ValueWithProblems<List<Entry>> result = CapeCsv.es003Reader().read(write("header.csv", HEADER));
    assertThat(result.value()).isEmpty();
    assertThat(problems(result))
        .containsExactly("header.csv:0: The file has a header but no rows");
    assertThat(counts(result)).containsExactly(0L, 0L, 0L);
  }

  @Test
  void read_emptyFile_oneExceptionNamingTheFile() throws IOException {
    Path file = write("empty.csv", "");
    assertThatExceptionOfType(CapeCsvException.class)
        .isThrownBy(() -> CapeCsv.es003Reader().read(file))
        .withMessage("ES-003 file 'empty.csv' is empty; expected a header row with the columns"
            + " 'Entry Summary Number', 'HTS Number - Full' and 'Line Tariff Duty Amount'")
        .satisfies(ex -> assertThat(ex.file()).isEqualTo("empty.csv"));
  }

  @Test
  void read_bomOnly_emptyFileException() throws IOException {
    Path file = Files.write(dir.resolve("bom.csv"), new byte[] {(byte) 0xEF, (byte) 0xBB,
        (byte) 0xBF});
    assertThatExceptionOfType(CapeCsvException.class)
        .isThrownBy(() -> CapeCsv.es003Reader().read(file))
        .withMessageStartingWith("ES-003 file 'bom.csv' is empty;");
  }

  @Test
  void read_missingRequiredColumn_exceptionNamesFileAndColumn() throws IOException {
    Path file = write("cols.csv", "Entry Summary Number,Line Duty Amount\r\nABC12345676,1\r\n");
    assertThatExceptionOfType(CapeCsvException.class)
        .isThrownBy(() -> CapeCsv.es003Reader().read(file))
        .withMessage("ES-003 file 'cols.csv' has no column 'HTS Number - Full' (required); the"
            + " header row has 2 columns: 'Entry Summary Number', 'Line Duty Amount'");
  }

  @Test
  void read_binaryFile_missingColumnException() throws IOException {
    Path file = Files.write(dir.resolve("book.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, '\n'});
    assertThatExceptionOfType(CapeCsvException.class)
        .isThrownBy(() -> CapeCsv.es003Reader().read(file))
        .withMessage("ES-003 file 'book.xlsx' has no column 'Entry Summary Number' (required),"
            + " no column 'HTS Number - Full' (required), no column 'Line Tariff Duty Amount'"
            + " (required; also accepted: 'Line Tariff Amount', 'Line Duty Amount'); the header"
            + " row has 1 column: 'PK\\u0003\\u0004\\u0000\\u0000'");
  }

  @Test
  void read_missingFile_exception() {
    Path file = dir.resolve("nope.csv");
    assertThatExceptionOfType(CapeCsvException.class)
        .isThrownBy(() -> CapeCsv.es003Reader().read(file))
        .withMessage("ES-003 file '" + file + "' does not exist or is not a file");
  }

  @Test
  void read_windows1252Charset_nameDecoded() throws IOException {
    Charset cp1252 = Charset.forName("windows-1252");
    Path file = Files.write(dir.resolve("cp.csv"), (HEADER.replace("\r\n", ",Importer Name\r\n")
        + "ABC12345676,99030125,1.00,Open,Caf\u00e9 Synthetic\r\n").getBytes(cp1252));
    ValueWithProblems<List<Entry>> result = CapeCsv.es003Reader().charset(cp1252).read(file);
    assertThat(result.value().get(0).importerName()).isEqualTo("Caf\u00e9 Synthetic");
  }

  @Test
  void builder_settings_readBack() {
    Es003Reader.Builder builder = CapeCsv.es003Reader();
    assertThat(builder.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(builder.isParseAhead()).isFalse();
    Charset cp1252 = Charset.forName("windows-1252");
    assertThat(builder.charset(cp1252).parseAhead(true)).isSameAs(builder);
    assertThat(builder.charset()).isEqualTo(cp1252);
    assertThat(builder.isParseAhead()).isTrue();
  }

  @Test
  void readAll_entryInTwoFiles_mergedAndDisagreementsProblems() throws IOException {
    Path a = write("a.csv", "Entry Summary Number,HTS Number - Full,Line Tariff Duty Amount,"
        + "Entry Type Code,Liquidation Date\r\n"
        + "ABC12345676,99030125,10.00,01,04/24/2026\r\n"
        + "SYN10000012,99030125,1.00,01,\r\n");
    Path b = write("b.csv", "Entry Type Code,Entry Summary Number,HTS Number - Full,"
        + "Line Tariff Duty Amount,Liquidation Date\r\n"
        + "01,ABC-1234567-6,3923900080,5.00,2026-04-24\r\n"
        + "02,ABC12345676,3923900080,7.00,2026-04-24\r\n");
    ValueWithProblems<List<Entry>> result = CapeCsv.es003Reader().readAll(List.of(a, b));
    assertThat(result.value()).extracting(Entry::entryNumberText)
        .containsExactly("ABC12345676", "SYN10000012");
    assertThat(result.value().get(0).dutyLines()).extracting(DutyLine::duty)
        .containsExactly(new BigDecimal("10.00"), new BigDecimal("5.00"));
    assertThat(problems(result)).containsExactly("b.csv:3 [Entry Type Code] '02': Entry Type Code"
        + " '02' disagrees with '01' on line 2 of a.csv for entry ABC12345676; the row is not"
        + " used, and the entry's Entry Type Code is left unknown. The two exports do not both"
        + " say when they were run (a run date in their title rows): pass only the latest"
        + " export");
    assertThat(result.value().get(0).entryType()).isNull();
    assertThat(counts(result)).containsExactly(4L, 3L, 1L);
  }

  @Test
  void readAll_secondFileUnusable_exceptionNamesIt() throws IOException {
    Path a = write("a.csv", HEADER + "ABC12345676,99030125,10.00,Open\r\n");
    Path b = write("b.csv", "");
    assertThatExceptionOfType(CapeCsvException.class)
        .isThrownBy(() -> CapeCsv.es003Reader().readAll(List.of(a, b)))
        .withMessageStartingWith("ES-003 file 'b.csv' is empty;");
  }

  /**
   * Row accounting on seeded random files: good rows, rows with bad values, short and long rows,
   * blank entry numbers, disagreeing rows and garbage (no quotes or line breaks, so each
   * generated line is one record). Every non-blank generated row is read, and read = used +
   * rejected; rejected rows each have a problem on their line.
   */
  @Test
  void read_seededRandomFiles_everyRowAccountedFor(TestReporter reporter) throws IOException {
    long seed = 20260516L;
    reporter.publishEntry("seed", Long.toString(seed));
    SplittableRandom random = new SplittableRandom(seed);
    String[] entries = {"ABC12345676", "SYN10000012", "syn-1000002-0", "SYN10000038",
        "ABC12345678"};
    for (int round = 0; round < 40; round++) {
      StringBuilder text = new StringBuilder(
          "Entry Summary Number,HTS Number - Full,Line Tariff Duty Amount,Entry Type Code\r\n");
      int rows = 0;
      for (int r = 0; r < 1 + random.nextInt(60); r++) {
        String entry = entries[random.nextInt(entries.length)];
        String row = switch (random.nextInt(8)) {
          case 0 -> "," + "99030125,1.00,01";                            // blank entry number
          case 1 -> entry + ",9903,1.00,01";                              // bad HTS
          case 2 -> entry + ",99030125,1.00";                             // short
          case 3 -> entry + ",99030125,1.00,01,x";                        // long
          case 4 -> entry + ",99030125,1.00," + (random.nextBoolean() ? "01" : "02");
          case 5 -> garbage(random);
          default -> entry + ",99030125," + random.nextInt(1000) + ".00,01";
        };
        text.append(row).append(random.nextBoolean() ? "\r\n" : "\n");
        if (!row.replace(",", "").isBlank()) {
          rows++;
        }
      }
      Path file = write("random-" + round + ".csv", text.toString());
      ValueWithProblems<List<Entry>> result = CapeCsv.es003Reader().read(file);
      String context = "seed=" + seed + " round=" + round + " file=\n" + text;
      assertThat(rows(result).rowsRead()).as(context).isEqualTo(rows);
      assertThat(rows(result).rowsUsed() + rows(result).rowsRejected()).as(context)
          .isEqualTo(rows(result).rowsRead());
      long rejectedLines = result.problems().stream().filter(p -> p.position().line() > 0)
          .map(p -> p.position().line()).distinct().count();
      assertThat(rejectedLines).as(context).isEqualTo(rows(result).rowsRejected());
      long lines = result.value().stream().mapToLong(e -> e.dutyLines().size()).sum();
      assertThat(lines).as(context).isEqualTo(rows(result).rowsUsed());
    }
  }

  private static String garbage(SplittableRandom random) {
    StringBuilder out = new StringBuilder();
    int length = random.nextInt(40);
    for (int i = 0; i < length; i++) {
      char c = (char) random.nextInt(0x20, 0x2FF);
      out.append(c == '"' ? '\'' : c);
    }
    return out.toString();
  }

  @Test
  void read_sameInputTwice_sameEntries() {
    Path file = SAMPLES.resolve("realistic.csv");
    List<Entry> first = new ArrayList<>(CapeCsv.es003Reader().read(file).value());
    assertThat(CapeCsv.es003Reader().read(file).value()).isEqualTo(first);
  }

  @Test
  void read_entryNumbersValidatedLikeTheCore() {
    ValueWithProblems<List<Entry>> result = CapeCsv.es003Reader().read(SAMPLES.resolve("realistic.csv"));
    assertThat(result.value()).filteredOn(e -> e.validEntryNumber() != null)
        .extracting(e -> Objects.requireNonNull(e.validEntryNumber()).value())
        .hasSize(6);
  }

  @Test
  void read_protestNumberWithBlankStatus_keptForTheProtestRule() throws IOException {
    // As ACE exports it: the Protest Number column filled, the Protest Status cell blank.
    Path file = write("protest.csv", "Entry Summary Number,HTS Number - Full,"
        + "Line Tariff Duty Amount,Liquidation Status,Protest Number,Protest Status\r\n"
        + "SYN10000012,99030125,1000.00,Open,270426100123,\r\n"
        + "SYN10000012,3923900080,300.00,Open,270426100123,\r\n"
        + "SYN10000020,99030125,50.00,Open,,\r\n");
    ValueWithProblems<List<Entry>> result = CapeCsv.es003Reader().read(file);
    assertThat(result.problems()).isEmpty();
    Entry protested = entry(result, "SYN10000012");
    assertThat(protested.protestNumber()).isEqualTo("270426100123");
    assertThat(protested.protestStatus()).isEqualTo(ProtestStatus.NONE);
    assertThat(entry(result, "SYN10000020").protestNumber()).isNull();
    var assessment = org.caperules.core.eligibility.CapeEngine.standard()
        .evaluate(protested, LocalDate.of(2026, 7, 13));
    assertThat(assessment.reasonsText()).isEqualTo("UNKNOWN_PROTEST_STATUS");
  }

  @Test
  void read_protestNumberDisagreeingWithinAnEntry_isAConflict() throws IOException {
    Path file = write("protest2.csv", "Entry Summary Number,HTS Number - Full,"
        + "Line Tariff Duty Amount,Liquidation Status,Protest Number\r\n"
        + "SYN10000012,99030125,1000.00,Open,270426100123\r\n"
        + "SYN10000012,3923900080,300.00,Open,270426100999\r\n");
    ValueWithProblems<List<Entry>> result = CapeCsv.es003Reader().read(file);
    assertThat(result.problems()).singleElement().extracting(Problem::code)
        .isEqualTo(org.caperules.core.result.ProblemCode.ENTRY_CONFLICT);
    assertThat(problems(result)).singleElement().asString()
        .contains("Protest Number '270426100999' disagrees with '270426100123'");
  }
}
