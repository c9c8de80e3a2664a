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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.caperules.core.ImporterNumber;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.readiness.BlockerCode.Stage;
import org.jspecify.annotations.Nullable;

/**
 * Tells whether CBP can pay an importer's IEEPA refunds, and if not, what exactly to do, whom to
 * contact and how long it takes.
 *
 * <p>CBP pays IEEPA refunds only electronically, "to the Importer of Record or the Notify Party
 * (designated on CBP Form 4811) who have their U.S. bank account information in their ACE Portal
 * account" (CBP IEEPA Duty Refunds page, as quoted by the broker guide and the broker bulletin;
 * docs/decisions.md#readiness). What is checked depends on the {@link ImporterProfile.FilingRoute}
 * and the notify party:
 * <ul>
 *   <li>The importer's own ACH enrollment is needed when there is no notify party (refunds go to
 *       the importer of record). The CBP ACH FAQ: no ACH authorization is needed "if the broker is
 *       identified as the refund recipient on all your entries".
 *   <li>The importer's own ACE account is needed when it files CAPE itself, or when its refunds
 *       come to it and its ACH enrollment is not yet active (ACH is enrolled only in the ACE
 *       Portal). A broker filing with a Form 4811 naming itself needs nothing from the importer's
 *       ACE account: "they can handle the entire process without you needing ACE access" (vendor
 *       guide); no account blockers are raised then.
 *   <li>Box 2E matters only for the automated application, that is, when the importer needs an
 *       account and has none.
 * </ul>
 *
 * <p>Earliest ready date: the importer's own stages ({@link Stage#FORM_5106} to
 * {@link Stage#REJECTED_REFUNDS}) run one after the other, each taking the longest lead time of
 * its blockers; the notify party's stage runs in parallel. The date is {@code asOf} plus the
 * larger of the two, in calendar days. Worked example: Box 2E missing (1 day), no ACE account (3
 * days) and no ACH enrollment (0 days), assessed Mon 2026-05-04: 1 + 3 + 0 = 4 days, Fri
 * 2026-05-08. An EIN tied to a top account (14 days) and a notify party not in box 28 (0 days)
 * on the same date: max(14, 0) = 14 days, Mon 2026-05-18.
 *
 * <p>Exception handling: {@link #assess} throws only {@link NullPointerException} for null
 * arguments; an unready importer is a result, not an exception.
 *
 * <p>This class is immutable and thread-safe, and never reads a clock.
 */
public final class ImporterReadiness {

  private final ReadinessConfig config;
  private final @Nullable FedAchDirectory fedAchDirectory;

  private ImporterReadiness(ReadinessConfig config, @Nullable FedAchDirectory fedAchDirectory) {
    this.config = config;
    this.fedAchDirectory = fedAchDirectory;
  }

  /**
   * Returns an assessor with {@link ReadinessConfig#DEFAULT} and no FedACH directory.
   *
   * @return the assessor
   */
  public static ImporterReadiness standard() {
    return new ImporterReadiness(ReadinessConfig.DEFAULT, null);
  }

  /**
   * Returns an assessor with a configuration and no FedACH directory.
   *
   * @param config  the configuration
   * @return the assessor
   */
  public static ImporterReadiness of(ReadinessConfig config) {
    return new ImporterReadiness(Objects.requireNonNull(config, "config"), null);
  }

  /**
   * Returns a copy that also checks routing numbers against a FedACH directory, raising
   * {@link BlockerCode#ROUTING_NUMBER_NOT_ON_FEDACH}.
   *
   * @param directory  the user-supplied directory
   * @return the new assessor
   */
  public ImporterReadiness withFedAchDirectory(FedAchDirectory directory) {
    return new ImporterReadiness(config, Objects.requireNonNull(directory, "directory"));
  }

  /**
   * Returns the configuration.
   *
   * @return the configuration
   */
  public ReadinessConfig config() {
    return config;
  }

  /**
   * Returns the FedACH directory, if one was given.
   *
   * @return the directory, or empty
   */
  public Optional<FedAchDirectory> fedAchDirectory() {
    return Optional.ofNullable(fedAchDirectory);
  }

