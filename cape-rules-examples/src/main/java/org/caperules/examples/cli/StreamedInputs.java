package org.caperules.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.caperules.core.Entry;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.CapeCsv;
import org.caperules.csv.EntriesNotGroupedException;
import org.caperules.csv.es003.ReadAhead;
import org.caperules.xlsx.Es003Files;
import org.caperules.xlsx.Es003WorkbookReader;

/**
 * How {@code screen} and {@code compare} read their inputs: as a stream on threads of their own
 * ({@link ReadAhead}, {@link org.caperules.csv.es003.Es003Reader.Builder#parseAhead}), running a
 * pass over the entries as they come, so memory does not grow with the input. When the rows of an
 * entry are apart ({@link EntriesNotGroupedException}), it says so on stderr and runs a new pass
 * over the whole read instead; the pass's first result is discarded, so the outputs are the same.
 */
final class StreamedInputs {

  /**
   * What a pass gave, and the read's problems and row accounting.
   *
   * @param <R>  the type of the pass's result
   * @param value  the pass's result
   * @param read  the read's problems and accounting
   */
  record Outcome<R>(R value, ValueWithProblems<Long> read) {}

  private StreamedInputs() {}

  /**
   * Reads the files and runs {@code pass} over their entries, in order of their first row.
   *
   * @param <R>  the type of the pass's result
   * @param files  ES-003 CSV files and {@code .xlsx} workbooks
   * @param err  where the note about a whole read goes
   * @param done  what the command does to the entries, for the note: "screened", "compared"
   * @param pass  the pass; it may run twice, on fresh state each time
   * @return the pass's result and the read's accounting
   * @throws org.caperules.csv.CapeCsvException at the first unusable file
   */
  static <R> Outcome<R> run(List<Path> files, PrintWriter err, String done,
      Function<Iterator<Entry>, R> pass) {
    try (ReadAhead<Entry> entries = ReadAhead.start(sink -> Es003Files.streamAll(files,
        CapeCsv.es003Reader().parseAhead(true), Es003WorkbookReader.builder(), sink))) {
      R value = pass.apply(entries);
      return new Outcome<>(value, entries.result());
    } catch (EntriesNotGroupedException ex) {
      err.printf(Locale.ROOT, "Note: the rows of entry %s are apart from each other (%s line"
          + " %d), so the input cannot be %s as a stream; reading it whole into memory"
          + " instead%n", ex.entryNumberText(), ex.file(), ex.line(), done);
      err.flush();
      ValueWithProblems<List<Entry>> whole =
          Es003Files.readAll(files, CapeCsv.es003Reader(), Es003WorkbookReader.builder());
      R value = pass.apply(whole.value().iterator());
      return new Outcome<>(value, whole.map(entries -> (long) entries.size()));
    }
  }
}
