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
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caperules.core.ImporterNumber;
import org.caperules.core.readiness.ReadinessFixtures.Numbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * No account number, routing number or full SSN in any {@code toString} or
 * exception message. Builds profiles with known secrets, prints every type and provokes every
 * exception that can carry them, and scans the text.
 */
class SecretsTest {

  private static final String SSN = "078-05-1120";
  private static final String ACCOUNT = "98765432101234";
  private static final String ROUTING = "021000021";
  private static final String BAD_ROUTING = "123456789";

  /** Full secrets and their first 5 digits (a masked form shows only the last 4). */
  private static final List<String> FORBIDDEN = List.of(SSN, "078051120", "078-05", ACCOUNT,
      "98765", ROUTING, "02100", BAD_ROUTING, "12345");

  private static final Numbers SECRET =
      new Numbers(ImporterNumber.of(SSN), ROUTING, BankAccountNumber.of(ACCOUNT));

  @Test
  void toStringOfEveryType_neverShowsSecrets() {
    List<String> texts = new ArrayList<>();
    Map<BlockerCode, ImporterProfile> scenarios = ReadinessFixtures.scenarios(SECRET);
    ImporterReadiness readiness = ImporterReadiness.standard()
        .withFedAchDirectory(ReadinessFixtures.directoryWithout021000021());
    for (ImporterProfile profile : scenarios.values()) {
      texts.add(profile.toString());
      texts.add(profile.form5106().toString());
      texts.add(String.valueOf(profile.aceAccount()));
      texts.add(String.valueOf(profile.achEnrollment()));
      texts.add(String.valueOf(profile.notifyParty()));
      ReadinessAssessment assessment = readiness.assess(profile, ReadinessFixtures.MON_2026_05_04);
      texts.add(assessment.toString());
      for (Blocker blocker : assessment.blockers()) {
        texts.add(blocker.toString());
        texts.add(blocker.sentence());
        texts.add(blocker.fix());
        texts.add(blocker.contact().toString());
      }
    }
    texts.add(ImporterNumber.of(SSN).toString());
    texts.add(AbaRoutingNumber.of(ROUTING).toString());
    texts.add(BankAccountNumber.of(ACCOUNT).toString());
    texts.add(new FedAchParticipant(AbaRoutingNumber.of(ROUTING), "BANK", "CITY", "NY",
        AbaRoutingNumber.of(ROUTING)).toString());
    texts.add(readiness.toString());
    // Sanity: the scan covers the scenarios whose text quotes bank details.
    assertThat(String.join("\n", texts)).contains("****1234").contains("****0021")
        .contains("***-**-1120").contains("****6789");
    assertNoSecrets(texts);
  }

  @Test
  void exceptionMessages_neverShowSecrets() {
    List<String> messages = new ArrayList<>();
    messages.add(message(() -> AbaRoutingNumber.of(BAD_ROUTING)));
    messages.add(message(() -> AbaRoutingNumber.parse(ACCOUNT)));
    messages.add(message(() -> AbaRoutingNumber.of("50" + ROUTING.substring(2))));
    messages.add(message(() -> BankAccountNumber.of(ACCOUNT + "0000")));
    messages.add(message(() -> BankAccountNumber.parse(ACCOUNT + "X")));
    messages.add(message(() -> ImporterNumber.parse("078051120")));
    messages.add(message(() -> AceAccount.builder().status(AceAccount.Status.ACTIVE)
        .kind(AceAccount.Kind.EXPORTER_ONLY).addImporterSubAccounts(ImporterNumber.of(SSN))
        .build()));
    ImporterProfile ready = ReadinessFixtures.ready(SECRET);
    messages.add(message(() -> ImporterProfile.builder().from(ready)
        .route(ImporterProfile.FilingRoute.BROKER_FILES_WITH_4811).build()));
    messages.add(message(() -> ImporterProfile.builder().from(ready)
        .route(ImporterProfile.FilingRoute.BROKER_FILES_REFUND_TO_IMPORTER)
        .notifyParty(ReadinessFixtures.readyBroker(SECRET)).build()));
    String badLine = ReadinessFixtures.fedAchLine(BAD_ROUTING, 'O', '1', "000000000", "B", "C",
        "NY");
    String goodLine = ReadinessFixtures.fedAchLine(ROUTING, 'O', '1', "000000000", "B", "C",
        "NY");
    String badNew = ReadinessFixtures.fedAchLine(ROUTING, 'O', '2', BAD_ROUTING, "B", "C", "NY");
    messages.add(message(() -> FedAchDirectory.parse(new StringReader(badLine))));
    messages.add(message(() -> FedAchDirectory.parse(new StringReader(badNew))));
    messages.add(message(() -> FedAchDirectory.parse(
        new StringReader(goodLine + "\n" + goodLine))));
    messages.add(message(() -> FedAchDirectory.parse(
        new StringReader(goodLine.substring(0, 100)))));
    FedAchParticipant participant =
        new FedAchParticipant(AbaRoutingNumber.of(ROUTING), "B", "C", "NY", null);
    messages.add(message(() -> FedAchDirectory.of(List.of(participant, participant))));
    assertThat(messages).doesNotContainNull().allSatisfy(m -> assertThat(m).isNotBlank());
    assertNoSecrets(messages);
  }

  private static String message(ThrowingSupplier<?> action) {
    Throwable thrown = catchThrowable(action::get);
    assertThat(thrown).as("expected an exception").isNotNull();
    return String.valueOf(thrown.getMessage());
  }

  private static void assertNoSecrets(List<String> texts) {
    for (String text : texts) {
      for (String secret : FORBIDDEN) {
        assertThat(text).as("text '%s' must not contain '%s'", text, secret)
            .doesNotContain(secret);
      }
    }
  }
}
