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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.caperules.core.Entry;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.es003.Es003Reader;
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
 * The ES-003 file benchmarks, all on one generated file ({@link Es003Files}, seed {@link
 * Es003Files#SEED}) in the same run: {@code fastCsvBaseline} (FastCSV reading every field, the
 * floor), {@code es003Read} ({@link Es003Reader}: file to entries with problems and row
 * accounting) and {@code screen} (file to entries to assessments to the screening report, {@link
 * Screen#screen(Path, Path)}). Time per file; rows per second is {@code rows / time}, and the
 * ratio to the baseline is {@code baseline time / time}. Target (README.md, "Performance"):
 * {@code screen} at 50% or more of the baseline's rows per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Es003Benchmark {

  /** Data rows in the file. */
  @Param("300000")
  public int rows;

  @SuppressWarnings("NullAway.Init")
  private Path directory;
  @SuppressWarnings("NullAway.Init")
  private Path file;
  @SuppressWarnings("NullAway.Init")
  private Path report;

  /**
   * Writes the ES-003 file.
   *
   * @throws IOException if the temporary directory cannot be made
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    directory = Files.createTempDirectory("cape-rules-bench");
    file = directory.resolve("es003-" + rows + ".csv");
    report = directory.resolve("report.csv");
    Es003Files.write(file, rows, Es003Files.SEED);
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
   * FastCSV reads the file, touching every field.
   *
   * @return the checksum
   */
  @Benchmark
  public long fastCsvBaseline() {
    return FastCsvBaseline.read(file);
  }

  /**
   * Reads the file into entries.
   *
   * @return the entries and problems
   */
  @Benchmark
  public ValueWithProblems<List<Entry>> es003Read() {
    return Es003Reader.builder().read(file);
  }

  /**
   * Reads the file as a stream ({@link Es003Reader.Builder#stream}), counting the entries, on
   * one thread.
   *
   * @return the number of entries and the row accounting
   */
  @Benchmark
  public ValueWithProblems<Long> es003Stream() {
    return Es003Reader.builder().stream(file, entry -> { });
  }

  /**
   * Reads the file as a stream with the CSV parsed on a second thread ({@link
   * Es003Reader.Builder#parseAhead}), counting the entries: the read {@code screen} does.
   *
   * @return the number of entries and the row accounting
   */
  @Benchmark
  public ValueWithProblems<Long> es003StreamParseAhead() {
    return Es003Reader.builder().parseAhead(true).stream(file, entry -> { });
  }

  /**
   * Screens the file end to end: read, evaluate, write the screening report.
   *
   * @return the counts
   */
  @Benchmark
  public Screen.Counts screen() {
    return Screen.screen(file, report);
  }
}
