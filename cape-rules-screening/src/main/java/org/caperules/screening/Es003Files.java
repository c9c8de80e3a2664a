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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.caperules.core.Entry;
import org.caperules.core.result.Problem;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.es003.Es003Reader;
import org.caperules.es003.CapeInputException;
import org.caperules.es003.EntriesNotGroupedException;
import org.caperules.es003.Es003Intake;
import org.caperules.xlsx.Es003WorkbookReader;
import org.caperules.xlsx.InputFormat;
import org.jspecify.annotations.Nullable;

/**
 * Reads a list of ES-003 exports, {@code .xlsx} workbooks and CSV files side by side, as one
 * export: each file's format is chosen by its first bytes ({@link InputFormat}), not
 * its name, and every file feeds one intake of the ES-003 rules, so an entry whose rows are in a
 * workbook and a CSV file is one entry.
 *
 * <p>The files are read in the order of their names (then of their whole paths), whatever the
 * order of the list, so that nothing in the result depends on the order in which a user named
 * them: which of two disagreeing rows is the one rejected, and so the duty of an entry whose rows
 * disagree, would otherwise (docs/formats.md#when-rows-of-an-entry-disagree).
 *
 * <p>Example: {@code Es003Files.readAll(List.of(Path.of("march.xlsx"), Path.of("april.csv")))}
 * gives the entries of both; a file {@code old.xls} is refused with "ES-003 file 'old.xls' is an
 * Excel 97-2003 or password-protected workbook; save it as .xlsx or CSV".
 *
 * <p>Exception handling: {@link CapeInputException} at the first unusable file, as {@link
 * Es003Reader} and {@link Es003WorkbookReader} say; an OLE2 file (an {@code .xls} or an
 * encrypted workbook) is unusable.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Es003Files {

  private Es003Files() {}

  /**
   * Reads the files as one export, with the default CSV and workbook readers.
   *
   * @param files  {@code .xlsx} and CSV files, read in the order of {@link #inReadingOrder(List)}
   * @return the entries, problems and row accounting of all the files
   * @throws CapeInputException at the first unusable file; the message names it
   */
  public static ValueWithProblems<List<Entry>> readAll(List<Path> files) {
    return readAll(files, Es003Reader.builder(), Es003WorkbookReader.builder());
  }

  /**
   * Reads the files as one export, with the readers given (for a CSV character set or workbook
   * zip limits).
   *
   * @param files  {@code .xlsx} and CSV files, read in the order of {@link #inReadingOrder(List)}
   * @param csv  the reader for CSV files
   * @param xlsx  the reader for workbooks
   * @return the entries, problems and row accounting of all the files
   * @throws CapeInputException at the first unusable file; the message names it
   */
  public static ValueWithProblems<List<Entry>> readAll(List<Path> files, Es003Reader.Builder csv,
      Es003WorkbookReader.Builder xlsx) {
    return readAllInto(Es003Intake.create(), files, csv, xlsx).result();
  }

  /**
   * Reads the files as one export and as a stream, with the readers given: each entry goes to
   * {@code sink} as soon as its rows end, so memory does not grow with the files. The rows of
   * each entry must be together, as in ACE's export (they may run on from the end of one file
   * into the next).
   *
   * @param files  {@code .xlsx} and CSV files, read in the order of {@link #inReadingOrder(List)}
   * @param csv  the reader for CSV files
   * @param xlsx  the reader for workbooks
   * @param sink  where the entries go, in order of their first row
   * @return the number of entries handed on, the problems and the row accounting of all the
   *     files
   * @throws CapeInputException at the first unusable file; the message names it
   * @throws EntriesNotGroupedException at a row of an entry whose rows had already ended; read
   *     the files with {@link #readAll(List, Es003Reader.Builder, Es003WorkbookReader.Builder)}
   *     instead
   */
  public static ValueWithProblems<Long> streamAll(List<Path> files, Es003Reader.Builder csv,
      Es003WorkbookReader.Builder xlsx, Consumer<? super Entry> sink) {
    return readAllInto(Es003Intake.streaming(sink), files, csv, xlsx).finish();
  }

  /**
   * Reads the files as one export and as a stream, as {@link #streamAll(List,
   * Es003Reader.Builder, Es003WorkbookReader.Builder, Consumer)}, sending each problem but the
   * notices to {@code problems} as it is found instead of keeping it in the result, so memory
   * does not grow with the bad rows either (for example to a {@link
   * org.caperules.csv.report.ProblemSpill}).
   *
   * @param files  {@code .xlsx} and CSV files, read in the order of {@link #inReadingOrder(List)}
   * @param csv  the reader for CSV files
   * @param xlsx  the reader for workbooks
   * @param sink  where the entries go, in order of their first row
   * @param problems  where the problems go, in the order found
   * @return the number of entries handed on, the notices and the row accounting of all the files
   * @throws CapeInputException at the first unusable file; the message names it
   * @throws EntriesNotGroupedException at a row of an entry whose rows had already ended
   */
  public static ValueWithProblems<Long> streamAll(List<Path> files, Es003Reader.Builder csv,
      Es003WorkbookReader.Builder xlsx, Consumer<? super Entry> sink,
      Consumer<? super Problem> problems) {
    Es003Intake intake = Es003Intake.streaming(sink)
        .problemsTo(Objects.requireNonNull(problems, "problems"));
    return readAllInto(intake, files, csv, xlsx).finish();
  }

  /**
   * Reads the files as one export, as {@link #readAll(List, Es003Reader.Builder,
   * Es003WorkbookReader.Builder)}, sending each problem but the notices to {@code problems} as
   * it is found instead of keeping it in the result.
   *
   * @param files  {@code .xlsx} and CSV files, read in the order of {@link #inReadingOrder(List)}
   * @param csv  the reader for CSV files
   * @param xlsx  the reader for workbooks
   * @param problems  where the problems go, in the order found
   * @return the entries, the notices and the row accounting of all the files
   * @throws CapeInputException at the first unusable file; the message names it
   */
  public static ValueWithProblems<List<Entry>> readAll(List<Path> files, Es003Reader.Builder csv,
      Es003WorkbookReader.Builder xlsx, Consumer<? super Problem> problems) {
    Es003Intake intake = Es003Intake.create()
        .problemsTo(Objects.requireNonNull(problems, "problems"));
    return readAllInto(intake, files, csv, xlsx).result();
  }

  /**
   * Reads the files as one export whose rows of an entry may be anywhere (apart in a file, or
   * the same entry in two overlapping exports), in bounded memory: a first pass files the rows
   * by entry number in temporary files, then each file of rows is assembled and its entries go
   * to {@code sink} ({@link Es003Intake#partitioned}). Entries, problems and row accounting are
   * those of {@link #readAll(List, Es003Reader.Builder, Es003WorkbookReader.Builder)}; the
   * entries come in another order. The temporary files hold importer numbers: they are in an
   * owner-only directory, deleted when the read ends or fails.
   *
   * @param files  {@code .xlsx} and CSV files, in order
   * @param csv  the reader for CSV files
   * @param xlsx  the reader for workbooks
   * @param sink  where the entries go
   * @param problems  where the problems but the notices go as found, or null to keep them in
   *     the result
   * @param spillParent  where the directory of temporary files is made, or null for the
   *     system's temporary directory
   * @return the number of entries handed on, the problems (or notices) and the row accounting
   * @throws CapeInputException at the first unusable file; the message names it
   * @throws java.io.UncheckedIOException if the temporary files cannot be written
   */
  public static ValueWithProblems<Long> streamPartitioned(List<Path> files,
      Es003Reader.Builder csv, Es003WorkbookReader.Builder xlsx, Consumer<? super Entry> sink,
      @Nullable Consumer<? super Problem> problems, @Nullable Path spillParent) {
    Objects.requireNonNull(files, "files");
    Es003Intake intake = Es003Intake.partitioned(sink, spillParent, estimatedBytes(files));
    try {
      if (problems != null) {
        intake.problemsTo(problems);
      }
      return readAllInto(intake, files, csv, xlsx).finish();
    } finally {
      intake.abandon();
    }
  }

  /** About how many bytes of text the rows hold: a workbook's XML is zipped about ten to one. */
  private static long estimatedBytes(List<Path> files) {
    long bytes = 0;
    for (Path file : files) {
      try {
        if (Files.isRegularFile(file)) {
          long size = Files.size(file);
          bytes += InputFormat.detect(file) == InputFormat.XLSX ? size * 10 : size;
        }
      } catch (IOException ex) {
        // the read names the file when it cannot read it
      }
    }
    return bytes;
  }

  private static Es003Intake readAllInto(Es003Intake intake, List<Path> files,
      Es003Reader.Builder csv, Es003WorkbookReader.Builder xlsx) {
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(xlsx, "xlsx");
    for (Path file : inReadingOrder(files)) {
      readInto(intake, file, csv, xlsx);
    }
    return intake;
  }

  /**
   * The files in the order they are read: by file name, then by whole path.
   *
   * @param files  the files, in any order
   * @return the files in reading order
   * @throws NullPointerException if a file is null
   */
  public static List<Path> inReadingOrder(List<Path> files) {
    List<Path> sorted = new ArrayList<>(files.size());
    for (Path file : files) {
      sorted.add(Objects.requireNonNull(file, "file"));
    }
    sorted.sort(Comparator.comparing((Path file) -> {
      Path name = file.getFileName();
      return name == null ? "" : name.toString();
    }).thenComparing(Path::toString));
    return sorted;
  }

  private static void readInto(Es003Intake intake, Path file, Es003Reader.Builder csv,
      Es003WorkbookReader.Builder xlsx) {
    InputFormat format = InputFormat.TEXT;
    if (Files.isRegularFile(file)) {
      try {
        format = InputFormat.detect(file);
      } catch (IOException ex) {
        Path fileName = file.getFileName();
        String name = fileName == null ? file.toString() : fileName.toString();
        throw new CapeInputException(name, 0, "ES-003 file '" + name + "' cannot be read: "
            + ex.getMessage(), ex);
      }
    }
    switch (format) {
      case XLSX -> xlsx.readInto(intake, file);
      case OLE2 -> {
        Path fileName = file.getFileName();
        String name = fileName == null ? file.toString() : fileName.toString();
        throw new CapeInputException(name, "ES-003 file '" + name + "' is an Excel 97-2003 or"
            + " password-protected workbook; save it as .xlsx or CSV");
      }
      default -> csv.readInto(intake, file);
    }
  }
}
