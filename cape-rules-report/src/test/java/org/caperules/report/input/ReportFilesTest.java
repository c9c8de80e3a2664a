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
package org.caperules.report.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.caperules.core.eligibility.Verdict;
import org.caperules.core.result.Problem;
import org.caperules.core.result.ProblemCode;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.report.ReportInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void readsAReportSavedByASpreadsheetByColumnName() throws IOException {
    // Columns moved and an unknown one added, a byte order mark, a blank line, US dates,
    // amounts with $ and thousands commas or float noise, a neutralised formula-like label,
    // and no forecast columns at all.
    Path file = write("report.csv", "\uFEFFVerdict,Importer Number,Future Column,IEEPA Duty,"
        + "Entry Number,CAPE Last Day,At Risk,Reasons\r\n"
        + "ELIGIBLE,12-3456789A1,x,\"$1,234.50\",AAA10000001,7/13/2026,Y,\r\n"
        + "\r\n"
        + "not_eligible,'=cmd,y,99.999,AAA10000002,,N,OPEN_PROTEST;NOT_IN_ACE\r\n");
    ValueWithProblems<ScreeningReport> read = ReportFiles.readScreeningReport(file);
    assertThat(read.problems()).isEmpty();
    assertThat(read.value().hasClaimStatus()).isFalse();
    List<ReportEntry> entries = read.value().entries();
    assertThat(entries).hasSize(2);
    ReportEntry first = entries.get(0);
    assertThat(first.entryNumber()).isEqualTo("AAA10000001");
    assertThat(first.importer()).isEqualTo("12-3456789A1");
    assertThat(first.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(first.ieepaDuty()).isEqualTo(new BigDecimal("1234.50"));
    assertThat(first.capeLastDay()).isEqualTo(LocalDate.of(2026, 7, 13));
    assertThat(first.atRisk()).isTrue();
    assertThat(first.estimatedInterest()).isNull();
    assertThat(first.rateClass()).isNull();
    assertThat(first.claimStatus()).isNull();
    ReportEntry second = entries.get(1);
    assertThat(second.importer()).isEqualTo("=cmd");
    assertThat(second.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    // 99.999 rounds half up to 100.00
    assertThat(second.ieepaDuty()).isEqualTo(new BigDecimal("100.00"));
    assertThat(second.reasons()).containsExactly("OPEN_PROTEST", "NOT_IN_ACE");
    assertThat(second.line()).isEqualTo(4);
  }

  @Test
  void aBadRowIsLeftOutAndNamedTheOthersAreRead() throws IOException {
    Path file = write("screening-report.csv", "Entry Number,Importer Number,Verdict,IEEPA Duty,"
        + "CAPE Last Day,Claim Status\n"
        + "AAA10000001,12-3456789A1,ELIGIBLE,10.00,2026-07-13,ACCEPTED\n"
        + "AAA10000002,12-3456789A1,ELIGIBLE,12.3x,2026-07-13,\n"
        + "AAA10000003,12-3456789A1,ELIGIBLE,5.00,2026-13-40,\n"
        + "AAA10000004,12-3456789A1,MAYBE,5.00,,\n"
        + "AAA10000005,12-3456789A1,NEEDS_REVIEW,1.00,,\n");
    ValueWithProblems<ScreeningReport> read = ReportFiles.readScreeningReport(file);
    assertThat(read.value().entries()).extracting(ReportEntry::entryNumber)
        .containsExactly("AAA10000001", "AAA10000005");
    assertThat(read.value().hasClaimStatus()).isTrue();
    assertThat(read.value().entries().get(0).claimStatus()).isEqualTo("ACCEPTED");
    assertThat(read.value().entries().get(1).claimStatus()).isEmpty();
    List<Problem> problems = read.problems();
    assertThat(problems).extracting(Problem::code).containsExactly(ProblemCode.BAD_AMOUNT,
        ProblemCode.BAD_DATE, ProblemCode.BAD_INDICATOR);
    Problem amount = problems.get(0);
    assertThat(amount.position().line()).isEqualTo(3);
    assertThat(amount.position().column()).isEqualTo("IEEPA Duty");
    assertThat(amount.position().entryNumber()).isEqualTo("AAA10000002");
    assertThat(amount.value()).isEqualTo("12.3x");
    assertThat(amount.message()).isEqualTo("screening-report.csv line 3, column 'IEEPA Duty',"
        + " entry AAA10000002: '12.3x' is not an amount such as 1234.56; the row is left out");
    assertThat(problems.get(1).message()).contains("line 4").contains("'CAPE Last Day'")
        .contains("AAA10000003").contains("'2026-13-40'");
    assertThat(problems.get(2).message()).contains("line 5").contains("'Verdict'")
        .contains("AAA10000004").contains("'MAYBE'");
  }

  @Test
  void aMissingRequiredColumnOrFileIsAnInputThatCannotBeUsed() throws IOException {
    Path file = write("payments.csv", "Payee,Entries\nIOR 12-3456789A1,1\n");
    assertThatThrownBy(() -> ReportFiles.readPayments(file))
        .isInstanceOf(ReportInputException.class)
        .hasMessage(file + ": required column 'Total' missing (header: Payee, Entries)");
    Path report = write("r.csv", "Entry Number,Verdict\n");
    assertThatThrownBy(() -> ReportFiles.readScreeningReport(report))
        .hasMessageContaining("required columns 'Importer Number', 'IEEPA Duty' missing");
    Path empty = write("readiness.csv", "");
    assertThatThrownBy(() -> ReportFiles.readReadiness(empty))
        .isInstanceOf(ReportInputException.class).hasMessageContaining("no header");
    Path missing = dir.resolve("nowhere.csv");
    assertThatThrownBy(() -> ReportFiles.readReadiness(missing))
        .isInstanceOf(ReportInputException.class)
        .hasMessage(missing + ": file not found");
  }

  @Test
  void aSocialSecurityNumberWrittenInFullIsMaskedAsTheScreeningReportMasksIt()
      throws IOException {
    Path readiness = write("readiness.csv", """
        Importer Number,Status
        123-45-6789,READY
        123456789,READY
        """);
    assertThat(ReportFiles.readReadiness(readiness).value()).extracting(ReadinessRow::importer)
        .containsExactly("***-**-6789", "*****6789");
    Path payments = write("payments.csv", """
        Payee,Total
        IOR 123-45-6789,1.00
        4811 98-7654321,2.00
        """);
    assertThat(ReportFiles.readPayments(payments).value()).extracting(ExpectedPaymentRow::payee)
        .containsExactly("IOR ***-**-6789", "4811 98-7654321");
  }

  /** A keyed payee label (screen --label-key) is private already: kept as the outputs write it. */
  @Test
  void aKeyedPayeeLabelIsKeptAsWritten() throws IOException {
    Path readiness = write("readiness.csv", """
        Importer Number,Status
        ssn-6789-c36200a4,READY
        """);
    assertThat(ReportFiles.readReadiness(readiness).value()).extracting(ReadinessRow::importer)
        .containsExactly("ssn-6789-c36200a4");
    Path payments = write("payments.csv", """
        Payee,Total
        IOR ssn-0001-01f2e61d,1.00
        """);
    assertThat(ReportFiles.readPayments(payments).value()).extracting(ExpectedPaymentRow::payee)
        .containsExactly("IOR ssn-0001-01f2e61d");
  }

  @Test
  void readsPaymentsAndReadinessRows() throws IOException {
    Path payments = write("payments.csv", "Payee,Expected Payment From,Entries,Principal,"
        + "Interest,Total\r\nIOR ***-**-0001,2026-09-11,2,\"9,488.67\",524.23,\"10,012.90\"\r\n"
        + "4811 98-7654321,,1,1.00,0.00,1.00\r\n");
    List<ExpectedPaymentRow> rows = ReportFiles.readPayments(payments).value();
    assertThat(rows.get(0).importer()).isEqualTo("***-**-0001");
    assertThat(rows.get(0).total()).isEqualTo(new BigDecimal("10012.90"));
    assertThat(rows.get(0).principal()).isEqualTo(new BigDecimal("9488.67"));
    assertThat(rows.get(1).importer()).isNull();
    assertThat(rows.get(1).expectedPaymentFrom()).isNull();

    Path readiness = write("readiness.csv", "Importer Number,Status,Filing Ready,Payment Ready,"
        + "Blockers,Declarable Entries,IEEPA Duty,Entries At Risk,Start By\n"
        + "12-3456789A1,NOT_READY,2026-07-13,2026-08-24,R18; R14,27,273296.41,2,2026-07-06\n");
    ReadinessRow row = ReportFiles.readReadiness(readiness).value().get(0);
    assertThat(row.blockers()).containsExactly("R18", "R14");
    assertThat(row.declarableEntries()).isEqualTo(27);
    assertThat(row.ieepaDuty()).isEqualTo(new BigDecimal("273296.41"));
    assertThat(row.entriesAtRisk()).isEqualTo(2);
    assertThat(row.paymentReady()).isEqualTo(LocalDate.of(2026, 8, 24));
    assertThat(row.startBy()).isEqualTo(LocalDate.of(2026, 7, 6));
  }
}
