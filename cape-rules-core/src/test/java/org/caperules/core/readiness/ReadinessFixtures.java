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
import java.util.EnumMap;
import java.util.Map;
import org.caperules.core.ImporterNumber;

/** Profiles for the readiness tests: one fully ready profile and one scenario per blocker code. */
final class ReadinessFixtures {

  static final LocalDate MON_2026_05_04 = LocalDate.of(2026, 5, 4);
  static final ImporterNumber IOR = ImporterNumber.of("12-3456789A1");
  static final ImporterNumber OTHER_IOR = ImporterNumber.of("12-3456789");
  static final ImporterNumber BROKER_NUMBER = ImporterNumber.of("98-7654321");
  /** Routing number test vectors (docs/formats.md#ach-values). */
  static final String ROUTING_021000021 = "021000021";
  static final String ROUTING_111000025 = "111000025";
  static final String BROKER_EMAIL = "entries@broker.example";

  private ReadinessFixtures() {}

  /** The numbers a set of profiles is built with. */
  record Numbers(ImporterNumber importer, String routing, BankAccountNumber account) {}

  static final Numbers DEFAULT_NUMBERS =
      new Numbers(IOR, ROUTING_021000021, BankAccountNumber.of("123456789012"));

  static AchEnrollment activeAch(Numbers numbers) {
    return ach(numbers, AchEnrollment.Status.ACTIVE);
  }

  static AchEnrollment ach(Numbers numbers, AchEnrollment.Status status) {
    return AchEnrollment.builder()
        .routingNumberAsEntered(numbers.routing())
        .accountNumber(numbers.account())
        .accountType(AchEnrollment.AccountType.CHECKING)
        .holderName("Acme Imports LLC")
        .enrolledDate(LocalDate.of(2026, 3, 2))
        .status(status)
        .build();
  }

  static Form5106Record form5106(Numbers numbers) {
    return Form5106Record.builder()
        .importerNumber(numbers.importer())
        .legalName("Acme Imports LLC")
        .box2eEmail("customs@acme.example")
        .mailingAddressEmail("ap@acme.example")
        .addBrokerEmails(BROKER_EMAIL)
        .lastUpdated(LocalDate.of(2026, 1, 15))
        .build();
  }

  static AceAccount activeAccount(Numbers numbers) {
    return AceAccount.builder()
        .status(AceAccount.Status.ACTIVE)
        .addImporterSubAccounts(numbers.importer())
        .lastLogin(LocalDate.of(2026, 5, 1))
        .build();
  }

  /** Files CAPE itself; account, sub-account and ACH all in order. */
  static ImporterProfile ready(Numbers numbers) {
    return ImporterProfile.builder()
        .form5106(form5106(numbers))
        .route(ImporterProfile.FilingRoute.IMPORTER_FILES)
        .aceAccount(activeAccount(numbers))
        .achEnrollment(activeAch(numbers))
        .build();
  }

  static NotifyParty4811 readyBroker(Numbers numbers) {
    return NotifyParty4811.builder()
        .name("Example Brokerage Inc")
        .partyNumber(BROKER_NUMBER)
        .broker(true)
        .email("refunds@broker.example")
        .achEnrollment(activeAch(new Numbers(BROKER_NUMBER, ROUTING_111000025,
            BankAccountNumber.of("5550001111"))))
        .listedInBox28(true)
        .build();
  }

  /**
   * The broker files with a Form 4811 naming itself; the importer has no ACE account, no ACH
   * enrollment and not even a Box 2E email (vendor guide: no ACE access needed).
   */
  static ImporterProfile brokerWith4811(Numbers numbers) {
    return ImporterProfile.builder()
        .form5106(Form5106Record.builder().from(form5106(numbers)).box2eEmail(null).build())
        .route(ImporterProfile.FilingRoute.BROKER_FILES_WITH_4811)
        .notifyParty(readyBroker(numbers))
        .build();
  }

