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

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.CapeCsvException;
import org.caperules.csv.es003.ReadAhead;
import org.caperules.es003.CapeInputException;
import org.caperules.es003.EntriesNotGroupedException;
import org.caperules.es003.Es003Intake;

/**
 * Feeds an ES-003 CSV file to an {@link Es003Intake}: each record is a row of text cells (the
 * intake finds the header row below any title rows), and a record FastCSV cannot read (an
 * unclosed quote) is an unreadable row, after which reading goes on ({@link CsvRecords}). With
 * parse-ahead, the CSV text is parsed on a thread of its own ({@link ReadAhead}) while this
 * thread hands the records on.
 *
 * <p>Example: {@code Es003CsvInput.readInto(intake, Path.of("march.csv"), UTF_8, false)} adds
 * the rows of {@code march.csv} to what the intake already holds, so a CSV file and a workbook
 * read into one intake are one export.
 *
 * <p>Exception handling: an unusable file throws {@link CapeCsvException} naming it: missing, not
 * a file, empty, unreadable, with an unreadable first record, or with no header row naming the
 * required columns.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Es003CsvInput {

  /** What the parsing thread returns; the intake counts the rows. */
  private static final ValueWithProblems<Long> PARSED = ValueWithProblems.of(0L, List.of());

  private Es003CsvInput() {}

  /**
   * Reads one ES-003 CSV file into an intake that may already hold other files.
   *
   * @param intake  the intake, not yet finished; a streaming one hands its entries on
   * @param file  the file
   * @param charset  the character set of the file; malformed bytes are read as U+FFFD
   * @param parseAhead  true to parse the CSV text on a second thread
   * @throws CapeCsvException if the file is unusable; the message names it
   * @throws IllegalStateException if the intake's read was already ended
   */
  public static void readInto(Es003Intake intake, Path file, Charset charset,
      boolean parseAhead) {
    Objects.requireNonNull(intake, "intake");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(charset, "charset");
    Path fileName = file.getFileName();
    String name = fileName == null ? file.toString() : fileName.toString();
    if (!Files.isRegularFile(file)) {
      throw new CapeCsvException(name, "ES-003 file '" + file + "' does not exist or is not a"
          + " file");
    }
    readInto(intake, name, () -> new InputStreamReader(Files.newInputStream(file), charset),
        parseAhead);
  }

  /**
   * Reads ES-003 CSV text into an intake.
   *
   * @param intake  the intake, not yet finished
   * @param name  the file name to use in problems and messages
   * @param source  opens the text; opened again to go on after a record that cannot be read
   * @param parseAhead  true to parse the CSV text on a second thread
   * @throws CapeCsvException if the text is unusable; the message names it
   */
  public static void readInto(Es003Intake intake, String name, CsvRecords.Source source,
      boolean parseAhead) {
    try (CsvRecords records = CsvRecords.open(source, true)) {
      CsvRecords.Item first = records.next();
      if (first == null) {
        throw new CapeCsvException(name, "ES-003 file '" + name + "' is empty; expected a"
            + " header row with the columns 'Entry Summary Number', 'HTS Number - Full' and"
            + " 'Line Tariff Duty Amount'");
      }
      String failure = first.failure();
      if (failure != null) {
        throw new CapeCsvException(name, first.line(), "ES-003 file '" + name + "': the"
            + " header row could not be read: " + failure, null);
      }
      intake.startFile(name);
      add(intake, first);
      if (!parseAhead) {
        for (CsvRecords.Item item = records.next(); item != null && intake.wantsRows();
            item = records.next()) {
          add(intake, item);
        }
      } else {
        // The parsing thread ends before the records are closed: the ReadAhead is closed first.
        try (ReadAhead<CsvRecords.Item> items = ReadAhead.start(sink -> {
          for (CsvRecords.Item item = records.next(); item != null; item = records.next()) {
            sink.accept(item);
          }
          return PARSED;
        })) {
          while (items.hasNext() && intake.wantsRows()) {
            add(intake, items.next());
          }
        }
      }
      if (!intake.headerFound()) {
        throw intake.noHeader();
      }
      intake.endTable();
    } catch (NoSuchFileException ex) {
      throw new CapeCsvException(name, 0, "ES-003 file '" + name + "' does not exist", ex);
    } catch (IOException | UncheckedIOException ex) {
      throw new CapeCsvException(name, 0, "ES-003 file '" + name + "' cannot be read: "
          + ex.getMessage(), ex);
    } catch (CapeCsvException | EntriesNotGroupedException ex) {
      throw ex;
    } catch (CapeInputException ex) {
      // The intake's own: a CSV file that cannot be used is a CapeCsvException, as always.
      throw new CapeCsvException(ex.file(), ex.line(), String.valueOf(ex.getMessage()), ex);
    }
  }

  private static void add(Es003Intake intake, CsvRecords.Item item) {
    String rowFailure = item.failure();
    if (rowFailure != null) {
      intake.unreadableRow(item.line(), rowFailure);
    } else {
      intake.textRow(item.line(), item.fields());
    }
  }
}
