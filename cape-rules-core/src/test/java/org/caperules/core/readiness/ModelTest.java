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
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.caperules.core.readiness.ReadinessFixtures.DEFAULT_NUMBERS;
import static org.caperules.core.readiness.ReadinessFixtures.MON_2026_05_04;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.caperules.core.ImporterNumber;
import org.junit.jupiter.api.Test;

/** Checks and printed forms of the readiness value types. */
class ModelTest {

  @Test
  void achEnrollment_toStringMasked_routingNormalised() {
    AchEnrollment ach = AchEnrollment.builder()
        .routingNumberAsEntered(" 0210-0002 1")
        .accountNumber(BankAccountNumber.of("123456789012"))
        .accountType(AchEnrollment.AccountType.SAVINGS)
        .holderName("Acme Imports LLC")
        .status(AchEnrollment.Status.ACTIVE)
        .build();
    assertThat(ach.routingNumberAsEntered()).isEqualTo("021000021");
    assertThat(ach.routingNumber()).contains(AbaRoutingNumber.of("021000021"));
    assertThat(ach).hasToString("AchEnrollment{ACTIVE, SAVINGS ****9012 at routing ****0021,"
        + " holder Acme Imports LLC, enrolled unknown}");
    assertThat(ReadinessFixtures.activeAch(DEFAULT_NUMBERS)).hasToString("AchEnrollment{ACTIVE,"
        + " CHECKING ****9012 at routing ****0021, holder Acme Imports LLC, enrolled"
        + " 2026-03-02}");
  }

  @Test
  void achEnrollment_routingNumberSetter_andInvalidKept() {
    AchEnrollment ach = AchEnrollment.builder().from(ReadinessFixtures.activeAch(DEFAULT_NUMBERS))
        .routingNumber(AbaRoutingNumber.of("111000025")).build();
    assertThat(ach.routingNumberAsEntered()).isEqualTo("111000025");
    AchEnrollment invalid = AchEnrollment.builder().from(ach).routingNumberAsEntered("12345")
        .build();
    assertThat(invalid.routingNumber()).isEmpty();
    assertThat(invalid.toString()).contains("at routing ****2345");
  }

