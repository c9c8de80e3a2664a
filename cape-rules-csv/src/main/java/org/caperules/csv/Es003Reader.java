package org.caperules.csv;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.caperules.core.Entry;

/**
 * Reads ACE ES-003 "Entry Summary Line Tariff Details" CSV exports into {@link Entry} values
 * (issue 6; ace-formats.md §1), with FastCSV. The value rules, the grouping of rows into entries
 * and the row accounting are those of {@link Es003Assembler}; this class adds the CSV file: a
 * UTF-8 byte order mark is ignored, lines may end in CRLF or LF, fields may be quoted (and hold
 * line breaks), empty lines are skipped.
 *
 * <p>Usage, in FastCSV's builder shape:
 *
 * <pre>{@code
 * ReadResult<Entry> result = CapeCsv.es003Reader().read(Path.of("ES-003.csv"));
 * result.rows();      // the entries, in order of their first row
 * result.problems();  // every row that could not be used, with file, line, column and value
 * result.summary();   // "1200 rows read: 1198 used, 2 rejected; 3 problems"
 * }</pre>
 *
 * <p>{@link Builder#readAll(List)} reads several exports as one: an entry whose rows are in two
 * files is one entry, and a value on which the files disagree is a problem.
 *
 * <p>{@link Builder#stream(Path, Consumer)} and {@link Builder#streamAll(List, Consumer)} read in
 * constant memory: each entry goes to a sink as soon as its rows end, which needs the rows of
 * each entry together, as ACE's export keeps them (see {@link Es003Assembler#streaming(Consumer)}).
 *
 * <pre>{@code
 * StreamResult result = CapeCsv.es003Reader().stream(Path.of("ES-003.csv"),
 *     entry -> report.add(engine.evaluate(entry, asOf)));
 * }</pre>
 *
 * <p>Exception handling: only an unusable file throws {@link CapeCsvException}, with a message
 * naming the file (and the column): a missing file, a directory, an empty file, a header row that
 * cannot be read, a missing required column. Everything else is a {@link RowProblem}: unbalanced
 * quotes (reading goes on at the next line), rows with too few or too many cells, binary garbage,
 * 50,000-character fields (cut to 200 characters in problems), values that cannot be read. A file
 * with a header and no rows gives no entries and one file-level problem.
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

    /** What the parsing thread of {@link #parseAhead(boolean)} returns; the assembler counts. */
    private static final StreamResult PARSED = new StreamResult(0, List.of(), 0, 0, 0);

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
     * Sets whether the CSV text is parsed on a thread of its own, handing the records over in
     * batches, while this thread turns them into entries; default false (one thread). Parsing
     * and assembling take about the same time, so on two or more cores a read takes about three
     * quarters of the time ({@code bench/run.sh} on 2 cores: 0.73 instead of 0.55 times
     * FastCSV's own rows per second); the entries, problems and accounting are the same. The thread is a daemon that ends with the file, or when the read
     * stops early. {@code cape-rules screen} reads this way.
     *
     * @param parseAhead  true to parse on a second thread
     * @return this builder
     */
    public Builder parseAhead(boolean parseAhead) {
      this.parseAhead = parseAhead;
      return this;
    }

    /**
     * Reads one ES-003 CSV file.
     *
     * @param file  the file
     * @return the entries, the problems and the row accounting
     * @throws CapeCsvException if the file is missing, empty, unreadable, has an unreadable
     *     header row or lacks a required column; the message names the file (and the column)
     */
    public ReadResult<Entry> read(Path file) {
      Objects.requireNonNull(file, "file");
      Es003Assembler assembler = Es003Assembler.create();
      readInto(assembler, file);
      return assembler.result();
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
    public ReadResult<Entry> read(Reader reader, String fileName) {
      Objects.requireNonNull(reader, "reader");
      Objects.requireNonNull(fileName, "fileName");
      Es003Assembler assembler = Es003Assembler.create();
      boolean[] opened = {false};
      CsvRecords.Source source = () -> {
        if (opened[0]) {
          throw new IOException("a Reader cannot be read twice; read the file by its path to go"
              + " on after an unreadable record");
        }
        opened[0] = true;
        return reader;
      };
      readInto(assembler, fileName, source, parseAhead);
      return assembler.result();
    }

    /**
     * Reads several ES-003 CSV files as one export, in the order given: rows of one entry
     * number in several files make one entry, and an entry-level value on which they disagree
     * is a problem (see {@link Es003Assembler}).
     *
     * @param files  the files
     * @return the entries, in order of their first row; the problems of every file, file by
     *     file, each file's file-level problems (line 0) first; the row accounting of all files
     * @throws CapeCsvException at the first file that is unusable, as {@link #read(Path)}
     */
    public ReadResult<Entry> readAll(List<Path> files) {
      return readAllInto(Es003Assembler.create(), files).result();
    }

    /**
     * Reads one ES-003 CSV file as a stream: each entry goes to {@code sink} as soon as its rows
     * end, in order of their first row, so memory does not grow with the file. The rows of each
     * entry must be together, as in ACE's export; see {@link Es003Assembler#streaming(Consumer)}.
     *
     * @param file  the file
     * @param sink  where the entries go
     * @return the number of entries, the problems and the row accounting
     * @throws CapeCsvException as {@link #read(Path)}
     * @throws EntriesNotGroupedException at a row of an entry whose rows had already ended; the
     *     entries handed on before are then not to be trusted, and the file should be read with
     *     {@link #read(Path)}
     */
    public StreamResult stream(Path file, Consumer<? super Entry> sink) {
      return streamAll(List.of(Objects.requireNonNull(file, "file")), sink);
    }

    /**
     * Reads several ES-003 CSV files as one export and as a stream, in the order given: each
     * entry goes to {@code sink} as soon as its rows end. An entry's rows may run on from the end
     * of one file into the start of the next; otherwise they must be together.
     *
     * @param files  the files
     * @param sink  where the entries go
     * @return the number of entries, the problems of every file, file by file, and the row
     *     accounting of all files
     * @throws CapeCsvException at the first file that is unusable, as {@link #read(Path)}
     * @throws EntriesNotGroupedException as {@link #stream(Path, Consumer)}
     */
    public StreamResult streamAll(List<Path> files, Consumer<? super Entry> sink) {
      return readAllInto(Es003Assembler.streaming(sink), files).finish();
    }

    /**
     * Reads one ES-003 CSV file into an assembler that may already hold other files, of this or
     * another format (an {@code .xlsx} reader feeds the same {@link Es003Assembler}), so that a
     * mixed list of inputs reads as one export, as {@link #readAll(List)} does.
     *
     * @param assembler  the assembler, not yet finished; a streaming one hands its entries on
     * @param file  the file
     * @return the assembler
     * @throws CapeCsvException as {@link #read(Path)}
     * @throws IllegalStateException if the assembler's result was already taken
     */
    public Es003Assembler readInto(Es003Assembler assembler, Path file) {
      Objects.requireNonNull(assembler, "assembler");
      Objects.requireNonNull(file, "file");
      Path fileName = file.getFileName();
      String name = fileName == null ? file.toString() : fileName.toString();
      if (!Files.isRegularFile(file)) {
        throw new CapeCsvException(name, "ES-003 file '" + file + "' does not exist or is not a"
            + " file");
      }
      Charset chosen = charset;
      readInto(assembler, name,
          () -> new InputStreamReader(Files.newInputStream(file), chosen), parseAhead);
      return assembler;
    }

    private static void readInto(Es003Assembler assembler, String name,
        CsvRecords.Source source, boolean parseAhead) {
      try (CsvRecords records = CsvRecords.open(source, true)) {
        CsvRecords.Item header = records.next();
        if (header == null) {
          throw new CapeCsvException(name, "ES-003 file '" + name + "' is empty; expected a"
              + " header row with the columns 'Entry Summary Number', 'HTS Number - Full' and"
              + " 'Line Tariff Duty Amount'");
        }
        String failure = header.failure();
        if (failure != null) {
          throw new CapeCsvException(name, header.line(), "ES-003 file '" + name + "': the"
              + " header row could not be read: " + failure, null);
        }
        assembler.startFile(name, header.fields());
        if (!parseAhead) {
          for (CsvRecords.Item item = records.next(); item != null; item = records.next()) {
            add(assembler, item);
          }
          return;
        }
        // The parsing thread ends before the records are closed: the ReadAhead is closed first.
        try (ReadAhead<CsvRecords.Item> items = ReadAhead.start(sink -> {
          for (CsvRecords.Item item = records.next(); item != null; item = records.next()) {
            sink.accept(item);
          }
          return PARSED;
        })) {
          while (items.hasNext()) {
            add(assembler, items.next());
          }
        }
      } catch (NoSuchFileException ex) {
        throw new CapeCsvException(name, 0, "ES-003 file '" + name + "' does not exist", ex);
      } catch (IOException | UncheckedIOException ex) {
        throw new CapeCsvException(name, 0, "ES-003 file '" + name + "' cannot be read: "
            + ex.getMessage(), ex);
      }
    }

    private Es003Assembler readAllInto(Es003Assembler assembler, List<Path> files) {
      Objects.requireNonNull(files, "files");
      for (Path file : files) {
        readInto(assembler, Objects.requireNonNull(file, "file"));
      }
      return assembler;
    }

    private static void add(Es003Assembler assembler, CsvRecords.Item item) {
      String rowFailure = item.failure();
      if (rowFailure != null) {
        assembler.unreadableRow(item.line(), rowFailure);
      } else {
        assembler.row(item.line(), item.fields());
      }
    }
  }
}
