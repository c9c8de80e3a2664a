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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.caperules.core.Entry;
import org.caperules.core.eligibility.Verdict;
import org.caperules.core.internal.CapeStyle;
import org.caperules.core.internal.MoneyTexts;
import org.immutables.value.Value;

/**
 * The refund one entry is expected to bring through CAPE, as made by
 * {@link RefundForecaster#forecast(org.caperules.core.eligibility.Assessment)}: the IEEPA
 * principal, the interest to the expected (re)liquidation date, that date, and the window in
 * which the payment is expected.
 *
 * <p><b>Report columns.</b> The screening report's forecast columns map to these accessors:
 * <table>
 *   <caption>Report column to accessor</caption>
 *   <tr><th>Column</th><th>Accessor</th><th>Empty cell when</th></tr>
 *   <tr><td>{@code IEEPA Duty}</td><td>{@link #ieepaDuty()}</td><td>never (the entry's IEEPA
 *       duty, whatever the verdict; {@link #refundPrincipal()} is zero for {@link RefundKind#NONE})
 *       </td></tr>
 *   <tr><td>{@code Estimated Interest}</td><td>{@link #estimatedInterest()}</td><td>no refund,
 *       no deposit date, or a day beyond the rate table</td></tr>
 *   <tr><td>{@code Expected Liquidation}</td><td>{@link #expectedLiquidation()}</td><td>no
 *       refund, or a deferred entry whose liquidation cannot be projected</td></tr>
 *   <tr><td>{@code Expected Payment From}</td><td>{@link #expectedPaymentFrom()}</td><td>as
 *       Expected Liquidation</td></tr>
 *   <tr><td>{@code Expected Payment To}</td><td>{@link #expectedPaymentTo()}</td><td>as
 *       Expected Liquidation</td></tr>
 *   <tr><td>{@code Rate Class}</td><td>{@link #rateClass()}</td><td>no refund</td></tr>
 *   <tr><td>{@code Forecast Flags}</td><td>{@link #flagsText()}</td><td>no refund, or nothing
 *       to flag</td></tr>
 * </table>
 *
 * <p><b>Payment window.</b> With acceptance date {@code A}, expected (re)liquidation date
 * {@code L} and the {@link ForecastSettings} day counts (defaults 60, 90 and 30):
 * <ul>
 *   <li>{@link #expectedPaymentFrom()} = the later of {@code A + 60} (CBP's earliest stated
 *       timing) and {@code L} (no refund exists before the (re)liquidation);
 *   <li>{@link #expectedPaymentTo()} = the later of {@code A + 90} (CBP's latest stated timing)
 *       and {@code L + 30} (19 U.S.C. 1505(b): paid within 30 days of (re)liquidation);
 *   <li>{@link #statutoryPaymentDue()} = {@code L + 30}, shown on its own.
 * </ul>
 * For an unliquidated entry ({@code L = A + 45}) the window is {@code [A + 60, A + 90]} and the
 * statutory date {@code A + 75} lies inside it. For a reliquidated entry ({@code L} a few days
 * after {@code A}) the window is also {@code [A + 60, A + 90]}, while the statute would have the
 * refund paid by {@code L + 30}: CBP's statement and the statute disagree, and the window follows
 * CBP's statement (a payment before the window is possible). For a deferred entry projected to
 * liquidate far ahead, the window is {@code [L, L + 30]}. All dates are calendar dates, not
 * rolled to business days; both ends are inclusive.
 *
 * <p>Worked example (defaults, corporate): an ELIGIBLE unliquidated entry with $10,000.00 IEEPA
 * duty, entry summary Tue 2026-03-10, assessed as of Mon 2026-05-04: accepted Mon 2026-05-04;
 * liquidation + 45 = Thu 2026-06-18; interest from 2026-03-10 to 2026-06-18 is 100 days, 22 at
 * 6% and 78 at 5%, 144.03 (both rates confirmed by CBP notices); payment expected Fri
 * 2026-07-03 (+ 60) to Sun 2026-08-02 (+ 90), due by law Sat 2026-07-18 (L + 30).
 *
 * <p>{@code toString()} prints the entry number and never the importer number.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CapeStyle
public abstract class RefundForecast {

  RefundForecast() {}

  /**
   * Returns a new builder; {@link RefundForecaster} is the usual way to make a forecast.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the entry forecast.
   *
   * @return the entry
   */
  public abstract Entry entry();

  /**
   * Returns the verdict of the assessment the forecast is based on.
   *
   * @return the verdict
   */
  public abstract Verdict verdict();

  /**
   * Returns the as-of date of that assessment: the planned filing date.
   *
   * @return the as-of date
   */
  public abstract LocalDate asOf();

  /**
   * Returns how the refund comes, or {@link RefundKind#NONE}.
   *
   * @return the kind
   */
  public abstract RefundKind kind();

  /**
   * Returns the planned CAPE acceptance date: as-of + {@link ForecastSettings#acceptanceLagDays()}.
   *
   * @return the acceptance date, or empty for {@link RefundKind#NONE}
   */
  public abstract Optional<LocalDate> acceptanceDate();

  /**
   * Returns the date interest runs from: the statement payment date if the caller gave one, or
   * the entry's {@link Entry#depositDate()}, otherwise the entry summary date, otherwise the
   * entry date, then {@link #depositDateAssumed()} (19 U.S.C. 1505(c): "from the date the
   * importer of record deposits estimated duties").
   *
   * @return the deposit date, or empty if none is known (then there is no interest figure)
   */
  public abstract Optional<LocalDate> depositDate();

  /**
   * Returns the expected liquidation or reliquidation date, the end of the interest period
   * (T.D. 99-75, 64 FR 56433: interest accrues "not beyond the date of liquidation or
   * reliquidation", never to the payment date): report column {@code Expected Liquidation}.
   *
   * @return the date, or empty if no refund or no projection is possible
   */
  public abstract Optional<LocalDate> expectedLiquidation();

  /**
   * Tells whether {@link #expectedLiquidation()} is only a projection from CBP's usual 314-day
   * cycle (deferred entries), not a date CAPE sets.
   *
   * @return true for a projected date
   */
  @Value.Default
  public boolean liquidationProjected() {
    return false;
  }

  /**
   * Returns the rate class the interest is computed at ({@link ForecastSettings#rateClassOf}).
   *
   * @return the rate class, or empty for {@link RefundKind#NONE}
   */
  public abstract Optional<RateClass> rateClass();

  /**
   * Tells whether {@link #depositDate()} is assumed: no deposit (statement payment) date was
   * given, so the entry summary date or the entry date is used.
   *
   * @return true for an assumed deposit date
   */
  @Value.Default
  public boolean depositDateAssumed() {
    return false;
  }

  /**
   * Returns what makes the forecast less than certain: {@link ForecastFlag#DEPOSIT_DATE_ASSUMED}
   * ({@link #depositDateAssumed()}), {@link ForecastFlag#PROJECTED_LIQUIDATION}
   * ({@link #liquidationProjected()}), {@link ForecastFlag#UNCONFIRMED_RATE}
   * ({@link #interestForecast()}). Empty for {@link RefundKind#NONE}.
   *
   * @return the flags, in their natural (alphabetical) order
   */
  public Set<ForecastFlag> flags() {
    Set<ForecastFlag> flags = EnumSet.noneOf(ForecastFlag.class);
    if (!kind().expectsRefund()) {
      return flags;
    }
    if (depositDateAssumed()) {
      flags.add(ForecastFlag.DEPOSIT_DATE_ASSUMED);
    }
    if (liquidationProjected()) {
      flags.add(ForecastFlag.PROJECTED_LIQUIDATION);
    }
    if (interestForecast()) {
      flags.add(ForecastFlag.UNCONFIRMED_RATE);
    }
    return flags;
  }

  /**
   * Returns {@link #flags()} joined by {@code ;}: report column {@code Forecast Flags}, for
   * example {@code DEPOSIT_DATE_ASSUMED;UNCONFIRMED_RATE}, or empty text.
   *
   * @return the flags as text
   */
  public String flagsText() {
    return flags().stream().map(Enum::name).collect(Collectors.joining(";"));
  }

  /**
   * Returns the interest computed to {@link #expectedLiquidation()}, with its segments and
   * forecast flag.
   *
   * @return the interest, or empty if it cannot be computed (see {@link #notes()})
   */
  public abstract Optional<InterestResult> interest();

  /**
   * Returns the first day of the expected payment window, inclusive: report column
   * {@code Expected Payment From}. See the class documentation for how it is derived.
   *
   * @return the date, or empty when {@link #expectedLiquidation()} is empty
   */
  public abstract Optional<LocalDate> expectedPaymentFrom();

  /**
   * Returns the last day of the expected payment window, inclusive: report column
   * {@code Expected Payment To}.
   *
   * @return the date, or empty when {@link #expectedLiquidation()} is empty
   */
  public abstract Optional<LocalDate> expectedPaymentTo();

  /**
   * Returns the day by which 19 U.S.C. 1505(b) has the refund paid: the expected (re)liquidation
   * date + {@link ForecastSettings#statutoryPaymentDays()}.
   *
   * @return the date, or empty when {@link #expectedLiquidation()} is empty
   */
  public abstract Optional<LocalDate> statutoryPaymentDue();

  /**
   * Returns sentences explaining fallbacks and gaps, for example why there is no interest.
   *
   * @return the notes, possibly empty
   */
  public abstract List<String> notes();

  /**
   * Returns the entry's IEEPA duty as assessed ({@link
   * org.caperules.core.eligibility.Assessment#ieepaDuty()}), the sum of its IEEPA duty lines
   * under the policy's heading table: report column {@code IEEPA Duty}, whatever the verdict.
   *
   * @return the IEEPA duty
   */
  public abstract BigDecimal ieepaDuty();

  /**
   * Returns the principal expected back: {@link #ieepaDuty()}, or zero for
   * {@link RefundKind#NONE}.
   *
   * @return the refunded principal
   */
  public BigDecimal refundPrincipal() {
    return kind().expectsRefund() ? ieepaDuty() : BigDecimal.ZERO;
  }

  /**
   * Returns the interest in cents: report column {@code Estimated Interest}.
   *
   * @return the interest, or empty if there is none to forecast or it is unknown
   */
  public Optional<BigDecimal> estimatedInterest() {
    return interest().map(InterestResult::amount);
  }

  /**
   * Tells whether a refund is expected but its interest is unknown: no deposit date, or a day
   * beyond the rate table. Never a guess.
   *
   * @return true if the interest of a refund is unknown
   */
  public boolean interestUnknown() {
    return kind().expectsRefund() && interest().isEmpty();
  }

  /**
   * Tells whether the interest is an estimate because it used an unconfirmed quarterly rate
   * ({@link InterestResult#isForecast()}).
   *
   * @return true if the interest used an unconfirmed rate
   */
  public boolean interestForecast() {
    return interest().map(InterestResult::isForecast).orElse(false);
  }

  /**
   * Returns the entry number as normalised text, for example {@code MYK28000864}.
   *
   * @return the entry number text
   */
  public String entryNumberText() {
    return entry().entryNumberText();
  }

  @Value.Check
  void check() {
    boolean refund = kind().expectsRefund();
    if (refund != verdict().isDeclarable()) {
      throw new IllegalArgumentException("Refund kind " + kind() + " does not fit verdict "
          + verdict() + " of entry " + entryNumberText());
    }
    if (!refund && (acceptanceDate().isPresent() || expectedLiquidation().isPresent()
        || interest().isPresent() || rateClass().isPresent())) {
      throw new IllegalArgumentException("A forecast of kind NONE has no acceptance, liquidation"
          + " or interest, but entry " + entryNumberText() + " has some");
    }
    boolean liquidation = expectedLiquidation().isPresent();
    if (liquidation != expectedPaymentFrom().isPresent()
        || liquidation != expectedPaymentTo().isPresent()
        || liquidation != statutoryPaymentDue().isPresent()) {
      throw new IllegalArgumentException("The payment dates of entry " + entryNumberText()
          + " must be set exactly when the expected liquidation is set");
    }
    if (liquidation && expectedPaymentTo().get().isBefore(expectedPaymentFrom().get())) {
      throw new IllegalArgumentException("Expected payment to " + expectedPaymentTo().get()
          + " is before expected payment from " + expectedPaymentFrom().get() + " for entry "
          + entryNumberText());
    }
    if (interest().isPresent() && !liquidation) {
      throw new IllegalArgumentException(
          "Entry " + entryNumberText() + " has interest but no expected liquidation");
    }
  }

  /**
   * Returns the forecast as text, for example {@code MYK28000864 AT_CAPE_LIQUIDATION: principal
   * 10000.00, interest 144.03 (forecast), liquidation 2026-06-18, payment
   * 2026-07-03/2026-08-02}; unknown parts print as {@code unknown}, a projected liquidation ends
   * {@code (projected)}.
   *
   * @return the forecast as text
   */
  @Override
  public String toString() {
    if (!kind().expectsRefund()) {
      return entryNumberText() + " NONE (" + verdict() + "): no refund through CAPE";
    }
    return entryNumberText() + ' ' + kind() + ": principal " + MoneyTexts.plain(refundPrincipal())
        + ", interest " + estimatedInterest().map(MoneyTexts::plain).orElse("unknown")
        + (interestForecast() ? " (forecast)" : "")
        + ", liquidation " + expectedLiquidation().map(LocalDate::toString).orElse("unknown")
        + (liquidationProjected() ? " (projected)" : "")
        + ", payment " + expectedPaymentFrom().map(from -> from + "/" + expectedPaymentTo().get())
            .orElse("unknown");
  }

  /** Builds a {@link RefundForecast}; {@code build()} checks the fields fit together. */
  public static final class Builder extends ImmutableRefundForecast.Builder {
    Builder() {}
  }
}
