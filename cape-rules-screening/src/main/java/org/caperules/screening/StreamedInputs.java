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
package org.caperules.screening;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.caperules.core.Entry;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.CapeCsv;
import org.caperules.csv.es003.ReadAhead;
import org.caperules.csv.report.ProblemSpill;
import org.caperules.es003.EntriesNotGroupedException;
import org.caperules.xlsx.Es003WorkbookReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads ES-003 files (CSV and {@code .xlsx}, each file's format chosen by its content, several
 * files one export) and runs a pass over their entries, in order of their first row, so memory
 * does not grow with the input: the files are parsed on threads of their own ({@link
 * ReadAhead}, {@link org.caperules.csv.es003.Es003Reader.Builder#parseAhead}) while the pass takes the
 * entries as they come. Streaming needs the rows of each entry together, as ACE's export keeps
 * them; when they are not ({@link EntriesNotGroupedException}: rows of an entry apart in a file,
 * or the same entry in two overlapping exports), a note says so and the pass runs again, on
 * fresh state, over a partitioned read ({@link Es003Files#streamPartitioned}): the rows are
 * first sorted by entry on disk, in temporary files of the system's temporary directory that
 * only the user may open and that are deleted after, so memory stays bounded there too. The
 * first pass's result is discarded; the second gives the same entries, problems and row
 * accounting as a whole read would, the entries in another order.
 *
 * <p>Example: {@code StreamedInputs.run(files, "compared", notes::add, entries -> count(entries))}
 * over a file whose rows of entry ABC12345676 are on lines 2 and 4 gives the count of the whole
 * read and the note "the rows of entry ABC12345676 are apart from each other (apart.csv line 4),
 * so the input cannot be compared as a stream; sorting its rows by entry on disk first".
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StreamedInputs {

  /**
   * What a pass gave, with the read's problems and row accounting and the notes about the read.
   *
   * @param <R>  the type of the pass's result
   * @param value  the pass's result
   * @param read  the read's problems and row accounting
   * @param notes  the notes about the read, for example that it fell back to the partitioned read
   */
  public record Outcome<R>(R value, ValueWithProblems<Long> read, List<String> notes) {

    /**
     * Checks the components and copies the notes.
     *
     * @param value  the pass's result
     * @param read  the read's problems and row accounting
     * @param notes  the notes about the read
     * @throws NullPointerException if a component is null
     */
    public Outcome {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(read, "read");
      notes = List.copyOf(notes);
    }
  }

  private StreamedInputs() {}

  /**
   * Reads the files and runs {@code pass} over their entries, in order of their first row.
   *
   * @param <R>  the type of the pass's result
   * @param files  ES-003 CSV files and {@code .xlsx} workbooks, read as one export
   * @param verb  what the pass does to the entries, for the note: "screened", "compared"
   * @param onNote  receives each note as soon as it is made (before the partitioned read starts)
   * @param pass  the pass; it may run twice, and must start on fresh state each time
   * @return the pass's result, the read's accounting and the notes
   * @throws org.caperules.es003.CapeInputException at the first unusable file; the message names it
   */
  public static <R> Outcome<R> run(List<Path> files, String verb, Consumer<String> onNote,
      Function<Iterator<Entry>, R> pass) {
    return run(files, verb, onNote, null, pass);
  }

  /**
   * Reads the files and runs {@code pass} over their entries, as {@link #run(List, String,
   * Consumer, Function)}, writing each problem but the notices to {@code problems} as it is
   * found, so memory does not grow with the bad rows either: the outcome's read then holds only
   * the notices. When the read falls back to a partitioned read, the spill is restarted first.
   *
   * @param <R>  the type of the pass's result
   * @param files  ES-003 CSV files and {@code .xlsx} workbooks, read as one export
   * @param verb  what the pass does to the entries, for the note: "screened", "compared"
   * @param onNote  receives each note as soon as it is made (before the partitioned read starts)
   * @param problems  where the problems are written, or null to keep them in the outcome
   * @param pass  the pass; it may run twice, and must start on fresh state each time
   * @return the pass's result, the read's notices and accounting, and the notes
   * @throws org.caperules.csv.CapeCsvException at the first unusable file; the message names it
   */
  public static <R> Outcome<R> run(List<Path> files, String verb, Consumer<String> onNote,
      @Nullable ProblemSpill problems, Function<Iterator<Entry>, R> pass) {
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(onNote, "onNote");
    Objects.requireNonNull(pass, "pass");
    try (ReadAhead<Entry> entries = ReadAhead.start(sink -> problems == null
        ? Es003Files.streamAll(files, CapeCsv.es003Reader().parseAhead(true),
            Es003WorkbookReader.builder(), sink)
        : Es003Files.streamAll(files, CapeCsv.es003Reader().parseAhead(true),
            Es003WorkbookReader.builder(), sink, problems))) {
      R value = pass.apply(entries);
      return new Outcome<>(value, entries.result(), List.of());
    } catch (EntriesNotGroupedException ex) {
      String note = String.format(Locale.ROOT, "the rows of entry %s are apart from each other"
          + " (%s line %d), so the input cannot be %s as a stream; sorting its rows by entry on"
          + " disk first", ex.entryNumberText(), ex.file(), ex.line(), verb);
      onNote.accept(note);
      if (problems != null) {
        problems.restart();
      }
      try (ReadAhead<Entry> entries = ReadAhead.start(sink -> Es003Files.streamPartitioned(files,
          CapeCsv.es003Reader().parseAhead(true), Es003WorkbookReader.builder(), sink, problems,
          null))) {
        R value = pass.apply(entries);
        return new Outcome<>(value, entries.result(), List.of(note));
      }
    }
  }
}
