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

import org.caperules.core.ImporterNumber;
import org.caperules.core.internal.CapeStyle;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The party designated on CBP Form 4811 (or as notify party in the ACE Portal) to receive the
 * importer's refunds: usually the customs broker.
 *
 * <p>Sources: "Refunds will be consolidated by IOR number or by the party designated via the CBP
 * Form 4811" (CBP ACH FAQ); "Broker/filer (4811 Notify Party): Must also complete ACH enrollment in
 * their own ACE Portal account" (broker guide); CBP "strongly encourages importers to verify that
 * their '4811 notify party' is set up to receive refunds via ACH" (CBP ACH FAQ). The refund goes to
 * the notify party only if its IR number is also in box 28 "Reference Number" of the CBP Form
 * 7501 entry summary (CSMS #67648307 via es-003, CBP-reported; docs/decisions.md#box-28; UNCERTAIN,
 * see {@link ReadinessConfig#requireNotifyPartyInBox28()}).
 *
 * <p>Example:
 * <pre>{@code
 * NotifyParty4811 broker = NotifyParty4811.builder()
 *     .name("Example Brokerage Inc")
 *     .partyNumber(ImporterNumber.of("98-7654321"))
 *     .broker(true)
 *     .email("refunds@broker.example")
 *     .achEnrollment(brokersActiveEnrollment)
 *     .listedInBox28(true)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CapeStyle
public abstract class NotifyParty4811 {

  NotifyParty4811() {}

  /**
   * Returns the designated party's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the designated party's importer (IR) or filer number, the one to put in box 28.
   *
   * @return the number; its {@code toString} masks an SSN
   */
  public abstract ImporterNumber partyNumber();

  /**
   * Tells whether the party is a licensed customs broker.
   *
   * @return true for a broker
   */
  public abstract boolean broker();

  /**
   * Returns the party's email for the contact of a blocker, if known.
   *
   * @return the email, or null
   */
  public abstract @Nullable String email();

  /**
   * Returns the party's own ACH refund enrollment.
   *
   * @return the enrollment, or null if it has none
   */
  public abstract @Nullable AchEnrollment achEnrollment();

  /**
   * Tells whether the party's number is in box 28 of the importer's entry summaries (7501).
   *
   * @return true if listed
   */
  public abstract boolean listedInBox28();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NotifyParty4811}. */
  public static final class Builder extends ImmutableNotifyParty4811.Builder {
    Builder() {}
  }
}
