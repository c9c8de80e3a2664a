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
package org.caperules.ledger;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.caperules.core.EntryNumber;
import org.caperules.core.ImporterNumber;
import org.caperules.core.result.Position;
import org.caperules.core.result.Problem;
import org.caperules.core.result.ProblemCode;
import org.caperules.core.result.RowAccounting;
import org.caperules.csv.CapeCsvException;
import org.caperules.csv.internal.CsvRecords;
import org.caperules.csv.result.CapeResultReader;
import org.caperules.ledger.PaymentColumns.Field;
import org.caperules.ledger.internal.Sql;
import org.jspecify.annotations.Nullable;

/**
 * Reads refund report lines from CSV by header name ({@link PaymentColumns}) and records them.
 * Cells are unwrapped from {@code ="..."}; amounts may carry {@code $} and thousands commas;
 * dates are ISO ({@code 2026-09-15}) or US ({@code 09/15/2026}). A line needs an amount and an
 * entry number or a payee; a line without them, or with a cell that cannot be read, is a
 * problem naming file, line, column and value, and reading goes on. Example: {@code Entry
 * Number,Refund Amount,Interest Amount} then {@code ="BII05992854",$1,000.00,12.34} is one
 * line of 1000.00 plus 12.34 interest.
 */
final class PaymentImporter {

  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT);

  /** A report read, before it is recorded. */
  record Reading(String fileName, String hash, PaymentReport report, List<PaymentLine> lines,
      List<Problem> problems, RowAccounting accounting) {}

  private PaymentImporter() {}

  static Reading read(Path file, PaymentReport report, PaymentColumns columns) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(columns, "columns");
    Path name = file.getFileName();
    String fileName = name == null ? file.toString() : name.toString();
    if (!Files.isRegularFile(file)) {
      throw new CapeCsvException(fileName, "Refund report '" + file + "' does not exist or is"
          + " not a file");
    }
    List<PaymentLine> lines = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    long read = 0;
    try (CsvRecords records = CsvRecords.open(file, true)) {
      CsvRecords.Item header = records.next();
      if (header == null || header.failure() != null) {
        throw new CapeCsvException(fileName, "Refund report '" + file + "' has no header row");
      }
      List<String> headerCells = unwrap(header.fields());
      Map<Field, Integer> found = columns.locate(headerCells);
      if (!found.containsKey(Field.AMOUNT)
          || !(found.containsKey(Field.ENTRY_NUMBER) || found.containsKey(Field.PAYEE))) {
        throw new CapeCsvException(fileName, "Refund report '" + file + "' has no "
            + (found.containsKey(Field.AMOUNT) ? "entry number or payee column" : "amount column")
            + "; looked for amount " + columns.names(Field.AMOUNT) + ", entry number "
            + columns.names(Field.ENTRY_NUMBER) + ", payee " + columns.names(Field.PAYEE)
            + "; the header has " + headerCells + "; name the columns with --columns");
      }
      for (CsvRecords.Item item = records.next(); item != null; item = records.next()) {
        read++;
        new LineReader(fileName, item.line(), report, headerCells, found, problems)
            .read(item).ifPresent(lines::add);
      }
    } catch (IOException ex) {
      throw new CapeCsvException(fileName, 0, "Refund report '" + file + "' cannot be read: "
          + ex.getMessage(), ex);
    }
    return new Reading(fileName, Sql.sha256(file), report, lines, problems,
        RowAccounting.of(read, lines.size(), read - lines.size()));
  }

  private static List<String> unwrap(List<String> cells) {
    List<String> out = new ArrayList<>(cells.size());
    for (String cell : cells) {
      out.add(CapeResultReader.unwrap(cell).strip());
    }
    return out;
  }

  /** Reads the cells of one line. */
  private static final class LineReader {
    private final String fileName;
    private final long line;
    private final PaymentReport report;
    private final List<String> header;
    private final Map<Field, Integer> columns;
    private final List<Problem> problems;
    private boolean bad;

    LineReader(String fileName, long line, PaymentReport report, List<String> header,
        Map<Field, Integer> columns, List<Problem> problems) {
      this.fileName = fileName;
      this.line = line;
      this.report = report;
      this.header = header;
      this.columns = columns;
      this.problems = problems;
    }

    Optional<PaymentLine> read(CsvRecords.Item item) {
      String failure = item.failure();
      if (failure != null) {
        problems.add(Problem.of(ProblemCode.UNREADABLE_RECORD, Position.of(fileName, line), null,
            failure));
        return Optional.empty();
      }
      List<String> cells = unwrap(item.fields());
      String entryText = cell(cells, Field.ENTRY_NUMBER);
      EntryNumber entry = null;
      if (!entryText.isEmpty()) {
        entry = EntryNumber.tryParse(entryText).orElse(null);
        if (entry == null) {
          problem(ProblemCode.BAD_ENTRY_NUMBER, Field.ENTRY_NUMBER, entryText,
              "The entry number is not valid");
        }
      }
      String payeeText = cell(cells, Field.PAYEE);
      ImporterNumber payee = null;
      if (!payeeText.isEmpty()) {
        payee = ImporterNumber.tryParse(payeeText).orElse(null);
        if (payee == null) {
          problem(ProblemCode.BAD_IMPORTER_NUMBER, Field.PAYEE,
              ImporterNumber.maskUnparsed(payeeText), "The payee is not an importer number");
        }
      }
      BigDecimal amount = money(cells, Field.AMOUNT);
      BigDecimal interest = money(cells, Field.INTEREST);
      LocalDate paidOn = date(cells, Field.DATE);
      if (!bad && amount == null) {
        problem(ProblemCode.BAD_AMOUNT, Field.AMOUNT, "", "The amount is blank");
      }
      if (!bad && entry == null && payee == null) {
        problem(ProblemCode.MISSING_ENTRY_NUMBER, Field.ENTRY_NUMBER, "",
            "The line has neither an entry number nor a payee");
      }
      if (bad || amount == null) {
        return Optional.empty();
      }
      return Optional.of(new PaymentLine(report, fileName, line, entry, payee, amount, interest,
          paidOn, cell(cells, Field.REFERENCE), cell(cells, Field.STATUS)));
    }

    private String cell(List<String> cells, Field field) {
      Integer index = columns.get(field);
      return index == null || index >= cells.size() ? "" : cells.get(index);
    }

    private @Nullable BigDecimal money(List<String> cells, Field field) {
      String text = cell(cells, field);
      if (text.isEmpty()) {
        return null;
      }
      String plain = text.replace("$", "").replace(",", "").strip();
      boolean negative = plain.startsWith("(") && plain.endsWith(")");
      try {
        BigDecimal value = new BigDecimal(negative ? plain.substring(1, plain.length() - 1)
            : plain);
        return negative ? value.negate() : value;
      } catch (NumberFormatException ex) {
        problem(ProblemCode.BAD_AMOUNT, field, text, "The amount is not a number");
        return null;
      }
    }

    private @Nullable LocalDate date(List<String> cells, Field field) {
      String text = cell(cells, field);
      if (text.isEmpty()) {
        return null;
      }
      try {
        return text.contains("/") ? LocalDate.parse(text, US_DATE)
            : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
      } catch (DateTimeParseException ex) {
        problem(ProblemCode.BAD_DATE, field, text, "The date is not YYYY-MM-DD or MM/DD/YYYY");
        return null;
      }
    }

    private void problem(ProblemCode code, Field field, String value, String message) {
      bad = true;
      Integer index = columns.get(field);
      String column = index == null ? field.defaultNames().get(0) : header.get(index);
      problems.add(Problem.of(code, Position.of(fileName, line, column), value, message));
    }
  }

  static PaymentImport record(Connection connection, Reading reading, LocalDate readOn)
      throws SQLException {
    Objects.requireNonNull(readOn, "readOn");
    try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM ledger_file"
        + " WHERE kind = 'PAYMENT' AND file_hash = ?")) {
      query.setString(1, reading.hash());
      try (ResultSet rows = query.executeQuery()) {
        if (rows.next() && rows.getLong(1) > 0) {
          return new PaymentImport(reading.fileName(), reading.report(), true,
              reading.problems(), reading.accounting(), 0);
        }
      }
    }
    long recorded = 0;
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO payment_line"
        + " (file_hash, line, report, entry_number, payee, amount, interest, paid_on,"
        + " reference, status_text, read_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        + " ON CONFLICT DO NOTHING")) {
      int pending = 0;
      for (PaymentLine line : reading.lines()) {
        insert.setString(1, reading.hash());
        insert.setLong(2, line.line());
        insert.setString(3, line.report().name());
        EntryNumber entry = line.entryNumber();
        Sql.text(insert, 4, entry == null ? null : entry.value());
        ImporterNumber payee = line.payee();
        Sql.text(insert, 5, payee == null ? null : payee.value());
        Sql.money(insert, 6, line.amount());
        Sql.money(insert, 7, line.interest());
        Sql.date(insert, 8, line.paidOn());
        insert.setString(9, line.reference());
        insert.setString(10, line.statusText());
        Sql.date(insert, 11, readOn);
        insert.addBatch();
        if (++pending == ClaimLedger.BATCH) {
          recorded += ClaimLedger.inserted(insert.executeBatch());
          pending = 0;
        }
      }
      recorded += ClaimLedger.inserted(insert.executeBatch());
    }
    try (PreparedStatement file = connection.prepareStatement("INSERT INTO ledger_file (kind,"
        + " file_hash, file_name, recorded_on, rows_read, rows_used, rows_rejected)"
        + " VALUES ('PAYMENT', ?, ?, ?, ?, ?, ?)")) {
      file.setString(1, reading.hash());
      file.setString(2, reading.fileName());
      Sql.date(file, 3, readOn);
      file.setLong(4, reading.accounting().rowsRead());
      file.setLong(5, reading.accounting().rowsUsed());
      file.setLong(6, reading.accounting().rowsRejected());
      file.executeUpdate();
    }
    return new PaymentImport(reading.fileName(), reading.report(), false, reading.problems(),
        reading.accounting(), recorded);
  }

  static List<PaymentLine> lines(Connection connection) throws SQLException {
    List<PaymentLine> lines = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT p.*, f.file_name FROM payment_line p"
            + " JOIN ledger_file f ON f.kind = 'PAYMENT' AND f.file_hash = p.file_hash"
            + " ORDER BY p.read_on, f.file_name, p.line")) {
      while (rows.next()) {
        String entry = rows.getString("entry_number");
        String payee = rows.getString("payee");
        lines.add(new PaymentLine(PaymentReport.valueOf(Sql.required(rows, "report")),
            Sql.required(rows, "file_name"), rows.getLong("line"),
            entry == null ? null : EntryNumber.of(entry),
            payee == null ? null : ImporterNumber.of(payee),
            Objects.requireNonNull(Sql.money(rows, "amount")), Sql.money(rows, "interest"),
            Sql.date(rows, "paid_on"), Objects.requireNonNullElse(rows.getString("reference"),
                ""), Objects.requireNonNullElse(rows.getString("status_text"), "")));
      }
    }
    return lines;
  }
}
