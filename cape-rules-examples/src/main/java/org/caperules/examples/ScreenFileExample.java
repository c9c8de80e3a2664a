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
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * importer, at most 9,999 entries each. Reads the shipped sample ({@value
 * SampleEs003Generator#SAMPLE_RESOURCE}) from the class path, as of 2026-07-13.
 */
public final class ScreenFileExample {

  private ScreenFileExample() {}

  /**
   * Runs the example.
   *
   * @param args  the output directory; a new temporary directory when empty
   * @throws IOException if the temporary directory cannot be created
   */
  public static void main(String[] args) throws IOException {
    Path out = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("cape-example");
    run(System.out, out);
  }

  static void run(PrintStream out, Path outputDirectory) {
    ValueWithProblems<List<Entry>> read;
    try (InputStream in = Objects.requireNonNull(ScreenFileExample.class.getResourceAsStream(
            "/" + SampleEs003Generator.SAMPLE_RESOURCE), "sample");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      read = CapeCsv.es003Reader().read(reader, "es003-sample.csv");
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    out.println(read.summary());

    ScreeningResult result = CapeEngine.standard().screen(read.value(), LocalDate.of(2026, 7, 13));
    out.println(result.summary());

    List<DeclarationEntry> declarable = new ArrayList<>();
    for (Assessment assessment : result.assessments()) {
      if (assessment.verdict().isDeclarable()) {
        declarable.add(new DeclarationEntry(
            Objects.requireNonNull(assessment.entry().validEntryNumber()),
            assessment.entry().importerNumber()));
      }
    }
    List<DeclarationFile> files = DeclarationWriter.builder(outputDirectory).build()
        .write(declarable);
    for (DeclarationFile file : files) {
      out.println(file.file().getFileName() + ": " + file.entryCount() + " entries");
    }
  }
}
