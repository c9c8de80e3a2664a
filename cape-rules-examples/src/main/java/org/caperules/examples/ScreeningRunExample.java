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
package org.caperules.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.caperules.core.eligibility.Verdict;
import org.caperules.csv.declaration.DeclarationFile;
import org.caperules.screening.ScreeningOutcome;
import org.caperules.screening.ScreeningRun;

/**
 * Shows how an application (an ERP, a scheduled job) does what {@code cape-rules screen} does,
 * without the command line: one {@link ScreeningRun} reads the ES-003 files, screens each entry
 * once, writes the screening report, the problems, the expected payments and the CAPE
 * declarations, and returns a {@link ScreeningOutcome} whose figures the application can store.
 * Screens a copy of the shipped sample ({@value ExampleFiles#SAMPLE}) as of 2026-07-13 into
 * {@code out/} of the output directory. The README's quick start is the method {@code screen}.
 */
public final class ScreeningRunExample {

  private ScreeningRunExample() {}

  /**
   * Runs the example.
   *
   * @param args  the output directory; none for a temporary directory, deleted at the end
   * @throws IOException if the temporary directory cannot be created or deleted
   */
  public static void main(String[] args) throws IOException {
    ExampleFiles.inDirectory(args, directory -> run(System.out, directory));
  }

  static void run(PrintStream out, Path directory) {
    screen(out, ExampleFiles.copySample(directory, "ES-003.csv"), directory.resolve("out"));
  }

  // README: quick-start
  static void screen(PrintStream out, Path export, Path output) {
    ScreeningOutcome outcome = ScreeningRun.builder()
        .asOf(LocalDate.of(2026, 7, 13))          // the policy in force on that day applies
        .output(output)                           // report, problems, payments, declarations
        .build()
        .run(List.of(export));                    // CSV and .xlsx exports, side by side
    out.println(outcome.summary().total() + " entries, "
        + outcome.summary().count(Verdict.ELIGIBLE) + " ELIGIBLE, "
        + outcome.summary().totalAtRisk() + " at risk");
    out.println(outcome.payments().size() + " expected payments, principal "
        + String.format(Locale.ROOT, "%.2f", outcome.expectedPrincipal()));
    for (DeclarationFile declaration : outcome.declarations()) {
      out.println(declaration.file().getFileName() + ": " + declaration.entryCount()
          + " entries");
    }
  }
  // README: end
}
