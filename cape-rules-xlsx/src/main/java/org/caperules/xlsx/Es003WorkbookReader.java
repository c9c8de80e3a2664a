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
package org.caperules.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.caperules.core.Entry;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.es003.CapeInputException;
import org.caperules.es003.Cell;
import org.caperules.es003.CellKind;
import org.caperules.es003.Es003Intake;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * Reads ACE ES-003 exports saved as Excel {@code .xlsx} workbooks into exactly the entries,
 * problems and row accounting that the same data gives as CSV: each cell is handed, with its
 * kind, to the same {@link Es003Intake} as the CSV reader of {@code cape-rules-csv} uses, so there
 * is one set of ES-003 rules. Sheets are streamed with fastexcel-reader: rows are never held, so
 * memory grows with the entries, not the rows.
 *
 * <p>Usage:
 *
 * <pre>{@code
 * ValueWithProblems<List<Entry>> result =
 *     Es003WorkbookReader.builder().read(Path.of("ES-003.xlsx"));
 * result.value();     // the entries, in order of their first row
 * result.problems();  // "ES-003.xlsx:7 [Entry Summary Number] '1234567890': Entry number ..."
 * }</pre>
 *
 * <p>The sheets: every sheet whose header row (searched among its first {@value
 * Es003Intake#HEADER_SEARCH_ROWS} rows, below any title rows) names the ES-003 columns is read,
 * in workbook order, as BusinessObjects splits a large report into {@code Main Report}, {@code
 * Main Report (2)}, ...; a notice names the sheets read and those skipped. Problems name the file
 * (and, after the first data sheet, the sheet) and the spreadsheet's row number, as Excel shows
 * it.
 *
 * <p>Cells keep their kind ({@link CellKind}): a number cell is a {@code NUMBER} whose text is
 * its raw value ({@code <v>} in the sheet XML), never a {@code double}; a number cell formatted as
 * a date (built-in or custom, such as {@code mm/dd/yyyy}) is a {@code DATE}, the ISO date in the
 * 1900 or 1904 date system of the workbook ({@code 45755} is {@code 2025-04-08}; with a time of
 * day it is rejected as not a date); TRUE/FALSE cells are {@code BOOLEAN}; an error cell ({@code
 * #N/A}) is an {@code ERROR}, a problem in a column the rules use; a formula is read by its cached
 * value. What a number means in each column (an entry number that lost its leading zeros, an
 * amount) is the intake's rule, the same for every format.
 *
 * <p>Hostile files: before fastexcel-reader sees the file, its zip parts are inflated once and
 * checked against {@link ZipLimits} (zip bombs), counting the bytes really read, and its XML
 * parts are scanned for cells fastexcel-reader must not see: a shared-string index past the
 * table, a cell over Excel's 32,767 characters, a row over its cap ({@code CellLimits}). Such a
 * cell is read from a sanitized copy as a problem naming the sheet, the cell and, for an index,
 * the index, never as an empty cell; a formula without its cached value is a problem too. A file
 * that is not a zip (an {@code .xls}, an encrypted workbook, text) or a corrupt zip is refused
 * with a message naming it.
 *
 * <p>Exception handling: only an unusable file throws {@link CapeInputException}, with a message
 * naming the file: missing, not a zip ("'ES-003.xls' is an Excel 97-2003 or password-protected
 * workbook; save it as .xlsx or CSV"), corrupt, over the zip limits, no sheet with an ES-003
 * header. Everything else is a {@link org.caperules.core.result.Problem}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Es003WorkbookReader {

  private Es003WorkbookReader() {}

  /**
   * Starts a reader with the defaults: {@link ZipLimits#DEFAULT}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures and runs an ES-003 workbook read. Not thread-safe. */
  public static final class Builder {

    private ZipLimits zipLimits = ZipLimits.DEFAULT;

    private Builder() {}

    /**
     * Sets the zip limits checked before a workbook is read; default {@link ZipLimits#DEFAULT}.
     *
     * @param limits  the limits
     * @return this builder
     */
    public Builder zipLimits(ZipLimits limits) {
      this.zipLimits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Reads one ES-003 workbook.
     *
     * @param file  the {@code .xlsx} file
     * @return the entries, the problems and the row accounting
     * @throws CapeInputException if the file is unusable (see the class documentation)
     */
    public ValueWithProblems<List<Entry>> read(Path file) {
      return readInto(Es003Intake.create(), file).result();
    }

    /**
     * Reads several ES-003 workbooks as one export, in the order given, as the CSV reader's
     * {@code readAll} does for CSV files: rows of one entry number in several files make one
     * entry.
     *
     * @param files  the files
     * @return the entries, the problems of every file and the row accounting of all
     * @throws CapeInputException at the first file that is unusable
     */
    public ValueWithProblems<List<Entry>> readAll(List<Path> files) {
      Objects.requireNonNull(files, "files");
      Es003Intake intake = Es003Intake.create();
      for (Path file : files) {
        readInto(intake, Objects.requireNonNull(file, "file"));
      }
      return intake.result();
    }

    /**
     * Reads one ES-003 workbook into an intake that may hold other files, of any format.
     *
     * @param intake  the intake, not yet finished
     * @param file  the {@code .xlsx} file
     * @return the intake
     * @throws CapeInputException if the file is unusable (see the class documentation)
     * @throws IllegalStateException if the intake's result was already taken
     */
    public Es003Intake readInto(Es003Intake intake, Path file) {
      Objects.requireNonNull(intake, "intake");
      Objects.requireNonNull(file, "file");
      Path fileName = file.getFileName();
      String name = fileName == null ? file.toString() : fileName.toString();
      if (!Files.isRegularFile(file)) {
        throw new CapeInputException(name, "ES-003 file '" + file + "' does not exist or is not a"
            + " file");
      }
      Path sanitized = null;
      try {
        ZipGuard.Result checked = checkZip(file, name);
        // Hardening hook: cells fastexcel-reader must not see (a shared-string index past the
        // table, a cell or row over its cap) are read from a sanitized copy (CellLimits).
        if (!checked.toRewrite().isEmpty()) {
          sanitized = WorkbookRewrite.copy(file, checked);
        }
        Path readable = sanitized != null ? sanitized : file;
        try (ReadableWorkbook workbook =
            new ReadableWorkbook(readable.toFile(), new ReadingOptions(true, false))) {
          readWorkbook(intake, name, workbook, checked.date1904() || workbook.isDate1904());
        }
      } catch (IOException | UncheckedIOException | ExcelReaderException
          | NumberFormatException ex) {
        throw new CapeInputException(name, 0, "ES-003 workbook '" + name + "' cannot be read: "
            + ex.getMessage(), ex);
      } finally {
        deleteQuietly(sanitized);
      }
      return intake;
    }

    /** Checks the file: its format, its zip limits, what its XML parts hold. */
    private ZipGuard.Result checkZip(Path file, String name) throws IOException {
      InputFormat format = InputFormat.detect(file);
      if (format == InputFormat.OLE2) {
        throw new CapeInputException(name, oleMessage(name));
      }
      if (format != InputFormat.XLSX) {
        throw new CapeInputException(name, "ES-003 workbook '" + name + "' is not an .xlsx"
            + " workbook: it does not start as a zip archive does (PK); if it is CSV text, read"
            + " it as CSV");
      }
      ZipGuard.Result checked;
      try {
        checked = ZipGuard.check(file, zipLimits);
      } catch (IOException ex) {
        throw new CapeInputException(name, 0, "ES-003 workbook '" + name + "' is a corrupt zip"
            + " archive: " + ex.getMessage(), ex);
      }
      String broken = checked.broken();
      if (broken != null) {
        throw new CapeInputException(name, "ES-003 workbook '" + name + "' is refused as a"
            + " possible zip bomb: " + broken);
      }
      return checked;
    }
  }

  private static void deleteQuietly(@Nullable Path temporary) {
    if (temporary != null) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ex) {
        temporary.toFile().deleteOnExit();
      }
    }
  }

  /**
   * The message for an OLE2 file.
   *
   * @param name  the file name
   * @return "'name' is an Excel 97-2003 or password-protected workbook; save it as .xlsx or CSV"
   */
  static String oleMessage(String name) {
    return "ES-003 file '" + name + "' is an Excel 97-2003 or password-protected workbook; save"
        + " it as .xlsx or CSV";
  }

  private static void readWorkbook(Es003Intake intake, String name,
      ReadableWorkbook workbook, boolean date1904) throws IOException {
    List<Sheet> sheets = workbook.getSheets().collect(Collectors.toList());
    boolean found = false;
    for (Sheet sheet : sheets) {
      intake.startSheet(name, sheet.getName(), date1904);
      try (Stream<Row> rows = sheet.openStream()) {
        readSheet(intake, sheet.getName(), rows.iterator(), date1904);
      }
      found |= intake.endTable();
    }
    RuntimeException closest = intake.closestMiss();
    if (!found && closest != null) {
      throw closest;
    }
    if (!found) {
      String names = sheets.stream().map(s -> "'" + s.getName() + "'")
          .collect(Collectors.joining(", "));
      throw new CapeInputException(name, "ES-003 workbook '" + name + "' has no sheet with a"
          + " header row: no row naming 'Entry Summary Number', 'HTS Number - Full' and 'Line"
          + " Tariff Duty Amount' in the first " + Es003Intake.HEADER_SEARCH_ROWS
          + " rows of any sheet (sheets: " + names + ")");
    }
  }

  /** Feeds the rows of a sheet to the intake, as typed cells, until it wants no more. */
  private static void readSheet(Es003Intake intake, String sheetName, Iterator<Row> rows,
      boolean date1904) {
    List<Cell> cells = new ArrayList<>();
    while (rows.hasNext() && intake.wantsRows()) {
      Row row = rows.next();
      cells.clear();
      org.dhatim.fastexcel.reader.Cell first = row.getCellCount() == 0 ? null : row.getCell(0);
      String rowProblem = first == null ? null : CellLimits.rowProblem(first.getRawValue());
      if (rowProblem != null) {  // hardening hook: a row over its cap (CellLimits)
        intake.unreadableRow(row.getRowNum(), "Sheet '" + sheetName + "', row "
            + row.getRowNum() + ": " + rowProblem);
        continue;
      }
      for (int i = 0; i < row.getCellCount(); i++) {
        cells.add(cell(row.getCell(i), sheetName, date1904));
      }
      intake.row(row.getRowNum(), cells);
    }
  }

  /**
   * A workbook cell as the intake reads it: its kind and its text. A cell that cannot be read
   * (replaced by {@link WorkbookRewrite}, or a formula saved without its value) is an error cell
   * whose text says why, which the intake reports as a problem of that cell.
   */
  private static Cell cell(org.dhatim.fastexcel.reader.@Nullable Cell cell, String sheetName,
      boolean date1904) {
    if (cell == null) {
      return Cell.BLANK;
    }
    String raw = cell.getRawValue();
    String marked = CellLimits.cellProblem(raw);
    if (marked != null) {  // hardening hook: a cell replaced by WorkbookRewrite
      return Cell.of(CellKind.ERROR, "Sheet '" + sheetName + "', cell " + cell.getAddress()
          + ": " + marked, false);
    }
    if (cell.getType() == CellType.FORMULA && raw == null) {
      return Cell.of(CellKind.ERROR, "The cell holds a formula (="
          + CellLimits.shortened(cell.getFormula()) + ") without its value: the file was saved"
          + " by a program that does not compute formulas; open it in Excel and save it again,"
          + " or export it as CSV", true);
    }
    return switch (cell.getType()) {
      case NUMBER -> number(cell, raw == null ? "" : raw, false, date1904);
      case FORMULA -> raw != null && isNumber(raw) ? number(cell, raw, true, date1904)
          : Cell.of(CellKind.TEXT, raw == null ? "" : raw, true);
      case BOOLEAN -> Cell.of(CellKind.BOOLEAN,
          Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE", false);
      case ERROR -> Cell.of(CellKind.ERROR, raw == null ? "" : raw, false);
      case EMPTY -> Cell.BLANK;
      default -> Cell.text(cell.getText());
    };
  }

  /** A number cell: a date if its format shows one, else the number's text. */
  private static Cell number(org.dhatim.fastexcel.reader.Cell cell, String raw,
      boolean formula, boolean date1904) {
    if (CellTexts.isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
      try {
        return Cell.of(CellKind.DATE, CellTexts.dateText(new BigDecimal(raw.strip()), date1904),
            formula);
      } catch (NumberFormatException ex) {
        return Cell.of(CellKind.TEXT, raw, formula);
      }
    }
    return Cell.of(CellKind.NUMBER, raw, formula);
  }

  private static boolean isNumber(String raw) {
    String text = raw.strip();
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(Character.isDigit(c) || c == '.' || c == '-' || c == '+' || c == 'E' || c == 'e')) {
        return false;
      }
    }
    try {
      new BigDecimal(text);
      return true;
    } catch (NumberFormatException ex) {
      return false;
    }
  }
}
