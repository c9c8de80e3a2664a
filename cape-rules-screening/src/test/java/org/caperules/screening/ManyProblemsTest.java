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
package org.caperules.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.caperules.core.result.Problem;
import org.caperules.core.result.Severity;
import org.caperules.csv.report.ProblemSpill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file of many bad rows: its problems are written as they are found, not held, and the
 * problems file has every one of them, once, in the order of the rows.
 */
class ManyProblemsTest {

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  /**
   * Writes {@code bad} rows with a blank entry number (each one problem, "The entry number is
   * blank") before one good row, the shape of an export whose entry number column was cleared.
   * They come first: after an entry's row, a row with a blank entry number would continue that
   * entry ("hide duplicates" layouts).
   */
  private Path badRows(String name, int bad, boolean apart) throws IOException {
    Path file = dir.resolve(name);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("Entry Summary Number,HTS Number - Full,Line Tariff Duty Amount\r\n");
      for (int i = 0; i < bad; i++) {
        out.write("," + "99030125,$" + (i % 1000) + ".25\r\n");
      }
      out.write("SYN10000012,99030125,$850.00\r\n");
      if (apart) {
        // another row of the first entry after the bad ones: the stream falls back to a whole
        // read, which must not write the problems twice
        out.write("SYN10000020,99030125,$10.00\r\n");
        out.write("SYN10000012,3923900080,$300.00\r\n");
      }
    }
    return file;
  }

  @Test
  void twentyThousandBadRows_everyProblemWrittenOnce_firstHundredKept() throws IOException {
    int bad = 20_000;
    Path out = dir.resolve("out");
    List<String> spillsBefore = spills();
    ScreeningOutcome outcome = ScreeningRun.builder().asOf(LocalDate.of(2026, 7, 13))
        .output(out).build().run(List.of(badRows("bad.csv", bad, false)));

    assertThat(outcome.problemsWritten()).isEqualTo(bad);
    assertThat(outcome.rows().rowsRejected()).isEqualTo(bad);
    // the first 100 kept, besides the notice that the file has no liquidation column
    List<Problem> kept = outcome.read().problems().stream()
        .filter(p -> p.severity() != Severity.NOTICE).toList();
    assertThat(kept).hasSize(ProblemSpill.KEPT);
    assertThat(kept.get(0).toString())
        .isEqualTo("bad.csv:2 [Entry Summary Number] '': The entry number is blank");
    assertThat(kept.get(ProblemSpill.KEPT - 1).position().line())
        .isEqualTo(1 + ProblemSpill.KEPT);
    List<String> lines = Files.readAllLines(out.resolve("problems.csv"), StandardCharsets.UTF_8);
    assertThat(lines).hasSize(1 + bad);
    assertThat(lines.get(0)).isEqualTo("File,Line,Entry Number,Column,Value,Message");
    assertThat(lines.get(1)).isEqualTo("bad.csv,2,,Entry Summary Number,,The entry number is"
        + " blank");
    assertThat(lines.get(bad)).isEqualTo("bad.csv," + (1 + bad) + ",,Entry Summary Number,,The"
        + " entry number is blank");
    assertThat(outcome.summary().total()).isEqualTo(1);
    // no spill file of this run is left (other JVMs, a killed child among them, may have theirs)
    assertThat(spills()).isSubsetOf(spillsBefore);
  }

  /** The problem spill files in the temporary directory. */
  private static List<String> spills() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("cape-rules-problems-")).toList();
    }
  }

  @Test
  void badRowsAndEntriesApart_wholeReadFallback_problemsWrittenOnce() throws IOException {
    int bad = 500;
    Path out = dir.resolve("out");
    ScreeningOutcome outcome = ScreeningRun.builder().asOf(LocalDate.of(2026, 7, 13))
        .output(out).build().run(List.of(badRows("apart.csv", bad, true)));

    assertThat(outcome.notes()).singleElement().asString()
        .startsWith("the rows of entry SYN10000012 are apart from each other");
    assertThat(outcome.problemsWritten()).isEqualTo(bad);
    List<String> lines = Files.readAllLines(out.resolve("problems.csv"), StandardCharsets.UTF_8);
    assertThat(lines).hasSize(1 + bad).doesNotHaveDuplicates();
    assertThat(outcome.read().problems()).filteredOn(p -> p.severity() != Severity.NOTICE)
        .extracting(Problem::toString).first()
        .isEqualTo("apart.csv:2 [Entry Summary Number] '': The entry number is blank");
  }
}
