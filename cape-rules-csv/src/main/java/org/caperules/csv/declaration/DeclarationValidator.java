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
package org.caperules.csv.declaration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.caperules.core.CapeDeclarationFormat;
import org.caperules.core.EntryNumber;
import org.caperules.core.result.Position;
import org.caperules.core.result.Problem;
import org.caperules.core.result.ProblemCode;
import org.caperules.core.result.Severity;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.CapeCsv;
import org.caperules.csv.CapeCsvException;
import org.caperules.csv.internal.CsvRecords;
import org.caperules.csv.internal.Texts;
import org.caperules.es003.Cell;
import org.caperules.es003.Es003Column;
import org.jspecify.annotations.Nullable;

/**
 * Checks an existing CAPE declaration file before upload, against the file-level rules CBP
 * applies (CBP's CAPE declaration template and quick reference guide; the CBP IEEPA FAQ), and
 * reports every problem with its line. The pre-flight a user runs on a file made by hand or
 * edited in Excel. The result is a {@link ValueWithProblems} whose value describes the file
 * ({@link CheckedDeclaration}) and whose problems are the errors and warnings, by line
 * (whole-file ones, line 0, first; on one line, errors first).
 *
 * <p><b>Errors</b> ({@link Severity#ERROR}: CBP rejects, or very probably rejects, the file;
 * {@link ValueWithProblems#hasErrors()} is true):
 *
 * <ul>
 *   <li>not a CSV file: an Excel workbook, a PDF, UTF-16 text or other binary content; a name not
 *       ending in {@code .csv} ("Not a CSV file");
 *   <li>an empty file, or a header with no entry numbers ("Upload file cannot be empty");
 *   <li>a missing or wrong header: line 1 must be {@code Entry Number} ("Header title row cannot
 *       be missing");
 *   <li>a line that is not one 11-character entry number after trimming, removing hyphens and
 *       upper-casing, quoted in the message, with a hint where Excel dropped leading zeros or
 *       wrote scientific notation; other characters (inner spaces, en dashes, line breaks);
 *   <li>a wrong CATAIR check digit;
 *   <li>a duplicate entry number, naming both lines ("No duplicate entries");
 *   <li>more than 9,999 entry numbers ({@link CapeDeclarationFormat#MAX_ENTRIES});
 *   <li>1 MB or more ({@link CapeDeclarationFormat#MAX_FILE_BYTES});
 *   <li>a blank line (it is not an 11-character entry number; vendors also advise "no blank
 *       rows");
 *   <li>a second column, including a trailing comma;
 *   <li>a record the CSV parser cannot read (for example an unclosed quote).
 * </ul>
 *
 * <p><b>Warnings</b> ({@link Severity#WARNING}: CBP's handling is UNCERTAIN; probably accepted):
 * an entry number with hyphens, surrounding spaces or lower-case letters ({@code abc-1234567-6};
 * capeportalguide says CBP strips dashes); a UTF-8 byte order mark; lines ending in LF only
 * (Excel writes CRLF); a header that differs from {@code Entry Number} only in case or spacing.
 *
 * <p>Example: a file {@code decl.csv} whose line 3 is {@code ABC-1234567-6} and whose line 5
 * repeats line 2 gives {@code decl.csv:3 'ABC-1234567-6': Entry number ... is not in canonical
 * form ...}, a warning, then {@code decl.csv:5 ...: Entry number ... on line 5 repeats line 2;
 * CAPE rejects duplicate entry numbers}, an error: the file would be rejected.
 *
 * <p>At most {@value #MAX_LISTED_ERRORS} errors are listed; one more error then says how many
 * were left out. Not checked: that the filer code matches the submitter's, and anything CAPE
 * checks per entry in ACE.
 *
 * <p>Exception handling: only a missing file, a directory, or a file that cannot be opened throws
 * ({@link CapeCsvException}); binary garbage, unbalanced quotes, huge fields and empty files are
 * reported as errors.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DeclarationValidator {

  /** The most errors listed in one report. */
  public static final int MAX_LISTED_ERRORS = 1_000;

  private static final int PREFIX_BYTES = 8_192;
  private static final String COLUMN = CapeDeclarationFormat.HEADER;
  private static final Pattern EXCEL_SCIENTIFIC =
      Pattern.compile("\\d(?:\\.\\d+)?[Ee]\\+?\\d{1,2}");
  private static final Pattern DIGITS = Pattern.compile("\\d{1,10}");

  private DeclarationValidator() {}

  /**
   * Checks a declaration file.
   *
   * @param file  the file to check
   * @return the file's description, its errors and warnings by line; {@link
   *     ValueWithProblems#hasErrors()} tells whether CBP would reject it
   * @throws CapeCsvException if the file does not exist, is a directory or cannot be opened
   */
  public static ValueWithProblems<CheckedDeclaration> validate(Path file) {
    Objects.requireNonNull(file, "file");
    Path fileName = file.getFileName();
    String name = fileName == null ? file.toString() : fileName.toString();
    if (Files.isDirectory(file)) {
      throw new CapeCsvException(name, "Declaration file '" + file + "' is a directory");
    }
    if (!Files.exists(file)) {
      throw new CapeCsvException(name, "Declaration file '" + file + "' does not exist");
    }
    try {
      return new Check(name).run(file);
    } catch (NoSuchFileException ex) {
      throw new CapeCsvException(name, 0, "Declaration file '" + file + "' does not exist", ex);
    } catch (IOException ex) {
      throw new CapeCsvException(name, 0, "Declaration file '" + file + "' cannot be read: "
          + ex.getMessage(), ex);
    }
  }

  /** The state of one check. */
  private static final class Check {
    private final String name;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final Map<String, Long> firstLineOf = new HashMap<>();
    private long entryRows;
    private long unlisted;

    Check(String name) {
      this.name = name;
    }

    ValueWithProblems<CheckedDeclaration> run(Path file) throws IOException {
      long size = Files.size(file);
      if (size == 0) {
        fileError(ProblemCode.EMPTY_FILE, "The file is empty; CAPE rejects an empty declaration (\"Upload file cannot be"
            + " empty\")");
        return report();
      }
      if (!name.toLowerCase(Locale.ROOT).endsWith(CapeDeclarationFormat.FILE_EXTENSION)) {
        fileError(ProblemCode.NOT_CSV, "The file name does not end in .csv; CAPE accepts only a CSV file saved as"
            + " \"CSV (Comma delimited) (*.csv)\" (\"Not a CSV file\")");
      }
      if (size >= CapeDeclarationFormat.MAX_FILE_BYTES) {
        fileError(ProblemCode.FILE_TOO_LARGE, String.format(Locale.ROOT, "The file is %,d bytes; a CAPE declaration must be"
            + " under 1 MB (%,d bytes)", size, CapeDeclarationFormat.MAX_FILE_BYTES));
      }
      byte[] prefix;
      try (InputStream in = Files.newInputStream(file)) {
        prefix = in.readNBytes(PREFIX_BYTES);
      }
      Optional<String> binary = binaryKind(prefix);
      if (binary.isPresent()) {
        fileError(ProblemCode.NOT_CSV, "The file is not a CSV file: " + binary.get() + "; save it from Excel as \"CSV"
            + " (Comma delimited) (*.csv)\" (\"Not a CSV file\")");
        return report();
      }
      if (hasBareLineFeed(prefix)) {
        warnings.add(Problem.ofFile(ProblemCode.LINE_FEEDS_ONLY, name, "The file's lines end in"
            + " LF only; Excel's \"CSV (Comma delimited)\" writes CRLF, and CBP has not said"
            + " whether CAPE accepts LF (UNCERTAIN)"));
      }
      try (CsvRecords records = CsvRecords.open(file, false)) {
        readRecords(records);
        if (records.bomSeen()) {
          warnings.add(Problem.ofFile(ProblemCode.BYTE_ORDER_MARK, name, "The file starts with a"
              + " UTF-8 byte order mark; CBP has not said whether CAPE accepts one (UNCERTAIN):"
              + " save it without"));
        }
      }
      return report();
    }

    /** The errors by line, then the warnings by line, merged by line (errors first). */
    private ValueWithProblems<CheckedDeclaration> report() {
      if (unlisted > 0) {
        errors.add(Problem.ofFile(ProblemCode.ERRORS_NOT_LISTED, name, unlisted + " more errors"
            + " were found but are not listed (at most " + MAX_LISTED_ERRORS + " are)"));
      }
      Comparator<Problem> byLine = Comparator.comparingLong(p -> p.position().line());
      errors.sort(byLine);  // stable: the problems of one line keep their order
      warnings.sort(byLine);
      List<Problem> all = new ArrayList<>(errors);
      all.addAll(warnings);
      all.sort(byLine);
      return ValueWithProblems.of(new CheckedDeclaration(name, entryRows), all);
    }

    private void readRecords(CsvRecords records) {
      CsvRecords.Item item = records.next();
      if (item == null) {
        fileError(ProblemCode.EMPTY_FILE, "The file has no header and no entry numbers; CAPE rejects an empty"
            + " declaration (\"Upload file cannot be empty\")");
        return;
      }
      boolean headerIsData = checkHeader(item);
      if (headerIsData) {
        checkRow(item);
      }
      long dataRows = headerIsData ? 1 : 0;
      for (item = records.next(); item != null; item = records.next()) {
        dataRows++;
        checkRow(item);
      }
      if (dataRows == 0 && errors.isEmpty()) {
        errors.add(Problem.ofFile(ProblemCode.NO_DATA_ROWS, name, "The file has a header but no"
            + " entry numbers; CAPE rejects an empty declaration (\"Upload file cannot be"
            + " empty\")").withSeverity(Severity.ERROR));
      }
    }

    /** Checks line 1; returns true if it is an entry number rather than a header. */
    private boolean checkHeader(CsvRecords.Item item) {
      String failure = item.failure();
      if (failure != null) {
        error(ProblemCode.UNREADABLE_RECORD, item.line(), null, null, failure);
        error(ProblemCode.BAD_HEADER, item.line(), null, null,
            "The header row \"" + COLUMN + "\" is missing");
        return false;
      }
      List<String> fields = item.fields();
      String cell = fields.isEmpty() ? "" : Cell.unwrapExcelText(fields.get(0));
      if (fields.size() > 1) {
        error(ProblemCode.WRONG_CELL_COUNT, item.line(), null, String.join(",", fields),
            "The header row has " + fields.size()
            + " columns; a declaration has only the column \"" + COLUMN + "\"");
      }
      if (cell.equals(CapeDeclarationFormat.HEADER)) {
        return false;
      }
      if (Es003Column.normalizeHeader(cell).equals("entry number")) {
        warning(ProblemCode.NONCANONICAL_HEADER, item.line(), null, cell, null, "The header "
            + Texts.quote(cell) + " differs from the template's \"" + COLUMN + "\" in case or"
            + " spacing; CBP has not said whether the match is exact (UNCERTAIN)");
        return false;
      }
      if (Texts.isBlank(cell) && fields.size() <= 1) {
        error(ProblemCode.BAD_HEADER, item.line(), null, null,
            "Line 1 is blank; it must be the header \"" + COLUMN + "\"");
        return false;
      }
      String normalised = EntryNumber.normalize(cell);
      if (normalised.length() >= 7 && normalised.length() <= 13
          && normalised.chars().filter(Character::isDigit).count() >= 6) {
        error(ProblemCode.BAD_HEADER, item.line(), null, cell,
            "The header row \"" + COLUMN + "\" is missing: line 1 is "
            + Texts.quote(cell) + ", an entry number");
        return true;
      }
      error(ProblemCode.BAD_HEADER, item.line(), null, cell,
          "The header must be \"" + COLUMN + "\", but was "
          + Texts.quote(cell));
      return false;
    }

    private void checkRow(CsvRecords.Item item) {
      long line = item.line();
      String failure = item.failure();
      if (failure != null) {
        error(ProblemCode.UNREADABLE_RECORD, line, null, null, failure);
        return;
      }
      List<String> fields = item.fields();
      if (fields.stream().allMatch(Texts::isBlank)) {
        error(ProblemCode.BLANK_LINE, line, null, null, "Line " + line + " is blank; every line"
            + " after the header must"
            + " hold one entry number");
        return;
      }
      if (fields.size() > 1) {
        error(ProblemCode.WRONG_CELL_COUNT, line, null, String.join(",", fields),
            "Line " + line + " has " + fields.size()
            + " columns; a declaration has only the column \"" + COLUMN + "\" (remove extra cells"
            + " and trailing commas)");
      }
      String cell = fields.get(0);
      // ACE Portal downloads and spreadsheets write ="BII05940010" to keep leading zeros
      String raw = Cell.unwrapExcelText(cell);
      boolean wrapped = !raw.equals(cell);
      if (Texts.isBlank(raw)) {
        error(ProblemCode.MISSING_ENTRY_NUMBER, line, COLUMN, raw,
            "The entry number on line " + line + " is blank");
        return;
      }
      entryRows++;
      if (entryRows == CapeDeclarationFormat.MAX_ENTRIES + 1) {
        error(ProblemCode.TOO_MANY_ENTRIES, line, null, null, String.format(Locale.ROOT,
            "Line %d holds entry number %,d; a CAPE declaration holds at most %,d: split the file",
            line,
            entryRows, CapeDeclarationFormat.MAX_ENTRIES));
      }
      String normalised = EntryNumber.normalize(raw);
      Long previous = firstLineOf.putIfAbsent(normalised, line);
      if (previous != null) {
        error(ProblemCode.DUPLICATE_ENTRY, line, COLUMN, raw, normalised,
            "Entry number " + Texts.quote(normalised) + " on line " + line
            + " repeats line " + previous + "; CAPE rejects duplicate entry numbers");
        return;
      }
      Optional<String> invalid = EntryNumber.validate(normalised);
      if (invalid.isPresent()) {
        error(ProblemCode.BAD_ENTRY_NUMBER, line, COLUMN, raw,
            Texts.fitMessage(invalid.get(), normalised)
            + excelHint(raw.strip()));
        return;
      }
      String simple = raw.strip().replace("-", "").toUpperCase(Locale.ROOT);
      if (!simple.equals(normalised)) {
        error(ProblemCode.BAD_ENTRY_NUMBER, line, COLUMN, raw,
            "Entry number " + Texts.quote(raw) + " contains spaces, dashes"
            + " or line breaks inside it; write it as " + Texts.quote(normalised));
      } else if (wrapped) {
        warning(ProblemCode.NONCANONICAL_ENTRY_NUMBER, line, COLUMN, cell, normalised,
            "Entry number " + Texts.quote(cell) + " is wrapped in Excel's =\"...\" text form;"
            + " it was read as " + Texts.quote(normalised) + ", but write it plain for CAPE");
      } else if (!raw.equals(normalised)) {
        warning(ProblemCode.NONCANONICAL_ENTRY_NUMBER, line, COLUMN, raw, normalised,
            "Entry number " + Texts.quote(raw) + " is not in canonical form (11 upper-case"
            + " characters, no hyphens or spaces); CBP is said to strip dashes (UNCERTAIN): write "
            + Texts.quote(normalised));
      }
    }

    private static String excelHint(String raw) {
      if (DIGITS.matcher(raw).matches()) {
        String padded = "0".repeat(EntryNumber.LENGTH - raw.length()) + raw;
        if (EntryNumber.validate(padded).isEmpty()) {
          return "; Excel may have dropped leading zeros: " + Texts.quote(padded)
              + " would be valid (format the column as Text)";
        }
      }
      if (EXCEL_SCIENTIFIC.matcher(raw).matches()) {
        return "; this is Excel's scientific notation: format the column as Text and re-enter"
            + " the entry numbers";
      }
      return "";
    }

    private void fileError(ProblemCode code, String message) {
      errors.add(Problem.ofFile(code, name, message));
    }

    private void error(ProblemCode code, long line, @Nullable String column,
        @Nullable String value, String message) {
      error(code, line, column, value, null, message);
    }

    private void error(ProblemCode code, long line, @Nullable String column,
        @Nullable String value, @Nullable String entryNumber, String message) {
      if (errors.size() >= MAX_LISTED_ERRORS) {
        unlisted++;
        return;
      }
      errors.add(Problem.of(code, Position.of(name, line, column).withEntryNumber(entryNumber),
          value, message).withSeverity(Severity.ERROR));
    }

    private void warning(ProblemCode code, long line, @Nullable String column, String value,
        @Nullable String entryNumber, String message) {
      if (warnings.size() >= MAX_LISTED_ERRORS) {
        return;
      }
      warnings.add(Problem.of(code, Position.of(name, line, column).withEntryNumber(entryNumber),
          value, message).withSeverity(Severity.WARNING));
    }
  }

  /** Recognises content that is not CSV text, from the first bytes of the file. */
  static Optional<String> binaryKind(byte[] prefix) {
    if (startsWith(prefix, 0x50, 0x4B, 0x03, 0x04)) {
      return Optional.of("it is a ZIP archive, probably an Excel workbook (.xlsx)");
    }
    if (startsWith(prefix, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return Optional.of("it is an Excel 97-2003 workbook (.xls)");
    }
    if (startsWith(prefix, 0x25, 0x50, 0x44, 0x46)) {
      return Optional.of("it is a PDF document");
    }
    if (startsWith(prefix, 0xFF, 0xFE) || startsWith(prefix, 0xFE, 0xFF)) {
      return Optional.of("it is UTF-16 text (Excel's \"Unicode Text\")");
    }
    int control = 0;
    for (byte b : prefix) {
      int c = b & 0xFF;
      if (c == 0) {
        return Optional.of("it contains binary data (a NUL byte)");
      }
      if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
        control++;
      }
    }
    if (control > 0 && control * 20 >= prefix.length) {
      return Optional.of("it contains binary data (" + control + " control bytes in the first "
          + prefix.length + ")");
    }
    return Optional.empty();
  }

  /** True if a line feed in the bytes is not preceded by a carriage return. */
  static boolean hasBareLineFeed(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\r')) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] bytes, int... expected) {
    if (bytes.length < expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((bytes[i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
  }
}
