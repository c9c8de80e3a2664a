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
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.caperules.core.EntryNumber;
import org.caperules.core.result.Problem;
import org.caperules.core.result.RowAccounting;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.core.rule.CapeErrorMessage;
import org.caperules.csv.CapeCsvException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

class CapeResultReaderTest {

  /** The row accounting of a read, which every reader gives. */
  private static RowAccounting rows(ValueWithProblems<?> result) {
    return Objects.requireNonNull(result.rowAccounting(), "rowAccounting");
  }

  private static final Path GOLDEN = Path.of("src/test/resources/cape-results");

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  @Test
  void read_claimDetailsGolden_rowsProblemsAndMessages() {
    ValueWithProblems<List<CapeResultRow>> result = CapeResultReader.read(GOLDEN.resolve("claim-details.csv"));
    assertThat(result.value()).containsExactly(
        new CapeResultRow(2, EntryNumber.of("BII05992854"), "C2026000123",
            "Entry Summary Updated", ""),
        new CapeResultRow(3, EntryNumber.of("BII05999206"), "C2026000123", "Failed",
            "PROTEST ON ENTRY"),
        new CapeResultRow(4, EntryNumber.of("MYK28102637"), "C2026000123", "Failed",
            "Unable to calculate duty"),
        new CapeResultRow(5, EntryNumber.of("MYK28100649"), "C2026000123", "Failed",
            "ENTRY SUMMARY IS IN FINAL LIQUIDATION STATUS"),
        new CapeResultRow(8, EntryNumber.of("MYK28103742"), "C2026000123", "Failed",
            "SOMETHING NEW"));
    assertThat(result.value()).extracting(CapeResultRow::errorMessage).containsExactly(
        Optional.empty(), Optional.of(CapeErrorMessage.PROTEST_ON_ENTRY),
        Optional.of(CapeErrorMessage.UNABLE_TO_CALCULATE_DUTY),
        Optional.of(CapeErrorMessage.ENTRY_SUMMARY_IS_IN_FINAL_LIQUIDATION_STATUS),
        Optional.empty());
    assertThat(result.value()).extracting(CapeResultRow::hasError)
        .containsExactly(false, true, true, true, true);
    assertThat(result.problems()).extracting(Problem::toString).containsExactly(
        "claim-details.csv:6 [ENTRY_NUMBER] 'ABC12345678': Entry number 'ABC12345678' has check"
            + " digit 8, but the CATAIR check digit of 'ABC1234567' is 6",
        "claim-details.csv:7 [ENTRY_NUMBER] '': The entry number is blank");
    assertThat(List.of(rows(result).rowsRead(), rows(result).rowsUsed(), rows(result).rowsRejected()))
        .containsExactly(7L, 5L, 2L);
  }

  @Test
  void read_aliasHeadersBomLfQuotedAnyOrder_rows() {
    ValueWithProblems<List<CapeResultRow>> result =
        CapeResultReader.read(GOLDEN.resolve("claim-status-aliases.csv"));
    assertThat(result.problems()).isEmpty();
    assertThat(result.value()).containsExactly(
        new CapeResultRow(2, EntryNumber.of("MYK28000864"), "C1", "Rejected",
            "ENTRY TYPE NOT ALLOWED"),
        new CapeResultRow(3, EntryNumber.of("BII05992854"), "C1", "Accepted", ""));
    assertThat(result.value().get(0).errorMessage())
        .contains(CapeErrorMessage.ENTRY_TYPE_NOT_ALLOWED);
  }

  @Test
  void read_onlyRequiredColumns_claimAndErrorBlank() throws IOException {
    ValueWithProblems<List<CapeResultRow>> result = read("Status,Entry Number\r\nAccepted,ABC12345676\r\n");
    assertThat(result.value()).containsExactly(
        new CapeResultRow(2, EntryNumber.of("ABC12345676"), "", "Accepted", ""));
  }

  @Test
  void read_emptyFile_problemNoException() throws IOException {
    ValueWithProblems<List<CapeResultRow>> result = read("");
    assertThat(result.problems()).extracting(Problem::toString).containsExactly(
        "result.csv:0: The file is empty; expected a header row with ENTRY_NUMBER and STATUS"
            + " columns");
    assertThat(result.value()).isEmpty();
    assertThat(rows(result).rowsRead()).isZero();
  }

  @Test
  void read_headerOnly_problem() throws IOException {
    ValueWithProblems<List<CapeResultRow>> result = read("ENTRY_NUMBER,CLAIM_NUMBER,STATUS,ERROR_DESCRIPTION\r\n");
    assertThat(result.problems()).extracting(Problem::toString)
        .containsExactly("result.csv:0: The file has a header but no rows");
    assertThat(rows(result).rowsRead()).isZero();
  }

