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
package org.caperules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.caperules.core.EntryNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check-declaration DIR} against the manifest, and the summary of a large set. */
class DeclarationSetCommandTest {

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  private Path screen(int importers) throws IOException {
    StringBuilder rows = new StringBuilder(ScreenCommandTest.HEADER);
    for (int i = 0; i < importers; i++) {
      String base = String.format(Locale.ROOT, "ZZZ%07d", 1_000_000 + i);
      rows.append(base).append(EntryNumber.checkDigit(base))
          .append(String.format(Locale.ROOT, ",99030125,100.00,01,%02d-1234567,Open,\r\n",
              10 + i));
    }
    Path input = Files.writeString(dir.resolve("in.csv"), rows, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--out", out.toString(),
        input.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return out;
  }

  @Test
  void checkDeclaration_outputFolderOrItsDeclarations_matchesAndAccepted() throws IOException {
    Path out = screen(3);
    for (Path folder : new Path[] {out, out.resolve("declarations")}) {
      CliRun run = CliRun.of("check-declaration", folder.toString());
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.outLines()).containsExactly(
          out.resolve("declarations") + ": MATCHES declarations-manifest.csv (3 files listed,"
              + " 0 differences)",
          out.resolve("declarations") + ": 3 accepted, 0 rejected");
    }
  }

  @Test
  void checkDeclaration_fileChangedMissingOrExtra_exit1EachNamed() throws IOException {
    Path out = screen(3);
    Path declarations = out.resolve("declarations");
    Files.delete(declarations.resolve("cape-declaration-10-1234567-001.csv"));
    Files.writeString(declarations.resolve("cape-declaration-11-1234567-001.csv"),
        "Entry Number\r\nABC1234567\r\n");
    Files.writeString(declarations.resolve("mine.csv"), "Entry Number\r\n");
    CliRun run = CliRun.of("check-declaration", out.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines().get(0)).isEqualTo(declarations + ": DOES NOT MATCH"
        + " declarations-manifest.csv (3 files listed, 3 differences)");
    assertThat(run.outLines().get(1)).isEqualTo("  error: cape-declaration-10-1234567-001.csv:"
        + " missing (listed in declarations-manifest.csv)");
    assertThat(run.outLines().get(2))
        .startsWith("  error: cape-declaration-11-1234567-001.csv: changed (SHA-256 ");
    assertThat(run.outLines().get(3)).isEqualTo("  error: mine.csv: not in"
        + " declarations-manifest.csv (a file the set does not have)");
    assertThat(run.out()).contains("cape-declaration-11-1234567-001.csv: REJECTED",
        declarations + ": 1 accepted, 1 rejected");
  }

  @Test
  void screen_manyDeclarationFiles_summaryListsTenAndCountsTheRest() throws IOException {
    Path input = screen(15).resolve("..").normalize();
    assertThat(input).isDirectory();
    Path out = dir.resolve("again");
    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--out", out.toString(),
        dir.resolve("in.csv").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.outLines()).filteredOn(line -> line.contains("declaration for ")).hasSize(10);
    assertThat(run.outLines()).contains("  ... and 5 more declaration files (15 entries in 15"
        + " files; every file is listed in the manifest)",
        "  " + out.resolve("declarations-manifest.csv") + " (15 declaration files, with their"
            + " SHA-256)");
  }
}
