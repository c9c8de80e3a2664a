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
import java.util.stream.Stream;
import org.caperules.core.Entry;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.CapeCsv;
import org.caperules.csv.es003.ReadAhead;
import org.caperules.es003.EntriesNotGroupedException;

/**
 * Shows how to screen an ES-003 export of any length in constant memory, as {@code cape-rules
 * screen} does: the file is read as a stream on a thread of its own ({@link ReadAhead}, {@code
 * CapeCsv.es003Reader().stream(file, sink)}), each entry is handed on as soon as its rows end and
 * evaluated at once, and the screening report is written as the assessments come, so neither the
 * entries nor the assessments are held. ACE's export keeps the rows of an entry together; a file
 * that does not throws {@link EntriesNotGroupedException}, and is then read whole ({@code
 * read(file)}). Screens a copy of the shipped sample ({@value ExampleFiles#SAMPLE}) as of
 * 2026-07-13. The README's streaming snippet is the method {@code screen}.
 */
public final class StreamingScreenExample {

  private StreamingScreenExample() {}

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
    screen(out, ExampleFiles.copySample(directory, "ES-003.csv"),
        directory.resolve("screening-report.csv"));
  }

  // README: streaming
  static void screen(PrintStream out, Path export, Path report) {
    CapeEngine engine = CapeEngine.standard();
    LocalDate asOf = LocalDate.of(2026, 7, 13);
    try (ReadAhead<Entry> entries = ReadAhead.start(    // parseAhead: CSV parsed on a third thread
        sink -> CapeCsv.es003Reader().parseAhead(true).stream(export, sink))) {
      Stream<Assessment> assessments = entries.stream().map(e -> engine.evaluate(e, asOf));
      long written = CapeCsv.screeningReportWriter().build().write(report, assessments);
      ValueWithProblems<Long> read = entries.result();  // entries handed on, problems, rows
      out.println(read.summary() + "; " + read.value() + " values handed on");
      out.println(report.getFileName() + ": " + written + " entries");
    }
  }
  // README: end
}
