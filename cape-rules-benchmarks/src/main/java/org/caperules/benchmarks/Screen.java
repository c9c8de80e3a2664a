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

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.caperules.core.Entry;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.core.result.RowAccounting;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.es003.Es003Reader;
import org.caperules.csv.es003.ReadAhead;
import org.caperules.csv.report.ScreeningReportWriter;

/**
 * One end-to-end screen of an ES-003 file, what {@code cape-rules screen} does: read the file as
 * a stream on a thread of its own, its CSV parsed on a third ({@link Es003Reader.Builder#stream},
 * {@link Es003Reader.Builder#parseAhead}, {@link ReadAhead}),
 * evaluate every entry as of {@link Es003Files#AS_OF} ({@link CapeEngine#standard()}) and stream
 * the assessments into the screening report with its forecast columns ({@link
 * ScreeningReportWriter}), never holding the entries or the assessments.
 *
 * <p>From the shell, for the scaling and memory runs (one JVM per file, so one run's heap does
 * not affect the next): {@code java -Xmx1g -cp benchmarks.jar org.caperules.benchmarks.Screen
 * FILE [REPORT] [baseline]} prints {@code rows entries millis rows/s peakHeapMiB}; with {@code
 * baseline} it times {@link FastCsvBaseline#read(Path)} instead.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Screen {

  /**
   * What a screen read and wrote.
   *
   * @param rows  the data rows read
   * @param entries  the entries screened (report rows)
   * @param problems  the row problems
   */
  public record Counts(long rows, long entries, int problems) {}

  private Screen() {}

  /**
   * Screens a file.
   *
   * @param file  the ES-003 file
   * @param report  the screening report to write
   * @return the counts
   */
  public static Counts screen(Path file, Path report) {
    CapeEngine engine = CapeEngine.standard();
    try (ReadAhead<Entry> entries = ReadAhead.start(
        sink -> Es003Reader.builder().parseAhead(true).stream(file, sink))) {
      long written = ScreeningReportWriter.builder().build()
          .write(report, entries.stream().map(entry -> engine.evaluate(entry, Es003Files.AS_OF)));
      ValueWithProblems<Long> read = entries.result();
      RowAccounting rows = Objects.requireNonNull(read.rowAccounting(), "rowAccounting");
      return new Counts(rows.rowsRead(), written, read.problems().size());
    }
  }

  /**
   * Screens one file and prints {@code rows entries millis rows/s peakHeapMiB}. With {@code
   * warm}, the same work runs once first, untimed, so that the figure leaves out the JVM's
   * start-up and JIT compilation (several seconds of CPU on 2 cores): what a long-running
   * service or a second file in one run would see.
   *
   * @param args  the file, optionally the report path, then {@code baseline} and/or {@code warm}
   */
  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    Path report = args.length > 1 ? Path.of(args[1]) : Path.of(file + ".report.csv");
    List<String> flags = Arrays.asList(args).subList(Math.min(2, args.length), args.length);
    boolean baseline = flags.contains("baseline");
    if (flags.contains("warm")) {
      run(file, report, baseline);
    }
    long start = System.nanoTime();
    long[] counts = run(file, report, baseline);
    long millis = (System.nanoTime() - start) / 1_000_000;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "%d %d %d %.0f %d%n", counts[0], counts[1], millis,
        counts[0] * 1000.0 / Math.max(1, millis), peak >> 20);
  }

  /** Rows and entries of one screen, or of one FastCSV read (no entries). */
  private static long[] run(Path file, Path report, boolean baseline) {
    if (baseline) {
      return new long[] {(FastCsvBaseline.read(file) >>> 32) - 1, 0};
    }
    Counts counts = screen(file, report);
    return new long[] {counts.rows(), counts.entries()};
  }
}
