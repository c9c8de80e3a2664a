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
package org.caperules.examples.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.caperules.core.ImporterLabels;
import org.caperules.core.ImporterNumber;
import org.caperules.core.readiness.Blocker;
import org.caperules.core.readiness.ImporterProfile;
import org.caperules.core.readiness.ImporterReadiness;
import org.caperules.core.readiness.ReadinessAssessment;
import org.caperules.core.readiness.RefundPlan;
import org.caperules.core.result.Redaction;
import org.caperules.csv.CapeCsv;
import org.jspecify.annotations.Nullable;

/**
 * {@code cape-rules readiness --roster}: the readiness of every importer of a roster
 * ({@link ReadinessRoster}), with its plan against a screening report when one is given, written
 * to {@code readiness.csv} and printed, the importers that lose money soonest first.
 *
 * <p>Columns, {@link #HEADER}: {@code Importer Number} (as the intake normalises it, an SSN
 * masked), {@code Status} ({@code READY}, {@code NOT_READY}, or {@code ERROR} for a roster row
 * that cannot be read), {@code Filing Ready} and {@code Payment Ready} (ISO dates, projected from
 * the lead times when not ready on the as-of date), {@code Blockers} (codes joined by {@code ;}),
 * then from the screening report {@code Declarable Entries}, {@code IEEPA Duty} (their IEEPA duty,
 * two decimals), {@code Entries At Risk} (start-by date past) and {@code Start By} (the earliest
 * start-by date, see {@link RefundPlan}); these four are blank without a report. Example row:
 * {@code 12-3456789A1,NOT_READY,2026-07-20,2026-07-06,R11,2,200.00,1,2026-06-22}.
 *
 * <p>Order, in the file and on screen: the earliest start-by date first (the importer that loses
 * money soonest), then the larger IEEPA duty, then roster order; rows without a start-by date
 * after those with one, and rows in error last.
 */
final class ReadinessBatch {

  /** The columns of {@code readiness.csv}. */
  static final List<String> HEADER = List.of("Importer Number", "Status", "Filing Ready",
      "Payment Ready", "Blockers", "Declarable Entries", "IEEPA Duty", "Entries At Risk",
      "Start By");

  /** The file written in the output directory. */
  static final String FILE = "readiness.csv";

  /** One importer's result. */
  private record Result(ReadinessRoster.Row row, @Nullable ReadinessAssessment readiness,
      @Nullable RefundPlan plan) {

    @Nullable LocalDate startBy() {
      return plan == null ? null : plan.earliestStartBy();
    }

    BigDecimal duty() {
      return plan == null ? BigDecimal.ZERO : plan.declarableIeepaDuty();
    }

    List<String> cells(ImporterLabels labels) {
      ImporterNumber importer = row.importer();
      String number = importer != null ? labels.label(importer)
          : row.importerText().replaceAll("\\d(?=\\d{4})", "*");
      ReadinessAssessment assessment = readiness;
      if (assessment == null) {
        return List.of(number, "ERROR", "", "", "", "", "", "", "");
      }
      String blockers = assessment.blockers().stream().map(Blocker::code)
          .map(code -> code.code()).collect(Collectors.joining(";"));
      RefundPlan planned = plan;
      LocalDate startBy = startBy();
      return List.of(number, assessment.status().name(),
          assessment.filingReadyDate().toString(), assessment.paymentReadyDate().toString(),
          blockers,
          planned == null ? "" : Long.toString(planned.declarableEntries()),
          planned == null ? "" : duty().setScale(2, RoundingMode.HALF_EVEN).toPlainString(),
          planned == null ? "" : Integer.toString(planned.atRisk().size()),
          startBy == null ? "" : startBy.toString());
    }
  }

  private ReadinessBatch() {}

  /**
   * Assesses the roster, writes {@code DIR/readiness.csv} and prints the result.
   *
   * @param asOf  the date of the assessment
   * @param roster  the roster file
   * @param report  the screening report, or null
   * @param out  the output directory, created if missing
   * @param print  where to print
   * @param labels  how importers are named, as in the outputs of {@code screen} (an SSN-form
   *     importer by its payee label, which is also how the screening report names it)
   */
  static void run(LocalDate asOf, Path roster, @Nullable Path report, Path out,
      PrintWriter print, ImporterLabels labels) {
    List<ReadinessRoster.Row> rows = ReadinessRoster.read(roster);
    ScreeningReportEntries entries = report == null ? null : ScreeningReportEntries.read(report);
    ImporterReadiness readiness = ImporterReadiness.standard();
    List<Result> results = new ArrayList<>();
    for (ReadinessRoster.Row row : rows) {
      ImporterProfile profile = row.profile();
      if (profile == null) {
        results.add(new Result(row, null, null));
      } else if (entries == null) {
        results.add(new Result(row, readiness.assess(profile, asOf), null));
      } else {
        ImporterNumber number = profile.importerNumber();
        RefundPlan plan = readiness.planEntries(profile,
            entries.of(labels.label(number), number.value()), asOf);
        results.add(new Result(row, plan.readiness(), plan));
      }
    }
    results.sort(Comparator.comparing((Result r) -> r.readiness() == null)
        .thenComparing(Result::startBy, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Result::duty, Comparator.reverseOrder())
        .thenComparingLong(r -> r.row().line()));
    Path file = out.resolve(FILE);
    CapeCsv.writeCsv(file, HEADER, results.stream().map(r -> r.cells(labels)).toList());
    print(print, asOf, roster, report, entries, results, file, labels);
  }

  private static void print(PrintWriter out, LocalDate asOf, Path roster, @Nullable Path report,
      @Nullable ScreeningReportEntries entries, List<Result> results, Path file,
      ImporterLabels labels) {
    long ready = results.stream().filter(r -> r.readiness() != null
        && r.readiness().isReady()).count();
    long errors = results.stream().filter(r -> r.readiness() == null).count();
    out.println("Readiness of " + CheckDeclarationCommand.count(results.size(), "importer",
        "importers") + " from " + roster + " as of " + asOf
        + (report == null ? "" : ", entries from " + report) + ": " + ready + " READY, "
        + (results.size() - ready - errors) + " NOT_READY, " + errors + " ERROR");
    if (entries != null && entries.rowsSkipped() > 0) {
      out.println("Screening report rows that could not be read: " + entries.rowsSkipped());
    }
    out.println(String.format(Locale.ROOT, "%-10s  %-14s  %-9s  %-12s  %-13s  %7s  %14s  %s",
        "Start By", "Importer", "Status", "Filing Ready", "Payment Ready", "At Risk",
        "IEEPA Duty", "Blockers"));
    for (Result result : results) {
      List<String> cells = result.cells(labels);
      if (result.readiness() == null) {
        out.println("ERROR " + cells.get(0) + ": " + Redaction.maskBanking(String.valueOf(result.row().error())));
        continue;
      }
      out.println(String.format(Locale.ROOT, "%-10s  %-14s  %-9s  %-12s  %-13s  %7s  %14s  %s",
          cells.get(8).isEmpty() ? "-" : cells.get(8), cells.get(0), cells.get(1), cells.get(2),
          cells.get(3), cells.get(7).isEmpty() ? "-" : cells.get(7),
          cells.get(6).isEmpty() ? "-" : cells.get(6), cells.get(4)));
    }
    out.println("Wrote " + file);
  }
}
