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
package org.caperules.benchmarks;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.caperules.core.Entry;
import org.caperules.core.EntryNumber;
import org.caperules.core.ImporterNumber;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.csv.declaration.DeclarationEntry;
import org.caperules.csv.declaration.DeclarationFile;
import org.caperules.csv.declaration.DeclarationWriter;
import org.caperules.csv.report.ScreeningReportWriter;
import org.caperules.testkit.ImporterNumbers;
import org.caperules.testkit.Portfolios;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The writers, each beside FastCSV writing the same cells (the floor for writing) in the same
 * run: {@code declarations} ({@link DeclarationWriter}: dedupe, sort by importer then entry
 * number, files of 9,999, each written atomically and forced to disk) against {@code
 * fastCsvDeclarationBaseline} (the same entry numbers, one FastCSV file, not forced); {@code
 * screeningReport} ({@link ScreeningReportWriter}: format every cell, neutralise formulas) against
 * {@code fastCsvReportBaseline} (the same cells, already formatted). Time per batch of {@code
 * entries}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WriteBenchmark {

  /** Entries per batch. */
  @Param("100000")
  public int entries;

  @SuppressWarnings("NullAway.Init")
  private Path directory;
  @SuppressWarnings("NullAway.Init")
  private List<DeclarationEntry> declarationEntries;
  @SuppressWarnings("NullAway.Init")
  private List<Assessment> assessments;
  @SuppressWarnings("NullAway.Init")
  private List<String[]> reportCells;

  /**
   * Draws the entries (50 importers) and evaluates them.
   *
   * @throws IOException if the temporary directory cannot be made
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    directory = Files.createTempDirectory("cape-rules-bench");
    SplittableRandom random = new SplittableRandom(Es003Files.SEED);
    List<ImporterNumber> importers = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      importers.add(ImporterNumbers.next(random));
    }
    declarationEntries = new ArrayList<>(entries);
    for (int i = 0; i < entries; i++) {
      declarationEntries.add(DeclarationEntry.of(EntryNumber.of(Es003Files.numbered(i)),
          importers.get(random.nextInt(importers.size()))));
    }
    CapeEngine engine = CapeEngine.standard();
    ScreeningReportWriter writer = ScreeningReportWriter.builder().build();
    assessments = new ArrayList<>(entries);
    reportCells = new ArrayList<>(entries);
    for (Entry entry : Portfolios.standard().generate(Es003Files.SEED, Es003Files.AS_OF,
        entries)) {
      Assessment assessment = engine.evaluate(entry, Es003Files.AS_OF);
      assessments.add(assessment);
      reportCells.add(writer.cells(assessment).toArray(new String[0]));
    }
  }

  /**
   * Deletes the files.
   *
   * @throws IOException if they cannot be deleted
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException ex) {
          throw new UncheckedIOException(ex);
        }
      });
    }
  }

  /**
   * Writes the declaration files.
   *
   * @return the files written
   */
  @Benchmark
  public List<DeclarationFile> declarations() {
    return DeclarationWriter.builder(directory.resolve("declarations")).build()
        .write(declarationEntries);
  }

  /**
   * FastCSV writes the same entry numbers to one file.
   *
   * @return the file
   * @throws IOException if it cannot be written
   */
  @Benchmark
  public Path fastCsvDeclarationBaseline() throws IOException {
    Path file = directory.resolve("baseline-declaration.csv");
    try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(file)) {
      csv.writeRecord("Entry Number");
      for (DeclarationEntry entry : declarationEntries) {
        csv.writeRecord(entry.entryNumber().value());
      }
    }
    return file;
  }

  /**
   * Writes the screening report.
   *
   * @return the rows written
   */
  @Benchmark
  public long screeningReport() {
    return ScreeningReportWriter.builder().build()
        .write(directory.resolve("report.csv"), assessments);
  }

  /**
   * FastCSV writes the same report cells, already formatted.
   *
   * @return the file
   * @throws IOException if it cannot be written
   */
  @Benchmark
  public Path fastCsvReportBaseline() throws IOException {
    Path file = directory.resolve("baseline-report.csv");
    try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(file)) {
      csv.writeRecord(ScreeningReportWriter.HEADER);
      for (String[] cells : reportCells) {
        csv.writeRecord(cells);
      }
    }
    return file;
  }
}
