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
package org.caperules.csv.es003;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.caperules.core.Entry;
import org.caperules.core.result.Problem;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.CapeCsvException;
import org.caperules.csv.internal.CsvRecords;
import org.caperules.csv.internal.Es003CsvInput;
import org.caperules.es003.EntriesNotGroupedException;
import org.caperules.es003.Es003Intake;

/**
 * Reads ACE ES-003 "Entry Summary Line Tariff Details" CSV exports into {@link Entry} values,
 * with FastCSV: rows are grouped by entry number into entries, each row adding a duty line; a
 * UTF-8 byte order mark is ignored, lines may end in CRLF or LF, fields may be quoted (and hold
 * line breaks), empty lines are skipped. The columns are those of {@link org.caperules.es003.Es003Column}, found by
 * header name in any order; the value rules and the row accounting are shared with the {@code
 * .xlsx} reader of {@code cape-rules-xlsx}.
 *
 * <p>Usage, in FastCSV's builder shape:
 *
 * <pre>{@code
 * ValueWithProblems<List<Entry>> result = CapeCsv.es003Reader().read(Path.of("ES-003.csv"));
 * result.value();     // the entries, in order of their first row
 * result.problems();  // every row that could not be used, with file, line, column and value
 * result.summary();   // "1200 rows read: 1198 used, 2 rejected; 3 problems"
 * }</pre>
 *
 * <p>{@link Builder#readAll(List)} reads several exports as one: an entry whose rows are in two
 * files is one entry, and a value on which the files disagree is a problem.
 *
 * <p>{@link Builder#stream(Path, Consumer)} and {@link Builder#streamAll(List, Consumer)} read in
 * constant memory: each entry goes to a sink as soon as its rows end, which needs the rows of
 * each entry together, as ACE's export keeps them; a row of an entry whose rows had already ended
 * throws {@link EntriesNotGroupedException}.
 *
 * <pre>{@code
 * ValueWithProblems<Long> result = CapeCsv.es003Reader().stream(Path.of("ES-003.csv"),
 *     entry -> report.add(engine.evaluate(entry, asOf)));
 * }</pre>
 *
 * <p>Exception handling: only an unusable file throws {@link CapeCsvException}, with a message
 * naming the file (and the column): a missing file, a directory, an empty file, a header row that
 * cannot be read, a missing required column. Everything else is a {@link Problem}: unbalanced
 * quotes (reading goes on at the next line), rows with too few or too many cells, binary garbage,
 * 50,000-character fields (cut to 200 characters in problems), values that cannot be read. A file
 * with a header and no rows gives no entries and one notice.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Es003Reader {

  private Es003Reader() {}

  /**
   * Starts a reader with the defaults: UTF-8, malformed bytes read as U+FFFD.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures and runs an ES-003 read. Not thread-safe. */
  public static final class Builder {

    private Charset charset = StandardCharsets.UTF_8;
    private boolean parseAhead;

    private Builder() {}

    /**
     * Sets the character set of files read by path; default UTF-8. Bytes that are not valid in
     * it are read as U+FFFD, never an exception.
     *
     * @param charset  the character set, for example {@code windows-1252}
     * @return this builder
     */
    public Builder charset(Charset charset) {
      this.charset = Objects.requireNonNull(charset, "charset");
      return this;
    }

    /**
     * Returns the character set of files read by path.
     *
     * @return the character set; UTF-8 unless set
     */
    public Charset charset() {
      return charset;
    }

    /**
     * Sets whether the CSV text is parsed on a thread of its own, handing the records over in
     * batches, while this thread turns them into entries; default false (one thread). Parsing
     * and assembling take about the same time, so on two or more cores a read takes about three
     * quarters of the time ({@code bench/run.sh} on 2 cores: 0.73 instead of 0.55 times
     * FastCSV's own rows per second); the entries, problems and accounting are the same. The
     * thread is a daemon that ends with the file, or when the read stops early. {@code
     * cape-rules screen} reads this way.
     *
     * @param parseAhead  true to parse on a second thread
     * @return this builder
     */
    public Builder parseAhead(boolean parseAhead) {
      this.parseAhead = parseAhead;
      return this;
    }

    /**
     * Tells whether the CSV text is parsed on a thread of its own.
     *
     * @return true if set by {@link #parseAhead(boolean)}
     */
    public boolean isParseAhead() {
      return parseAhead;
    }

    /**
     * Reads one ES-003 CSV file.
     *
     * @param file  the file
     * @return the entries, the problems and the row accounting
     * @throws CapeCsvException if the file is missing, empty, unreadable, has an unreadable
     *     header row or lacks a required column; the message names the file (and the column)
     */
    public ValueWithProblems<List<Entry>> read(Path file) {
      Objects.requireNonNull(file, "file");
      Es003Intake intake = Es003Intake.create();
      Es003CsvInput.readInto(intake, file, charset, parseAhead);
      return intake.result();
    }

    /**
     * Reads ES-003 CSV text from a reader, which is closed at the end. Unlike {@link
     * #read(Path)}, reading cannot go on after a record FastCSV cannot parse (an unclosed quote):
     * a reader cannot be read twice, so one problem says where reading stopped.
     *
     * @param reader  the text
     * @param fileName  the name to use in problems and messages
     * @return the entries, the problems and the row accounting
     * @throws CapeCsvException if the text is empty, has an unreadable header row or lacks a
     *     required column
     */
    public ValueWithProblems<List<Entry>> read(Reader reader, String fileName) {
      Objects.requireNonNull(reader, "reader");
      Objects.requireNonNull(fileName, "fileName");
      Es003Intake intake = Es003Intake.create();
      boolean[] opened = {false};
      CsvRecords.Source source = () -> {
        if (opened[0]) {
          throw new IOException("a Reader cannot be read twice; read the file by its path to go"
              + " on after an unreadable record");
        }
        opened[0] = true;
        return reader;
      };
      Es003CsvInput.readInto(intake, fileName, source, parseAhead);
      return intake.result();
    }

    /**
     * Reads several ES-003 CSV files as one export, in the order given: rows of one entry
     * number in several files make one entry, and an entry-level value on which they disagree
     * is a problem.
     *
     * @param files  the files
     * @return the entries, in order of their first row; the problems of every file, file by
     *     file, each file's whole-file problems first; the row accounting of all files
     * @throws CapeCsvException at the first file that is unusable, as {@link #read(Path)}
     */
    public ValueWithProblems<List<Entry>> readAll(List<Path> files) {
      return readAllInto(Es003Intake.create(), files).result();
    }

    /**
     * Reads one ES-003 CSV file as a stream: each entry goes to {@code sink} as soon as its rows
     * end, in order of their first row, so memory does not grow with the file. The rows of each
     * entry must be together, as in ACE's export.
     *
     * @param file  the file
     * @param sink  where the entries go
     * @return the number of entries handed on, the problems and the row accounting
     * @throws CapeCsvException as {@link #read(Path)}
     * @throws EntriesNotGroupedException at a row of an entry whose rows had already ended; the
     *     entries handed on before are then not to be trusted, and the file should be read with
     *     {@link #read(Path)}
     */
    public ValueWithProblems<Long> stream(Path file, Consumer<? super Entry> sink) {
      return streamAll(List.of(Objects.requireNonNull(file, "file")), sink);
    }

    /**
     * Reads several ES-003 CSV files as one export and as a stream, in the order given: each
     * entry goes to {@code sink} as soon as its rows end. An entry's rows may run on from the end
     * of one file into the start of the next; otherwise they must be together.
     *
     * @param files  the files
     * @param sink  where the entries go
     * @return the number of entries handed on, the problems of every file, file by file, and the
     *     row accounting of all files
     * @throws CapeCsvException at the first file that is unusable, as {@link #read(Path)}
     * @throws EntriesNotGroupedException as {@link #stream(Path, Consumer)}
     */
    public ValueWithProblems<Long> streamAll(List<Path> files, Consumer<? super Entry> sink) {
      return readAllInto(Es003Intake.streaming(sink), files).finish();
    }

    /**
     * Reads one ES-003 CSV file into an intake that may hold other files, of any format (a
     * workbook read by {@code cape-rules-xlsx}, for example), with this builder's character set
     * and parse-ahead.
     *
     * @param intake  the intake, not yet finished; a streaming one hands its entries on
     * @param file  the file
     * @return the intake
     * @throws CapeCsvException if the file is unusable, as {@link #read(Path)}
     * @throws IllegalStateException if the intake's read was already ended
     */
    public Es003Intake readInto(Es003Intake intake, Path file) {
      Es003CsvInput.readInto(Objects.requireNonNull(intake, "intake"),
          Objects.requireNonNull(file, "file"), charset, parseAhead);
      return intake;
    }

    private Es003Intake readAllInto(Es003Intake intake, List<Path> files) {
      Objects.requireNonNull(files, "files");
      for (Path file : files) {
        Es003CsvInput.readInto(intake, Objects.requireNonNull(file, "file"), charset,
            parseAhead);
      }
      return intake;
    }
  }
}