  /** One profile per code that raises that code, built from {@link #ready} or the broker one. */
  static Map<BlockerCode, ImporterProfile> scenarios(Numbers numbers) {
    ImporterProfile ready = ready(numbers);
    Form5106Record form = form5106(numbers);
    Map<BlockerCode, ImporterProfile> map = new EnumMap<>(BlockerCode.class);
    ImporterProfile noAccount = ImporterProfile.builder().from(ready).aceAccount(null).build();
    map.put(BlockerCode.BOX_2E_EMAIL_MISSING, withForm(noAccount,
        Form5106Record.builder().from(form).box2eEmail(null).build()));
    map.put(BlockerCode.BOX_2E_EMAIL_IS_BROKERS, withForm(noAccount,
        Form5106Record.builder().from(form).box2eEmail(BROKER_EMAIL).build()));
    map.put(BlockerCode.FORM_5106_STALE, withForm(ready,
        Form5106Record.builder().from(form).lastUpdated(LocalDate.of(2025, 5, 3)).build()));
    map.put(BlockerCode.NO_ACE_ACCOUNT, noAccount);
    map.put(BlockerCode.EIN_TIED_TO_EXISTING_TOP_ACCOUNT, withAccount(ready,
        AceAccount.builder().status(AceAccount.Status.ACTIVE).ownerKnown(false).build()));
    map.put(BlockerCode.ACE_ACCOUNT_VOIDED, withStatus(ready, numbers, AceAccount.Status.VOIDED));
    map.put(BlockerCode.ACE_ACCOUNT_INACTIVE,
        withStatus(ready, numbers, AceAccount.Status.INACTIVE));
    map.put(BlockerCode.ACE_ACCOUNT_LOCKED, withStatus(ready, numbers, AceAccount.Status.LOCKED));
    map.put(BlockerCode.ACE_LOGIN_STALE, withAccount(ready, AceAccount.builder()
        .from(activeAccount(numbers)).lastLogin(LocalDate.of(2026, 4, 3)).build()));
    map.put(BlockerCode.EXPORTER_ONLY_ACCOUNT, withAccount(ready, AceAccount.builder()
        .status(AceAccount.Status.ACTIVE).kind(AceAccount.Kind.EXPORTER_ONLY).build()));
    map.put(BlockerCode.NO_IMPORTER_SUB_ACCOUNT, withAccount(ready, AceAccount.builder()
        .status(AceAccount.Status.ACTIVE).addImporterSubAccounts(OTHER_IOR).build()));
    map.put(BlockerCode.FOREIGN_IMPORTER_NO_US_BANK, ImporterProfile.builder().from(ready)
        .form5106(Form5106Record.builder().from(form).countryCode("DE").build())
        .achEnrollment(null).build());
    map.put(BlockerCode.ACH_ENROLLMENT_MISSING,
        ImporterProfile.builder().from(ready).achEnrollment(null).build());
    map.put(BlockerCode.ACH_ENROLLMENT_PENDING, ImporterProfile.builder().from(ready)
        .achEnrollment(ach(numbers, AchEnrollment.Status.PENDING)).build());
    map.put(BlockerCode.ACH_ENROLLMENT_REJECTED, ImporterProfile.builder().from(ready)
        .achEnrollment(ach(numbers, AchEnrollment.Status.REJECTED)).build());
    map.put(BlockerCode.ROUTING_NUMBER_INVALID, ImporterProfile.builder().from(ready)
        .achEnrollment(AchEnrollment.builder().from(activeAch(numbers))
            .routingNumberAsEntered("123456789").build()).build());
    // Raised only with a directory that lacks the routing number: see directoryWithout().
    map.put(BlockerCode.ROUTING_NUMBER_NOT_ON_FEDACH, ready);
    map.put(BlockerCode.REFUNDS_REJECTED_REV613,
        ImporterProfile.builder().from(ready).rev613RejectedRefunds(2).build());
    map.put(BlockerCode.EMAIL_HAS_EXISTING_ACE_ACCESS, withForm(noAccount,
        Form5106Record.builder().from(form).box2eEmailHasAceAccess(true).build()));
    map.put(BlockerCode.CAPE_TAB_NOT_VISIBLE, withAccount(ready, AceAccount.builder()
        .from(activeAccount(numbers)).capeTabVisible(false).build()));
    map.put(BlockerCode.PAPER_CHECK_RELIED_ON, ImporterProfile.builder().from(ready)
        .achEnrollment(null).paperCheckWaiver(ImporterProfile.PaperCheckWaiver.REQUESTED)
        .build());
    map.put(BlockerCode.ACH_HOLDER_NAME_MISMATCH, ImporterProfile.builder().from(ready)
        .achEnrollment(AchEnrollment.builder().from(activeAch(numbers))
            .holderName("Acme Trading Co").build()).build());
    ImporterProfile broker = brokerWith4811(numbers);
    map.put(BlockerCode.NOTIFY_PARTY_NOT_ACH_ENROLLED, ImporterProfile.builder().from(broker)
        .notifyParty(NotifyParty4811.builder().from(readyBroker(numbers)).achEnrollment(null)
            .build()).build());
    map.put(BlockerCode.NOTIFY_PARTY_NOT_IN_BOX_28, ImporterProfile.builder().from(broker)
        .notifyParty(NotifyParty4811.builder().from(readyBroker(numbers)).listedInBox28(false)
            .build()).build());
    return map;
  }

  /** A directory that lists only 111000025, so 021000021 is not on FedACH. */
  static FedAchDirectory directoryWithout021000021() {
    return FedAchDirectory.of(java.util.List.of(new FedAchParticipant(
        AbaRoutingNumber.of(ROUTING_111000025), "OTHER BANK", "CHICAGO", "IL", null)));
  }

  private static ImporterProfile withForm(ImporterProfile profile, Form5106Record form) {
    return ImporterProfile.builder().from(profile).form5106(form).build();
  }

  private static ImporterProfile withAccount(ImporterProfile profile, AceAccount account) {
    return ImporterProfile.builder().from(profile).aceAccount(account).build();
  }

  private static ImporterProfile withStatus(ImporterProfile profile, Numbers numbers,
      AceAccount.Status status) {
    return withAccount(profile,
        AceAccount.builder().from(activeAccount(numbers)).status(status).build());
  }

  /**
   * Builds a 155-character FedACHdir.txt line (the layout of FedAchDirectory), padding each field.
   */
  static String fedAchLine(String routing, char office, char recordType, String newRouting,
      String name, String city, String state) {
    String line = routing
        + office
        + "011000015"                       // servicing FRB number
        + recordType
        + "122025"                          // change date MMDDYY
        + newRouting
        + pad(name, 36)
        + pad("1 MAIN ST", 36)
        + pad(city, 20)
        + pad(state, 2)
        + "10001" + "0000"                  // ZIP, ZIP+4
        + "2125550100"                      // phone
        + '1'                               // status: receives Gov/Comm
        + '1'                               // view code
        + "     ";                          // filler to 155
    if (line.length() != 155) {
      throw new IllegalStateException("test line has " + line.length() + " characters");
    }
    return line;
  }

  private static String pad(String text, int width) {
    return String.format(java.util.Locale.ROOT, "%-" + width + "s", text);
  }
}
