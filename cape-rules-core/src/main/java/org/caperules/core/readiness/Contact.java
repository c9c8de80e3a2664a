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

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Whom to contact to clear a {@link Blocker}: a name, an email and a phone number, either of the
 * last two possibly unknown.
 *
 * <p>The CBP contacts are constants taken from CBP's ACH refund and ACE Portal resources as
 * reproduced by broker guides (May 2026), cited by the short names listed in the package
 * documentation. Where the sources disagree the constant's doc says so. Example:
 * {@link #ACH_REFUND_SUPPORT} prints as {@code CBP ACH Refund Support
 * <frn-achrefundsupport@cbp.dhs.gov>, (317) 298-1200 ext. 1178}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name  who it is, for example "CBP ACH Refund Support" or "Your customs broker"
 * @param email  the email address, or null if unknown
 * @param phone  the phone number with any extension or menu options, or null if unknown
 */
public record Contact(String name, @Nullable String email, @Nullable String phone) {

  /**
   * ACE Support Desk: email ACE.Support@cbp.dhs.gov, phone 1-866-530-4172, then Option 1,
   * Option 2 for ACE Portal support; 24/7 except Saturday 10 PM ET to Sunday 5 AM ET (broker
   * bulletin; the broker guide calls it the "ACE Account Services Desk", ace.support@cbp.dhs.gov).
   * The broker bulletin prints the number as "1-866-530-417", a digit short; the broker guide gives
   * 866-530-4172 (Trade and PGA line of the CBP Technology Service Desk), used here. For inactive
   * and locked (Error Code 42) accounts and account applications.
   */
  public static final Contact ACE_SUPPORT = new Contact("ACE Support Desk (CBP)",
      "ACE.Support@cbp.dhs.gov", "1-866-530-4172, then Option 1, Option 2");

  /**
   * CBP ACE Applications: ACE.Applications@cbp.dhs.gov, for an EIN already tied to a top
   * account, Duplicate EIN errors and requests to add Importer sub-accounts (vendor guide; broker
   * guide; CBP ACH FAQ). Phone (317) 614-4880, which the vendor guide calls "CBP's ACE account
   * support line ... specifically useful for escalating sub-account approvals" (the broker guide
   * gives the same number for the CBP Bonds team).
   */
  public static final Contact ACE_APPLICATIONS = new Contact("CBP ACE Applications",
      "ACE.Applications@cbp.dhs.gov", "(317) 614-4880");

  /**
   * CBP ACH Refund Support: frn-achrefundsupport@cbp.dhs.gov (also
   * GMB.ACHREFUNDSUPPORT@CBP.DHS.GOV), phone (317) 298-1200 ext. 1178, for "Rejected refunds or
   * ACH enrollment issues" (broker guide; the email also in the vendor guide).
   */
  public static final Contact ACH_REFUND_SUPPORT = new Contact("CBP ACH Refund Support",
      "frn-achrefundsupport@cbp.dhs.gov", "(317) 298-1200 ext. 1178");

  /**
   * CBP Bonds Team: BONDQUESTIONS@CBP.DHS.GOV, phone (317) 614-4880, for voided ACE accounts
   * (broker guide).
   */
  public static final Contact CBP_BONDS_TEAM = new Contact("CBP Bonds Team",
      "BONDQUESTIONS@CBP.DHS.GOV", "(317) 614-4880");

  /**
   * CBP's IEEPA refunds mailbox, IEEPARefunds@cbp.dhs.gov, for questions on IEEPA refunds, a CAPE
   * tab missing from the Importer sub-account view (vendor guide) and CAPE's "UNABLE TO CALCULATE
   * DUTY" (NCBFAA, 18 May 2026, relaying CBP). No phone number is published.
   */
  public static final Contact IEEPA_REFUNDS = new Contact("CBP IEEPA Refunds",
      "IEEPARefunds@cbp.dhs.gov", null);

  /**
   * Creates a contact.
   *
   * @param name  who it is
   * @param email  the email address, or null
   * @param phone  the phone number, or null
   * @throws NullPointerException if the name is null
   * @throws IllegalArgumentException if the name is blank
   */
  public Contact {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("Contact name must not be blank");
    }
  }

  /**
   * Returns the importer's customs broker as a contact: it updates the Form 5106 record with the
   * TF (Importer Create/Update) transaction (vendor guide; CBP ACH FAQ).
   *
   * @param email  the broker's email, or null if unknown
   * @return the contact "Your customs broker"
   */
  public static Contact customsBroker(@Nullable String email) {
    return new Contact("Your customs broker", email, null);
  }

  /**
   * Returns the name, then the email in angle brackets and the phone when known, for example
   * {@code CBP Bonds Team <BONDQUESTIONS@CBP.DHS.GOV>, (317) 614-4880}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    String text = email == null ? name : name + " <" + email + ">";
    return phone == null ? text : text + ", " + phone;
  }
}
