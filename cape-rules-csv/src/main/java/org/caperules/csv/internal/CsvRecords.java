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
package org.caperules.csv.internal;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the records of a CSV file with FastCSV and survives bad ones: where FastCSV stops with a
 * {@link CsvParseException} (an unclosed quote, characters after a closing quote, a record over
 * FastCSV's size limits), this yields a failure item for that line, reopens the file, skips past
 * the line and goes on. After {@link #MAX_RECOVERIES} failures it yields one last failure and
 * stops. Records keep their fields as given, with any number of fields; a UTF-8 byte order mark
 * at the start of the file is removed before parsing (so a quoted first cell stays quoted) and
 * reported by {@link #bomSeen()}.
 * Malformed UTF-8 is read as U+FFFD, never an exception.
 *
 * <p>Example: a file whose line 3 is {@code "ABC12345676,x} (a quote never closed) yields the
 * records of lines 1 and 2, a failure item for line 3, and the records from line 4 on.
 *
 * <p>Not thread-safe.
 */
public final class CsvRecords implements Closeable {

  /** The most parse failures survived in one file. */
  public static final int MAX_RECOVERIES = 100;

  private static final Pattern RECORD_LINE = Pattern.compile("record starting at line (\\d+)");

  /** Opens the file from its start. */
  public interface Source {
    /**
     * Opens the text from its start.
     *
     * @return the reader
     * @throws IOException if it cannot be opened
     */
    Reader open() throws IOException;
  }

  /**
   * One record, or a failure to read one.
   *
   * @param line  the 1-based line where the record starts
   * @param fields  the fields; empty for a failure
   * @param failure  what went wrong, or {@code null} for a record
   */
  public record Item(long line, List<String> fields, @Nullable String failure) {}

  private final Source source;
  private final boolean skipEmptyLines;
  private @Nullable CsvReader<CsvRecord> reader;
  private @Nullable CloseableIterator<CsvRecord> records;
  private long lastLine;
  private int recoveries;
  private boolean bomSeen;
  private @Nullable Item pending;
  private boolean done;

  private CsvRecords(Source source, boolean skipEmptyLines) {
    this.source = source;
    this.skipEmptyLines = skipEmptyLines;
  }

  /** Opens a file as UTF-8, decoding malformed bytes as U+FFFD. */
  public static CsvRecords open(Path file, boolean skipEmptyLines) throws IOException {
    return open(() -> new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8),
        skipEmptyLines);
  }

  /** Opens a source, which may be opened again to go on after a record that cannot be read. */
  public static CsvRecords open(Source source, boolean skipEmptyLines) throws IOException {
    CsvRecords records = new CsvRecords(source, skipEmptyLines);
    records.start(0);
    return records;
  }

  private void start(long skipLines) throws IOException {
    // Drop a byte order mark before FastCSV sees it, so a quoted first cell stays quoted.
    PushbackReader in = new PushbackReader(source.open(), 1);
    int firstChar = in.read();
    if (firstChar == '\uFEFF') {
      bomSeen = true;
    } else if (firstChar >= 0) {
      in.unread(firstChar);
    }
    CsvReader<CsvRecord> opened = CsvReader.builder()
        .skipEmptyLines(skipEmptyLines)
        .allowUnclosedQuote(false)
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .ofCsvRecord(in);
    reader = opened;
    if (skipLines > 0) {
      opened.skipLines((int) Math.min(Integer.MAX_VALUE, skipLines));
    }
    records = opened.iterator();
  }

  /** Tells whether the file started with a UTF-8 byte order mark. */
  public boolean bomSeen() {
    return bomSeen;
  }

  /** Returns the next record or failure, or {@code null} at the end of the file. */
  public @Nullable Item next() {
    if (pending != null) {
      Item item = pending;
      pending = null;
      return item;
    }
    CloseableIterator<CsvRecord> iterator = records;
    if (done || iterator == null) {
      return null;
    }
    try {
      if (!iterator.hasNext()) {
        done = true;
        return null;
      }
      CsvRecord record = iterator.next();
      lastLine = record.getStartingLineNumber();
      return new Item(lastLine, record.getFields(), null);  // unmodifiable, its own array
    } catch (CsvParseException ex) {
      long line = lineOf(ex);
      Item failure = new Item(line, List.of(), "The CSV record could not be read ("
          + Texts.printable(Texts.abbreviate(String.valueOf(ex.getMessage())))
          + "); reading goes on at the next line");
      recover(line);
      return failure;
    } catch (UncheckedIOException ex) {
      done = true;
      return new Item(lastLine + 1, List.of(), "The file could not be read after line "
          + lastLine + ": " + ex.getMessage());
    }
  }

  private long lineOf(CsvParseException ex) {
    Matcher matcher = RECORD_LINE.matcher(String.valueOf(ex.getMessage()));
    return matcher.find() ? Long.parseLong(matcher.group(1)) : lastLine + 1;
  }

  private void recover(long failedLine) {
    closeQuietly();
    recoveries++;
    if (recoveries >= MAX_RECOVERIES) {
      done = true;
      pending = new Item(failedLine, List.of(), "Stopped reading after " + MAX_RECOVERIES
          + " unreadable CSV records; the lines after line " + failedLine + " were not read");
      return;
    }
    try {
      start(failedLine);
      lastLine = failedLine;
    } catch (IOException | RuntimeException ex) {
      done = true;
      pending = new Item(failedLine, List.of(), "The file could not be read after line "
          + failedLine + ": " + Texts.printable(Texts.abbreviate(String.valueOf(ex.getMessage()))));
    }
  }

  private void closeQuietly() {
    try {
      close();
    } catch (IOException ignored) {
      // Reading goes on from a fresh reader; a failure to close the old one changes nothing.
    }
  }

  @Override
  public void close() throws IOException {
    CsvReader<CsvRecord> current = reader;
    reader = null;
    records = null;
    if (current != null) {
      current.close();
    }
  }
}
