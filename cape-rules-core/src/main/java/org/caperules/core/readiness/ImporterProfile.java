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
 * Everything {@link ImporterReadiness} needs to know about one importer number: its Form 5106
 * record, how CAPE is filed and who gets the refund, its ACE Portal account, its ACH refund
 * enrollment, its Form 4811 notify party and the refunds already rejected in REV-613.
 *
 * <p>Absent parts mean "none": no {@link #aceAccount()} means no ACE Portal top account is tied
 * to the number, no {@link #achEnrollment()} means no ACH refund enrollment, no
 * {@link #notifyParty()} means refunds go to the importer of record.
 *
 * <p>Example, a broker filing with a Form 4811 naming itself (vendor guide: "they can handle the
 * entire process without you needing ACE access"):
 * <pre>{@code
 * ImporterProfile profile = ImporterProfile.builder()
 *     .form5106(record)
 *     .route(ImporterProfile.FilingRoute.BROKER_FILES_WITH_4811)
 *     .notifyParty(broker)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CapeStyle
public abstract class ImporterProfile {

  /** Who files the CAPE Declaration and who receives the refund. */
  public enum FilingRoute {
    /**
     * The importer files CAPE itself: it needs an ACE Portal account with an Importer
     * sub-account (vendor guide, "To file CAPE yourself, you need an ACE Portal importer account
     * with an Importer sub-account and ACH enrollment active"). Refunds go to the importer, or to a
     * notify party if one is given.
     */
    IMPORTER_FILES,
    /**
     * A customs broker files CAPE and has a CBP Form 4811 on file designating itself as refund
     * recipient: the importer needs no ACE access (vendor guide). A {@link NotifyParty4811} is
     * required.
     */
    BROKER_FILES_WITH_4811,
    /**
     * A customs broker files CAPE and the refund goes to the importer of record: the importer
     * needs active ACH refund enrollment, and an ACE Portal account only to make it ("If an
     * importer is already set up to receive refunds via ACH, ACE Portal access is not required",
     * CBP ACH FAQ). No notify party may be given.
     */
    BROKER_FILES_REFUND_TO_IMPORTER
  }

  /**
   * Where the importer stands on a paper-check waiver: CBP issues refunds electronically
   * (Electronic Refunds Interim Final Rule, 91 FR 21) and pays by check only with a waiver,
   * granted in "very limited circumstances under 31 CFR 208.4", requested from
   * FRN-ACHREFUNDSUPPORT@CBP.DHS.GOV (broker guide).
   */
  public enum PaperCheckWaiver {
    /** No waiver asked for: refunds go by ACH. */
    NONE,
    /** A waiver was requested and not granted yet: CBP holds the refund meanwhile. */
    REQUESTED,
    /** CBP granted a waiver: refunds to the importer of record can be paid by check. */
    GRANTED
  }

  ImporterProfile() {}

  /**
   * Returns where the importer stands on a paper-check waiver. Default
   * {@link PaperCheckWaiver#NONE}.
   *
   * @return the waiver status
   */
  @Value.Default
  public PaperCheckWaiver paperCheckWaiver() {
    return PaperCheckWaiver.NONE;
  }

  /**
   * Returns the importer's Form 5106 record.
   *
   * @return the record
   */
  public abstract Form5106Record form5106();

  /**
   * Returns the filing route.
   *
   * @return the route
   */
  public abstract FilingRoute route();

  /**
   * Returns the ACE Portal top account tied to the importer number.
   *
   * @return the account, or null if there is none
   */
  public abstract @Nullable AceAccount aceAccount();

  /**
   * Returns the importer's own ACH refund enrollment.
   *
   * @return the enrollment, or null if there is none
   */
  public abstract @Nullable AchEnrollment achEnrollment();

  /**
   * Returns the Form 4811 notify party that receives the refunds.
   *
   * @return the notify party, or null if refunds go to the importer of record
   */
  public abstract @Nullable NotifyParty4811 notifyParty();

  /**
   * Returns the number of refunds to this importer listed in the REV-613 ACH Rejected Refunds
   * report (CBP ACH FAQ: "covers any refunds rejected due to the recipient not being enrolled in
   * ACH refunds"). Default 0.
   *
   * @return the count, zero or more
   */
  @Value.Default
  public int rev613RejectedRefunds() {
    return 0;
  }

  /**
   * Returns the importer number, from {@link #form5106()}.
   *
   * @return the importer number
   */
  public ImporterNumber importerNumber() {
    return form5106().importerNumber();
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
   * Checks the route against the notify party and the REV-613 count.
   *
   * @throws IllegalArgumentException if {@link FilingRoute#BROKER_FILES_WITH_4811} has no notify
   *     party, {@link FilingRoute#BROKER_FILES_REFUND_TO_IMPORTER} has one, or the REV-613 count
   *     is negative
   */
  @Value.Check
  protected void check() {
    if (route() == FilingRoute.BROKER_FILES_WITH_4811 && notifyParty() == null) {
      throw new IllegalArgumentException("Route BROKER_FILES_WITH_4811 needs the Form 4811"
          + " notify party, but none was given for " + importerNumber());
    }
    if (route() == FilingRoute.BROKER_FILES_REFUND_TO_IMPORTER && notifyParty() != null) {
      throw new IllegalArgumentException("Route BROKER_FILES_REFUND_TO_IMPORTER pays the importer"
          + " of record, but a notify party was given for " + importerNumber()
          + "; use BROKER_FILES_WITH_4811");
    }
    if (rev613RejectedRefunds() < 0) {
      throw new IllegalArgumentException("rev613RejectedRefunds must be 0 or more, but was "
          + rev613RejectedRefunds());
    }
  }

  /** Builds an {@link ImporterProfile}. */
  public static final class Builder extends ImmutableImporterProfile.Builder {
    Builder() {}
  }
}
