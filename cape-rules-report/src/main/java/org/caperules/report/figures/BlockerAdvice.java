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
package org.caperules.report.figures;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.caperules.core.readiness.BlockerCode;
import org.caperules.core.readiness.Contact;

/**
 * A readiness blocker as a page shows it: its code and name, the fix and whom to contact. The
 * readiness file gives only the code ({@code R13} or {@code ACH_ENROLLMENT_MISSING}); the fix and
 * contact here are the general ones of {@link org.caperules.core.readiness.ImporterReadiness}
 * without the importer's own values (those are in {@code cape-rules readiness}'s output).
 *
 * <p>Example: {@code R13} gives {@code ACH_ENROLLMENT_MISSING}, fix "In the ACE Portal, open the
 * Importer sub-account view, ACH Refund Authorization tab, ...", contact
 * {@link Contact#ACH_REFUND_SUPPORT}.
 *
 * @param code  the code as written, or the code of the known blocker ({@code R13})
 * @param name  the blocker's name ({@code ACH_ENROLLMENT_MISSING}), or empty when unknown
 * @param fix  what to do
 * @param contact  whom to contact
 */
public record BlockerAdvice(String code, String name, String fix, String contact) {

  private static final String BROKER = "Your customs broker";

  private static final Map<BlockerCode, String> FIXES = new EnumMap<>(BlockerCode.class);
  private static final Map<BlockerCode, String> CONTACTS = new EnumMap<>(BlockerCode.class);

  static {
    FIXES.put(BlockerCode.BOX_2E_EMAIL_MISSING,
        "Have your customs broker add a company email for the physical address (Box 2E)"
            + " to the Importer (5106) record; allow 24 hours for CBP systems to synchronize.");
    FIXES.put(BlockerCode.BOX_2E_EMAIL_IS_BROKERS,
        "Have your broker put your own email in Box 2E of the Importer (5106) record;"
            + " allow 24 hours for CBP systems to synchronize.");
    FIXES.put(BlockerCode.FORM_5106_STALE,
        "Have your customs broker update the Importer (5106) record, checking the legal"
            + " name, addresses and the Box 2E email.");
    FIXES.put(BlockerCode.NO_ACE_ACCOUNT,
        "Submit the automated ACE Portal Account Application with the company name"
            + " exactly as in the Form 5106 record.");
    FIXES.put(BlockerCode.EIN_TIED_TO_EXISTING_TOP_ACCOUNT,
        "Find the company's ACE Portal Trade Account Owner, or email"
            + " ACE.Applications@cbp.dhs.gov to request a new Importer sub-account.");
    FIXES.put(BlockerCode.ACE_ACCOUNT_VOIDED,
        "Contact the CBP Bonds team.");
    FIXES.put(BlockerCode.ACE_ACCOUNT_INACTIVE,
        "Call CBP to request reactivation, then log in to the ACE Portal to verify"
            + " access.");
    FIXES.put(BlockerCode.ACE_ACCOUNT_LOCKED,
        "Call ACE Support; then log in at least once every few days.");
    FIXES.put(BlockerCode.ACE_LOGIN_STALE,
        "Log in to the ACE Portal now, and at least once every few days.");
    FIXES.put(BlockerCode.EXPORTER_ONLY_ACCOUNT,
        "Ask ACE Applications to add an Importer sub-account to the Exporter account.");
    FIXES.put(BlockerCode.NO_IMPORTER_SUB_ACCOUNT,
        "The Trade Account Owner requests an Importer sub-account for this importer"
            + " number by letter to ACE Applications; it takes about two weeks.");
    FIXES.put(BlockerCode.FOREIGN_IMPORTER_NO_US_BANK,
        "Enroll a U.S. bank account for ACH refunds, or designate a U.S. customs broker"
            + " enrolled for ACH refunds as Form 4811 notify party.");
    FIXES.put(BlockerCode.ACH_ENROLLMENT_MISSING,
        "In the ACE Portal, Importer sub-account view, ACH Refund Authorization tab,"
            + " add the U.S. bank routing and account numbers before the CAPE declaration is"
            + " accepted.");
    FIXES.put(BlockerCode.ACH_ENROLLMENT_PENDING,
        "Confirm the enrollment with the \"Get Info/Refresh\" button of the ACH Refund"
            + " Authorization tab.");
    FIXES.put(BlockerCode.ACH_ENROLLMENT_REJECTED,
        "Check with the bank that the routing number processes FedACH payments, then"
            + " enter the bank information again.");
    FIXES.put(BlockerCode.ROUTING_NUMBER_INVALID,
        "Enter the 9-digit ABA routing number of the U.S. account as the bank prints"
            + " it.");
    FIXES.put(BlockerCode.ROUTING_NUMBER_NOT_ON_FEDACH,
        "Use a routing number that receives FedACH payments, or another U.S. account.");
    FIXES.put(BlockerCode.REFUNDS_REJECTED_REV613,
        "Correct the ACH refund enrollment, then email frn-achrefundsupport@cbp.dhs.gov"
            + " for replacement refunds; allow 4-6 weeks.");
    FIXES.put(BlockerCode.NOTIFY_PARTY_NOT_ACH_ENROLLED,
        "Ask the Form 4811 notify party to enroll for ACH refunds in its own ACE Portal"
            + " account.");
    FIXES.put(BlockerCode.NOTIFY_PARTY_NOT_IN_BOX_28,
        "Have the filer report the notify party's number in box 28 of the entry"
            + " summaries, or make the importer of record ready to be paid itself.");
    FIXES.put(BlockerCode.EMAIL_HAS_EXISTING_ACE_ACCESS,
        "Ask your customs broker to put a company email without ACE Portal access in Box 2E"
            + " (TF Importer Create/Update transaction) and allow 24 hours for CBP systems to"
            + " synchronize; or have the Importer sub-account view added to an existing account"
            + " by request to ACE.Applications@cbp.dhs.gov.");
    FIXES.put(BlockerCode.CAPE_TAB_NOT_VISIBLE,
        "Log in under the Importer sub-account view (not the top-level or a broker account"
            + " view) and look under \"More\"; if the tab still does not appear, email"
            + " IEEPARefunds@cbp.dhs.gov, or have the filing broker declare the entries.");
    FIXES.put(BlockerCode.PAPER_CHECK_RELIED_ON,
        "Enroll a U.S. bank account for ACH refunds in the Importer sub-account view, or"
            + " designate a notify party on CBP Form 4811 that is enrolled: CBP does not issue"
            + " paper checks for refunds of IEEPA duties.");
    FIXES.put(BlockerCode.ACH_HOLDER_NAME_MISMATCH,
        "Check with the bank that the account is in the importer's legal name as on its Form"
            + " 5106 record; if not, enroll an account in the importer's name in the ACH Refund"
            + " Authorization tab.");
    CONTACTS.put(BlockerCode.EMAIL_HAS_EXISTING_ACE_ACCESS, BROKER);
    CONTACTS.put(BlockerCode.CAPE_TAB_NOT_VISIBLE, Contact.IEEPA_REFUNDS.toString());
    CONTACTS.put(BlockerCode.BOX_2E_EMAIL_MISSING, BROKER);
    CONTACTS.put(BlockerCode.BOX_2E_EMAIL_IS_BROKERS, BROKER);
    CONTACTS.put(BlockerCode.FORM_5106_STALE, BROKER);
    CONTACTS.put(BlockerCode.NOTIFY_PARTY_NOT_IN_BOX_28, BROKER);
    CONTACTS.put(BlockerCode.NO_ACE_ACCOUNT, Contact.ACE_SUPPORT.toString());
    CONTACTS.put(BlockerCode.ACE_ACCOUNT_INACTIVE, Contact.ACE_SUPPORT.toString());
    CONTACTS.put(BlockerCode.ACE_ACCOUNT_LOCKED, Contact.ACE_SUPPORT.toString());
    CONTACTS.put(BlockerCode.ACE_LOGIN_STALE, Contact.ACE_SUPPORT.toString());
    CONTACTS.put(BlockerCode.EIN_TIED_TO_EXISTING_TOP_ACCOUNT, Contact.ACE_APPLICATIONS.toString());
    CONTACTS.put(BlockerCode.EXPORTER_ONLY_ACCOUNT, Contact.ACE_APPLICATIONS.toString());
    CONTACTS.put(BlockerCode.NO_IMPORTER_SUB_ACCOUNT, Contact.ACE_APPLICATIONS.toString());
    CONTACTS.put(BlockerCode.ACE_ACCOUNT_VOIDED, Contact.CBP_BONDS_TEAM.toString());
    CONTACTS.put(BlockerCode.NOTIFY_PARTY_NOT_ACH_ENROLLED, "The Form 4811 notify party");
  }


