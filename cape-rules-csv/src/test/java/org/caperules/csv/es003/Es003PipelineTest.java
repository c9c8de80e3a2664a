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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.caperules.core.Entry;
import org.caperules.core.EntryNumber;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.core.eligibility.ScreeningResult;
import org.caperules.core.result.Severity;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.CapeCsv;
import org.caperules.csv.declaration.CheckedDeclaration;
import org.caperules.csv.declaration.DeclarationEntry;
import org.caperules.csv.declaration.DeclarationValidator;
import org.caperules.csv.declaration.DeclarationWriter;
import org.caperules.csv.report.ProblemsWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: read, screen, write declarations, report and problems; run twice. */
class Es003PipelineTest {

  private static final Path SAMPLES = Path.of("src/test/resources/es003-samples");
  /** Fri 2026-05-15: PHASE_1 is in force (effective 2026-04-20). */
  private static final LocalDate FRI_2026_05_15 = LocalDate.of(2026, 5, 15);

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  @Test
  void screen_realisticExport_verdictsAsReasonedFromTheData() {
    ValueWithProblems<List<Entry>> read = CapeCsv.es003Reader().read(SAMPLES.resolve("realistic.csv"));
    ScreeningResult screening = CapeEngine.standard().screen(read.value(), FRI_2026_05_15);
    Map<String, String> verdicts = new LinkedHashMap<>();
    for (Assessment assessment : screening.assessments()) {
      verdicts.put(assessment.entryNumberText(),
          assessment.verdict() + " " + assessment.reasonsText());
    }
    assertThat(verdicts).containsExactly(
        // unliquidated type 01 with 9903.01.25 duty
        Map.entry("SYN10000012", "ELIGIBLE "),
        // liquidated 2026-04-24 (day 21), protest Pending
        Map.entry("SYN10000020", "NOT_ELIGIBLE OPEN_PROTEST"),
        // type 47 drawback
        Map.entry("SYN10000038", "NOT_ELIGIBLE DRAWBACK"),
        // blank status + liquidation date 2026-04-01 = liquidated, day 44 of 80
        Map.entry("SYN10000046", "ELIGIBLE "),
        // only a 3923.90.0080 line
        Map.entry("SYN10000053", "NOT_ELIGIBLE NO_IEEPA_DUTY"),
        // blank status, no date
        Map.entry("SYN10000061", "NEEDS_REVIEW UNKNOWN_LIQUIDATION_STATUS"),
        // check digit 8, CATAIR gives 6
        Map.entry("ABC12345678", "NEEDS_REVIEW INVALID_ENTRY_NUMBER"));
  }

  @Test
  void run_twiceOnTheSameInput_byteIdenticalOutputsAndValidDeclarations() throws IOException {
    List<Path> inputs = List.of(SAMPLES.resolve("realistic.csv"),
        SAMPLES.resolve("ace-default-layout.csv"), SAMPLES.resolve("excel-damaged.csv"));
    Path first = dir.resolve("run1");
    Path second = dir.resolve("run2");
    run(inputs, first);
    run(inputs, second);
    List<String> names = listFiles(first);
    assertThat(names).containsExactly("cape-declaration-12-3456789A1-001.csv", "problems.csv",
        "report.csv");
    assertThat(listFiles(second)).isEqualTo(names);
    for (String name : names) {
      assertThat(Files.readAllBytes(second.resolve(name))).as(name)
          .isEqualTo(Files.readAllBytes(first.resolve(name)));
    }
    // Round trip: the declaration written passes the pre-flight check, and holds exactly the
    // declarable entries: SYN10000046 of importer 12-3456789A1. SYN10000012 is NEEDS_REVIEW
    // [ROWS_REJECTED]: the rows of excel-damaged.csv give it entry date 2025-04-08, which
    // disagrees with realistic.csv, so they are rejected and no verdict rests on the rest.
    Path declaration = first.resolve("cape-declaration-12-3456789A1-001.csv");
    ValueWithProblems<CheckedDeclaration> check = DeclarationValidator.validate(declaration);
    assertThat(check.hasErrors()).isFalse();
    assertThat(check.problems(Severity.WARNING)).isEmpty();
    assertThat(Files.readString(declaration))
        .isEqualTo("Entry Number\r\nSYN10000046\r\n");
    // 7 entries of realistic.csv + BII05992854 of the default layout; excel-damaged.csv merges
    // into SYN10000012 and SYN10000020.
    assertThat(Files.readAllLines(first.resolve("report.csv"))).hasSize(1 + 8);
    assertThat(Files.readString(first.resolve("problems.csv"))).contains(
        "ace-default-layout.csv,0,,,,The file has neither a 'Liquidation Status'");
  }

  private static void run(List<Path> inputs, Path out) {
    ValueWithProblems<List<Entry>> read = CapeCsv.es003Reader().readAll(inputs);
    List<Assessment> assessments = new ArrayList<>();
    CapeEngine.standard().screen(read.value(), FRI_2026_05_15, assessments::add);
    List<DeclarationEntry> declarable = new ArrayList<>();
    for (Assessment assessment : assessments) {
      EntryNumber number = assessment.entry().validEntryNumber();
      if (assessment.verdict().isDeclarable() && number != null) {
        declarable.add(new DeclarationEntry(number, assessment.entry().importerNumber()));
      }
    }
    DeclarationWriter.builder(out).build().write(declarable);
    CapeCsv.screeningReportWriter().build().write(out.resolve("report.csv"), assessments);
    ProblemsWriter.write(out.resolve("problems.csv"), read.problems());
  }

  private static List<String> listFiles(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
