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
import java.util.Set;
import org.caperules.core.ImporterNumber;
import org.caperules.core.internal.CapeStyle;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * An existing ACE Portal top account tied to the importer's number: whether its owner is known,
 * its status, its kind, its Importer sub-accounts and the last login. No top account at all is
 * modelled as an absent account in {@link ImporterProfile#aceAccount()}.
 *
 * <p>Sources: vendor guide (sub-accounts, Duplicate EIN for exporter accounts, Error Code 42),
 * broker guide (inactive and voided accounts, the Trade Account Owner), CBP ACH FAQ (one Importer
 * sub-account "for each unique IOR number, even if the same bank account will be used").
 *
 * <p>Example:
 * <pre>{@code
 * AceAccount account = AceAccount.builder()
 *     .status(AceAccount.Status.ACTIVE)
 *     .kind(AceAccount.Kind.IMPORTER)
 *     .addImporterSubAccounts(ImporterNumber.of("12-3456789A1"))
 *     .lastLogin(LocalDate.of(2026, 5, 1))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CapeStyle
public abstract class AceAccount {

  /** The status of the top account. */
  public enum Status {
    /** Active: users can log in. */
    ACTIVE,
    /**
     * Inactive (dormant): "Must be reactivated before enrolling in ACH. Call CBP." (broker
     * guide)
     */
    INACTIVE,
    /** Locked by the ACE system, Error Code 42 (vendor guide). */
    LOCKED,
    /** Voided: handled by the CBP Bonds team (broker guide). */
    VOIDED
  }

  /** What the top account was set up as. */
  public enum Kind {
    /** An importer account, which can have Importer sub-accounts. */
    IMPORTER,
    /**
     * An exporter account only: adding an Importer sub-account gives a "Duplicate EIN" error
     * (vendor guide).
     */
    EXPORTER_ONLY
  }

  AceAccount() {}

  /**
   * Tells whether the importer knows, and can reach, the account's Trade Account Owner. If not,
   * the automated application fails with "The EIN provided is in use and associated with an
   * existing top account" (CBP ACH FAQ). Default true.
   *
   * @return true if the owner is known
   */
  @Value.Default
  public boolean ownerKnown() {
    return true;
  }

  /**
   * Returns the account status.
   *
   * @return the status
   */
  public abstract Status status();

  /**
   * Returns what the account was set up as. Default {@link Kind#IMPORTER}.
   *
   * @return the kind
   */
  @Value.Default
  public Kind kind() {
    return Kind.IMPORTER;
  }

  /**
   * Returns the importer numbers, suffix included, that have an Importer sub-account view.
   *
   * @return the importer numbers
   */
  public abstract Set<ImporterNumber> importerSubAccounts();

  /**
   * Returns the date of the last login to the account, if known.
   *
   * @return the date, or null if unknown
   */
  public abstract @Nullable LocalDate lastLogin();

  /**
   * Tells whether the CAPE tab shows in the Importer sub-account view (under "More"); it shows
   * only in an Importer sub-account view, "not from a top-level or broker account view" (vendor
   * guide). Default true; false when the tab is missing although the Importer sub-account view is
   * open.
   *
   * @return false if the CAPE tab is missing in the Importer sub-account view
   */
  @Value.Default
  public boolean capeTabVisible() {
    return true;
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
   * Rejects an exporter-only account with Importer sub-accounts.
   *
   * @throws IllegalArgumentException if the kind is {@link Kind#EXPORTER_ONLY} and there are
   *     Importer sub-accounts
   */
  @Value.Check
  protected void check() {
    if (kind() == Kind.EXPORTER_ONLY && !importerSubAccounts().isEmpty()) {
      throw new IllegalArgumentException("An EXPORTER_ONLY ACE account has no Importer"
          + " sub-accounts, but " + importerSubAccounts() + " were given");
    }
  }

  /** Builds an {@link AceAccount}. */
  public static final class Builder extends ImmutableAceAccount.Builder {
    Builder() {}
  }
}
