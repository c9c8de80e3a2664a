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
package org.caperules.core.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.caperules.core.Entry;
import org.caperules.core.ImporterNumber;
import org.jspecify.annotations.Nullable;

/**
 * Groups refund forecasts into the consolidated payments CBP is expected to make: one
 * {@link ExpectedPayment} per (payee, expected (re)liquidation date), as CBP consolidates "by IOR
 * or the party designated via CBP Form 4811 and liquidation date" (CSMS #68315804; CSMS
 * #68340863; docs/interest.md#consolidation).
 *
 * <p>Forecasts of kind {@link RefundKind#NONE} bring no payment and are left out. Every other
 * forecast lands in exactly one payment: entries without an importer number go to
 * {@link Payee#UNKNOWN}, deferred entries whose liquidation cannot be projected to a payment with
 * no date. Payments come sorted by payee ({@link Payee#compareTo(Payee)}), then by date, the
 * undated last; entry numbers keep the order of the forecasts. So the totals of the payments
 * equal the sums over their entries, and the output is the same for the same input.
 *
 * <p>Example: two forecasts for importer 12-3456789 liquidating Thu 2026-06-18, principal
 * 10,000.00 and 1,000.00, and one reliquidating Tue 2026-05-05, give two payments to
 * {@code IOR 12-3456789}: 2026-05-05 (one entry), then 2026-06-18 (two entries, principal
 * 11,000.00).
 *
 * <p>This class is immutable and thread-safe if its payee function is.
 */
public final class PaymentConsolidator {

  private static final Comparator<Optional<LocalDate>> DATE_ORDER = Comparator.comparing(
      (Optional<LocalDate> date) -> date.orElse(null),
      Comparator.nullsLast(Comparator.naturalOrder()));

  private static final PaymentConsolidator BY_IMPORTER_OF_RECORD =
      new PaymentConsolidator(Payee::importerOfRecordOf);

  private final Function<Entry, Payee> payeeOf;

  private PaymentConsolidator(Function<Entry, Payee> payeeOf) {
    this.payeeOf = payeeOf;
  }

  /**
   * Returns the consolidator that pays every entry to its importer of record
   * ({@link Payee#importerOfRecordOf(Entry)}), the default.
   *
   * @return the consolidator
   */
  public static PaymentConsolidator byImporterOfRecord() {
    return BY_IMPORTER_OF_RECORD;
  }

  /**
   * Returns a consolidator that pays importers with a Form 4811 notify party to that party
   * ({@link Payee#withNotifyParties(Map)}).
   *
   * @param notifyPartyByImporter  the notify party of each importer that has one
   * @return the consolidator
   */
  public static PaymentConsolidator withNotifyParties(
      Map<ImporterNumber, ImporterNumber> notifyPartyByImporter) {
    return new PaymentConsolidator(Payee.withNotifyParties(notifyPartyByImporter));
  }

  /**
   * Returns a consolidator with a caller's payee function.
   *
   * @param payeeOf  gives the payee of an entry; must not return null
   * @return the consolidator
   */
  public static PaymentConsolidator of(Function<Entry, Payee> payeeOf) {
    return new PaymentConsolidator(Objects.requireNonNull(payeeOf, "payeeOf"));
  }

  /**
   * Consolidates forecasts into expected payments.
   *
   * @param forecasts  the forecasts, in any order
   * @return the payments, sorted by payee then expected liquidation date (undated last)
   * @throws NullPointerException if the payee function returns null for an entry
   */
  public List<ExpectedPayment> consolidate(Iterable<RefundForecast> forecasts) {
    Objects.requireNonNull(forecasts, "forecasts");
    Accumulator accumulator = accumulator();
    for (RefundForecast forecast : forecasts) {
      accumulator.add(forecast);
    }
    return accumulator.payments();
  }

  /**
   * Starts an incremental consolidation: forecasts are added one at a time and only the running
   * totals and entry numbers of each payment are kept, not the forecasts, so a caller screening
   * millions of entries need not hold every forecast until the end. Adding forecasts in order
   * and then calling {@link Accumulator#payments()} gives exactly what {@link
   * #consolidate(Iterable)} gives for the same forecasts in the same order.
   *
   * <p>Example: adding forecasts for importer 12-3456789 liquidating Thu 2026-06-18 with
   * principal 10,000.00 and 1,000.00, then calling {@code payments()}, gives one payment of
   * principal 11,000.00 with two entry numbers.
   *
   * @return a new, empty accumulator using this consolidator's payee function
   */
  public Accumulator accumulator() {
    return new Accumulator(payeeOf);
  }

  /**
   * Returns the consolidator as text, for example {@code PaymentConsolidator[...]}.
   *
   * @return the consolidator as text
   */
  @Override
  public String toString() {
    return "PaymentConsolidator[" + (this == BY_IMPORTER_OF_RECORD ? "importer of record"
        : "payee function " + payeeOf) + ']';
  }

