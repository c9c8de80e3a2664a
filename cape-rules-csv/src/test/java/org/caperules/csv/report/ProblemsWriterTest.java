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
import java.util.List;
import org.caperules.core.result.Position;
import org.caperules.core.result.Problem;
import org.caperules.core.result.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemsWriterTest {

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  @Test
  void write_problems_exactBytesSafeCellsEscapedControls() throws IOException {
    Path file = dir.resolve("problems.csv");
    long rows = ProblemsWriter.write(file, List.of(
        Problem.ofFile(ProblemCode.NO_DATA_ROWS, "es003.csv", "The file has a header but no rows"),
        Problem.of(ProblemCode.BAD_IMPORTER_NUMBER,
            Position.of("es003.csv", 3, "Importer Name").withEntryNumber("ABC12345676"),
            "=cmd|' /C calc'!A0", "Bad\tvalue"),
        Problem.of(ProblemCode.BAD_AMOUNT, Position.of("es003.csv", 4, "Line Tariff Duty Amount"),
            "-12.00", "Amount, negative"),
        Problem.of(ProblemCode.WRONG_CELL_COUNT, Position.of("es003.csv", 5), "a\nb",
            "Say \"hi\"")));
    assertThat(rows).isEqualTo(4);
    assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).isEqualTo(
        "File,Line,Entry Number,Column,Value,Message\r\n"
            + "es003.csv,0,,,,The file has a header but no rows\r\n"
            + "es003.csv,3,ABC12345676,Importer Name,'=cmd|' /C calc'!A0,Bad\\tvalue\r\n"
            + "es003.csv,4,,Line Tariff Duty Amount,-12.00,\"Amount, negative\"\r\n"
            + "es003.csv,5,,,a\\nb,\"Say \"\"hi\"\"\"\r\n");
  }

  @Test
  void cells_fileLevelProblem_blankColumnAndValue() {
    assertThat(ProblemsWriter.cells(
        Problem.ofFile(ProblemCode.LIQUIDATION_COLUMNS_ABSENT, "a.csv", "notice")))
        .containsExactly("a.csv", "0", "", "", "", "notice");
  }

  @Test
  void write_noProblems_headerOnly() throws IOException {
    Path file = dir.resolve("sub/problems.csv");
    assertThat(ProblemsWriter.write(file, List.of())).isZero();
    assertThat(Files.readString(file)).isEqualTo("File,Line,Entry Number,Column,Value,Message\r\n");
  }
}
