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

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.caperules.core.internal.ScratchFiles;
import org.caperules.core.result.Problem;
import org.caperules.csv.internal.AtomicFiles;
import org.caperules.csv.internal.CsvOutput;

/**
 * A problems file written while the read runs: each {@link Problem} is written as it is found
 * (the rows {@link ProblemsWriter} writes, under its header) to a temporary file, and only the
 * count and the first {@value #KEPT} problems are held, so a read of 1,000,000 bad rows needs no
 * more memory than one of none. {@link #publish(Path)} then puts the file in place atomically.
 *
 * <p>Usage, with a reader that sends its problems on (as {@code ScreeningRun} does):
 *
 * <pre>{@code
 * try (ProblemSpill spill = ProblemSpill.create()) {
 *   ValueWithProblems<Long> read = Es003Files.streamAll(files, csv, xlsx, sink, spill);
 *   spill.count();                              // 1,000,000
 *   spill.first();                              // the first 100, for a summary
 *   spill.publish(Path.of("out/problems.csv")); // 1,000,000 rows after the header
 * }
 * }</pre>
 *
 * <p>The temporary file ({@code cape-rules-problems-*.csv} in the system's temporary directory,
 * readable by its owner only on POSIX file systems) holds what the problems file will: values
 * already masked by whoever built the problem. {@link #close()} deletes it.
 *
 * <p>Exception handling: {@link UncheckedIOException} when the temporary file cannot be
 * written or the problems file cannot be published.
 *
 * <p>Thread-safe: problems may come from a reading thread while another thread publishes after
 * the read has ended.
 */
public final class ProblemSpill implements Consumer<Problem>, AutoCloseable {

  /** How many of the first problems are held for a summary. */
  public static final int KEPT = 100;

  private final Path file;
  private Writer writer;
  private CsvWriter csv;
  private long count;
  private final List<Problem> first = new ArrayList<>();

  private ProblemSpill(Path file) throws IOException {
    this.file = file;
    this.writer = open(file);
    this.csv = header(writer);
  }

  /**
   * Creates a spill in a new temporary file.
   *
   * @return the spill, empty
   * @throws UncheckedIOException if the temporary file cannot be created
   */
  public static ProblemSpill create() {
    try {
      return new ProblemSpill(ScratchFiles.createFile("problems", ".csv"));
    } catch (IOException ex) {
      throw new UncheckedIOException("Could not create a temporary problems file: "
          + ex.getMessage(), ex);
    }
  }

  private static Writer open(Path file) throws IOException {
    CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file,
        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), encoder), 65_536);
  }

  private static CsvWriter header(Writer out) {
    CsvWriter writer = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out);
    record(writer, ProblemsWriter.HEADER);
    return writer;
  }

  private static void record(CsvWriter csv, List<String> cells) {
    CsvOutput.record(csv, cells);
  }

  /**
   * Writes one problem.
   *
   * @param problem  the problem
   * @throws UncheckedIOException if the temporary file cannot be written
   */
  @Override
  public synchronized void accept(Problem problem) {
    record(csv, ProblemsWriter.cells(problem));
    count++;
    if (first.size() < KEPT) {
      first.add(problem);
    }
  }

  /**
   * Empties the spill, for a read that starts again (a stream that falls back to a whole read).
   *
   * @throws UncheckedIOException if the temporary file cannot be written
   */
  public synchronized void restart() {
    try {
      writer.close();
      writer = open(file);
      csv = header(writer);
    } catch (IOException ex) {
      throw new UncheckedIOException("Could not restart the temporary problems file: "
          + ex.getMessage(), ex);
    }
    count = 0;
    first.clear();
  }

  /**
   * Returns the number of problems written.
   *
   * @return the count
   */
  public synchronized long count() {
    return count;
  }

  /**
   * Returns the first problems written, at most {@value #KEPT}.
   *
   * @return the problems, in the order written
   */
  public synchronized List<Problem> first() {
    return List.copyOf(first);
  }

  /**
   * Writes the problems file, replacing {@code target} atomically with what was written so far.
   *
   * @param target  the problems file; its directory is created if missing
   * @return the number of rows after the header
   * @throws UncheckedIOException if the file cannot be written; the target is then untouched
   */
  public synchronized long publish(Path target) {
    try {
      csv.flush();
      writer.flush();
    } catch (IOException ex) {
      throw new UncheckedIOException("Could not write the temporary problems file: "
          + ex.getMessage(), ex);
    }
    return AtomicFiles.write(target, "problems file", channel -> {
      try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
        long size = in.size();
        for (long done = 0; done < size; ) {
          done += in.transferTo(done, size - done, channel);
        }
      }
      return count;
    });
  }

  /**
   * Deletes the temporary file.
   *
   * @throws UncheckedIOException if it cannot be deleted
   */
  @Override
  public synchronized void close() {
    try {
      writer.close();
      Files.deleteIfExists(file);
    } catch (IOException ex) {
      throw new UncheckedIOException("Could not delete the temporary problems file '" + file
          + "': " + ex.getMessage(), ex);
    }
  }

  /**
   * Returns the spill as text, for example {@code ProblemSpill[12 problems]}.
   *
   * @return the spill as text
   */
  @Override
  public synchronized String toString() {
    return "ProblemSpill[" + count + (count == 1 ? " problem]" : " problems]");
  }
}
