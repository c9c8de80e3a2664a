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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.caperules.core.Entry;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.CapeCsvException;
import org.caperules.csv.es003.Es003Column;
import org.caperules.csv.internal.Es003Assembler;
import org.caperules.csv.internal.Es003Header;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * Reads ACE ES-003 exports saved as Excel {@code .xlsx} workbooks
 * into exactly the entries, problems and row accounting that the same data gives as CSV: the
 * cells are turned into text and fed to the same {@link Es003Assembler} as {@link
 * org.caperules.csv.es003.Es003Reader}, so there is one set of ES-003 rules. The sheet is streamed
 * with fastexcel-reader: rows are never held, so memory grows with the entries, not the rows.
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
 * <p>The sheet: {@code Main Report} (ACE's default tab name, matched trimmed and ignoring case)
 * if the workbook has one, else the first sheet, in workbook order, with an {@code Entry Summary
 * Number} header (or alias) in its first {@value #HEADER_SEARCH_ROWS} rows. Rows above the header
 * row (a report title, blank rows) are skipped. Problems name the file and the spreadsheet's row
 * number, as Excel shows it.
 *
 * <p>Cells (the raw value of a number is read with {@code new BigDecimal(String)}, never as a
 * {@code double}):
 *
 * <ul>
 *   <li>text as it is; TRUE/FALSE cells as {@code TRUE}/{@code FALSE}; a formula by its cached
 *       value;
 *   <li>a number cell formatted as a date (built-in or custom, such as {@code mm/dd/yyyy})
 *       becomes the ISO date, in the 1900 or 1904 date system of the workbook: {@code 45755} is
 *       {@code 2025-04-08}; with a time of day it is rejected as not a date; a number in a date
 *       column formatted as General is an Excel serial the shared parser reads (36526 to 73050);
 *   <li>a number in {@code Entry Summary Number} must have 11 digits: fewer means a spreadsheet
 *       dropped leading zeros (a filer code starting with 0), so the cell is a problem: "Entry
 *       number 1234567890 looks damaged by a spreadsheet: 10 digits, but an entry number has 11
 *       characters; a number cell drops leading zeros (format the column as Text and export
 *       again)"; an entry number written as text in scientific notation ({@code 1.23457E+10})
 *       is a problem for the shared rules, in CSV too;
 *   <li>a number in {@code HTS Number - Full} with 7 or 9 digits lost its leading zero: a
 *       problem;
 *   <li>a number in a money column is read exactly, with at least 2 decimals as ACE's {@code
 *       $#,##0.00} shows it: {@code 850} is {@code 850.00}, {@code 0.1} is {@code 0.10};
 *   <li>an error cell ({@code #N/A}, {@code #VALUE!}) in a column the rules use is a problem;
 *   <li>any other number by its plain decimal text: {@code 1} in {@code Entry Type Code} is
 *       {@code 1}.
 * </ul>
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
 * <p>Exception handling: only an unusable file throws {@link CapeCsvException}, with a message
 * naming the file: missing, not a zip ("'ES-003.xls' is an Excel 97-2003 or password-protected
 * workbook; save it as .xlsx or CSV"), corrupt, over the zip limits, no sheet with an ES-003
 * header, a missing required column. Everything else is a {@link
 * org.caperules.core.result.Problem}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Es003WorkbookReader {

  /** The sheet name ACE's BusinessObjects export gives the data. */
  public static final String MAIN_REPORT = "Main Report";

  /** How many rows of a sheet are searched for the header row: 100. */
  public static final int HEADER_SEARCH_ROWS = 100;

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
     * @throws CapeCsvException if the file is unusable (see the class documentation)
     */
    public ValueWithProblems<List<Entry>> read(Path file) {
      return readInto(Es003Assembler.create(), file).result();
    }

    /**
     * Reads several ES-003 workbooks as one export, in the order given, as {@link
     * org.caperules.csv.es003.Es003Reader.Builder#readAll(List)} does for CSV.
     *
     * @param files  the files
     * @return the entries, the problems of every file and the row accounting of all
     * @throws CapeCsvException at the first file that is unusable
     */
    public ValueWithProblems<List<Entry>> readAll(List<Path> files) {
      Objects.requireNonNull(files, "files");
      Es003Assembler assembler = Es003Assembler.create();
      for (Path file : files) {
        readInto(assembler, Objects.requireNonNull(file, "file"));
      }
      return assembler.result();
    }

    /**
     * Reads one ES-003 workbook into an assembler that may hold other files, of any format.
     *
     * @param assembler  the assembler, not yet finished
     * @param file  the {@code .xlsx} file
     * @return the assembler
     * @throws CapeCsvException if the file is unusable (see the class documentation)
     * @throws IllegalStateException if the assembler's result was already taken
     */
    Es003Assembler readInto(Es003Assembler assembler, Path file) {
      Objects.requireNonNull(assembler, "assembler");
      Objects.requireNonNull(file, "file");
      Path fileName = file.getFileName();
      String name = fileName == null ? file.toString() : fileName.toString();
      if (!Files.isRegularFile(file)) {
        throw new CapeCsvException(name, "ES-003 file '" + file + "' does not exist or is not a"
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
          readWorkbook(assembler, name, workbook, checked.date1904() || workbook.isDate1904());
        }
      } catch (IOException | UncheckedIOException | ExcelReaderException
          | NumberFormatException ex) {
        throw new CapeCsvException(name, 0, "ES-003 workbook '" + name + "' cannot be read: "
            + ex.getMessage(), ex);
      } finally {
        deleteQuietly(sanitized);
      }
      return assembler;
    }

    /** Checks the file: its format, its zip limits, what its XML parts hold. */
    private ZipGuard.Result checkZip(Path file, String name) throws IOException {
      InputFormat format = InputFormat.detect(file);
      if (format == InputFormat.OLE2) {
        throw new CapeCsvException(name, oleMessage(name));
      }
      if (format != InputFormat.XLSX) {
        throw new CapeCsvException(name, "ES-003 workbook '" + name + "' is not an .xlsx"
            + " workbook: it does not start as a zip archive does (PK); if it is CSV text, read"
            + " it as CSV");
      }
      ZipGuard.Result checked;
      try {
        checked = ZipGuard.check(file, zipLimits);
      } catch (IOException ex) {
        throw new CapeCsvException(name, 0, "ES-003 workbook '" + name + "' is a corrupt zip"
            + " archive: " + ex.getMessage(), ex);
      }
      String broken = checked.broken();
      if (broken != null) {
        throw new CapeCsvException(name, "ES-003 workbook '" + name + "' is refused as a"
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

  private static void readWorkbook(Es003Assembler assembler, String name,
      ReadableWorkbook workbook, boolean date1904) throws IOException {
    List<Sheet> sheets = workbook.getSheets().collect(Collectors.toList());
    List<Sheet> candidates = new ArrayList<>(1);
    for (Sheet sheet : sheets) {
      if (sheet.getName().strip().equalsIgnoreCase(MAIN_REPORT)) {
        candidates.add(sheet);
        break;
      }
    }
    boolean main = !candidates.isEmpty();
    if (!main) {
      candidates.addAll(sheets);
    }
    for (Sheet sheet : candidates) {
      try (Stream<Row> rows = sheet.openStream()) {
        if (readSheet(assembler, name, sheet.getName(), date1904, rows.iterator())) {
          return;
        }
      }
    }
    String names = sheets.stream().map(s -> "'" + s.getName() + "'")
        .collect(Collectors.joining(", "));
    throw new CapeCsvException(name, "ES-003 workbook '" + name + "' has no "
        + (main ? "header row in its sheet '" + candidates.get(0).getName() + "'"
            : "sheet with a header row")
        + ": no cell 'Entry Summary Number' in the first " + HEADER_SEARCH_ROWS
        + " rows (sheets: " + names + ")");
  }

  /** Reads a sheet if it has a header row; false if it has none. */
  private static boolean readSheet(Es003Assembler assembler, String name, String sheetName,
      boolean date1904, Iterator<Row> rows) {
    Row header = null;
    for (int searched = 0; searched < HEADER_SEARCH_ROWS && rows.hasNext(); searched++) {
      Row row = rows.next();
      if (row.getRowNum() > HEADER_SEARCH_ROWS) {
        break;
      }
      if (isHeader(row)) {
        header = row;
        break;
      }
    }
    if (header == null) {
      return false;
    }
    List<String> headerCells = new ArrayList<>(header.getCellCount());
    for (int i = 0; i < header.getCellCount(); i++) {
      Cell cell = header.getCell(i);
      headerCells.add(cell == null ? "" : cell.getText());
    }
    Es003Header found = Es003Header.of(name, headerCells);
    assembler.startFile(name, headerCells);
    Es003Column[] roles = new Es003Column[headerCells.size()];
    for (Es003Column column : found.columns()) {
      roles[found.index(column).getAsInt()] = column;
    }
    Map<Es003Column, String> cellProblems = new EnumMap<>(Es003Column.class);
    @Nullable String[] out = new String[2];
    List<String> cells = new ArrayList<>(roles.length);
    while (rows.hasNext()) {
      Row row = rows.next();
      cells.clear();
      cellProblems.clear();
      Cell first = row.getCellCount() == 0 ? null : row.getCell(0);
      String rowProblem = first == null ? null : CellLimits.rowProblem(first.getRawValue());
      if (rowProblem != null) {  // hardening hook: a row over its cap (CellLimits)
        assembler.unreadableRow(row.getRowNum(), "Sheet '" + sheetName + "', row "
            + row.getRowNum() + ": " + rowProblem);
        continue;
      }
      int width = Math.max(roles.length, row.getCellCount());
      for (int i = 0; i < width; i++) {
        Cell cell = i < row.getCellCount() ? row.getCell(i) : null;
        Es003Column role = i < roles.length ? roles[i] : null;
        text(cell, role, date1904, out);
        String text = out[0];
        cells.add(text == null ? "" : text);
        String problem = out[1];
        if (problem != null && role != null && USED.contains(role)) {
          cellProblems.put(role, cell == null || !CellLimits.isMarked(cell.getRawValue())
              ? problem
              : "Sheet '" + sheetName + "', cell " + cell.getAddress() + ": " + problem);
        }
      }
      assembler.row(row.getRowNum(), cells, cellProblems);
    }
    return true;
  }

  /** The columns whose values the assembler reads; others may hold anything. */
  private static final Set<Es003Column> USED = EnumSet.complementOf(
      EnumSet.of(Es003Column.LINE_TARIFF_GOODS_VALUE_AMOUNT,
          Es003Column.COUNTRY_OF_ORIGIN_CODE, Es003Column.PORT_OF_ENTRY_CODE));

  private static boolean isHeader(Row row) {
    for (Cell cell : row) {
      if (cell != null && cell.getType() == CellType.STRING
          && Es003Column.ENTRY_SUMMARY_NUMBER.matches(cell.getText())) {
        return true;
      }
    }
    return false;
  }

  private static void text(@Nullable Cell cell, @Nullable Es003Column role, boolean date1904,
      @Nullable String[] out) {
    out[1] = null;
    if (cell == null) {
      out[0] = "";
      return;
    }
    CellType type = cell.getType();
    String raw = cell.getRawValue();
    String marked = CellLimits.cellProblem(raw);
    if (marked != null) {  // hardening hook: a cell replaced by WorkbookRewrite
      out[0] = "#REF!";
      out[1] = marked;
      return;
    }
    switch (type) {
      case NUMBER -> CellTexts.number(role, raw == null ? "" : raw,
          CellTexts.isDateFormat(cell.getDataFormatId(), cell.getDataFormatString()), date1904,
          out);
      case FORMULA -> {
        if (raw == null) {
          out[0] = "";
          out[1] = "The cell holds a formula (=" + CellLimits.shortened(cell.getFormula())
              + ") without its value: the file was saved by a program that does not compute"
              + " formulas; open it in Excel and save it again, or export it as CSV";
        } else if (isNumber(raw)) {
          CellTexts.number(role, raw,
              CellTexts.isDateFormat(cell.getDataFormatId(), cell.getDataFormatString()),
              date1904, out);
        } else {
          out[0] = raw == null ? "" : raw;
        }
      }
      case BOOLEAN -> out[0] = Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE";
      case ERROR -> {
        out[0] = raw == null ? "" : raw;
        out[1] = "The cell holds the spreadsheet error " + out[0] + ", not a value";
      }
      case EMPTY -> out[0] = "";
      default -> out[0] = cell.getText();
    }
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
