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
import java.util.List;
import java.util.Optional;
import org.caperules.core.internal.CapeStyle;
import org.caperules.core.internal.MoneyTexts;
import org.immutables.value.Value;

/**
 * One consolidated refund payment CBP is expected to make: the refunds of every forecast entry
 * with the same payee and the same expected (re)liquidation date, in one lump sum ("consolidated
 * by IOR or designated 4811 party and liquidation date before they are dispersed in one lump
 * sum", CSMS #68340863; docs/interest.md#consolidation). Made by {@link PaymentConsolidator}.
 *
 * <p>A user matches these against the ACE REV-603 Trade Refund Report (and its entry-level
 * extension REV-615) once CBP pays: same payee, an amount of {@link #total()}, about the
 * expected dates. One line of a {@code payments.csv} per payment, for example
 * {@code IOR 12-3456789 | 2026-06-18 | 2026-07-03 | 2026-08-02 | 2026-07-18 | 11000.00 |
 * 159.77 | 11159.77 | 2 entries}: entries of 10,000.00 (interest 144.03) and 1,000.00
 * (interest 15.74) accepted Mon 2026-05-04, corporate rates.
 *
 * <p>Amounts: {@link #principal()} is the sum of the entries' refund principal, and
 * {@link #interest()} the sum of their interest, each already rounded to cents per entry (CBP
 * computes interest per entry summary); entries whose interest is unknown add nothing to
 * {@link #interest()} and are counted in {@link #entriesWithoutInterest()}. The payment window
 * runs from the earliest {@code expectedPaymentFrom} to the latest {@code expectedPaymentTo} of
 * the entries (they differ only when their acceptance dates differ).
 *
 * <p>{@code toString()} prints the payee masked, never an SSN.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CapeStyle
public abstract class ExpectedPayment {

  ExpectedPayment() {}

  /**
   * Returns a new builder; {@link PaymentConsolidator} is the usual way to make payments.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns who is paid.
   *
   * @return the payee
   */
  public abstract Payee payee();

  /**
   * Returns the expected (re)liquidation date shared by the entries.
   *
   * @return the date, or empty for the bucket of deferred entries whose liquidation cannot be
   *     projected
   */
  public abstract Optional<LocalDate> expectedLiquidation();

  /**
   * Tells whether the liquidation date is a projection (deferred entries).
   *
   * @return true if projected
   */
  @Value.Default
  public boolean liquidationProjected() {
    return false;
  }

  /**
   * Returns the first day of the payment window, inclusive: the earliest of the entries'.
   *
   * @return the date, or empty when the liquidation date is unknown
   */
  public abstract Optional<LocalDate> expectedPaymentFrom();

  /**
   * Returns the last day of the payment window, inclusive: the latest of the entries'.
   *
   * @return the date, or empty when the liquidation date is unknown
   */
  public abstract Optional<LocalDate> expectedPaymentTo();

  /**
   * Returns the day 19 U.S.C. 1505(b) has the payment made by: liquidation + 30 days.
   *
   * @return the date, or empty when the liquidation date is unknown
   */
  public abstract Optional<LocalDate> statutoryPaymentDue();

  /**
   * Returns the sum of the entries' refund principal (IEEPA duty).
   *
   * @return the principal
   */
  public abstract BigDecimal principal();

  /**
   * Returns the sum of the entries' known interest, in cents.
   *
   * @return the interest
   */
  public abstract BigDecimal interest();

  /**
   * Returns how many entries have unknown interest, so that {@link #interest()} is incomplete.
   *
   * @return the count, zero or more
   */
  @Value.Default
  public int entriesWithoutInterest() {
    return 0;
  }

  /**
   * Tells whether any entry's interest used an unconfirmed quarterly rate.
   *
   * @return true if the interest is partly a forecast
   */
  @Value.Default
  public boolean interestForecast() {
    return false;
  }

  /**
   * Returns the entry numbers, in the order the forecasts were given.
   *
   * @return the entry numbers, at least one
   */
  public abstract List<String> entryNumbers();

  /**
   * Returns the number of entries.
   *
   * @return the entry count
   */
  public int entryCount() {
    return entryNumbers().size();
  }

  /**
   * Returns principal plus known interest: the amount to look for on REV-603.
   *
   * @return the total
   */
  public BigDecimal total() {
    return principal().add(interest());
  }

  /**
   * Tells whether every entry's interest is known.
   *
   * @return true if {@link #entriesWithoutInterest()} is zero
   */
  public boolean interestComplete() {
    return entriesWithoutInterest() == 0;
  }

  @Value.Check
  void check() {
    if (entryNumbers().isEmpty()) {
      throw new IllegalArgumentException("An expected payment to " + payee()
          + " needs at least one entry");
    }
    if (entriesWithoutInterest() < 0 || entriesWithoutInterest() > entryCount()) {
      throw new IllegalArgumentException("entriesWithoutInterest must be 0 to " + entryCount()
          + ", but was " + entriesWithoutInterest());
    }
    boolean dated = expectedLiquidation().isPresent();
    if (dated != expectedPaymentFrom().isPresent() || dated != expectedPaymentTo().isPresent()
        || dated != statutoryPaymentDue().isPresent()) {
      throw new IllegalArgumentException("The payment dates to " + payee()
          + " must be set exactly when the expected liquidation is set");
    }
  }

  /**
   * Returns the payment as text, for example {@code IOR 12-3456789 on liquidation 2026-06-18:
   * 11000.00 + interest 159.77 = 11159.77, 2 entries, payment 2026-07-03/2026-08-02}; an SSN
   * payee prints as {@code IOR ***-**-6789}.
   *
   * @return the payment as text
   */
  @Override
  public String toString() {
    return payee() + " on liquidation "
        + expectedLiquidation().map(LocalDate::toString).orElse("unknown")
        + (liquidationProjected() ? " (projected)" : "") + ": " + MoneyTexts.plain(principal())
        + " + interest " + MoneyTexts.plain(interest())
        + (interestComplete() ? "" : " (" + entriesWithoutInterest() + " without interest)")
        + " = " + MoneyTexts.plain(total()) + ", " + entryCount() + " entries, payment "
        + expectedPaymentFrom().map(from -> from + "/" + expectedPaymentTo().get())
            .orElse("unknown");
  }

  /** Builds an {@link ExpectedPayment}. */
  public static final class Builder extends ImmutableExpectedPayment.Builder {
    Builder() {}
  }
}
