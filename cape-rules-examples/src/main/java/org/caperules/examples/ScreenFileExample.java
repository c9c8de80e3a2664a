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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.caperules.core.Entry;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.core.eligibility.ScreeningResult;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.CapeCsv;
import org.caperules.csv.declaration.DeclarationEntry;
import org.caperules.csv.declaration.DeclarationFile;
import org.caperules.csv.declaration.DeclarationWriter;

/**
 * Shows how to screen an ES-003 file and write CAPE declarations: read the export with {@code
 * CapeCsv.es003Reader()} (entries, plus a problem for each row that could not be used), screen
 * the entries with {@link CapeEngine#standard()} as of a date, and give every declarable entry
 * (ELIGIBLE or ELIGIBLE_DEFERRED) to a {@link DeclarationWriter}, which writes one file per
 * importer, at most 9,999 entries each. Screens a copy of the shipped sample ({@value
 * ExampleFiles#SAMPLE}) as of 2026-07-13 and writes into {@code declarations/} of the output
 * directory. The README's "same steps one by one" is the method {@code screen}.
 */
public final class ScreenFileExample {

  private ScreenFileExample() {}

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
        directory.resolve("declarations"));
  }

  // README: one-by-one
  static void screen(PrintStream out, Path export, Path declarations) {
    ValueWithProblems<List<Entry>> read = CapeCsv.es003Reader().read(export);
    out.println(read.summary());                   // rows read, used, rejected; problems
    ScreeningResult result = CapeEngine.standard().screen(read.value(), LocalDate.of(2026, 7, 13));
    out.println(result.summary());                 // entries per verdict
    List<DeclarationEntry> declarable = new ArrayList<>();
    for (Assessment a : result.assessments()) {    // verdict, findings, deadlines, next action
      if (a.verdict().isDeclarable()) {            // a declarable entry has a valid number
        declarable.add(new DeclarationEntry(Objects.requireNonNull(a.entry().validEntryNumber()),
            a.entry().importerNumber()));
      }
    }
    for (DeclarationFile file : DeclarationWriter.builder(declarations).build().write(declarable)) {
      out.println(file.file().getFileName() + ": " + file.entryCount() + " entries");
    }
  }
  // README: end
}