  @Test
  void read_missingRequiredColumn_everyRowRejectedUnderOneProblem() throws IOException {
    ValueWithProblems<List<CapeResultRow>> result = read("Entry,Claim\r\nABC12345676,C1\r\n\r\nBII05992854,C1\r\n");
    assertThat(result.problems()).extracting(Problem::toString).containsExactly(
        "result.csv:0: The file cannot be read as a CAPE result file: the header row has no"
            + " column 'ENTRY_NUMBER' (also accepted: 'Entry Summary Number', 'Entry Number'),"
            + " no column 'STATUS' (also accepted: 'Filing Status', 'Claim Status'); it has 2"
            + " columns: 'Entry', 'Claim'; 2 data rows were not read");
    assertThat(List.of(rows(result).rowsRead(), rows(result).rowsUsed(), rows(result).rowsRejected()))
        .containsExactly(2L, 0L, 2L);
  }

  @Test
  void read_binaryGarbageHeader_oneProblemControlCharactersEscaped() throws IOException {
    byte[] garbage = {0x00, 0x01, 'a', ',', (byte) 0xFF, '\n', 'b', '\n'};
    ValueWithProblems<List<CapeResultRow>> result = readBytes(garbage);
    // 0xFF is malformed UTF-8 and reads as U+FFFD.
    assertThat(result.problems()).extracting(Problem::toString).containsExactly(
        "result.csv:0: The file cannot be read as a CAPE result file: the header row has no"
            + " column 'ENTRY_NUMBER' (also accepted: 'Entry Summary Number', 'Entry Number'),"
            + " no column 'STATUS' (also accepted: 'Filing Status', 'Claim Status'); it has 2"
            + " columns: '\\u0000\\u0001a', '\uFFFD'; 1 data row was not read");
    assertThat(rows(result).rowsRejected()).isEqualTo(1);
  }

