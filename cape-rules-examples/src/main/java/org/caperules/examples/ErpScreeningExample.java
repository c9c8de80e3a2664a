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
package org.caperules.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryNumber;
import org.caperules.core.EntryType;
import org.caperules.core.HtsNumber;
import org.caperules.core.ImporterNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.eligibility.CapePolicies;
import org.caperules.core.eligibility.CapePolicy;
import org.caperules.core.eligibility.Verdict;
import org.caperules.core.forecast.ExpectedPayment;
import org.caperules.core.screening.DeclarableEntry;
import org.caperules.core.screening.DeclarableSink;
import org.caperules.core.screening.PaymentSink;
import org.caperules.core.screening.Screener;
import org.caperules.core.screening.ScreeningSink;
import org.caperules.core.screening.SummarySink;

/**
 * Shows how an ERP screens the entries of its own database, with no file at all: a {@link
 * Screener} evaluates and forecasts each entry once and hands it to the sinks a run needs
 * ({@link SummarySink}, {@link DeclarableSink}, {@link PaymentSink}) and to one of the ERP's own
 * (here: printing each verdict, as an ERP would store it). Three entries of importer 12-3456789
 * as of Mon 2026-07-13: one liquidated Fri 2026-04-24 (day 80, ELIGIBLE and at risk), one
 * unliquidated (ELIGIBLE), one liquidated 2026-01-02 (past the window, NOT_ELIGIBLE).
 */
public final class ErpScreeningExample {

  private ErpScreeningExample() {}

  /**
   * Runs the example.
   *
   * @param args  not used
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    LocalDate asOf = LocalDate.of(2026, 7, 13);
    CapePolicy policy = CapePolicies.standard().inForceOn(asOf);
    Screener screener = Screener.of(policy, asOf);
    SummarySink summary = new SummarySink(policy.id(), asOf);
    DeclarableSink declarable = new DeclarableSink();
    PaymentSink payments = new PaymentSink();
    ScreeningSink erp = screened -> out.println(screened.assessment().entryNumberText() + ": "
        + screened.assessment().verdict());

    screener.screenAll(entriesFromDatabase(), ScreeningSink.of(summary, declarable, payments, erp));

    out.println(summary.summary().count(Verdict.ELIGIBLE) + " to declare, "
        + summary.summary().totalAtRisk() + " at risk");
    List<String> numbers = new ArrayList<>();
    for (DeclarableEntry entry : declarable.entries()) {
      numbers.add(entry.entryNumber().toString());
    }
    out.println("declare: " + String.join(" ", numbers));
    for (ExpectedPayment payment : payments.payments()) {
      out.println("payment " + payment.payee() + " " + payment.expectedLiquidation().orElseThrow()
          + ": " + payment.principal().toPlainString());
    }
  }

  /** The rows an ERP would read from its customs tables. */
  private static List<Entry> entriesFromDatabase() {
    ImporterNumber importer = ImporterNumber.parse("12-3456789");
    List<Entry> entries = new ArrayList<>();
    String[][] rows = {
        {"GLD00000011", "LIQUIDATED", "2026-04-24", "100.00"},
        {"GLD00000029", "UNLIQUIDATED", "", "40.00"},
        {"GLD00000037", "LIQUIDATED", "2026-01-02", "23.45"}};
    for (String[] row : rows) {
      Entry.Builder entry = Entry.builder()
          .entryNumber(EntryNumber.of(row[0]))
          .importerNumber(importer)
          .entryType(EntryType.of("01"))
          .entryDate(LocalDate.of(2025, 6, 2))
          .entrySummaryDate(LocalDate.of(2025, 6, 12))
          .liquidationStatus(LiquidationStatus.valueOf(row[1]))
          .addDutyLines(DutyLine.of(HtsNumber.parse("9903.01.25"), new BigDecimal(row[3])));
      if (!row[2].isEmpty()) {
        entry.liquidationDate(LocalDate.parse(row[2]));
      }
      entries.add(entry.build());
    }
    return entries;
  }
}
