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

import static org.assertj.core.api.Assertions.assertThat;
import static org.caperules.core.readiness.BlockerCode.*;
import static org.caperules.core.readiness.ReadinessFixtures.BROKER_EMAIL;
import static org.caperules.core.readiness.ReadinessFixtures.DEFAULT_NUMBERS;
import static org.caperules.core.readiness.ReadinessFixtures.MON_2026_05_04;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.caperules.core.readiness.ReadinessAssessment.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImporterReadinessTest {

  private static final ImporterReadiness STANDARD = ImporterReadiness.standard();
  private static final Map<BlockerCode, ImporterProfile> SCENARIOS =
      ReadinessFixtures.scenarios(DEFAULT_NUMBERS);
  private static final Contact BROKER = Contact.customsBroker(BROKER_EMAIL);
  private static final Contact NOTIFY_PARTY =
      new Contact("Example Brokerage Inc", "refunds@broker.example", null);

  private static ImporterProfile scenario(BlockerCode code) {
    return Objects.requireNonNull(SCENARIOS.get(code), code.name());
  }

  private static NotifyParty4811 notifyPartyOf(ImporterProfile profile) {
    return Objects.requireNonNull(profile.notifyParty(), "notifyParty");
  }

  private static ReadinessAssessment assess(BlockerCode scenario) {
    ImporterReadiness readiness = scenario == ROUTING_NUMBER_NOT_ON_FEDACH
        ? STANDARD.withFedAchDirectory(ReadinessFixtures.directoryWithout021000021())
        : STANDARD;
    return readiness.assess(scenario(scenario), MON_2026_05_04);
  }

  private static Blocker only(ReadinessAssessment assessment, BlockerCode code) {
    return java.util.stream.Stream.concat(assessment.blockers().stream(),
            assessment.warnings().stream()).filter(b -> b.code() == code).findFirst()
        .orElseThrow(() -> new AssertionError(code + " not in " + assessment));
  }

  @Test
  void assess_fullyReadyProfile_readyWithNoBlockers() {
    ReadinessAssessment assessment =
        STANDARD.assess(ReadinessFixtures.ready(DEFAULT_NUMBERS), MON_2026_05_04);
    assertThat(assessment.status()).isEqualTo(Status.READY);
    assertThat(assessment.isReady()).isTrue();
    assertThat(assessment.blockers()).isEmpty();
    assertThat(assessment.earliestReadyDate()).isEqualTo(MON_2026_05_04);
    assertThat(assessment).hasToString(
        "12-3456789A1 as of 2026-05-04: READY [], filing ready 2026-05-04, payment ready"
            + " 2026-05-04");
  }

  @Test
  void assess_readyProfileOnFedAchDirectory_ready() {
    FedAchDirectory directory = FedAchDirectory.of(List.of(new FedAchParticipant(
        AbaRoutingNumber.of("021000021"), "EXAMPLE BANK", "NEW YORK", "NY", null)));
    assertThat(STANDARD.withFedAchDirectory(directory)
        .assess(ReadinessFixtures.ready(DEFAULT_NUMBERS), MON_2026_05_04).isReady()).isTrue();
  }

  @Test
  void assess_brokerFilesWith4811NamingItself_noAccountBlockers() {
    // A vendor's ACE Portal guide: "they can handle the entire process without you needing ACE
    // access". The importer has no ACE account, no ACH enrollment and no Box 2E email.
    ImporterProfile profile = ReadinessFixtures.brokerWith4811(DEFAULT_NUMBERS);
    assertThat(profile.aceAccount()).isNull();
    assertThat(profile.achEnrollment()).isNull();
    ReadinessAssessment assessment = STANDARD.assess(profile, MON_2026_05_04);
    assertThat(assessment.status()).isEqualTo(Status.READY);
    assertThat(assessment.blockers()).isEmpty();
  }

  @Test
  void assess_brokerFilesWith4811NotInBox28_onlyNotifyPartyBlocker() {
    ReadinessAssessment assessment = assess(NOTIFY_PARTY_NOT_IN_BOX_28);
    assertThat(assessment.codes()).containsExactly(NOTIFY_PARTY_NOT_IN_BOX_28);
    Blocker blocker = assessment.blockers().get(0);
    assertThat(blocker.sentence()).isEqualTo("The number of the Form 4811 notify party Example"
        + " Brokerage Inc (98-7654321) is not in box 28 (Reference Number) of the entry summaries"
        + " of 12-3456789A1: the refund goes to the notify party only if it is there, otherwise"
        + " to the importer of record.");
    assertThat(blocker.fix()).contains("report 98-7654321 in box 28 of the CBP Form 7501");
    assertThat(blocker.contact()).isEqualTo(NOTIFY_PARTY);
  }

  @Test
  void assess_box28NotRequired_ready() {
    ImporterReadiness lenient =
        ImporterReadiness.of(ReadinessConfig.DEFAULT.withRequireNotifyPartyInBox28(false));
    assertThat(lenient.assess(scenario(NOTIFY_PARTY_NOT_IN_BOX_28), MON_2026_05_04)
        .isReady()).isTrue();
  }

  @Test
  void assess_box28NonBrokerNotifyParty_contactIsCustomsBroker() {
    ImporterProfile profile = ImporterProfile.builder()
        .from(scenario(NOTIFY_PARTY_NOT_IN_BOX_28))
        .notifyParty(NotifyParty4811.builder()
            .from(notifyPartyOf(scenario(NOTIFY_PARTY_NOT_IN_BOX_28)))
            .broker(false).build())
        .build();
    assertThat(only(STANDARD.assess(profile, MON_2026_05_04), NOTIFY_PARTY_NOT_IN_BOX_28)
        .contact()).isEqualTo(BROKER);
  }

  /** Every code has a scenario that raises it: a new code fails here until it has one. */
  @Test
  void assess_everyCode_raisedByItsScenario() {
    assertThat(SCENARIOS.keySet()).isEqualTo(EnumSet.allOf(BlockerCode.class));
    for (BlockerCode code : BlockerCode.values()) {
      ReadinessAssessment assessment = assess(code);
      List<BlockerCode> raised = code.isWarning()
          ? assessment.warnings().stream().map(Blocker::code).toList() : assessment.codes();
      assertThat(raised).as("scenario %s", code).contains(code);
      assertThat(assessment.status()).as("scenario %s", code)
          .isEqualTo(code.isWarning() ? Status.READY : Status.NOT_READY);
      Blocker blocker = only(assessment, code);
      assertThat(blocker.typicalLeadTime()).as("scenario %s", code)
          .isEqualTo(code.defaultLeadTime());
      assertThat(blocker.sentence()).as("scenario %s", code).endsWith(".");
      assertThat(blocker.fix()).as("scenario %s", code).endsWith(".");
    }
  }

  @Test
  void blockerCode_codesStableAndInStageOrder() {
    BlockerCode[] codes = BlockerCode.values();
    for (int i = 0; i < codes.length; i++) {
      assertThat(codes[i].code()).as("%s", codes[i])
          .isEqualTo(String.format(Locale.ROOT, "R%02d", i + 1));
      // R01 to R20 were numbered in stage order; later codes take the next number.
      if (i > 0 && i < 20) {
        assertThat(codes[i].stage()).as("%s after %s", codes[i], codes[i - 1])
            .isGreaterThanOrEqualTo(codes[i - 1].stage());
      }
      assertThat(codes[i].defaultLeadTime().isNegative()).isFalse();
    }
  }

  // ---- one test per code, from the seeds' wording --------------------------------------------

  @Test
  void box2eMissing_noEmailOnFile_brokerFixes_24Hours() {
    ReadinessAssessment assessment = assess(BOX_2E_EMAIL_MISSING);
    // Also no ACE account (the automated application is what needs Box 2E).
    assertThat(assessment.codes()).containsExactly(BOX_2E_EMAIL_MISSING, NO_ACE_ACCOUNT);
    Blocker blocker = assessment.blockers().get(0);
    assertThat(blocker.sentence()).isEqualTo("The Form 5106 record of 12-3456789A1 has no email"
        + " for its physical address (Box 2E): the automated ACE Portal application will stop"
        + " at \"No Email On File\". The mailing-address email ap@acme.example does not count:"
        + " the code is sent to the email associated with the physical address, as opposed to"
        + " the mailing address.");
    assertThat(blocker.fix()).contains("Contact your customs broker")
        .contains("allow 24 hours for CBP systems to synchronize");
    assertThat(blocker.contact()).isEqualTo(BROKER);
    assertThat(blocker.typicalLeadTime()).isEqualTo(Period.ofDays(1));
    // Stages in sequence: Form 5106 1 day + ACE account 3 days = 4 days: Mon 05-04 -> Fri 05-08.
    assertThat(assessment.earliestReadyDate()).isEqualTo(LocalDate.of(2026, 5, 8));
  }

  @Test
  void box2eMissing_blankAndNoMailingEmail_shortSentence() {
    ImporterProfile base = scenario(BOX_2E_EMAIL_MISSING);
    ImporterProfile profile = ImporterProfile.builder().from(base)
        .form5106(Form5106Record.builder().from(base.form5106()).box2eEmail("  ")
            .mailingAddressEmail(null).brokerEmails(List.of()).build())
        .build();
    Blocker blocker = only(STANDARD.assess(profile, MON_2026_05_04), BOX_2E_EMAIL_MISSING);
    assertThat(blocker.sentence()).endsWith("will stop at \"No Email On File\".");
    assertThat(blocker.contact()).isEqualTo(Contact.customsBroker(null));
  }

  @Test
  void box2eMissing_accountExists_notRaised() {
    ImporterProfile ready = ReadinessFixtures.ready(DEFAULT_NUMBERS);
    ImporterProfile profile = ImporterProfile.builder().from(ready)
        .form5106(Form5106Record.builder().from(ready.form5106()).box2eEmail(null).build())
        .build();
    assertThat(STANDARD.assess(profile, MON_2026_05_04).isReady()).isTrue();
  }

  @Test
  void box2eIsBrokers_codeGoesToBroker_ignoringCaseAndSpaces() {
    ImporterProfile base = scenario(BOX_2E_EMAIL_IS_BROKERS);
    ImporterProfile profile = ImporterProfile.builder().from(base)
        .form5106(Form5106Record.builder().from(base.form5106())
            .box2eEmail(" Entries@Broker.EXAMPLE ").build())
        .build();
    ReadinessAssessment assessment = STANDARD.assess(profile, MON_2026_05_04);
    assertThat(assessment.codes()).containsExactly(BOX_2E_EMAIL_IS_BROKERS, NO_ACE_ACCOUNT);
    Blocker blocker = assessment.blockers().get(0);
    assertThat(blocker.sentence()).contains("your broker's: the one-time verification code goes"
        + " to your broker, and you never receive it.");
    assertThat(blocker.fix()).contains("TF transaction in ACE (the Importer Create/Update"
        + " transaction)").contains("have CBP update it directly");
    assertThat(blocker.contact()).isEqualTo(BROKER);
  }

  @ParameterizedTest(name = "{2}: updated {0} -> stale={1}")
  @CsvSource(delimiter = '|', textBlock = """
      # lastUpdated | stale | note
      2025-05-04    | false | exactly 12 months before Mon 2026-05-04: still inside
      2025-05-03    | true  | 12 months and a day
      2026-05-04    | false | updated today
      """)
  void form5106Stale_twelveMonthsInclusive(LocalDate lastUpdated, boolean stale, String note) {
    ImporterProfile ready = ReadinessFixtures.ready(DEFAULT_NUMBERS);
    ImporterProfile profile = ImporterProfile.builder().from(ready)
        .form5106(Form5106Record.builder().from(ready.form5106()).lastUpdated(lastUpdated).build())
        .build();
    ReadinessAssessment assessment = STANDARD.assess(profile, MON_2026_05_04);
    assertThat(assessment.warnings().stream().anyMatch(w -> w.code() == FORM_5106_STALE))
        .as(note).isEqualTo(stale);
    // A warning: it never blocks an importer whose ACH refund enrollment is active.
    assertThat(assessment.isReady()).as(note).isTrue();
  }

  @Test
  void form5106Stale_mayRequestRefresh_brokerFixes() {
    Blocker blocker = only(assess(FORM_5106_STALE), FORM_5106_STALE);
    assertThat(blocker.sentence()).isEqualTo("The Form 5106 record of 12-3456789A1 was last"
        + " updated 2025-05-03, more than P12M before 2026-05-04: CBP may request a refresh, and"
        + " an updated CBP Form 5106 must be on file to see the ACH Refund Authorization tab.");
    assertThat(blocker.contact()).isEqualTo(BROKER);
    // A longer limit (setting) removes it.
    assertThat(ImporterReadiness.of(ReadinessConfig.DEFAULT.withForm5106MaxAge(Period.ofYears(2)))
        .assess(scenario(FORM_5106_STALE), MON_2026_05_04).warnings()).isEmpty();
  }

  @Test
  void noAceAccount_automatedApplication_aceSupport() {
    ReadinessAssessment assessment = assess(NO_ACE_ACCOUNT);
    assertThat(assessment.codes()).containsExactly(NO_ACE_ACCOUNT);
    Blocker blocker = assessment.blockers().get(0);
    assertThat(blocker.sentence()).isEqualTo("12-3456789A1 has no ACE Portal account: CAPE"
        + " filing and ACH refund enrollment are made from an Importer sub-account view in the"
        + " ACE Portal.");
    assertThat(blocker.fix()).contains("https://ace-accounts.cbp.gov/s/importer-form")
        .contains("expires in 10 minutes");
    assertThat(blocker.contact()).isEqualTo(Contact.ACE_SUPPORT);
    assertThat(blocker.contact().email()).isEqualTo("ACE.Support@cbp.dhs.gov");
    assertThat(assessment.earliestReadyDate()).isEqualTo(LocalDate.of(2026, 5, 7));  // + 3 days
  }

  @Test
  void einTied_existingTopAccount_aceApplications_noSeparateSubAccountBlocker() {
    ReadinessAssessment assessment = assess(EIN_TIED_TO_EXISTING_TOP_ACCOUNT);
    assertThat(assessment.codes()).containsExactly(EIN_TIED_TO_EXISTING_TOP_ACCOUNT);
    Blocker blocker = assessment.blockers().get(0);
    assertThat(blocker.sentence()).contains("is in use and associated with an existing ACE"
        + " Portal top account");
    assertThat(blocker.fix()).contains("Trade Account Owner").contains("email"
        + " ACE.Applications@cbp.dhs.gov with your EIN and request a new Importer sub-account be"
        + " added to your record");
    assertThat(blocker.contact()).isEqualTo(Contact.ACE_APPLICATIONS);
    assertThat(assessment.earliestReadyDate()).isEqualTo(LocalDate.of(2026, 5, 18));  // + 14
  }

  @Test
  void voided_bondsTeam() {
    Blocker blocker = only(assess(ACE_ACCOUNT_VOIDED), ACE_ACCOUNT_VOIDED);
    assertThat(blocker.fix()).isEqualTo(
        "Contact the CBP Bonds team at (317) 614-4880 or BONDQUESTIONS@CBP.DHS.GOV.");
    assertThat(blocker.contact()).isEqualTo(Contact.CBP_BONDS_TEAM);
    assertThat(blocker.contact().phone()).isEqualTo("(317) 614-4880");
  }

  @Test
  void inactive_reactivateBeforeAch_callCbp() {
    ReadinessAssessment assessment = assess(ACE_ACCOUNT_INACTIVE);
    assertThat(assessment.codes()).containsExactly(ACE_ACCOUNT_INACTIVE);
    assertThat(assessment.blockers().get(0).sentence()).isEqualTo("The ACE Portal account of"
        + " 12-3456789A1 is inactive: it must be reactivated before enrolling in ACH.");
    assertThat(assessment.blockers().get(0).fix()).startsWith("Call CBP to request"
        + " reactivation");
    assertThat(assessment.blockers().get(0).contact()).isEqualTo(Contact.ACE_SUPPORT);
  }

  @Test
  void locked_errorCode42_aceSupport() {
    Blocker blocker = only(assess(ACE_ACCOUNT_LOCKED), ACE_ACCOUNT_LOCKED);
    assertThat(blocker.sentence()).contains("(Error Code 42)")
        .contains("ACE has been deactivating accounts that haven't logged in recently");
    assertThat(blocker.fix()).contains("hold times are currently 2+ hours")
        .contains("clear your browser cache");
    assertThat(blocker.contact()).isEqualTo(Contact.ACE_SUPPORT);
  }

  @ParameterizedTest(name = "{2}: last login {0} -> stale={1}")
  @CsvSource(delimiter = '|', textBlock = """
      # lastLogin | stale | note
      2026-04-04  | false | 30 days before Mon 2026-05-04: inside the 30-day cycle
      2026-04-03  | true  | 31 days
      """)
  void loginStale_thirtyDaysInclusive(LocalDate lastLogin, boolean stale, String note) {
    ImporterProfile ready = ReadinessFixtures.ready(DEFAULT_NUMBERS);
    ImporterProfile profile = ImporterProfile.builder().from(ready)
        .aceAccount(AceAccount.builder().from(ReadinessFixtures.activeAccount(DEFAULT_NUMBERS))
            .lastLogin(lastLogin).build())
        .build();
    assertThat(STANDARD.assess(profile, MON_2026_05_04).codes().contains(ACE_LOGIN_STALE))
        .as(note).isEqualTo(stale);
  }

  @Test
  void loginStale_sentenceWithDays_aceSupport() {
    Blocker blocker = only(assess(ACE_LOGIN_STALE), ACE_LOGIN_STALE);
    assertThat(blocker.sentence()).isEqualTo("The last ACE Portal login for 12-3456789A1 was"
        + " 2026-04-03, 31 days before 2026-05-04 (limit P30D): ACE has been deactivating"
        + " accounts that haven't logged in recently, sometimes within days instead of the normal"
        + " 30-day cycle (Error Code 42).");
    assertThat(blocker.contact()).isEqualTo(Contact.ACE_SUPPORT);
    assertThat(blocker.typicalLeadTime()).isEqualTo(Period.ZERO);
  }

  @Test
  void exporterOnly_duplicateEin_aceApplications_noSubAccountBlocker() {
    ReadinessAssessment assessment = assess(EXPORTER_ONLY_ACCOUNT);
    assertThat(assessment.codes()).containsExactly(EXPORTER_ONLY_ACCOUNT);
    Blocker blocker = assessment.blockers().get(0);
    assertThat(blocker.sentence()).contains("set up as an Exporter account, not an Importer"
        + " account").contains("Duplicate EIN error");
    assertThat(blocker.fix()).contains("ace.applications@cbp.dhs.gov");
    assertThat(blocker.contact()).isEqualTo(Contact.ACE_APPLICATIONS);
  }

  @Test
  void noSubAccount_otherSuffixOnly_eachUniqueIor_twoWeeks() {
    ReadinessAssessment assessment = assess(NO_IMPORTER_SUB_ACCOUNT);
    assertThat(assessment.codes()).containsExactly(NO_IMPORTER_SUB_ACCOUNT);
    Blocker blocker = assessment.blockers().get(0);
    assertThat(blocker.sentence()).isEqualTo("The ACE Portal account has no Importer sub-account"
        + " for 12-3456789A1 (only for [12-3456789]): the CAPE tab and ACH enrollment are only"
        + " accessible from an Importer sub-account view, and one is needed for each unique IOR"
        + " number, suffix included.");
    assertThat(blocker.fix()).contains("request letter on company letterhead")
        .contains("ACE.Applications@cbp.dhs.gov").contains("approximately two weeks")
        .contains("(317) 614-4880");
    assertThat(blocker.contact()).isEqualTo(Contact.ACE_APPLICATIONS);
    assertThat(blocker.typicalLeadTime()).isEqualTo(Period.ofDays(14));
    assertThat(assessment.earliestReadyDate()).isEqualTo(LocalDate.of(2026, 5, 18));
  }

  @Test
  void noSubAccount_noneAtAll_shortSentence() {
    ImporterProfile profile = ImporterProfile.builder().from(scenario(NO_IMPORTER_SUB_ACCOUNT))
        .aceAccount(AceAccount.builder().status(AceAccount.Status.ACTIVE).build()).build();
    assertThat(only(STANDARD.assess(profile, MON_2026_05_04), NO_IMPORTER_SUB_ACCOUNT)
        .sentence()).startsWith("The ACE Portal account has no Importer sub-account for"
            + " 12-3456789A1: the CAPE tab");
  }

  @Test
  void foreignNoUsBank_usAccountOrBrokerNotifyParty() {
    ReadinessAssessment assessment = assess(FOREIGN_IMPORTER_NO_US_BANK);
    assertThat(assessment.codes()).containsExactly(FOREIGN_IMPORTER_NO_US_BANK);
    Blocker blocker = assessment.blockers().get(0);
    assertThat(blocker.sentence()).isEqualTo("12-3456789A1 has a foreign address (DE), no ACH"
        + " refund enrollment and no Form 4811 notify party: CBP pays refunds only"
        + " electronically, to a U.S. bank account.");
    assertThat(blocker.fix()).contains("designate a U.S. customs broker as the authorized notify"
        + " party");
    assertThat(blocker.contact()).isEqualTo(Contact.ACH_REFUND_SUPPORT);
  }

  @Test
  void foreignWithBrokerNotifyParty_ready() {
    ImporterProfile broker = ReadinessFixtures.brokerWith4811(DEFAULT_NUMBERS);
    ImporterProfile profile = ImporterProfile.builder().from(broker)
        .form5106(Form5106Record.builder().from(broker.form5106()).countryCode("DE").build())
        .build();
    assertThat(STANDARD.assess(profile, MON_2026_05_04).isReady()).isTrue();
  }

  @Test
  void achMissing_rejectedOnDelivery_achRefundSupport() {
    ReadinessAssessment assessment = assess(ACH_ENROLLMENT_MISSING);
    assertThat(assessment.codes()).containsExactly(ACH_ENROLLMENT_MISSING);
    Blocker blocker = assessment.blockers().get(0);
    assertThat(blocker.sentence()).isEqualTo("12-3456789A1 has no ACH refund enrollment:"
        + " without it, the refund will be rejected when CBP attempts to issue it.");
    assertThat(blocker.fix()).contains("ACH Refund Authorization tab")
        .contains("\"Get Info/Refresh\"");
    assertThat(blocker.contact()).isEqualTo(Contact.ACH_REFUND_SUPPORT);
    assertThat(blocker.contact().email()).isEqualTo("frn-achrefundsupport@cbp.dhs.gov");
  }

  @Test
  void brokerFilesRefundToImporter_activeAch_needsNoAccount() {
    // CBP's ACH FAQ: "If an importer is already set up to receive refunds via ACH, ACE Portal
    // access is not required."
    ImporterProfile profile = ImporterProfile.builder()
        .from(ReadinessFixtures.ready(DEFAULT_NUMBERS))
        .route(ImporterProfile.FilingRoute.BROKER_FILES_REFUND_TO_IMPORTER)
        .aceAccount(null)
        .build();
    assertThat(STANDARD.assess(profile, MON_2026_05_04).isReady()).isTrue();
    // Without ACH it needs the account to enroll.
    ImporterProfile noAch = ImporterProfile.builder().from(profile).achEnrollment(null).build();
    assertThat(STANDARD.assess(noAch, MON_2026_05_04).codes())
        .containsExactly(NO_ACE_ACCOUNT, ACH_ENROLLMENT_MISSING);
  }

  @Test
  void achPending_masked_getInfoRefresh() {
    Blocker blocker = only(assess(ACH_ENROLLMENT_PENDING), ACH_ENROLLMENT_PENDING);
    assertThat(blocker.sentence()).isEqualTo("The ACH refund enrollment of 12-3456789A1 (account"
        + " ****9012 at routing ****0021) is pending, not active.");
    assertThat(blocker.fix()).contains("red \"Get Info/Refresh\" button");
    assertThat(blocker.contact()).isEqualTo(Contact.ACH_REFUND_SUPPORT);
  }

  @Test
  void achRejected_domestic_fedAchReason() {
    Blocker blocker = only(assess(ACH_ENROLLMENT_REJECTED), ACH_ENROLLMENT_REJECTED);
    assertThat(blocker.sentence()).isEqualTo("CBP rejected the ACH refund enrollment of"
        + " 12-3456789A1 (account ****9012 at routing ****0021): CBP will reject bank information"
        + " if the bank routing number does not process FedACH payments.");
    assertThat(blocker.fix()).doesNotContain("foreign");
    assertThat(blocker.contact()).isEqualTo(Contact.ACH_REFUND_SUPPORT);
  }

  @Test
  void achRejected_foreign_addressFormatReason() {
    ImporterProfile base = scenario(ACH_ENROLLMENT_REJECTED);
    ImporterProfile profile = ImporterProfile.builder().from(base)
        .form5106(Form5106Record.builder().from(base.form5106()).countryCode("CA").build())
        .build();
    Blocker blocker = only(STANDARD.assess(profile, MON_2026_05_04), ACH_ENROLLMENT_REJECTED);
    assertThat(blocker.sentence()).endsWith("properly formatted, according to the foreign"
        + " country's address standards.");
    assertThat(blocker.fix()).contains("check the format of the foreign address");
  }

  @Test
  void routingInvalid_maskedChecksumMessage() {
    ReadinessAssessment assessment = assess(ROUTING_NUMBER_INVALID);
    assertThat(assessment.codes()).containsExactly(ROUTING_NUMBER_INVALID);
    Blocker blocker = assessment.blockers().get(0);
    assertThat(blocker.sentence()).isEqualTo("The routing number of the ACH refund enrollment of"
        + " 12-3456789A1 is invalid: ABA routing number '****6789' fails the 3-7-1 checksum:"
        + " 3(d1+d4+d7) + 7(d2+d5+d8) + (d3+d6+d9) must be a multiple of 10.");
    assertThat(blocker.contact()).isEqualTo(Contact.ACH_REFUND_SUPPORT);
  }

  @Test
  void routingNotOnFedAch_onlyWithDirectory() {
    ReadinessAssessment assessment = assess(ROUTING_NUMBER_NOT_ON_FEDACH);
    assertThat(assessment.codes()).containsExactly(ROUTING_NUMBER_NOT_ON_FEDACH);
    Blocker blocker = assessment.blockers().get(0);
    assertThat(blocker.sentence()).isEqualTo("Routing number ****0021 of the ACH refund"
        + " enrollment of 12-3456789A1 is not in the FedACH directory supplied: CBP will reject"
        + " bank information if the bank routing number does not process FedACH payments.");
    assertThat(blocker.contact()).isEqualTo(Contact.ACH_REFUND_SUPPORT);
    // The same profile without a directory is ready: the library ships none.
    assertThat(STANDARD.assess(scenario(ROUTING_NUMBER_NOT_ON_FEDACH), MON_2026_05_04)
        .isReady()).isTrue();
  }

  @Test
  void rev613_replacementRefund_fourToSixWeeks_noInterest() {
    ReadinessAssessment assessment = assess(REFUNDS_REJECTED_REV613);
    assertThat(assessment.codes()).containsExactly(REFUNDS_REJECTED_REV613);
    Blocker blocker = assessment.blockers().get(0);
    assertThat(blocker.sentence()).isEqualTo("2 refunds to 12-3456789A1 appear in the REV-613"
        + " ACH Rejected Refunds report: once rejected, a manual recovery process is required,"
        + " and no interest is paid on delayed refunds.");
    assertThat(blocker.fix()).contains("frn-achrefundsupport@cbp.dhs.gov")
        .contains("Replacement Refund Instructions").contains("allow 4-6 weeks");
    assertThat(blocker.contact()).isEqualTo(Contact.ACH_REFUND_SUPPORT);
    // 42 days after Mon 2026-05-04: 27 days to 05-31, 15 more -> Mon 2026-06-15.
    assertThat(assessment.earliestReadyDate()).isEqualTo(LocalDate.of(2026, 6, 15));
  }

  @Test
  void rev613_oneRefund_singular() {
    ImporterProfile profile = ImporterProfile.builder()
        .from(scenario(REFUNDS_REJECTED_REV613)).rev613RejectedRefunds(1).build();
    assertThat(only(STANDARD.assess(profile, MON_2026_05_04), REFUNDS_REJECTED_REV613)
        .sentence()).startsWith("1 refund to 12-3456789A1 appears in the REV-613");
  }

  @Test
  void notifyPartyNotEnrolled_ownAceAccount_notifyPartyContact() {
    ReadinessAssessment assessment = assess(NOTIFY_PARTY_NOT_ACH_ENROLLED);
    assertThat(assessment.codes()).containsExactly(NOTIFY_PARTY_NOT_ACH_ENROLLED);
    Blocker blocker = assessment.blockers().get(0);
    assertThat(blocker.sentence()).isEqualTo("The Form 4811 notify party of 12-3456789A1,"
        + " Example Brokerage Inc (98-7654321), has no ACH refund enrollment: a broker or filer"
        + " named as 4811 notify party must also complete ACH enrollment in its own ACE Portal"
        + " account.");
    assertThat(blocker.fix()).contains("CBP strongly encourages importers to verify that their"
        + " 4811 notify party is set up to receive refunds via ACH");
    assertThat(blocker.contact()).isEqualTo(NOTIFY_PARTY);
  }

  @Test
  void notifyPartyPending_importerFilesItself_noOwnAchNeeded() {
    // CBP's ACH FAQ: no ACH authorization needed "if the broker is identified as the refund
    // recipient on all your entries". The importer files CAPE itself but has no ACH of its own.
    NotifyParty4811 pending = NotifyParty4811.builder()
        .from(ReadinessFixtures.readyBroker(DEFAULT_NUMBERS))
        .achEnrollment(ReadinessFixtures.ach(DEFAULT_NUMBERS, AchEnrollment.Status.PENDING))
        .build();
    ImporterProfile profile = ImporterProfile.builder()
        .from(ReadinessFixtures.ready(DEFAULT_NUMBERS))
        .achEnrollment(null)
        .notifyParty(pending)
        .build();
    ReadinessAssessment assessment = STANDARD.assess(profile, MON_2026_05_04);
    assertThat(assessment.codes()).containsExactly(NOTIFY_PARTY_NOT_ACH_ENROLLED);
    assertThat(assessment.blockers().get(0).sentence())
        .contains("has an ACH refund enrollment that is pending, not active");
  }

  @Test
  void notifyPartyInvalidRouting_activeEnrollment_notReadyLikeTheImporters() {
    // 123456789: 3(1+4+7) + 7(2+5+8) + (3+6+9) = 36 + 105 + 18 = 159, not a multiple of 10.
    ImporterProfile broker = ReadinessFixtures.brokerWith4811(DEFAULT_NUMBERS);
    ImporterProfile profile = ImporterProfile.builder().from(broker)
        .notifyParty(NotifyParty4811.builder().from(notifyPartyOf(broker))
            .achEnrollment(AchEnrollment.builder()
                .from(ReadinessFixtures.activeAch(DEFAULT_NUMBERS))
                .routingNumberAsEntered("123456789").build())
            .build())
        .build();
    assertThat(STANDARD.assess(broker, MON_2026_05_04).isReady()).isTrue();
    ReadinessAssessment assessment = STANDARD.assess(profile, MON_2026_05_04);
    assertThat(assessment.status()).isEqualTo(Status.NOT_READY);
    assertThat(assessment.codes()).containsExactly(ROUTING_NUMBER_INVALID);
    Blocker blocker = assessment.blockers().get(0);
    assertThat(blocker.sentence()).startsWith("The routing number of the ACH refund enrollment"
        + " of the Form 4811 notify party Example Brokerage Inc (98-7654321) is invalid: ")
        .doesNotContain("123456789");
    assertThat(blocker.contact()).isEqualTo(NOTIFY_PARTY);
  }

  @Test
  void notifyPartyRoutingNotOnFedAch_directoryGiven_notReady() {
    ImporterProfile broker = ReadinessFixtures.brokerWith4811(DEFAULT_NUMBERS);
    // The broker's routing number is 111000025; this directory lists only 021000021.
    FedAchDirectory without111000025 = FedAchDirectory.of(java.util.List.of(
        new FedAchParticipant(AbaRoutingNumber.of(ReadinessFixtures.ROUTING_021000021),
            "SOME BANK", "NEW YORK", "NY", null)));
    ReadinessAssessment assessment = STANDARD.withFedAchDirectory(without111000025)
        .assess(broker, MON_2026_05_04);
    assertThat(assessment.codes()).containsExactly(ROUTING_NUMBER_NOT_ON_FEDACH);
    assertThat(assessment.blockers().get(0).sentence()).isEqualTo("Routing number ****0025 of"
        + " the ACH refund enrollment of the Form 4811 notify party Example Brokerage Inc"
        + " (98-7654321) is not in the FedACH directory supplied: CBP will reject bank"
        + " information if the bank routing number does not process FedACH payments.");
  }

  @Test
  void earliestReadyDate_notifyPartyRunsInParallel() {
    // Sub-account 14 days (importer) and notify party overridden to 20 days (in parallel):
    // max(14, 20) = 20 days after Mon 2026-05-04 -> Sun 2026-05-24.
    ReadinessConfig config = ReadinessConfig.DEFAULT
        .withLeadTime(NOTIFY_PARTY_NOT_ACH_ENROLLED, Period.ofDays(20));
    ImporterProfile profile = ImporterProfile.builder()
        .from(scenario(NO_IMPORTER_SUB_ACCOUNT))
        .notifyParty(notifyPartyOf(scenario(NOTIFY_PARTY_NOT_ACH_ENROLLED)))
        .build();
    ReadinessAssessment assessment = ImporterReadiness.of(config).assess(profile, MON_2026_05_04);
    assertThat(assessment.codes()).containsExactly(NO_IMPORTER_SUB_ACCOUNT,
        NOTIFY_PARTY_NOT_ACH_ENROLLED);
    assertThat(assessment.earliestReadyDate()).isEqualTo(LocalDate.of(2026, 5, 24));
  }

  @Test
  void earliestReadyDate_stagesInSequence_longestWithinStage() {
    // Locked (1 day) and EIN tied (14 days) share the ACE account stage; no ACH enrollment (0
    // days) needs that account; a REV-613 rejection (42 days) is a later stage. Filing: max(1,
    // 14) = 14 days after Mon 2026-05-04 -> Mon 2026-05-18. Payment: 14 + 0 + 42 = 56 days ->
    // Mon 2026-06-29 (27 days to 05-31, 29 more in June).
    ImporterProfile profile = ImporterProfile.builder()
        .from(ReadinessFixtures.ready(DEFAULT_NUMBERS))
        .aceAccount(AceAccount.builder().from(ReadinessFixtures.activeAccount(DEFAULT_NUMBERS))
            .status(AceAccount.Status.LOCKED).ownerKnown(false).build())
        .achEnrollment(null)
        .rev613RejectedRefunds(3)
        .build();
    ReadinessAssessment assessment = STANDARD.assess(profile, MON_2026_05_04);
    assertThat(assessment.codes()).containsExactly(EIN_TIED_TO_EXISTING_TOP_ACCOUNT,
        ACE_ACCOUNT_LOCKED, ACH_ENROLLMENT_MISSING, REFUNDS_REJECTED_REV613);
    assertThat(assessment.filingReadyDate()).isEqualTo(LocalDate.of(2026, 5, 18));
    assertThat(assessment.paymentReadyDate()).isEqualTo(LocalDate.of(2026, 6, 29));
    assertThat(assessment.earliestReadyDate()).isEqualTo(LocalDate.of(2026, 6, 29));
    assertThat(assessment).hasToString("12-3456789A1 as of 2026-05-04: NOT_READY [R05, R08,"
        + " R13, R18], filing ready 2026-05-18, payment ready 2026-06-29");
  }

  @Test
  void filingAndPaymentReady_brokerFilesRefundToImporter_accountGatesPaymentOnly() {
    // The broker files; the importer has no ACE account and no ACH enrollment: R04 (3 days) and
    // R13 (0 days) gate payment (ACH is enrolled in the portal), not filing. Filing-ready Mon
    // 2026-05-04; payment-ready 3 + 0 = 3 days -> Thu 2026-05-07.
    ImporterProfile profile = ImporterProfile.builder()
        .from(ReadinessFixtures.ready(DEFAULT_NUMBERS))
        .route(ImporterProfile.FilingRoute.BROKER_FILES_REFUND_TO_IMPORTER)
        .aceAccount(null).achEnrollment(null).build();
    ReadinessAssessment assessment = STANDARD.assess(profile, MON_2026_05_04);
    assertThat(assessment.codes()).containsExactly(NO_ACE_ACCOUNT, ACH_ENROLLMENT_MISSING);
    assertThat(assessment.isFilingReady()).isTrue();
    assertThat(assessment.paymentReadyDate()).isEqualTo(LocalDate.of(2026, 5, 7));
  }

  @Test
  void achHolderName_legalFormAndPunctuationIgnored_otherNameWarned() {
    ImporterProfile ready = ReadinessFixtures.ready(DEFAULT_NUMBERS);  // "Acme Imports LLC"
    for (String same : List.of("ACME IMPORTS, L.L.C.", "Acme Imports", "acme imports llc")) {
      ImporterProfile profile = ImporterProfile.builder().from(ready)
          .achEnrollment(AchEnrollment.builder().from(ReadinessFixtures.activeAch(DEFAULT_NUMBERS))
              .holderName(same).build()).build();
      assertThat(STANDARD.assess(profile, MON_2026_05_04).warnings()).as(same).isEmpty();
    }
    ReadinessAssessment other = assess(BlockerCode.ACH_HOLDER_NAME_MISMATCH);
    assertThat(other.isReady()).isTrue();
    assertThat(only(other, BlockerCode.ACH_HOLDER_NAME_MISMATCH).sentence()).isEqualTo("The ACH"
        + " refund enrollment of 12-3456789A1 is held by \"Acme Trading Co\", not by the importer"
        + " of record \"Acme Imports LLC\" of the Form 5106 record: the account must be in the"
        + " importer's name.");
  }

  @Test
  void capeTabNotVisible_gatesFilingOnly_contactIeepaRefunds() {
    ReadinessAssessment assessment = assess(BlockerCode.CAPE_TAB_NOT_VISIBLE);
    Blocker blocker = only(assessment, BlockerCode.CAPE_TAB_NOT_VISIBLE);
    assertThat(blocker.contact().email()).isEqualTo("IEEPARefunds@cbp.dhs.gov");
    // 7 days (assumption) after Mon 2026-05-04 -> Mon 2026-05-11; ACH is active: paid today.
    assertThat(assessment.filingReadyDate()).isEqualTo(LocalDate.of(2026, 5, 11));
    assertThat(assessment.paymentReadyDate()).isEqualTo(MON_2026_05_04);
  }

  @Test
  void paperCheck_reliedOn_blocksPaymentWithWaiverSource() {
    Blocker blocker = only(assess(BlockerCode.PAPER_CHECK_RELIED_ON),
        BlockerCode.PAPER_CHECK_RELIED_ON);
    assertThat(blocker.sentence()).contains("31 CFR 208.4");
    assertThat(blocker.contact()).isEqualTo(Contact.ACH_REFUND_SUPPORT);
    // With an active ACH refund enrollment, a waiver asked for is no blocker.
    ImporterProfile withAch = ImporterProfile.builder().from(ReadinessFixtures.ready(
        DEFAULT_NUMBERS)).paperCheckWaiver(ImporterProfile.PaperCheckWaiver.GRANTED).build();
    assertThat(STANDARD.assess(withAch, MON_2026_05_04).isReady()).isTrue();
  }

  @Test
  void emailWithAceAccess_blocksAutomatedApplication() {
    Blocker blocker = only(assess(BlockerCode.EMAIL_HAS_EXISTING_ACE_ACCESS),
        BlockerCode.EMAIL_HAS_EXISTING_ACE_ACCESS);
    assertThat(blocker.sentence()).contains("already tied to an account with existing ACE Portal"
        + " access");
    assertThat(blocker.contact()).isEqualTo(BROKER);
  }

  @Test
  void leadTimeOverride_usedInBlockerAndDate() {
    ImporterReadiness surge = ImporterReadiness.of(
        ReadinessConfig.DEFAULT.withLeadTime(NO_IMPORTER_SUB_ACCOUNT, Period.ofDays(21)));
    ReadinessAssessment assessment =
        surge.assess(scenario(NO_IMPORTER_SUB_ACCOUNT), MON_2026_05_04);
    assertThat(assessment.blockers().get(0).typicalLeadTime()).isEqualTo(Period.ofDays(21));
    assertThat(assessment.earliestReadyDate()).isEqualTo(LocalDate.of(2026, 5, 25));
    assertThat(surge.config().leadTime(NO_IMPORTER_SUB_ACCOUNT)).isEqualTo(Period.ofDays(21));
    assertThat(surge.fedAchDirectory()).isEmpty();
  }
}