  @Test
  void read_seededBinaryGarbage_neverExceptionAlwaysBalanced(TestReporter reporter)
      throws IOException {
    long seed = 20260423L;
    reporter.publishEntry("seed", Long.toString(seed));
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 100; round++) {
      byte[] garbage = new byte[random.nextInt(5000)];
      random.nextBytes(garbage);
      if (random.nextBoolean()) {
        byte[] header = "ENTRY_NUMBER,STATUS\n".getBytes(StandardCharsets.US_ASCII);
        byte[] both = new byte[header.length + garbage.length];
        System.arraycopy(header, 0, both, 0, header.length);
        System.arraycopy(garbage, 0, both, header.length, garbage.length);
        garbage = both;
      }
      ValueWithProblems<List<CapeResultRow>> result = readBytes(garbage);
      assertThat(rows(result).rowsRead()).as("seed=%d round=%d", seed, round)
          .isEqualTo(rows(result).rowsUsed() + rows(result).rowsRejected());
      assertThat(result.hasProblems() || garbage.length == 0)
          .as("seed=%d round=%d problems", seed, round).isTrue();
    }
  }

  @Test
  void read_unbalancedQuote_problemThenLaterRowsRead() throws IOException {
    ValueWithProblems<List<CapeResultRow>> result = read(String.join("\r\n", "ENTRY_NUMBER,STATUS",
        "ABC12345676,Failed", "\"BII05992854,Failed", "MYK28000864,Accepted", ""));
    assertThat(result.problems()).extracting(Problem::toString).containsExactly(
        "result.csv:3: The CSV record could not be read (Unclosed quoted field at end of input"
            + " (record starting at line 3)); reading goes on at the next line");
    assertThat(result.value()).extracting(r -> r.entryNumber().value())
        .containsExactly("ABC12345676", "MYK28000864");
    assertThat(List.of(rows(result).rowsRead(), rows(result).rowsUsed(), rows(result).rowsRejected()))
        .containsExactly(3L, 2L, 1L);
  }

  @Test
  void read_50000CharacterEntryField_problemWithCutValueAndMessage() throws IOException {
    String huge = "9".repeat(50_000);
    ValueWithProblems<List<CapeResultRow>> result = read("ENTRY_NUMBER,STATUS\r\n" + huge + ",Failed\r\n");
    Problem problem = result.problems().get(0);
    assertThat(result.problems()).hasSize(1);
    assertThat(problem.value()).isEqualTo("9".repeat(200) + "\u2026");
    assertThat(problem.message()).isEqualTo("Entry number must have 11 characters (3-character"
        + " filer code, 7 digits, check digit), but '" + "9".repeat(200) + "\u2026' has 50000");
  }

  @Test
  void read_wrongCellCounts_problemsTrailingBlankCellsTolerated() throws IOException {
    ValueWithProblems<List<CapeResultRow>> result = read(String.join("\r\n",
        "ENTRY_NUMBER,STATUS,ERROR_DESCRIPTION", "ABC12345676,Failed",
        "BII05992854,Failed,PROTEST ON ENTRY,extra", "MYK28000864,Accepted,,,", ""));
    assertThat(result.problems()).extracting(Problem::toString).containsExactly(
        "result.csv:2 'ABC12345676,Failed': The row has 2 cells, but the header has 3",
        "result.csv:3 'extra': The row has 4 cells, but the header has 3; cell 4 is 'extra'");
    assertThat(result.value()).extracting(r -> r.entryNumber().value())
        .containsExactly("MYK28000864");
  }

  @Test
  void read_missingFile_exception() {
    Path missing = dir.resolve("none.csv");
    assertThatExceptionOfType(CapeCsvException.class)
        .isThrownBy(() -> CapeResultReader.read(missing))
        .withMessage("CAPE result file '" + missing + "' does not exist or is not a file");
  }

  /**
   * Row accounting on seeded random files: every non-blank line is a data row, used or
   * rejected, and each rejected row has exactly one problem.
   */
  @Test
  void read_seededRandomRows_everyRowAccountedFor(TestReporter reporter) throws IOException {
    long seed = 20260424L;
    reporter.publishEntry("seed", Long.toString(seed));
    SplittableRandom random = new SplittableRandom(seed);
    List<EntryNumber> valid = serialEntries(50);
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder("ENTRY_NUMBER,CLAIM_NUMBER,STATUS,ERROR_DESCRIPTION\n");
      int rows = random.nextInt(40);
      int expectedUsed = 0;
      int expectedRead = 0;
      for (int i = 0; i < rows; i++) {
        String entry = valid.get(random.nextInt(valid.size())).value();
        switch (random.nextInt(8)) {
          case 0 -> text.append('\n');                                     // blank: not a row
          case 1 -> {
            text.append(",C1,Failed,X\n");                                 // blank entry
            expectedRead++;
          }
          case 2 -> {
            text.append(entry, 0, 10).append("Z,C1,Failed,X\n");          // invalid entry
            expectedRead++;
          }
          case 3 -> {
            text.append(entry).append(",C1\n");                            // short row
            expectedRead++;
          }
          case 4 -> {
            text.append(entry).append(",C1,Failed,X,more\n");              // extra cell
            expectedRead++;
          }
          case 5 -> {
            text.append('"').append(entry.toLowerCase(Locale.ROOT))
                .append("\",\"C,1\",\"Fail\nmulti\",\"PROTEST ON ENTRY\"\n"); // quoted
            expectedRead++;
            expectedUsed++;
          }
          default -> {
            text.append(entry, 0, 3).append('-').append(entry, 3, 10).append('-')
                .append(entry, 10, 11).append(",C1,Entry Summary Updated,\n");
            expectedRead++;
            expectedUsed++;
          }
        }
      }
      ValueWithProblems<List<CapeResultRow>> result = read(text.toString());
      String context = String.format(Locale.ROOT, "seed=%d round=%d input=%s", seed, round,
          text.toString().replace("\n", "\\n"));
      assertThat(rows(result).rowsRead()).as(context).isEqualTo(expectedRead);
      assertThat(rows(result).rowsUsed()).as(context).isEqualTo(expectedUsed)
          .isEqualTo(result.value().size());
      assertThat(result.problems().stream().filter(p -> p.position().line() > 0).count()).as(context)
          .isEqualTo(rows(result).rowsRejected());
      assertThat(result.value().stream().map(CapeResultRow::line).collect(Collectors.toList()))
          .as(context).isSorted();
    }
  }

  private ValueWithProblems<List<CapeResultRow>> read(String content) throws IOException {
    return readBytes(content.getBytes(StandardCharsets.UTF_8));
  }

  private ValueWithProblems<List<CapeResultRow>> readBytes(byte[] content) throws IOException {
    Path file = dir.resolve("result.csv");
    Files.write(file, content);
    return CapeResultReader.read(file);
  }

  /** Valid entry numbers {@code ABC0000000x}, in reverse order. */
  private static List<EntryNumber> serialEntries(int count) {
    List<EntryNumber> numbers = new ArrayList<>(count);
    for (int i = count - 1; i >= 0; i--) {
      String base = String.format(Locale.ROOT, "ABC%07d", i);
      numbers.add(EntryNumber.of(base + EntryNumber.checkDigit(base)));
    }
    return numbers;
  }
}
