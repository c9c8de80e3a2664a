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
package org.caperules.csv.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryNumber;
import org.caperules.core.EntryType;
import org.caperules.core.HtsNumber;
import org.caperules.core.ImporterNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.ProtestStatus;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.csv.CapeCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreeningReportWriterTest {

  /** Fri 2026-05-15: PHASE_1 is in force (effective 2026-04-20). */
  private static final LocalDate FRI_2026_05_15 = LocalDate.of(2026, 5, 15);
  private static final String HEADER_LINE = "Entry Number,Importer Number,Entry Type,Verdict,"
      + "Reasons,Liquidation Date,CAPE Last Day,Protest Last Day,IEEPA Duty,Next Action,Policy,"
      + "Warnings,Not Checked,At Risk\r\n";

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  private static Entry.Builder entry(String number) {
    return Entry.builder().entryNumberText(number)
        .importerNumber(ImporterNumber.of("12-3456789A1"))
        .entryType(EntryType.TYPE_01)
        .entryDate(LocalDate.of(2025, 3, 10))
        .addDutyLines(DutyLine.of(HtsNumber.of("99030128"), new BigDecimal("850.00")));
  }

  private static Assessment assess(Entry entry) {
    return CapeEngine.standard().evaluate(entry, FRI_2026_05_15);
  }

  /** Liquidated Fri 2026-04-24 with an open protest. */
  private static Assessment protested() {
    return assess(entry("SYN10000020").liquidationStatus(LiquidationStatus.LIQUIDATED)
        .liquidationDate(LocalDate.of(2026, 4, 24)).protestStatus(ProtestStatus.OPEN).build());
  }

  @Test
  void header_isScreeningColumnsThenExtras() {
    assertThat(ScreeningReportWriter.HEADER.subList(0, 10)).containsExactly("Entry Number",
        "Importer Number", "Entry Type", "Verdict", "Reasons", "Liquidation Date",
        "CAPE Last Day", "Protest Last Day", "IEEPA Duty", "Next Action");
    assertThat(ScreeningReportWriter.HEADER.subList(10, 14))
        .containsExactly("Policy", "Warnings", "Not Checked", "At Risk");
  }

  @Test
  void cells_liquidatedWithOpenProtest_handCheckedDeadlines() {
    Assessment assessment = protested();
    // CAPE: liquidation + 80 calendar days, Fri 2026-04-24 -> Mon 2026-07-13.
    // Protest: + 180 days: 6 (Apr) + 31 + 30 + 31 + 31 + 30 = 159 on 30 Sep, + 21 -> Wed
    // 2026-10-21, a business day, no roll.
    assertThat(ScreeningReportWriter.builder().withoutForecast().build().cells(assessment)).containsExactly(
        "SYN10000020", "12-3456789A1", "01", "NOT_ELIGIBLE", "OPEN_PROTEST", "2026-04-24",
        "2026-07-13", "2026-10-21", "850.00", assessment.nextAction().text(), "PHASE_1", "",
        "", "N");
  }

  @Test
  void cells_entryFromAPlainAceExport_notCheckedNamesTheChecksVerdictUnchanged() {
    Assessment assessment = assess(entry("SYN10000012")
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED)
        .addMissingFacts(org.caperules.core.EntryFact.DRAWBACK_DESIGNATION,
            org.caperules.core.EntryFact.FILED_IN_ACE).build());
    List<String> cells = ScreeningReportWriter.builder().withoutForecast().build()
        .cells(assessment);
    assertThat(cells.get(3)).isEqualTo("ELIGIBLE");
    assertThat(cells.get(ScreeningReportWriter.HEADER.indexOf("Not Checked")))
        .isEqualTo("DRAWBACK;NOT_IN_ACE");
  }

  @Test
  void claimStatus_given_lastColumnAfterForecastOnlyThen() {
    Assessment assessment = protested();
    ScreeningReportWriter plain = ScreeningReportWriter.builder().build();
    ScreeningReportWriter withStatus = ScreeningReportWriter.builder()
        .claimStatus(a -> "FAILED: PROTEST ON ENTRY").build();
    assertThat(plain.header()).doesNotContain(ScreeningReportWriter.CLAIM_STATUS_COLUMN);
    assertThat(withStatus.header()).endsWith("Forecast Flags", "Claim Status")
        .hasSize(plain.header().size() + 1);
    assertThat(withStatus.cells(assessment)).endsWith("FAILED: PROTEST ON ENTRY")
        .hasSize(withStatus.header().size());
    ScreeningReportWriter noForecast = ScreeningReportWriter.builder().withoutForecast()
        .claimStatus(a -> "ACCEPTED").build();
    assertThat(noForecast.header()).endsWith("At Risk", "Claim Status");
    assertThat(noForecast.cells(assessment, null)).endsWith("N", "ACCEPTED");
  }

  @Test
  void write_oneAssessment_exactBytesCrlfNoBom() throws IOException {
    Assessment assessment = protested();
    Path file = dir.resolve("report.csv");
    long rows = CapeCsv.screeningReportWriter().withoutForecast().build()
        .write(file, List.of(assessment));
    assertThat(rows).isEqualTo(1);
    String nextAction = assessment.nextAction().text();
    String expected = HEADER_LINE + "SYN10000020,12-3456789A1,01,NOT_ELIGIBLE,OPEN_PROTEST,"
        + "2026-04-24,2026-07-13,2026-10-21,850.00,"
        + (nextAction.contains(",") ? "\"" + nextAction + "\"" : nextAction)
        + ",PHASE_1,,,N\r\n";
    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes[0]).isEqualTo((byte) 'E');
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  @Test
  void write_stream_sameBytesAsTheList() throws IOException {
    List<Assessment> assessments = List.of(protested(), assess(entry("SYN10000012")
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED).build()));
    Path fromList = dir.resolve("list.csv");
    Path fromStream = dir.resolve("stream.csv");
    ScreeningReportWriter writer = CapeCsv.screeningReportWriter().build();
    assertThat(writer.write(fromList, assessments)).isEqualTo(2);
    assertThat(writer.write(fromStream, assessments.stream())).isEqualTo(2);
    assertThat(Files.readAllBytes(fromStream)).isEqualTo(Files.readAllBytes(fromList));
  }

  @Test
  void cells_reasons_sortedAndJoinedBySemicolon() {
    Entry entry = Entry.builder().entryNumberText("SYN10000012")
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED).protestStatus(ProtestStatus.OPEN)
        .entryType(EntryType.TYPE_01).build();
    assertThat(ScreeningReportWriter.builder().withoutForecast().build().cells(assess(entry)).get(4))
        .isEqualTo("NO_IEEPA_DUTY;OPEN_PROTEST");
  }

  @Test
  void cells_ssnImporter_maskedByDefaultUnmaskedOnRequest() {
    Assessment assessment = assess(entry("SYN10000012")
        .importerNumber(ImporterNumber.of("123-45-6789"))
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED).build());
    assertThat(ScreeningReportWriter.builder().withoutForecast().build().cells(assessment).get(1))
        .isEqualTo("***-**-6789");
    assertThat(ScreeningReportWriter.builder().withoutForecast().unmaskedImporterNumbers(true).build()
        .cells(assessment).get(1)).isEqualTo("123-45-6789");
    assertThat(ScreeningReportWriter.builder().withoutForecast().unmaskedImporterNumbers(true).build())
        .hasToString("ScreeningReportWriter[SSNs unmasked, no forecast]");
  }

  @Test
  void cells_unknownValues_emptyCells() {
    Assessment assessment = assess(Entry.builder().entryNumberText("SYN10000012").build());
    List<String> cells =
        ScreeningReportWriter.builder().withoutForecast().build().cells(assessment);
    // importer, type, liquidation date, CAPE last day, protest last day
    assertThat(List.of(cells.get(1), cells.get(2), cells.get(5), cells.get(6), cells.get(7)))
        .containsOnly("");
    assertThat(cells.get(8)).as("no IEEPA line: the IEEPA duty is zero, in cents").isEqualTo("0.00");
  }

  @Test
  void write_formulaEntryNumberAndNegativeDuty_neutralisedOnlyTheFormula() throws IOException {
    Entry hostile = Entry.builder().entryNumberText("=1+2")
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED)
        .addDutyLines(DutyLine.of(HtsNumber.of("99030125"), new BigDecimal("-12.00"))).build();
    Path file = dir.resolve("report.csv");
    ScreeningReportWriter.builder().withoutForecast().build().write(file, List.of(assess(hostile)));
    String row = Files.readAllLines(file).get(1);
    assertThat(row).startsWith("'=1+2,,,NEEDS_REVIEW,");
    assertThat(row).contains(",-12.00,");
  }

  @Test
  void write_existingFile_replacedNoTemporaryFileLeft() throws IOException {
    Path file = dir.resolve("report.csv");
    Files.writeString(file, "old");
    ScreeningReportWriter.builder().withoutForecast().build().write(file, List.of());
    assertThat(Files.readString(file)).isEqualTo(HEADER_LINE);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.csv");
    }
  }

  @Test
  void write_iterationFails_targetUntouchedNoTemporaryFileLeft() throws IOException {
    Path file = dir.resolve("report.csv");
    Files.writeString(file, "old");
    Assessment good = protested();
    Iterable<Assessment> failing = () -> new Iterator<>() {
      private int n;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Assessment next() {
        if (n++ == 3) {
          throw new IllegalStateException("source failed");
        }
        return good;
      }
    };
    ScreeningReportWriter writer = ScreeningReportWriter.builder().withoutForecast().build();
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> writer.write(file, failing)).withMessage("source failed");
    assertThat(Files.readString(file)).isEqualTo("old");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.csv");
    }
  }

  @Test
  void write_directoryIsAFile_uncheckedIoNamingTheFile() throws IOException {
    Path blocker = Files.writeString(dir.resolve("blocker"), "x");
    Path file = blocker.resolve("report.csv");
    ScreeningReportWriter writer = ScreeningReportWriter.builder().withoutForecast().build();
    assertThatExceptionOfType(UncheckedIOException.class)
        .isThrownBy(() -> writer.write(file, List.of()))
        .withMessageStartingWith("Could not write screening report '" + file + "': ");
  }

  @Test
  void write_manyAssessmentsFromALazyIterable_streamed() throws IOException {
    Entry entry = entry("SYN10000012").liquidationStatus(LiquidationStatus.UNLIQUIDATED).build();
    CapeEngine engine = CapeEngine.standard();
    Iterable<Assessment> lazy = () -> Stream.generate(() -> engine.evaluate(entry,
        FRI_2026_05_15)).limit(20_000).iterator();
    Path file = dir.resolve("big.csv");
    assertThat(ScreeningReportWriter.builder().withoutForecast().build().write(file, lazy)).isEqualTo(20_000);
    try (Stream<String> lines = Files.lines(file)) {
      assertThat(lines.count()).isEqualTo(20_001);
    }
  }

  @Test
  void cells_validEntryNumber_writtenCanonical() {
    Assessment assessment = assess(entry(EntryNumber.of("BII05992854").value())
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED).build());
    assertThat(ScreeningReportWriter.builder().withoutForecast().build().cells(assessment).get(0))
        .isEqualTo("BII05992854");
  }
}