  /**
   * Assesses an importer and flags its declarable entries whose CAPE last day falls before the
   * importer's earliest ready date: for example the Importer sub-account takes about 14 days but
   * the window closes in 9. Those entries should go through the filing broker (with a Form 4811
   * designation for the refund) rather than wait for the importer's own account.
   *
   * @param profile  what is known of the importer
   * @param assessments  the assessments of the importer's entries (from
   *     {@code CapeEngine.evaluate} or {@code screen}); entries of other importers are skipped
   * @param asOf  the date of the readiness assessment
   * @return the plan
   */
  public RefundPlan plan(ImporterProfile profile, Iterable<Assessment> assessments,
      LocalDate asOf) {
    Objects.requireNonNull(assessments, "assessments");
    return RefundPlan.of(assess(profile, asOf), assessments);
  }

  /**
   * Assesses an importer as of a date. Every check runs, so one answer lists every blocker.
   *
   * @param profile  what is known of the importer
   * @param asOf  the date of the assessment; dates in the profile after it are not rejected
   * @return READY with no blockers, or NOT_READY with the blockers in code order and the
   *     earliest ready date
   */
  public ReadinessAssessment assess(ImporterProfile profile, LocalDate asOf) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(asOf, "asOf");
    List<Blocker> blockers = new ArrayList<>();
    AchEnrollment ach = profile.achEnrollment();
    boolean needsOwnAch = profile.notifyParty() == null;
    boolean achActive = ach != null && ach.status() == AchEnrollment.Status.ACTIVE;
    boolean needsOwnAccount = profile.route() == ImporterProfile.FilingRoute.IMPORTER_FILES
        || (needsOwnAch && !achActive);
    if (needsOwnAccount || needsOwnAch) {
      checkForm5106(profile, asOf, needsOwnAccount && profile.aceAccount() == null, blockers);
    }
    if (needsOwnAccount) {
      checkAccount(profile, asOf, blockers);
    }
    if (needsOwnAch) {
      checkAch(profile, blockers);
    }
    if (profile.rev613RejectedRefunds() > 0) {
      int count = profile.rev613RejectedRefunds();
      add(blockers, BlockerCode.REFUNDS_REJECTED_REV613,
          count + (count == 1 ? " refund" : " refunds") + " to " + profile.importerNumber()
              + (count == 1 ? " appears" : " appear") + " in the REV-613 ACH Rejected Refunds"
              + " report: once rejected, a manual recovery process is required, and no interest"
              + " is paid on delayed refunds.",
          "Correct the ACH refund enrollment, then email frn-achrefundsupport@cbp.dhs.gov and"
              + " follow CBP's Replacement Refund Instructions; allow 4-6 weeks for replacement"
              + " refunds.",
          Contact.ACH_REFUND_SUPPORT);
    }
    NotifyParty4811 notifyParty = profile.notifyParty();
    if (notifyParty != null) {
      checkNotifyParty(profile, notifyParty, blockers);
    }
    blockers.sort(Comparator.comparing(Blocker::code));
    return new ReadinessAssessment(profile.importerNumber(), asOf, blockers,
        asOf.plusDays(leadDays(blockers)));
  }

  private void checkForm5106(ImporterProfile profile, LocalDate asOf,
      boolean needsApplication, List<Blocker> blockers) {
    Form5106Record record = profile.form5106();
    ImporterNumber number = profile.importerNumber();
    Contact broker = Contact.customsBroker(
        record.brokerEmails().isEmpty() ? null : record.brokerEmails().get(0));
    if (needsApplication && !record.hasBox2eEmail()) {
      String mailing = record.mailingAddressEmail();
      add(blockers, BlockerCode.BOX_2E_EMAIL_MISSING,
          "The Form 5106 record of " + number + " has no email for its physical address (Box"
              + " 2E): the automated ACE Portal application will stop at \"No Email On File\"."
              + (mailing == null || mailing.isBlank() ? "" : " The mailing-address email "
                  + mailing + " does not count: the code is sent to the email associated with"
                  + " the physical address, as opposed to the mailing address."),
          "Contact your customs broker to have an email address for your company added to your"
              + " Importer (5106) record, associated with the physical address (TF Importer"
              + " Create/Update transaction in ACE); after it has been added, allow 24 hours for"
              + " CBP systems to synchronize.",
          broker);
    }
    if (needsApplication && record.box2eIsBrokerEmail()) {
      add(blockers, BlockerCode.BOX_2E_EMAIL_IS_BROKERS,
          "The Form 5106 Box 2E email of " + number + " is " + record.box2eEmail()
              + ", your broker's: the one-time verification code goes to your broker, and you"
              + " never receive it.",
          "Ask your broker to put your own email in Box 2E using the TF transaction in ACE (the"
              + " Importer Create/Update transaction), or have CBP update it directly; then allow"
              + " 24 hours for CBP systems to synchronize.",
          broker);
    }
    LocalDate updated = record.lastUpdated();
    if (updated != null && updated.plus(config.form5106MaxAge()).isBefore(asOf)) {
      add(blockers, BlockerCode.FORM_5106_STALE,
          "The Form 5106 record of " + number + " was last updated " + updated + ", more than "
              + config.form5106MaxAge() + " before " + asOf + ": CBP may request a refresh, and"
              + " an updated CBP Form 5106 must be on file to see the ACH Refund Authorization"
              + " tab.",
          "Ask your customs broker to update the Importer (5106) record with the TF transaction"
              + " in ACE, checking the legal name, addresses and the Box 2E email.",
          broker);
    }
  }

  private void checkAccount(ImporterProfile profile, LocalDate asOf, List<Blocker> blockers) {
    ImporterNumber number = profile.importerNumber();
    AceAccount account = profile.aceAccount();
    if (account == null) {
      add(blockers, BlockerCode.NO_ACE_ACCOUNT,
          number + " has no ACE Portal account: CAPE filing and ACH refund enrollment are made"
              + " from an Importer sub-account view in the ACE Portal.",
          "Submit the automated ACE Portal Account Application at"
              + " https://ace-accounts.cbp.gov/s/importer-form with the company name exactly as"
              + " in the Form 5106 record; the one-time code goes to the Box 2E email and expires"
              + " in 10 minutes, so have that mailbox's owner ready.",
          Contact.ACE_SUPPORT);
      return;
    }
    if (!account.ownerKnown()) {
      add(blockers, BlockerCode.EIN_TIED_TO_EXISTING_TOP_ACCOUNT,
          number + " is in use and associated with an existing ACE Portal top account whose"
              + " owner is not known: the automated application cannot be used.",
          "Find your company's ACE Portal Trade Account Owner (the person whose email was used"
              + " for the original registration) to get access; otherwise email"
              + " ACE.Applications@cbp.dhs.gov with your EIN and request a new Importer"
              + " sub-account be added to your record.",
          Contact.ACE_APPLICATIONS);
    }
    switch (account.status()) {
      case VOIDED -> add(blockers, BlockerCode.ACE_ACCOUNT_VOIDED,
          "The ACE Portal account of " + number + " is voided.",
          "Contact the CBP Bonds team at (317) 614-4880 or BONDQUESTIONS@CBP.DHS.GOV.",
          Contact.CBP_BONDS_TEAM);
      case INACTIVE -> add(blockers, BlockerCode.ACE_ACCOUNT_INACTIVE,
          "The ACE Portal account of " + number + " is inactive: it must be reactivated before"
              + " enrolling in ACH.",
          "Call CBP to request reactivation, then reset the Trade Account Owner's password with"
              + " \"Forgot Password\" at ace.cbp.dhs.gov and log in to verify access.",
          Contact.ACE_SUPPORT);
      case LOCKED -> add(blockers, BlockerCode.ACE_ACCOUNT_LOCKED,
          "The ACE Portal account of " + number + " is locked by the ACE system (Error Code"
              + " 42): since CAPE Phase 1 launched on April 20, 2026, ACE has been deactivating"
              + " accounts that haven't logged in recently.",
          "Call ACE Support (hold times are currently 2+ hours); to prevent recurrence, log in"
              + " at least once every few days and clear your browser cache before each"
              + " session.",
          Contact.ACE_SUPPORT);
      case ACTIVE -> checkLogin(number, account, asOf, blockers);
    }
    if (account.kind() == AceAccount.Kind.EXPORTER_ONLY) {
      add(blockers, BlockerCode.EXPORTER_ONLY_ACCOUNT,
          "The ACE Portal account of " + number + " was set up as an Exporter account, not an"
              + " Importer account: adding an Importer sub-account gives a Duplicate EIN error.",
          "Contact ace.applications@cbp.dhs.gov to have an Importer sub-account added for "
              + number + ".",
          Contact.ACE_APPLICATIONS);
    } else if (account.ownerKnown() && !account.importerSubAccounts().contains(number)) {
      add(blockers, BlockerCode.NO_IMPORTER_SUB_ACCOUNT,
          "The ACE Portal account has no Importer sub-account for " + number
              + (account.importerSubAccounts().isEmpty() ? "" : " (only for "
                  + new TreeSet<>(account.importerSubAccounts()) + ")")
              + ": the CAPE tab and ACH enrollment are only accessible from an Importer"
              + " sub-account view, and one is needed for each unique IOR number, suffix"
              + " included.",
          "The Trade Account Owner emails a request letter on company letterhead, signed by the"
              + " TAO or a legally authorized company official, to ACE.Applications@cbp.dhs.gov"
              + " listing " + number + ", with company name and address exactly as on the"
              + " original ACE Portal application; it takes approximately two weeks, and"
              + " (317) 614-4880 can escalate sub-account approvals.",
          Contact.ACE_APPLICATIONS);
    }
  }

  private void checkLogin(ImporterNumber number, AceAccount account, LocalDate asOf,
      List<Blocker> blockers) {
    LocalDate lastLogin = account.lastLogin();
    if (lastLogin != null && lastLogin.plus(config.staleLoginAfter()).isBefore(asOf)) {
      add(blockers, BlockerCode.ACE_LOGIN_STALE,
          String.format(Locale.ROOT, "The last ACE Portal login for %s was %s, %d days before"
              + " %s (limit %s): ACE has been deactivating accounts that haven't logged in"
              + " recently, sometimes within days instead of the normal 30-day cycle (Error Code"
              + " 42).", number, lastLogin, asOf.toEpochDay() - lastLogin.toEpochDay(), asOf,
              config.staleLoginAfter()),
          "Log in to ACE Portal now after clearing the browser cache, and at least once every few"
              + " days; if the login fails with Error Code 42, call ACE Support.",
          Contact.ACE_SUPPORT);
    }
  }

  private void checkAch(ImporterProfile profile, List<Blocker> blockers) {
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

  private void checkNotifyParty(ImporterProfile profile, NotifyParty4811 party,
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

  private void add(List<Blocker> blockers, BlockerCode code, String sentence, String fix,
      Contact contact) {
    blockers.add(new Blocker(code, sentence, fix, contact, config.leadTime(code)));
  }

  /** Stages before NOTIFY_PARTY in sequence, NOTIFY_PARTY in parallel; days of each stage max. */
  private static long leadDays(List<Blocker> blockers) {
    Map<Stage, Integer> longest = new EnumMap<>(Stage.class);
    for (Blocker blocker : blockers) {
      // days-only periods (Blocker checks): EPOCH + period gives the number of days
      int days = (int) LocalDate.EPOCH.plus(blocker.typicalLeadTime()).toEpochDay();
      longest.merge(blocker.code().stage(), days, Math::max);
    }
    long sequential = 0;
    for (Map.Entry<Stage, Integer> entry : longest.entrySet()) {
      if (entry.getKey() != Stage.NOTIFY_PARTY) {
        sequential += entry.getValue();
      }
    }
    return Math.max(sequential, longest.getOrDefault(Stage.NOTIFY_PARTY, 0));
  }

  /**
   * Returns a summary of the settings, for example
   * {@code ImporterReadiness[ReadinessConfig[...], no FedACH directory]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "ImporterReadiness[" + config + ", "
        + (fedAchDirectory == null ? "no FedACH directory" : fedAchDirectory) + "]";
  }
}