  /**
   * The running consolidation of forecasts added one at a time (see {@link
   * PaymentConsolidator#accumulator()}): per (payee, expected liquidation date) the totals, the
   * payment window and the entry numbers, never the forecasts themselves.
   *
   * <p>Not thread-safe: one accumulator per consolidation.
   */
  public static final class Accumulator {
    private final Function<Entry, Payee> payeeOf;
    /**
     * By payee, hashed (a screen adds one forecast per entry, and a file may name tens of
     * thousands of importers: a sorted map would compare payees some 15 times per entry); sorted
     * only when {@link #payments()} lists them.
     */
    private final Map<Payee, TreeMap<Optional<LocalDate>, Group>> groups = new HashMap<>();

    private Accumulator(Function<Entry, Payee> payeeOf) {
      this.payeeOf = payeeOf;
    }

    /**
     * Adds a forecast to its payment; a forecast of kind {@link RefundKind#NONE} is ignored.
     *
     * @param forecast  the forecast
     * @return this accumulator
     * @throws NullPointerException if the payee function returns null for the forecast's entry
     */
    public Accumulator add(RefundForecast forecast) {
      Objects.requireNonNull(forecast, "forecast");
      if (!forecast.kind().expectsRefund()) {
        return this;
      }
      Payee payee = Objects.requireNonNull(payeeOf.apply(forecast.entry()),
          () -> "The payee function returned null for entry " + forecast.entryNumberText());
      groups.computeIfAbsent(payee, p -> new TreeMap<>(DATE_ORDER))
          .computeIfAbsent(forecast.expectedLiquidation(), d -> new Group())
          .add(forecast);
      return this;
    }

    /**
     * Returns the payments of the forecasts added so far; more may be added afterwards.
     *
     * @return the payments, sorted by payee then expected liquidation date (undated last)
     */
    public List<ExpectedPayment> payments() {
      List<ExpectedPayment> payments = new ArrayList<>();
      new TreeMap<>(groups).forEach((payee, byDate) -> byDate.forEach(
          (date, group) -> payments.add(group.toPayment(payee, date))));
      return payments;
    }

    /**
     * Returns the accumulator as text, for example {@code Accumulator[2 payees]}.
     *
     * @return the accumulator as text
     */
    @Override
    public String toString() {
      return "Accumulator[" + groups.size() + (groups.size() == 1 ? " payee]" : " payees]");
    }
  }

  /** The running totals of one (payee, date) group. */
  private static final class Group {
    private BigDecimal principal = BigDecimal.ZERO;
    private BigDecimal interest = BigDecimal.ZERO;
    private int withoutInterest;
    private boolean interestForecast;
    private boolean projected;
    private @Nullable LocalDate from;
    private @Nullable LocalDate to;
    private @Nullable LocalDate statutory;
    private final List<String> entryNumbers = new ArrayList<>();

    void add(RefundForecast forecast) {
      principal = principal.add(forecast.refundPrincipal());
      Optional<BigDecimal> amount = forecast.estimatedInterest();
      if (amount.isPresent()) {
        interest = interest.add(amount.get());
      } else {
        withoutInterest++;
      }
      interestForecast |= forecast.interestForecast();
      projected |= forecast.liquidationProjected();
      LocalDate forecastFrom = forecast.expectedPaymentFrom().orElse(null);
      LocalDate forecastTo = forecast.expectedPaymentTo().orElse(null);
      LocalDate currentFrom = from;
      LocalDate currentTo = to;
      if (forecastFrom != null && (currentFrom == null || forecastFrom.isBefore(currentFrom))) {
        from = forecastFrom;
      }
      if (forecastTo != null && (currentTo == null || forecastTo.isAfter(currentTo))) {
        to = forecastTo;
      }
      LocalDate forecastDue = forecast.statutoryPaymentDue().orElse(null);
      LocalDate currentDue = statutory;
      if (forecastDue != null && (currentDue == null || forecastDue.isBefore(currentDue))) {
        statutory = forecastDue;
      }
      entryNumbers.add(forecast.entryNumberText());
    }

    ExpectedPayment toPayment(Payee payee, Optional<LocalDate> date) {
      return ExpectedPayment.builder()
          .payee(payee)
          .expectedLiquidation(date)
          .liquidationProjected(projected)
          .expectedPaymentFrom(Optional.ofNullable(from))
          .expectedPaymentTo(Optional.ofNullable(to))
          .statutoryPaymentDue(Optional.ofNullable(statutory))
          .principal(principal)
          .interest(interest)
          .entriesWithoutInterest(withoutInterest)
          .interestForecast(interestForecast)
          .entryNumbers(entryNumbers)
          .build();
    }
  }
}