  /**
   * Checks the components.
   *
   * @param code  the code
   * @param name  the name
   * @param fix  the fix
   * @param contact  the contact
   */
  public BlockerAdvice {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(fix, "fix");
    Objects.requireNonNull(contact, "contact");
  }

  /**
   * Returns the advice for a blocker code as the readiness file writes it.
   *
   * @param written  {@code R13}, {@code ACH_ENROLLMENT_MISSING} or {@code R13
   *     ACH_ENROLLMENT_MISSING}
   * @return the advice; for a code this release does not know, the code with a pointer to
   *     {@code cape-rules readiness}
   */
  public static BlockerAdvice of(String written) {
    String text = written.strip();
    for (BlockerCode code : BlockerCode.values()) {
      String upper = text.toUpperCase(Locale.ROOT);
      if (upper.equals(code.code()) || upper.equals(code.name())
          || upper.equals(code.code() + " " + code.name())) {
        return new BlockerAdvice(code.code(), code.name(), fix(code), contact(code));
      }
    }
    return new BlockerAdvice(text, "", "See the output of cape-rules readiness for this"
        + " importer: it names the fix and the contact.", BROKER);
  }

  private static String fix(BlockerCode code) {
    return FIXES.getOrDefault(code, "See the output of cape-rules readiness for this importer.");
  }

  private static String contact(BlockerCode code) {
    return CONTACTS.getOrDefault(code, Contact.ACH_REFUND_SUPPORT.toString());
  }
}
