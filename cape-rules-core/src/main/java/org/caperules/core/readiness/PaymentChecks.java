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

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.caperules.core.ImporterNumber;
import org.jspecify.annotations.Nullable;

/**
 * The checks of {@link ImporterReadiness} on how CBP pays: the importer's own ACH refund
 * enrollment (status, routing number, holder name), a paper check relied on, and the Form 4811
 * notify party. Example: an active enrollment held by "Acme Trading Co" for importer "Acme
 * Imports LLC" gives the warning {@link BlockerCode#ACH_HOLDER_NAME_MISMATCH}.
 */
final class PaymentChecks {

  /** Legal forms left out when comparing names: "Acme Imports, L.L.C." is "ACME IMPORTS". */
  private static final Set<String> LEGAL_FORMS = Set.of("LLC", "INC", "INCORPORATED", "CORP",
      "CORPORATION", "CO", "COMPANY", "LTD", "LIMITED", "LP", "LLP", "PLLC", "PC", "THE");

  private final ReadinessConfig config;
  private final @Nullable FedAchDirectory fedAchDirectory;

  PaymentChecks(ReadinessConfig config, @Nullable FedAchDirectory fedAchDirectory) {
    this.config = config;
    this.fedAchDirectory = fedAchDirectory;
  }

  void checkAch(ImporterProfile profile, List<Blocker> blockers) {
    ImporterNumber number = profile.importerNumber();
    Form5106Record record = profile.form5106();
    AchEnrollment ach = profile.achEnrollment();
    if (ach == null) {
      if (record.isForeign()) {
        add(blockers, BlockerCode.FOREIGN_IMPORTER_NO_US_BANK,
            number + " has a foreign address (" + record.countryCode() + "), no ACH refund"
                + " enrollment and no Form 4811 notify party: CBP pays refunds only"
                + " electronically, to a U.S. bank account.",
            "Open a U.S. bank account in the importer's name and enroll it for ACH refunds in the"
                + " Importer sub-account view, or designate a U.S. customs broker as the"
                + " authorized notify party (CBP Form 4811) that is itself enrolled for ACH"
                + " refunds.",
            Contact.ACH_REFUND_SUPPORT);
      } else {
        add(blockers, BlockerCode.ACH_ENROLLMENT_MISSING,
            number + " has no ACH refund enrollment: without it, the refund will be rejected"
                + " when CBP attempts to issue it.",
            "In the ACE Portal, open the Importer sub-account view, the ACH Refund Authorization"
                + " tab, press \"Get Info/Refresh\" and add the U.S. bank routing and account"
                + " numbers; do it before the CAPE Declaration is accepted.",
            Contact.ACH_REFUND_SUPPORT);
      }
      return;
    }
    String bank = "(account " + ach.accountNumber() + " at routing "
        + Masking.lastFour(ach.routingNumberAsEntered()) + ")";
    if (ach.status() == AchEnrollment.Status.PENDING) {
      add(blockers, BlockerCode.ACH_ENROLLMENT_PENDING,
          "The ACH refund enrollment of " + number + " " + bank + " is pending, not active.",
          "Confirm it in the Importer sub-account view, ACH Refund Authorization tab, with the"
              + " red \"Get Info/Refresh\" button; if it does not show as active, contact ACH"
              + " Refund Support.",
          Contact.ACH_REFUND_SUPPORT);
    } else if (ach.status() == AchEnrollment.Status.REJECTED) {
      add(blockers, BlockerCode.ACH_ENROLLMENT_REJECTED,
          "CBP rejected the ACH refund enrollment of " + number + " " + bank + ": CBP will"
              + " reject bank information if the bank routing number does not process FedACH"
              + " payments"
              + (record.isForeign() ? ", and requires foreign addresses in the Importer"
                  + " sub-account view to be properly formatted, according to the foreign"
                  + " country's address standards." : "."),
          "Verify with the bank that the routing number processes FedACH payments"
              + (record.isForeign() ? " and check the format of the foreign address" : "")
              + ", then enter the bank information again in the ACH Refund Authorization tab.",
          Contact.ACH_REFUND_SUPPORT);
    }
    checkRouting(ach, "the ACH refund enrollment of " + number, "the ACH Refund Authorization tab",
        Contact.ACH_REFUND_SUPPORT, blockers);
  }

  /**
   * Checks the routing number of an ACH enrollment, the importer's or its Form 4811 notify
   * party's: the ABA checksum, then the FedACH directory when one was given.
   */
  private void checkRouting(AchEnrollment ach, String whose, String where, Contact contact,
      List<Blocker> blockers) {
    Optional<String> problem = AbaRoutingNumber.validate(ach.routingNumberAsEntered());
    if (problem.isPresent()) {
      add(blockers, BlockerCode.ROUTING_NUMBER_INVALID,
          "The routing number of " + whose + " is invalid: " + problem.get() + ".",
          "Enter the 9-digit ABA routing number of the U.S. account, as printed by the bank, in "
              + where + ".",
          contact);
    } else if (fedAchDirectory != null
        && !fedAchDirectory.contains(AbaRoutingNumber.of(ach.routingNumberAsEntered()))) {
      add(blockers, BlockerCode.ROUTING_NUMBER_NOT_ON_FEDACH,
          "Routing number " + Masking.lastFour(ach.routingNumberAsEntered()) + " of " + whose
              + " is not in the FedACH directory supplied: CBP will reject bank information if"
              + " the bank routing number does not process FedACH payments.",
          "Ask the bank for a routing number that receives FedACH payments, or use another U.S."
              + " account, and update " + where + ".",
          contact);
    }
  }

