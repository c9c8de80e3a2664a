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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.caperules.core.Entry;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.core.eligibility.ScreeningResult;
import org.caperules.core.result.Severity;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.CapeCsv;
import org.caperules.testkit.Portfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

/**
 * Screens seeded portfolios from {@code cape-rules-testkit} and writes declarations and the
 * report: the declarations hold exactly the declarable entries, each file passes the pre-flight
 * validator, and the report has one row per entry with its verdict.
 */
class PortfolioRoundTripTest {

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  @Test
  void portfolio_declarationsHoldExactlyTheDeclarableEntries(TestReporter reporter)
      throws IOException {
    LocalDate[] asOfs = {LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 13),
        LocalDate.of(2026, 10, 13)};
    for (int round = 0; round < asOfs.length; round++) {
      long seed = 20260420L + round;
      reporter.publishEntry("seed", Long.toString(seed));
      LocalDate asOf = asOfs[round];
      List<Entry> book = Portfolios.standard().generate(seed, asOf, 3_000);
      ScreeningResult screened = CapeEngine.standard().screen(book, asOf);

      List<DeclarationEntry> declarable = new ArrayList<>();
      TreeSet<String> expected = new TreeSet<>();
      for (Assessment a : screened.assessments()) {
        if (a.verdict().isDeclarable()) {
          declarable.add(new DeclarationEntry(Objects.requireNonNull(a.entry().validEntryNumber()),
              a.entry().importerNumber()));
          expected.add(a.entryNumberText());
        }
      }
      Path out = dir.resolve("round-" + round);
      List<DeclarationFile> files = DeclarationWriter.builder(out).build().write(declarable);

      TreeSet<String> declared = new TreeSet<>();
      long lines = 0;
      for (DeclarationFile file : files) {
        ValueWithProblems<CheckedDeclaration> check = DeclarationValidator.validate(file.file());
        assertThat(check.hasErrors()).as("seed=%d %s: %s", seed, file, check.problems(Severity.ERROR)).isFalse();
        List<String> rows = Files.readAllLines(file.file(), StandardCharsets.US_ASCII);
        declared.addAll(rows.subList(1, rows.size()));
        lines += rows.size() - 1;
      }
      assertThat(declared).as("seed=%d as of %s", seed, asOf).isEqualTo(expected);
      assertThat(lines).as("seed=%d no entry twice", seed).isEqualTo(expected.size());

      Path report = out.resolve("report.csv");
      long rows = CapeCsv.screeningReportWriter().build().write(report, screened.assessments());
      assertThat(rows).as("seed=%d", seed).isEqualTo(book.size());
    }
  }
}
