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
package org.caperules.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import org.caperules.core.ImporterNumber;
import org.caperules.core.readiness.AceAccount;
import org.caperules.core.readiness.AchEnrollment;
import org.caperules.core.readiness.BankAccountNumber;
import org.caperules.core.readiness.Blocker;
import org.caperules.core.readiness.Form5106Record;
import org.caperules.core.readiness.ImporterProfile;
import org.caperules.core.readiness.ImporterReadiness;
import org.caperules.core.readiness.ReadinessAssessment;

/**
 * Shows how to check whether an importer can receive CAPE refunds: describe it as an {@link
 * ImporterProfile} (Form 5106 record, ACE account, ACH refund enrollment) and ask {@link
 * ImporterReadiness#standard()}. This importer files itself, has an active ACE account with its
 * Importer sub-account, but its ACH refund enrollment is still pending: NOT_READY with blocker
 * R14. The bank account number is printed masked.
 */
public final class ReadinessExample {

  private ReadinessExample() {}

  /**
   * Runs the example.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    ImporterNumber importer = ImporterNumber.parse("12-3456789A1");
    ImporterProfile profile = ImporterProfile.builder()
        .form5106(Form5106Record.builder()
            .importerNumber(importer)
            .legalName("Example Imports LLC")
            .box2eEmail("refunds@example-imports.example")
            .lastUpdated(LocalDate.of(2026, 1, 15))
            .build())
        .route(ImporterProfile.FilingRoute.IMPORTER_FILES)
        .aceAccount(AceAccount.builder()
            .status(AceAccount.Status.ACTIVE)
            .addImporterSubAccounts(importer)
            .lastLogin(LocalDate.of(2026, 7, 1))
            .build())
        .achEnrollment(AchEnrollment.builder()
            .status(AchEnrollment.Status.PENDING)
            .routingNumberAsEntered("011000015")
            .accountNumber(BankAccountNumber.of("000123456789"))
            .accountType(AchEnrollment.AccountType.CHECKING)
            .holderName("Example Imports LLC")
            .build())
        .build();
    ReadinessAssessment readiness =
        ImporterReadiness.standard().assess(profile, LocalDate.of(2026, 7, 13));
    out.println(readiness.importerNumber() + ": " + readiness.status() + ", earliest ready "
        + readiness.earliestReadyDate());
    for (Blocker blocker : readiness.blockers()) {
      out.println("  " + blocker.code().code() + " " + blocker.code() + ": " + blocker.sentence());
      out.println("    Fix: " + blocker.fix());
    }
  }
}