  @Test
  void aceAccount_exporterOnlyWithSubAccounts_rejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> AceAccount.builder()
            .status(AceAccount.Status.ACTIVE).kind(AceAccount.Kind.EXPORTER_ONLY)
            .addImporterSubAccounts(ImporterNumber.of("123-45-6789")).build())
        .withMessage("An EXPORTER_ONLY ACE account has no Importer sub-accounts, but"
            + " [***-**-6789] were given");
  }

  @Test
  void aceAccount_defaults() {
    AceAccount account = AceAccount.builder().status(AceAccount.Status.ACTIVE).build();
    assertThat(account.ownerKnown()).isTrue();
    assertThat(account.kind()).isEqualTo(AceAccount.Kind.IMPORTER);
    assertThat(account.importerSubAccounts()).isEmpty();
    assertThat(account.lastLogin()).isNull();
  }

  @Test
  void form5106_countryCode_checkedAndForeign() {
    Form5106Record us = ReadinessFixtures.form5106(DEFAULT_NUMBERS);
    assertThat(us.countryCode()).isEqualTo("US");
    assertThat(us.isForeign()).isFalse();
    assertThat(Form5106Record.builder().from(us).countryCode("DE").build().isForeign()).isTrue();
    for (String bad : new String[] {"de", "DEU", "D1", ""}) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Form5106Record.builder().from(us).countryCode(bad).build())
          .withMessage("Country code must be 2 upper-case letters (ISO 3166), but was: '" + bad
              + "'");
    }
  }

  @Test
  void form5106_box2eChecks() {
    Form5106Record us = ReadinessFixtures.form5106(DEFAULT_NUMBERS);
    assertThat(us.hasBox2eEmail()).isTrue();
    assertThat(us.box2eIsBrokerEmail()).isFalse();
    Form5106Record none = Form5106Record.builder().from(us).box2eEmail(null).build();
    assertThat(none.hasBox2eEmail()).isFalse();
    assertThat(none.box2eIsBrokerEmail()).isFalse();
  }

  @Test
  void importerProfile_routeChecks() {
    ImporterProfile ready = ReadinessFixtures.ready(DEFAULT_NUMBERS);
    assertThatIllegalArgumentException().isThrownBy(() -> ImporterProfile.builder().from(ready)
            .route(ImporterProfile.FilingRoute.BROKER_FILES_WITH_4811).build())
        .withMessage("Route BROKER_FILES_WITH_4811 needs the Form 4811 notify party, but none"
            + " was given for 12-3456789A1");
    assertThatIllegalArgumentException().isThrownBy(() -> ImporterProfile.builder().from(ready)
            .route(ImporterProfile.FilingRoute.BROKER_FILES_REFUND_TO_IMPORTER)
            .notifyParty(ReadinessFixtures.readyBroker(DEFAULT_NUMBERS)).build())
        .withMessage("Route BROKER_FILES_REFUND_TO_IMPORTER pays the importer of record, but a"
            + " notify party was given for 12-3456789A1; use BROKER_FILES_WITH_4811");
    assertThatIllegalArgumentException().isThrownBy(() -> ImporterProfile.builder().from(ready)
            .rev613RejectedRefunds(-1).build())
        .withMessage("rev613RejectedRefunds must be 0 or more, but was -1");
    assertThat(ready.importerNumber()).isEqualTo(ReadinessFixtures.IOR);
    assertThat(ready.rev613RejectedRefunds()).isZero();
  }

  @Test
  void contact_toStringAndChecks() {
    assertThat(Contact.CBP_BONDS_TEAM)
        .hasToString("CBP Bonds Team <BONDQUESTIONS@CBP.DHS.GOV>, (317) 614-4880");
    assertThat(Contact.ACH_REFUND_SUPPORT).hasToString("CBP ACH Refund Support"
        + " <frn-achrefundsupport@cbp.dhs.gov>, (317) 298-1200 ext. 1178");
    assertThat(Contact.customsBroker(null)).hasToString("Your customs broker");
    assertThat(new Contact("Helpdesk", null, "555-0100")).hasToString("Helpdesk, 555-0100");
    assertThatIllegalArgumentException().isThrownBy(() -> new Contact(" ", null, null))
        .withMessage("Contact name must not be blank");
  }

  @Test
  void readinessConfig_defaultsAndChecks() {
    ReadinessConfig config = ReadinessConfig.DEFAULT;
    assertThat(config.form5106MaxAge()).isEqualTo(Period.ofMonths(12));
    assertThat(config.staleLoginAfter()).isEqualTo(Period.ofDays(30));
    assertThat(config.requireNotifyPartyInBox28()).isTrue();
    assertThat(config.leadTime(BlockerCode.NO_IMPORTER_SUB_ACCOUNT))
        .isEqualTo(Period.ofDays(14));
    assertThat(config.withStaleLoginAfter(Period.ofDays(7)).staleLoginAfter())
        .isEqualTo(Period.ofDays(7));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> config.withLeadTime(BlockerCode.NO_ACE_ACCOUNT, Period.ofMonths(1)))
        .withMessage("Lead time of R04 must be zero or more days (no months or years), but was"
            + " P1M");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> config.withStaleLoginAfter(Period.ofDays(-1)))
        .withMessage("staleLoginAfter must be zero or more days (no months or years), but was"
            + " P-1D");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> config.withForm5106MaxAge(Period.ofMonths(-1)))
        .withMessage("form5106MaxAge must not be negative, but was P-1M");
    assertThat(new ReadinessConfig(Period.ofMonths(6), Period.ofDays(10), false,
        Map.of(BlockerCode.ACE_ACCOUNT_VOIDED, Period.ofDays(30)))
        .leadTime(BlockerCode.ACE_ACCOUNT_VOIDED)).isEqualTo(Period.ofDays(30));
  }

  @Test
  void blocker_checksAndToString() {
    Blocker blocker = new Blocker(BlockerCode.NO_ACE_ACCOUNT, "No account.", "Apply.",
        Contact.ACE_SUPPORT, Period.ofDays(3));
    assertThat(blocker).hasToString("R04 NO_ACE_ACCOUNT (P3D): No account.");
    assertThatIllegalArgumentException().isThrownBy(() -> new Blocker(BlockerCode.NO_ACE_ACCOUNT,
            "s", "f", Contact.ACE_SUPPORT, Period.ofWeeks(-1)))
        .withMessage("Lead time of R04 must be zero or more days (no months or years), but was"
            + " P-7D");
  }

  @Test
  void readinessAssessment_earliestBeforeAsOf_rejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> new ReadinessAssessment(
            ReadinessFixtures.IOR, MON_2026_05_04, List.of(), List.of(), MON_2026_05_04,
            LocalDate.of(2026, 5, 3)))
        .withMessage("paymentReadyDate 2026-05-03 is before asOf 2026-05-04");
    assertThatIllegalArgumentException().isThrownBy(() -> new ReadinessAssessment(
            ReadinessFixtures.IOR, MON_2026_05_04, List.of(), List.of(), LocalDate.of(2026, 5, 3),
            MON_2026_05_04))
        .withMessage("filingReadyDate 2026-05-03 is before asOf 2026-05-04");
  }

  @Test
  void readinessAssessment_warningsAndBlockersKeptApart() {
    Blocker stale = new Blocker(BlockerCode.FORM_5106_STALE, "s", "f", Contact.ACE_SUPPORT,
        Period.ofDays(1));
    Blocker noAccount = new Blocker(BlockerCode.NO_ACE_ACCOUNT, "s", "f", Contact.ACE_SUPPORT,
        Period.ofDays(3));
    assertThatIllegalArgumentException().isThrownBy(() -> new ReadinessAssessment(
            ReadinessFixtures.IOR, MON_2026_05_04, List.of(stale), List.of(), MON_2026_05_04,
            MON_2026_05_04))
        .withMessage("FORM_5106_STALE is a warning, not a blocker");
    assertThatIllegalArgumentException().isThrownBy(() -> new ReadinessAssessment(
            ReadinessFixtures.IOR, MON_2026_05_04, List.of(), List.of(noAccount), MON_2026_05_04,
            MON_2026_05_04))
        .withMessage("NO_ACE_ACCOUNT is a blocker, not a warning");
  }

  @Test
  void importerReadiness_toString() {
    assertThat(ImporterReadiness.standard().toString()).startsWith("ImporterReadiness[")
        .endsWith(", no FedACH directory]");
    assertThat(ImporterReadiness.standard()
        .withFedAchDirectory(ReadinessFixtures.directoryWithout021000021()).toString())
        .endsWith(", FedAchDirectory[1 routing numbers]]");
  }
}
