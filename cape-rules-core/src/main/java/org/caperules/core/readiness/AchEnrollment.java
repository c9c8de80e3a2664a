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
package org.caperules.core.readiness;

import java.time.LocalDate;
import java.util.Optional;
import org.caperules.core.internal.CapeStyle;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * An ACH refund enrollment as shown on the ACE Portal's "ACH Refund Authorization" tab of an
 * Importer sub-account view (vendor guide; CBP ACH FAQ; broker bulletin): routing number, account
 * number, account type, holder, date and status. No enrollment at all ("none") is modelled as an
 * absent enrollment in {@link ImporterProfile#achEnrollment()} and
 * {@link NotifyParty4811#achEnrollment()}.
 *
 * <p>The routing number is kept as entered ({@link #routingNumberAsEntered()}), because an
 * invalid one is a fact that {@link ImporterReadiness} reports (blocker
 * {@link BlockerCode#ROUTING_NUMBER_INVALID}); {@link #routingNumber()} gives it as an
 * {@link AbaRoutingNumber} when it is valid. ACH refund enrollment is separate from ACH set-up for
 * duty payments, which is not enough: CBP holds refunds until valid ACH refund information is on
 * file (docs/interest.md#payment-window).
 *
 * <p>Example:
 * <pre>{@code
 * AchEnrollment ach = AchEnrollment.builder()
 *     .routingNumber(AbaRoutingNumber.of("021000021"))
 *     .accountNumber(BankAccountNumber.of("123456789012"))
 *     .accountType(AchEnrollment.AccountType.CHECKING)
 *     .holderName("Acme Imports LLC")
 *     .status(AchEnrollment.Status.ACTIVE)
 *     .build();
 * ach.toString();  // "AchEnrollment{ACTIVE, CHECKING ****9012 at routing ****0021,
 *                  //  holder Acme Imports LLC, enrolled unknown}"
 * }</pre>
 * {@link #toString()} shows the routing and account numbers masked (last 4 digits only).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CapeStyle
public abstract class AchEnrollment {

  /**
   * The account type, entered in ACE's "Bank Control Key" field (CBP QRC Pub. 5292-1225;
   * docs/formats.md#ach-values).
   */
  public enum AccountType {
    /** A checking account. */
    CHECKING,
    /** A savings account. */
    SAVINGS
  }

  /** The state of the enrollment. */
  public enum Status {
    /**
     * Entered but not yet confirmed; confirm with the red "Get Info/Refresh" button (CBP ACH
     * FAQ).
     */
    PENDING,
    /** Active: CBP can pay refunds to the account. */
    ACTIVE,
    /**
     * Rejected by CBP when entered, for example because the routing number does not process
     * FedACH payments or a foreign address is badly formatted (CBP ACH FAQ).
     */
    REJECTED
  }

  AchEnrollment() {}

  /**
   * Returns the routing number as entered, normalised by {@link AbaRoutingNumber#normalize}
   * (spaces and hyphens removed); it may be invalid. Never print it: use {@link #toString()}.
   *
   * @return the routing number text
   */
  public abstract String routingNumberAsEntered();

  /**
   * Returns the bank account number.
   *
   * @return the account number; its {@code toString} is masked
   */
  public abstract BankAccountNumber accountNumber();

  /**
   * Returns the account type.
   *
   * @return checking or savings
   */
  public abstract AccountType accountType();

  /**
   * Returns the account holder's name; the account must be in the importer's name
   * (CBP QRC Pub. 5292-1225; docs/formats.md#ach-values).
   *
   * @return the holder name
   */
  public abstract String holderName();

  /**
   * Returns the date the enrollment was made, if known.
   *
   * @return the date, or null if unknown
   */
  public abstract @Nullable LocalDate enrolledDate();

  /**
   * Returns the status of the enrollment.
   *
   * @return pending, active or rejected
   */
  public abstract Status status();

  /**
   * Returns the routing number if the text as entered is a valid ABA routing number.
   *
   * @return the routing number, or empty if invalid
   */
  public Optional<AbaRoutingNumber> routingNumber() {
    return AbaRoutingNumber.tryParse(routingNumberAsEntered());
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Normalises the routing number as entered: spaces and hyphens are removed, so
   * {@code "0210-0002 1"} is kept as {@code 021000021}.
   *
   * @return this enrollment, or a normalised copy
   */
  @Value.Check
  protected AchEnrollment normalize() {
    String normalised = AbaRoutingNumber.normalize(routingNumberAsEntered());
    return normalised.equals(routingNumberAsEntered())
        ? this
        : builder().from(this).routingNumberAsEntered(normalised).build();
  }

  /**
   * Returns the enrollment with numbers masked, for example {@code AchEnrollment{ACTIVE, CHECKING
   * ****9012 at routing ****0021, holder Acme Imports LLC, enrolled 2026-03-02}}.
   *
   * @return the masked text
   */
  @Override
  public String toString() {
    LocalDate enrolled = enrolledDate();
    return "AchEnrollment{" + status() + ", " + accountType() + " " + accountNumber()
        + " at routing " + Masking.lastFour(routingNumberAsEntered()) + ", holder "
        + holderName() + ", enrolled " + (enrolled == null ? "unknown" : enrolled) + "}";
  }

  /** Builds an {@link AchEnrollment}. */
  public static final class Builder extends ImmutableAchEnrollment.Builder {
    Builder() {}

    /**
     * Sets a valid routing number.
     *
     * @param routingNumber  the routing number
     * @return this builder
     */
    public Builder routingNumber(AbaRoutingNumber routingNumber) {
      return routingNumberAsEntered(routingNumber.value());
    }
  }
}
