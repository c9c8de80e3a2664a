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
package org.caperules.csv.report;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.caperules.core.ImporterLabels;
import org.caperules.core.ImporterNumber;
import org.caperules.core.forecast.ExpectedPayment;
import org.caperules.core.forecast.Payee;
import org.caperules.core.internal.MoneyTexts;
import org.caperules.csv.internal.CsvOutput;

/**
 * Writes {@code payments.csv}: one row per {@link ExpectedPayment}, the refunds CBP is expected to
 * pay as consolidated by importer of record (or Form 4811 notify party) and liquidation date
 * (CSMS #68315804, #68340863), so a user can later match them with the ACE REV-603 Trade Refund
 * report.
 *
 * <p>Columns, {@link #HEADER}: {@code Payee, Expected Liquidation, Liquidation Projected,
 * Expected Payment From, Expected Payment To, Statutory Payment Due, Entries, Principal,
 * Interest, Total, Entries Without Interest, Interest Forecast}. The payee is written as
 * {@link org.caperules.core.forecast.Payee#toString()} prints it ({@code IOR 12-3456789A1},
 * {@code 4811 98-7654321}, {@code unknown payee}), so a social security number is masked; dates
 * are ISO; amounts have exactly two decimals; flags {@code Y}/{@code N}. {@code Interest} and
 * {@code Total} are blank when the interest of any of the payment's entries is unknown ({@code
 * Entries Without Interest} counts them): an unknown amount is never added as 0. Example row:
 * {@code IOR 12-3456789A1,2026-06-18,N,2026-07-03,2026-08-02,2026-07-18,2,11000.00,159.77,
 * 11159.77,0,Y}.
 *
 * <p>Unknown interest: when the interest of one or more of a payment's entries is unknown
 * ({@code Entries Without Interest} above zero), the payment's interest and total are unknown
 * too, so {@code Interest} and {@code Total} are empty cells, never a sum that leaves part out;
 * {@code Principal} is still written. Example: {@code ...,1,3000.00,,,1,N}.
 *
 * <p>Every cell is made spreadsheet-safe, as by {@link org.caperules.csv.CapeCsv#writeCsv(Path,
 * List, Iterable)}; lines end in CRLF; UTF-8
 * without a byte order mark; the file is written atomically.
 *
 * <p>Exception handling: {@link #write(Path, Iterable)} throws {@link UncheckedIOException} when
 * the file cannot be written; the target is then untouched.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PaymentsWriter {

  /** The columns of {@code payments.csv}, in order. */
  public static final List<String> HEADER = List.of("Payee", "Expected Liquidation",
      "Liquidation Projected", "Expected Payment From", "Expected Payment To",
      "Statutory Payment Due", "Entries", "Principal", "Interest", "Total",
      "Entries Without Interest", "Interest Forecast");

  private PaymentsWriter() {}

  /**
   * Writes the expected payments, replacing {@code file} atomically.
   *
   * @param file  the file to write; its directory is created if missing
   * @param payments  the payments, in the order to write (as
   *     {@link org.caperules.core.forecast.PaymentConsolidator#consolidate} returns them)
   * @return the number of rows written after the header
   * @throws UncheckedIOException if the file cannot be written
   */
  public static long write(Path file, Iterable<ExpectedPayment> payments) {
    return write(file, payments, ImporterLabels.unkeyed());
  }

  /**
   * Writes the expected payments with the payees named by their labels ({@code IOR
   * ssn-6789-3f9a61c2} for an SSN-form importer under a key), replacing {@code file}
   * atomically.
   *
   * @param file  the file to write; its directory is created if missing
   * @param payments  the payments, in the order to write
   * @param labels  how importers are named, the same as in the other outputs of the run
   * @return the number of rows written after the header
   * @throws UncheckedIOException if the file cannot be written
   */
  public static long write(Path file, Iterable<ExpectedPayment> payments,
      ImporterLabels labels) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(payments, "payments");
    Objects.requireNonNull(labels, "labels");
    return CsvOutput.write(file, "payments file", HEADER, payments,
        payment -> cells(payment, labels));
  }

  /**
   * Returns a payee as {@code payments.csv} writes it: {@code IOR } or {@code 4811 } and the
   * importer's label, or {@code unknown payee}.
   *
   * @param payee  the payee
   * @param labels  how importers are named
   * @return the text, for example {@code IOR 12-3456789A1} or {@code IOR ssn-6789-3f9a61c2}
   */
  public static String payee(Payee payee, ImporterLabels labels) {
    ImporterNumber number = payee.number();
    if (number == null) {
      return payee.toString();
    }
    return (payee.role() == Payee.Role.IMPORTER_OF_RECORD ? "IOR " : "4811 ")
        + labels.label(number);
  }

  /**
   * Returns the cells of one row, before spreadsheet neutralisation.
   *
   * @param payment  the expected payment
   * @return the cells, in {@link #HEADER} order
   */
  public static List<String> cells(ExpectedPayment payment) {
    return cells(payment, ImporterLabels.unkeyed());
  }

  /**
   * Returns the cells of one row, with the payee named by its label, before spreadsheet
   * neutralisation.
   *
   * @param payment  the expected payment
   * @param labels  how importers are named
   * @return the cells, in {@link #HEADER} order
   */
  public static List<String> cells(ExpectedPayment payment, ImporterLabels labels) {
    return List.of(
        payee(payment.payee(), labels),
        date(payment.expectedLiquidation()),
        payment.liquidationProjected() ? "Y" : "N",
        date(payment.expectedPaymentFrom()),
        date(payment.expectedPaymentTo()),
        date(payment.statutoryPaymentDue()),
        Integer.toString(payment.entryCount()),
        MoneyTexts.plain(payment.principal()),
        payment.interestComplete() ? MoneyTexts.plain(payment.interest()) : "",
        payment.interestComplete() ? MoneyTexts.plain(payment.total()) : "",
        Integer.toString(payment.entriesWithoutInterest()),
        payment.interestForecast() ? "Y" : "N");
  }

  private static String date(Optional<LocalDate> date) {
    return date.map(LocalDate::toString).orElse("");
  }
}
