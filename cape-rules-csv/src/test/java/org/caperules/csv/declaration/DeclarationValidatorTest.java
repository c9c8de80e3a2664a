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
package org.caperules.csv.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.caperules.core.EntryNumber;
import org.caperules.core.result.Problem;
import org.caperules.core.result.ProblemCode;
import org.caperules.core.result.Severity;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.CapeCsvException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

class DeclarationValidatorTest {

  private static final String HEADER = "Entry Number\r\n";
  private static final String EMPTY_MESSAGE = "CAPE rejects an empty declaration (\"Upload file"
      + " cannot be empty\")";
  private static final String NOT_CSV_FIX = "; save it from Excel as \"CSV (Comma delimited)"
      + " (*.csv)\" (\"Not a CSV file\")";
  private static final String LENGTH_MESSAGE = "Entry number must have 11 characters (3-character"
      + " filer code, 7 digits, check digit), but ";

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  @Test
  void validate_canonicalFile_acceptedWithoutProblems() throws IOException {
    ValueWithProblems<CheckedDeclaration> report = check(HEADER + "ABC12345676\r\nMYK28102637\r\n");
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.problems()).isEmpty();
    assertThat(report.value().entryRowCount()).isEqualTo(2);
    assertThat(report.value().file()).isEqualTo("declaration.csv");
  }

  @Test
  void validate_emptyFile_error() throws IOException {
    assertErrors(check(""), "declaration.csv:0: The file is empty; " + EMPTY_MESSAGE);
  }

  @Test
  void validate_headerOnly_error() throws IOException {
    ValueWithProblems<CheckedDeclaration> report = check(HEADER);
    assertErrors(report,
        "declaration.csv:0: The file has a header but no entry numbers; " + EMPTY_MESSAGE);
    assertThat(report.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.NO_DATA_ROWS);
      assertThat(p.severity()).as("a notice elsewhere, an error for CAPE").isEqualTo(Severity.ERROR);
    });
  }

  @Test
  void validate_missingHeader_errorAndFirstLineCheckedAsEntry() throws IOException {
    ValueWithProblems<CheckedDeclaration> report = check("ABC12345676\r\nABC12345676\r\n");
    assertErrors(report,
        "declaration.csv:1 'ABC12345676': The header row \"Entry Number\" is missing: line 1 is"
            + " 'ABC12345676', an entry number",
        "declaration.csv:2 [Entry Number] 'ABC12345676': Entry number 'ABC12345676' on line 2"
            + " repeats line 1; CAPE rejects duplicate entry numbers");
    assertThat(report.value().entryRowCount()).isEqualTo(2);
  }

  @Test
  void validate_wrongHeader_error() throws IOException {
    assertErrors(check("Entry No\r\nABC12345676\r\n"),
        "declaration.csv:1 'Entry No': The header must be \"Entry Number\", but was 'Entry No'");
  }

  @Test
  void validate_blankFirstLine_error() throws IOException {
    assertErrors(check("\r\nABC12345676\r\n"),
        "declaration.csv:1: Line 1 is blank; it must be the header \"Entry Number\"");
  }

  @Test
  void validate_headerWithSecondColumn_error() throws IOException {
    assertErrors(check("Entry Number,Notes\r\nABC12345676\r\n"),
        "declaration.csv:1 'Entry Number,Notes': The header row has 2 columns; a declaration has"
            + " only the column \"Entry Number\"");
  }

  @Test
  void validate_headerInOtherCase_warningOnlyAccepted() throws IOException {
    ValueWithProblems<CheckedDeclaration> report = check(" ENTRY  number\r\nABC12345676\r\n");
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.problems(Severity.WARNING)).extracting(Problem::toString).containsExactly(
        "declaration.csv:1 ' ENTRY  number': The header ' ENTRY  number' differs from the"
            + " template's \"Entry Number\" in case or spacing; CBP has not said whether the"
            + " match is exact (UNCERTAIN)");
  }

  @Test
  void validate_wrongLength_errorQuotesValue() throws IOException {
    assertErrors(check(HEADER + "ABC1234\r\n"),
        "declaration.csv:2 [Entry Number] 'ABC1234': " + LENGTH_MESSAGE + "'ABC1234' has 7");
  }

  @Test
  void validate_badCheckDigit_error() throws IOException {
    // capeportalguide's example ABC12345678 has an invalid check digit (6).
    assertErrors(check(HEADER + "ABC12345678\r\n"),
        "declaration.csv:2 [Entry Number] 'ABC12345678': Entry number 'ABC12345678' has check"
            + " digit 8, but the CATAIR check digit of 'ABC1234567' is 6");
  }

  @Test
  void validate_duplicateInAnotherForm_errorNamesBothLines() throws IOException {
    ValueWithProblems<CheckedDeclaration> report = check(HEADER + "ABC12345676\r\nMYK28102637\r\nabc-1234567-6\r\n");
    assertErrors(report, "declaration.csv:4 [Entry Number] 'abc-1234567-6': Entry number"
        + " 'ABC12345676' on line 4 repeats line 2; CAPE rejects duplicate entry numbers");
  }

  @Test
  void validate_hyphenatedAndLowerCase_warningOnlyAccepted() throws IOException {
    ValueWithProblems<CheckedDeclaration> report = check(HEADER + "abc-1234567-6\r\n MYK28102637 \r\n");
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.problems(Severity.WARNING)).extracting(Problem::toString).containsExactly(
        "declaration.csv:2 [Entry Number] 'abc-1234567-6': Entry number 'abc-1234567-6' is not"
            + " in canonical form (11 upper-case characters, no hyphens or spaces); CBP is said"
            + " to strip dashes (UNCERTAIN): write 'ABC12345676'",
        "declaration.csv:3 [Entry Number] ' MYK28102637 ': Entry number ' MYK28102637 ' is not"
            + " in canonical form (11 upper-case characters, no hyphens or spaces); CBP is said"
            + " to strip dashes (UNCERTAIN): write 'MYK28102637'");
  }

  @Test
  void validate_innerSpaceOrEnDash_error() throws IOException {
    assertErrors(check(HEADER + "ABC 12345676\r\nMYK\u20132810263-7\r\n"),
        "declaration.csv:2 [Entry Number] 'ABC 12345676': Entry number 'ABC 12345676' contains"
            + " spaces, dashes or line breaks inside it; write it as 'ABC12345676'",
        "declaration.csv:3 [Entry Number] 'MYK\u20132810263-7': Entry number"
            + " 'MYK\u20132810263-7' contains spaces, dashes or line breaks inside it; write it"
            + " as 'MYK28102637'");
  }

  @Test
  void validate_excelDroppedLeadingZeros_errorWithHint() throws IOException {
    // 0011234567: odd positions 0+1+2+4+6 = 13; even 0,1,3,5,7 doubled 0+2+6+1+5 = 14;
    // sum 27, check digit (10 - 7) mod 10 = 3, so 00112345673 is valid; Excel shows 112345673.
    assertErrors(check(HEADER + "112345673\r\n"),
        "declaration.csv:2 [Entry Number] '112345673': " + LENGTH_MESSAGE + "'112345673' has 9;"
            + " Excel may have dropped leading zeros: '00112345673' would be valid (format the"
            + " column as Text)");
  }

  @Test
  void validate_excelScientificNotation_errorWithHint() throws IOException {
    assertErrors(check(HEADER + "1.12346E+10\r\n"),
        "declaration.csv:2 [Entry Number] '1.12346E+10': Entry number filer code must be 3"
            + " characters A-Z or 0-9, but was '1.1' in '1.12346E+10'; this is Excel's"
            + " scientific notation: format the column as Text and re-enter the entry numbers");
  }

  @Test
  void validate_blankLines_errorEach() throws IOException {
    assertErrors(check(HEADER + "ABC12345676\r\n\r\nMYK28102637\r\n,\r\n"),
        "declaration.csv:3: Line 3 is blank; every line after the header must hold one entry"
            + " number",
        "declaration.csv:5: Line 5 is blank; every line after the header must hold one entry"
            + " number");
  }

  @Test
  void validate_trailingCommaOrSecondColumn_error() throws IOException {
    assertErrors(check(HEADER + "ABC12345676,\r\nMYK28102637,ACME\r\n"),
        "declaration.csv:2 'ABC12345676,': Line 2 has 2 columns; a declaration has only the"
            + " column \"Entry Number\" (remove extra cells and trailing commas)",
        "declaration.csv:3 'MYK28102637,ACME': Line 3 has 2 columns; a declaration has only the"
            + " column \"Entry Number\" (remove extra cells and trailing commas)");
  }

  @Test
  void validate_blankCellBeforeSecondColumn_error() throws IOException {
    assertErrors(check(HEADER + ",ABC12345676\r\n"),
        "declaration.csv:2 ',ABC12345676': Line 2 has 2 columns; a declaration has only the"
            + " column \"Entry Number\" (remove extra cells and trailing commas)",
        "declaration.csv:2 [Entry Number] '': The entry number on line 2 is blank");
  }

  @Test
  void validate_10000Entries_errorAtTheTenThousandth() throws IOException {
    StringBuilder text = new StringBuilder(HEADER);
    DeclarationWriterTest.serialEntries(10_000).forEach(n -> text.append(n).append("\r\n"));
    ValueWithProblems<CheckedDeclaration> report = check(text.toString());
    // Entry 10,000 is on line 10,001 (line 1 is the header).
    assertErrors(report, "declaration.csv:10001: Line 10001 holds entry number 10,000; a CAPE"
        + " declaration holds at most 9,999: split the file");
    assertThat(report.value().entryRowCount()).isEqualTo(10_000);
  }

  @Test
  void validate_1MegabyteOrMore_error() throws IOException {
    StringBuilder text = new StringBuilder(HEADER);
    DeclarationWriterTest.serialEntries(80_000).forEach(n -> text.append(n).append("\r\n"));
    // 14 + 80,000 x 13 = 1,040,014 bytes.
    ValueWithProblems<CheckedDeclaration> report = check(text.toString());
    assertThat(report.problems(Severity.ERROR)).extracting(Problem::toString).containsExactly(
        "declaration.csv:0: The file is 1,040,014 bytes; a CAPE declaration must be under 1 MB"
            + " (1,000,000 bytes)",
        "declaration.csv:10001: Line 10001 holds entry number 10,000; a CAPE declaration holds"
            + " at most 9,999: split the file");
  }

  @Test
  void validate_notCsvName_error() throws IOException {
    Path file = dir.resolve("declaration.txt");
    Files.writeString(file, HEADER + "ABC12345676\r\n");
    assertErrors(DeclarationValidator.validate(file), "declaration.txt:0: The file name does not"
        + " end in .csv; CAPE accepts only a CSV file saved as \"CSV (Comma delimited) (*.csv)\""
        + " (\"Not a CSV file\")");
  }

  @Test
  void validate_excelWorkbook_notCsv() throws IOException {
    byte[] xlsx = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00};
    assertErrors(checkBytes(xlsx), "declaration.csv:0: The file is not a CSV file: it is a ZIP"
        + " archive, probably an Excel workbook (.xlsx)" + NOT_CSV_FIX);
    byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1, 0};
    assertErrors(checkBytes(xls), "declaration.csv:0: The file is not a CSV file: it is an Excel"
        + " 97-2003 workbook (.xls)" + NOT_CSV_FIX);
    assertErrors(checkBytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)),
        "declaration.csv:0: The file is not a CSV file: it is a PDF document" + NOT_CSV_FIX);
    assertErrors(checkBytes((HEADER + "ABC12345676\r\n").getBytes(StandardCharsets.UTF_16)),
        "declaration.csv:0: The file is not a CSV file: it is UTF-16 text (Excel's \"Unicode"
            + " Text\")" + NOT_CSV_FIX);
  }

  @Test
  void validate_binaryGarbage_notCsvNeverException(TestReporter reporter) throws IOException {
    long seed = 20260422L;
    reporter.publishEntry("seed", Long.toString(seed));
    SplittableRandom random = new SplittableRandom(seed);
    byte[] withNul = new byte[4096];
    random.nextBytes(withNul);
    withNul[100] = 0;
    withNul[0] = 'E';   // not a known magic number
    assertErrors(checkBytes(withNul), "declaration.csv:0: The file is not a CSV file: it"
        + " contains binary data (a NUL byte)" + NOT_CSV_FIX);
    byte[] controls = new byte[1000];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = i % 10 == 0 ? (byte) 1 : (byte) 'A';   // 100 control bytes in 1000
    }
    assertErrors(checkBytes(controls), "declaration.csv:0: The file is not a CSV file: it"
        + " contains binary data (100 control bytes in the first 1000)" + NOT_CSV_FIX);
    for (int round = 0; round < 50; round++) {
      byte[] garbage = new byte[1 + random.nextInt(3000)];
      random.nextBytes(garbage);
      ValueWithProblems<CheckedDeclaration> report = checkBytes(garbage);
      assertThat(report.hasErrors()).as("seed=%d round=%d", seed, round).isTrue();
    }
  }

  @Test
  void validate_unbalancedQuote_errorAndReadingGoesOn() throws IOException {
    ValueWithProblems<CheckedDeclaration> report = check(HEADER + "ABC12345676\r\n\"MYK28102637\r\nMYK28100649\r\n"
        + "ABC12345676\r\n");
    assertErrors(report,
        "declaration.csv:3: The CSV record could not be read (Unclosed quoted field at end of"
            + " input (record starting at line 3)); reading goes on at the next line",
        "declaration.csv:5 [Entry Number] 'ABC12345676': Entry number 'ABC12345676' on line 5"
            + " repeats line 2; CAPE rejects duplicate entry numbers");
    assertThat(report.value().entryRowCount()).isEqualTo(3);
  }

  @Test
  void validate_charactersAfterClosingQuote_errorAndReadingGoesOn() throws IOException {
    assertErrors(check(HEADER + "\"ABC12345676\"x\r\nABC12345678\r\n"),
        "declaration.csv:2: The CSV record could not be read (Unexpected character after closing"
            + " quote: 'x' (0x78) (record starting at line 2)); reading goes on at the next line",
        "declaration.csv:3 [Entry Number] 'ABC12345678': Entry number 'ABC12345678' has check"
            + " digit 8, but the CATAIR check digit of 'ABC1234567' is 6");
  }

  @Test
  void validate_50000CharacterField_errorWithCutValueAndMessage() throws IOException {
    String huge = "A".repeat(50_000);
    ValueWithProblems<CheckedDeclaration> report = check(HEADER + huge + "\r\n");
    Problem problem = report.problems(Severity.ERROR).get(0);
    assertThat(report.problems(Severity.ERROR)).hasSize(1);
    assertThat(problem.position().line()).isEqualTo(2);
    assertThat(problem.value()).isEqualTo("A".repeat(200) + "\u2026");
    assertThat(problem.message()).isEqualTo(LENGTH_MESSAGE + "'" + "A".repeat(200) + "\u2026'"
        + " has 50000");
  }

  @Test
  void validate_quotedEntryWithLineBreak_error() throws IOException {
    assertErrors(check(HEADER + "\"ABC\n12345676\"\r\n"),
        "declaration.csv:2 [Entry Number] 'ABC\\n12345676': Entry number 'ABC\\n12345676'"
            + " contains spaces, dashes or line breaks inside it; write it as 'ABC12345676'");
  }

  @Test
  void validate_byteOrderMarkAndLf_warningsOnlyAccepted() throws IOException {
    ValueWithProblems<CheckedDeclaration> report = check("\uFEFFEntry Number\nABC12345676\n");
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.problems(Severity.WARNING)).extracting(Problem::toString).containsExactly(
        "declaration.csv:0: The file's lines end in LF only; Excel's \"CSV (Comma delimited)\""
            + " writes CRLF, and CBP has not said whether CAPE accepts LF (UNCERTAIN)",
        "declaration.csv:0: The file starts with a UTF-8 byte order mark; CBP has not said"
            + " whether CAPE accepts one (UNCERTAIN): save it without");
    assertThat(report.problems()).extracting(Problem::code, p -> p.position().isWholeFile())
        .containsExactly(tuple(ProblemCode.LINE_FEEDS_ONLY, true),
            tuple(ProblemCode.BYTE_ORDER_MARK, true));
  }

  @Test
  void validate_manyBadLines_first1000ListedThenCount() throws IOException {
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 0; i < 1_200; i++) {
      text.append("X").append(i).append("\r\n");
    }
    ValueWithProblems<CheckedDeclaration> report = check(text.toString());
    assertThat(report.problems(Severity.ERROR)).hasSize(1_001);
    assertThat(report.problems(Severity.ERROR).get(0)).hasToString("declaration.csv:0: 200 more errors were"
        + " found but are not listed (at most 1000 are)");
    assertThat(report.problems(Severity.ERROR).get(1).position().line()).isEqualTo(2);
    assertThat(report.problems(Severity.ERROR).get(1_000).position().line()).isEqualTo(1_001);
  }

  @Test
  void validate_missingFileOrDirectory_exception() {
    Path missing = dir.resolve("nope.csv");
    assertThatExceptionOfType(CapeCsvException.class)
        .isThrownBy(() -> DeclarationValidator.validate(missing))
        .withMessage("Declaration file '" + missing + "' does not exist")
        .satisfies(ex -> assertThat(ex.file()).isEqualTo("nope.csv"));
    assertThatExceptionOfType(CapeCsvException.class)
        .isThrownBy(() -> DeclarationValidator.validate(dir))
        .withMessage("Declaration file '" + dir + "' is a directory");
  }

  @Test
  void report_problems_errorsAndWarningsByLine() throws IOException {
    ValueWithProblems<CheckedDeclaration> report = check(HEADER + "ABC12345676\r\nabc-1234567-6\r\nmyk-2810263-7\r\n");
    assertThat(report.problems()).extracting(p -> p.position().line()).containsExactly(3L, 4L);
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.problems())
        .extracting(Problem::code, Problem::severity, p -> p.position().entryNumber())
        .containsExactly(tuple(ProblemCode.DUPLICATE_ENTRY, Severity.ERROR, "ABC12345676"),
            tuple(ProblemCode.NONCANONICAL_ENTRY_NUMBER, Severity.WARNING, "MYK28102637"));
  }

  @Test
  void report_excelTextWrapper_unwrappedCheckedAndWarned() throws IOException {
    // an ACE Portal download opened and saved by Excel: ="..." keeps the leading zeros
    ValueWithProblems<CheckedDeclaration> report = check(HEADER
        + "=\"ABC12345676\"\r\n=\"abc12345676\"\r\n=\"ABC12345678\"\r\n");
    assertThat(report.problems())
        .extracting(Problem::code, Problem::severity, p -> p.position().line())
        .containsExactly(
            tuple(ProblemCode.NONCANONICAL_ENTRY_NUMBER, Severity.WARNING, 2L),
            tuple(ProblemCode.DUPLICATE_ENTRY, Severity.ERROR, 3L),
            tuple(ProblemCode.BAD_ENTRY_NUMBER, Severity.ERROR, 4L));
    assertThat(report.problems().get(0).message()).isEqualTo("Entry number '=\"ABC12345676\"'"
        + " is wrapped in Excel's =\"...\" text form; it was read as 'ABC12345676', but write it"
        + " plain for CAPE");
    assertThat(report.value().entryRowCount()).isEqualTo(3);
  }

  @Test
  void validate_goldenAccepted_noProblems() {
    ValueWithProblems<CheckedDeclaration> report = DeclarationValidator.validate(
        Path.of("src/test/resources/declarations/accepted.csv"));
    assertThat(report.problems()).isEmpty();
    assertThat(report.value().entryRowCount()).isEqualTo(3);
  }

  @Test
  void validate_goldenRejected_everyProblemWithItsLine() {
    ValueWithProblems<CheckedDeclaration> report = DeclarationValidator.validate(
        Path.of("src/test/resources/declarations/rejected.csv"));
    assertErrors(report,
        "rejected.csv:1 'Entry No': The header must be \"Entry Number\", but was 'Entry No'",
        "rejected.csv:3 [Entry Number] 'ABC12345678': Entry number 'ABC12345678' has check digit"
            + " 8, but the CATAIR check digit of 'ABC1234567' is 6",
        "rejected.csv:4: Line 4 is blank; every line after the header must hold one entry"
            + " number",
        "rejected.csv:5 'BII05992854,': Line 5 has 2 columns; a declaration has only the column"
            + " \"Entry Number\" (remove extra cells and trailing commas)",
        "rejected.csv:6 [Entry Number] '112345673': " + LENGTH_MESSAGE + "'112345673' has 9;"
            + " Excel may have dropped leading zeros: '00112345673' would be valid (format the"
            + " column as Text)",
        "rejected.csv:7 [Entry Number] 'bii-0599285-4': Entry number 'BII05992854' on line 7"
            + " repeats line 5; CAPE rejects duplicate entry numbers");
    assertThat(report.problems(Severity.WARNING)).extracting(p -> p.position().line()).containsExactly(2L);
    assertThat(report.value().entryRowCount()).isEqualTo(5);
  }

  private ValueWithProblems<CheckedDeclaration> check(String content) throws IOException {
    return checkBytes(content.getBytes(StandardCharsets.UTF_8));
  }

  private ValueWithProblems<CheckedDeclaration> checkBytes(byte[] content) throws IOException {
    Path file = dir.resolve("declaration.csv");
    Files.write(file, content);
    return DeclarationValidator.validate(file);
  }

  private static void assertErrors(ValueWithProblems<CheckedDeclaration> report, String... expected) {
    assertThat(report.problems(Severity.ERROR).stream().map(Problem::toString).collect(Collectors.toList()))
        .containsExactlyElementsOf(List.of(expected));
    assertThat(report.hasErrors()).isTrue();
  }

  @Test
  void serialEntries_areValid() {
    assertThat(DeclarationWriterTest.serialEntries(3)).extracting(EntryNumber::value)
        .allSatisfy(v -> assertThat(EntryNumber.validate(v)).isEmpty());
  }
}
