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
package org.caperules.report.input;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.caperules.core.eligibility.Verdict;
import org.caperules.core.result.Problem;
import org.caperules.core.result.ProblemCode;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.report.PaymentsWriter;
import org.caperules.csv.report.ScreeningReportWriter;
import org.caperules.report.ReportInputException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the three files a report is made from, by column name: the screening report
 * ({@link ScreeningReportWriter#HEADER}, {@link ScreeningReportWriter#FORECAST_COLUMNS}, and
 * when present {@code Rate Class}, {@code Forecast Flags} and {@code Claim Status}),
 * {@code payments.csv} ({@link PaymentsWriter#HEADER}) and {@code readiness.csv} ({@code Importer
 * Number, Status, Filing Ready, Payment Ready, Blockers, Declarable Entries, IEEPA Duty, Entries
 * At Risk, Start By}). Importer labels are kept as written, but a social security number that
 * a file writes in full is masked ({@code ***-**-6789}) as the screening report masks it.
 * Columns a file does not have are blank; columns it has that are not
 * listed here are ignored, so files from a later release read the same.
 *
 * <p>Each reader returns the rows with the problems of the rows it left out: a row with a bad
 * value (an amount, a date, a verdict) is left out and named (file, line, column, value and
 * entry); the other rows are read. Example: {@code readScreeningReport(Path.of("cape-out",
 * "screening-report.csv"))} on the shipped sample's report gives 276 entries and no problems.
 *
 * <p>Exception handling: each reader throws {@link ReportInputException} when the file cannot be
 * used at all (missing, unreadable, no header, a required column missing).
 */
public final class ReportFiles {

  /** The screening report's entry number column. */
  public static final String ENTRY_NUMBER = "Entry Number";
  /** The importer column of the screening report and of {@code readiness.csv}. */
  public static final String IMPORTER_NUMBER = "Importer Number";
  /** The verdict column. */
  public static final String VERDICT = "Verdict";
  /** The IEEPA duty column of the screening report and of {@code readiness.csv}. */
  public static final String IEEPA_DUTY = "IEEPA Duty";
  /** The screening report's rate class column (appended by forecasts with a rate class). */
  public static final String RATE_CLASS = "Rate Class";
  /** The screening report's forecast flags column, tokens joined by {@code ;}. */
  public static final String FORECAST_FLAGS = "Forecast Flags";
  /** The screening report's claim status column, written when a claim ledger is used. */
  public static final String CLAIM_STATUS = "Claim Status";
  /** The payee column of {@code payments.csv}. */
  public static final String PAYEE = "Payee";
  /** The total column of {@code payments.csv}. */
  public static final String TOTAL = "Total";
  /** The status column of {@code readiness.csv}. */
  public static final String STATUS = "Status";

  /** The columns of {@code readiness.csv}, in the order written. */
  public static final List<String> READINESS_COLUMNS = List.of(IMPORTER_NUMBER, STATUS,
      "Filing Ready", "Payment Ready", "Blockers", "Declarable Entries", IEEPA_DUTY,
      "Entries At Risk", "Start By");

  private ReportFiles() {}

  /**
   * Reads a screening report. Requires {@code Entry Number}, {@code Importer Number},
   * {@code Verdict} and {@code IEEPA Duty}.
   *
   * @param file  the screening report
   * @return the entries, in file order, with the problems of the rows left out; the value is
   *     a {@link ScreeningReport} telling also whether the file has a claim status column
   * @throws ReportInputException if the file cannot be used
   */
  public static ValueWithProblems<ScreeningReport> readScreeningReport(Path file) {
    Objects.requireNonNull(file, "file");
    List<ReportEntry> entries = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    CsvTable table = CsvTable.read(file,
        List.of(ENTRY_NUMBER, IMPORTER_NUMBER, VERDICT, IEEPA_DUTY), row -> {
          ReportEntry entry = entry(row, problems);
          if (entry != null) {
            entries.add(entry);
          }
        });
    return ValueWithProblems.of(new ScreeningReport(entries, table.has(CLAIM_STATUS)), problems);
  }

  private static @Nullable ReportEntry entry(CsvTable.Row row,
      List<Problem> problems) {
    String number = row.text(ENTRY_NUMBER);
    Cells cells = new Cells(row, number, problems);
    Verdict verdict = null;
    String verdictText = row.text(VERDICT);
    try {
      verdict = Verdict.valueOf(verdictText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException ex) {
      cells.problem(ProblemCode.BAD_INDICATOR, VERDICT, verdictText,
          "is not a verdict (ELIGIBLE, ELIGIBLE_DEFERRED, NOT_ELIGIBLE, NEEDS_REVIEW)");
    }
    BigDecimal duty = cells.money(IEEPA_DUTY);
    if (duty == null && !cells.failed()) {
      cells.problem(ProblemCode.BAD_AMOUNT, IEEPA_DUTY, "", "is blank; an amount is needed");
    }
    List<String> header = ScreeningReportWriter.HEADER;
    List<String> forecast = ScreeningReportWriter.FORECAST_COLUMNS;
    ReportEntry entry = new ReportEntry(row.line(), number,
        Labels.importer(row.text(IMPORTER_NUMBER)),
        verdict == null ? Verdict.NEEDS_REVIEW : verdict, cells.tokens(header.get(4)),
        cells.date(header.get(5)), cells.date(header.get(6)), cells.date(header.get(7)),
        duty == null ? BigDecimal.ZERO : duty, row.text(header.get(9)),
        "Y".equalsIgnoreCase(row.text(header.get(13))),
        cells.money(forecast.get(0)), cells.date(forecast.get(2)), cells.date(forecast.get(3)),
        row.has(RATE_CLASS) ? row.text(RATE_CLASS) : null, cells.tokens(FORECAST_FLAGS),
        row.has(CLAIM_STATUS) ? row.text(CLAIM_STATUS) : null);
    return cells.failed() ? null : entry;
  }

  /**
   * Reads {@code payments.csv}. Requires {@code Payee} and {@code Total}.
   *
   * @param file  the payments file
   * @return the payments, in file order, with the problems of the rows left out
   * @throws ReportInputException if the file cannot be used
   */
  public static ValueWithProblems<List<ExpectedPaymentRow>> readPayments(Path file) {
    Objects.requireNonNull(file, "file");
    List<String> header = PaymentsWriter.HEADER;
    List<ExpectedPaymentRow> payments = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    CsvTable.read(file, List.of(PAYEE, TOTAL), row -> {
      Cells cells = new Cells(row, "", problems);
      BigDecimal total = cells.money(TOTAL);
      if (total == null && !cells.failed()) {
        cells.problem(ProblemCode.BAD_AMOUNT, TOTAL, "", "is blank; an amount is needed");
      }
      BigDecimal principal = cells.money(header.get(7));
      BigDecimal interest = cells.money(header.get(8));
      Integer count = cells.count(header.get(6));
      ExpectedPaymentRow payment = new ExpectedPaymentRow(row.line(),
          Labels.payee(row.text(PAYEE)),
          cells.date(header.get(3)), cells.date(header.get(4)), count == null ? 0 : count,
          principal == null ? BigDecimal.ZERO.setScale(2) : principal,
          interest == null ? BigDecimal.ZERO.setScale(2) : interest,
          total == null ? BigDecimal.ZERO.setScale(2) : total);
      if (!cells.failed()) {
        payments.add(payment);
      }
    });
    return ValueWithProblems.of(payments, problems);
  }

  /**
   * Reads {@code readiness.csv}. Requires {@code Importer Number} and {@code Status}.
   *
   * @param file  the readiness file
   * @return the rows, in file order, with the problems of the rows left out
   * @throws ReportInputException if the file cannot be used
   */
  public static ValueWithProblems<List<ReadinessRow>> readReadiness(Path file) {
    Objects.requireNonNull(file, "file");
    List<String> header = READINESS_COLUMNS;
    List<ReadinessRow> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    CsvTable.read(file, List.of(IMPORTER_NUMBER, STATUS), row -> {
      Cells cells = new Cells(row, "", problems);
      ReadinessRow readiness = new ReadinessRow(row.line(),
          Labels.importer(row.text(IMPORTER_NUMBER)),
          row.text(STATUS), cells.date(header.get(2)), cells.date(header.get(3)),
          cells.tokens(header.get(4)), cells.count(header.get(5)), cells.money(IEEPA_DUTY),
          cells.count(header.get(7)), cells.date(header.get(8)));
      if (!cells.failed()) {
        rows.add(readiness);
      }
    });
    return ValueWithProblems.of(rows, problems);
  }
}
