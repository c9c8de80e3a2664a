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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caperules.core.result.Position;
import org.caperules.core.result.Problem;
import org.caperules.core.result.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemSpillTest {

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  private static Problem blank(long line) {
    return Problem.of(ProblemCode.MISSING_ENTRY_NUMBER,
        Position.of("es003.csv", line, "Entry Summary Number"), "", "The entry number is blank");
  }

  @Test
  void publish_sameBytesAsProblemsWriter_firstHundredKept() throws IOException {
    List<Problem> problems = new ArrayList<>();
    for (long line = 2; line < 252; line++) {
      problems.add(line == 7 ? Problem.of(ProblemCode.BAD_AMOUNT,
          Position.of("es003.csv", line, "Line Tariff Duty Amount"), "=HYPERLINK(\"x\")",
          "Amount '=HYPERLINK(\"x\")' is not a number") : blank(line));
    }
    Path spilled = dir.resolve("spilled.csv");
    Path written = dir.resolve("written.csv");
    List<Path> before = tempFiles();
    List<Path> made;
    try (ProblemSpill spill = ProblemSpill.create()) {
      problems.forEach(spill);
      assertThat(spill.count()).isEqualTo(250);
      assertThat(spill.first()).isEqualTo(problems.subList(0, ProblemSpill.KEPT));
      assertThat(spill.publish(spilled)).isEqualTo(250);
      assertThat(spill).hasToString("ProblemSpill[250 problems]");
      made = new ArrayList<>(tempFiles());
      made.removeAll(before);
      assertThat(made).hasSize(1);
    }
    ProblemsWriter.write(written, problems);
    assertThat(Files.readAllBytes(spilled)).isEqualTo(Files.readAllBytes(written));
    assertThat(Files.readString(spilled, StandardCharsets.UTF_8)).contains(
        "es003.csv,7,,Line Tariff Duty Amount,\"'=HYPERLINK(\"\"x\"\")\",");
    assertThat(made.get(0)).doesNotExist();
  }

  @Test
  void restart_forgetsWhatWasWritten() {
    Path target = dir.resolve("problems.csv");
    try (ProblemSpill spill = ProblemSpill.create()) {
      spill.accept(blank(2));
      spill.accept(blank(3));
      spill.restart();
      spill.accept(blank(9));
      assertThat(spill.count()).isEqualTo(1);
      assertThat(spill.first()).containsExactly(blank(9));
      spill.publish(target);
    }
    assertThat(target).hasContent(String.join("\r\n",
        "File,Line,Entry Number,Column,Value,Message",
        "es003.csv,9,,Entry Summary Number,,The entry number is blank", ""));
  }

  private static List<Path> tempFiles() throws IOException {
    try (var listing = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return listing.filter(p -> p.getFileName().toString().startsWith("cape-rules-problems-"))
          .toList();
    }
  }
}