  void checkNotifyParty(ImporterProfile profile, NotifyParty4811 party,
      List<Blocker> blockers) {
    String who = party.name() + " (" + party.partyNumber() + ")";
    Contact partyContact = new Contact(party.name(), party.email(), null);
    AchEnrollment ach = party.achEnrollment();
    if (ach == null || ach.status() != AchEnrollment.Status.ACTIVE) {
      add(blockers, BlockerCode.NOTIFY_PARTY_NOT_ACH_ENROLLED,
          "The Form 4811 notify party of " + profile.importerNumber() + ", " + who + ", has "
              + (ach == null ? "no ACH refund enrollment" : "an ACH refund enrollment that is "
                  + ach.status().name().toLowerCase(Locale.ROOT) + ", not active")
              + ": a broker or filer named as 4811 notify party must also complete ACH enrollment"
              + " in its own ACE Portal account.",
          "Ask " + party.name() + " to enroll for ACH refunds in its own ACE Portal account"
              + " (Importer sub-account view, ACH Refund Authorization tab); CBP strongly"
              + " encourages importers to verify that their 4811 notify party is set up to"
              + " receive refunds via ACH.",
          partyContact);
    }
    if (ach != null) {
      checkRouting(ach, "the ACH refund enrollment of the Form 4811 notify party " + who,
          "the notify party's own ACH Refund Authorization tab", partyContact, blockers);
    }
    if (config.requireNotifyPartyInBox28() && !party.listedInBox28()) {
      add(blockers, BlockerCode.NOTIFY_PARTY_NOT_IN_BOX_28,
          "The number of the Form 4811 notify party " + who + " is not in box 28 (Reference"
              + " Number) of the entry summaries of " + profile.importerNumber() + ": the"
              + " refund goes to the notify party only if it is there, otherwise to the"
              + " importer of record.",
          "Ask the filer to report " + party.partyNumber() + " in box 28 of the CBP Form 7501"
              + " entry summaries, or make the importer of record ready to be paid itself.",
          party.broker()
              ? partyContact
              : Contact.customsBroker(profile.form5106().brokerEmails().isEmpty()
                  ? null : profile.form5106().brokerEmails().get(0)));
    }
  }

  void checkHolderName(ImporterProfile profile, AchEnrollment ach, List<Blocker> blockers) {
    String legalName = profile.form5106().legalName();
    if (!comparable(ach.holderName()).equals(comparable(legalName))) {
      add(blockers, BlockerCode.ACH_HOLDER_NAME_MISMATCH,
          "The ACH refund enrollment of " + profile.importerNumber() + " is held by \""
              + ach.holderName() + "\", not by the importer of record \"" + legalName
              + "\" of the Form 5106 record: the account must be in the importer's name.",
          "Check with the bank that the account is in the name of " + legalName + "; if not,"
              + " enroll an account in the importer's name in the ACH Refund Authorization tab.",
          Contact.ACH_REFUND_SUPPORT);
    }
  }

  void checkPaperCheck(ImporterProfile profile, List<Blocker> blockers) {
    boolean granted = profile.paperCheckWaiver() == ImporterProfile.PaperCheckWaiver.GRANTED;
    add(blockers, BlockerCode.PAPER_CHECK_RELIED_ON,
        profile.importerNumber() + " counts on a paper check (waiver "
            + (granted ? "granted" : "requested") + ") and has no active ACH refund enrollment:"
            + " CBP issues refunds electronically, grants a paper-check waiver only in very"
            + " limited circumstances under 31 CFR 208.4, and does not issue paper checks for"
            + " refunds of IEEPA duties.",
        "Enroll a U.S. bank account for ACH refunds in the Importer sub-account view, or"
            + " designate a notify party on CBP Form 4811 that is enrolled; ask"
            + " FRN-ACHREFUNDSUPPORT@CBP.DHS.GOV about the waiver.",
        Contact.ACH_REFUND_SUPPORT);
  }

  /** Upper case, letters and digits only, legal forms left out. */
  static String comparable(String name) {
    StringBuilder kept = new StringBuilder();
    String letters = name.toUpperCase(Locale.ROOT).replace(".", "")
        .replaceAll("[^A-Z0-9]+", " ").strip();
    for (String word : letters.split(" ", -1)) {
      if (!word.isEmpty() && !LEGAL_FORMS.contains(word)) {
        kept.append(word).append(' ');
      }
    }
    return kept.toString().strip();
  }

  private void add(List<Blocker> blockers, BlockerCode code, String sentence, String fix,
      Contact contact) {
    blockers.add(new Blocker(code, sentence, fix, contact, config.leadTime(code)));
  }
}
