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
package org.caperules.report.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.caperules.report.input.ExpectedPaymentRow;
import org.caperules.report.input.ReadinessRow;
import org.caperules.report.input.ReportEntry;
import org.caperules.report.input.ScreeningReport;
import org.jspecify.annotations.Nullable;

/**
 * The figures of a whole report: one {@link ImporterFigures} per importer found in any input,
 * sorted by money at risk (the IEEPA duty of the entries at risk), largest first, then by
 * declarable duty, largest first, then by label; and the expected payments to payees that are
 * not an importer of record (Form 4811 notify parties, unknown payees).
 *
 * <p>Importers are matched across the inputs by their label exactly as written: the screening
 * report's {@code Importer Number}, the payee of {@code payments.csv} after {@code IOR }, and
 * the readiness file's {@code Importer Number}. Entries without an importer number are grouped
 * under the label {@value #NO_IMPORTER}.
 *
 * <p>Example: a report with importers {@code 12-3456789A1} (1,000.00 at risk) and
 * {@code 98-7654321} (nothing at risk, 5,000.00 declarable) lists {@code 12-3456789A1} first.
 *
 * @param asOf  the date of the report
 * @param atRiskDays  the at-risk horizon in days: an entry is at risk when its CAPE last day is
 *     within {@code [asOf, asOf + atRiskDays - 1]}
 * @param importers  the importers, in page order
 * @param otherPayees  the expected payments to other payees, in file order
 */
public record ReportFigures(LocalDate asOf, int atRiskDays, List<ImporterFigures> importers,
    List<ExpectedPaymentRow> otherPayees) {

  /** The label of entries whose importer number is blank. */
  public static final String NO_IMPORTER = "(no importer number)";

  /** The order of the index: money at risk, then declarable duty, largest first, then label. */
  public static final Comparator<ImporterFigures> BY_MONEY_AT_RISK =
      Comparator.comparing((ImporterFigures f) -> f.atRisk().amount()).reversed()
          .thenComparing(Comparator.comparing(
              (ImporterFigures f) -> f.declarable().amount()).reversed())
          .thenComparing(ImporterFigures::importer);

  /**
   * Checks and copies the components.
   *
   * @param asOf  the date
   * @param atRiskDays  the at-risk horizon
   * @param importers  the importers
   * @param otherPayees  the other payees' payments
   * @throws IllegalArgumentException if the at-risk days are negative
   */
  public ReportFigures {
    Objects.requireNonNull(asOf, "asOf");
    if (atRiskDays < 0) {
      throw new IllegalArgumentException("atRiskDays must be zero or more, but was "
          + atRiskDays);
    }
    importers = List.copyOf(importers);
    otherPayees = List.copyOf(otherPayees);
  }

  /**
   * Computes the figures of every importer.
   *
   * @param asOf  the date of the report
   * @param atRiskDays  the at-risk horizon in days (the policy's, 7 by default)
   * @param report  the screening report
   * @param payments  the expected payments, or {@code null} when no payments file was given
   * @param readiness  the readiness rows, or {@code null} when no readiness file was given
   * @return the figures
   */
  public static ReportFigures of(LocalDate asOf, int atRiskDays, ScreeningReport report,
      @Nullable List<ExpectedPaymentRow> payments, @Nullable List<ReadinessRow> readiness) {
    Objects.requireNonNull(report, "report");
    Map<String, List<ReportEntry>> entries = new LinkedHashMap<>();
    for (ReportEntry entry : report.entries()) {
      String label = entry.importer().isEmpty() ? NO_IMPORTER : entry.importer();
      entries.computeIfAbsent(label, k -> new ArrayList<>()).add(entry);
    }
    Map<String, List<ExpectedPaymentRow>> paid = new TreeMap<>();
    List<ExpectedPaymentRow> others = new ArrayList<>();
    if (payments != null) {
      for (ExpectedPaymentRow payment : payments) {
        String importer = payment.importer();
        if (importer == null || importer.isEmpty()) {
          others.add(payment);
        } else {
          paid.computeIfAbsent(importer, k -> new ArrayList<>()).add(payment);
          entries.computeIfAbsent(importer, k -> new ArrayList<>());
        }
      }
    }
    Map<String, ReadinessRow> ready = new TreeMap<>();
    if (readiness != null) {
      for (ReadinessRow row : readiness) {
        ready.putIfAbsent(row.importer(), row);
        entries.computeIfAbsent(row.importer(), k -> new ArrayList<>());
      }
    }
    List<ImporterFigures> importers = new ArrayList<>();
    entries.forEach((label, rows) -> importers.add(ImporterFigures.of(label, rows,
        payments == null ? null : paid.getOrDefault(label, List.of()), ready.get(label),
        report.hasClaimStatus(), asOf)));
    importers.sort(BY_MONEY_AT_RISK);
    return new ReportFigures(asOf, atRiskDays, importers, others);
  }

  /**
   * Returns the last day of the at-risk band: {@code asOf + atRiskDays - 1}, or the day before
   * the as-of date when the horizon is zero days.
   *
   * @return the last day of the band (inclusive)
   */
  public LocalDate atRiskLastDay() {
    return asOf.plusDays(atRiskDays - 1L);
  }
}
