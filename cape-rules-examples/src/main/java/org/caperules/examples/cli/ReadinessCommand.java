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
package org.caperules.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.caperules.core.ImporterLabels;
import org.caperules.core.readiness.AchEnrollment;
import org.caperules.core.readiness.Blocker;
import org.caperules.core.readiness.ImporterProfile;
import org.caperules.core.readiness.ImporterReadiness;
import org.caperules.core.readiness.NotifyParty4811;
import org.caperules.core.readiness.ReadinessAssessment;
import org.caperules.core.result.Redaction;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cape-rules readiness --as-of YYYY-MM-DD PROFILE.properties}: whether an importer can
 * file CAPE declarations and receive CAPE refunds ({@link ImporterReadiness#standard()}): READY or
 * NOT_READY, the filing-ready and payment-ready dates, each blocker with its code, what is wrong,
 * the fix, whom to contact and the typical lead time, then the warnings. The profile format is
 * documented in {@link ReadinessProfileFile}. Bank account and routing numbers are printed masked
 * ({@code ****6789}); SSN-form importer numbers by their payee label ({@code ssn-0001-3f9a61c2},
 * {@link PayeeLabelKey}), as in the outputs of {@code screen}.
 *
 * <p>{@code cape-rules readiness --as-of YYYY-MM-DD --roster importers.csv [--screening-report
 * FILE] [--out DIR]} assesses every importer of a roster (the same keys as columns) and writes
 * {@code DIR/readiness.csv} ({@link ReadinessBatch}).
 *
 * <p>Example: an importer filing itself with an active ACE account and no ACH refund enrollment
 * is NOT_READY with blocker {@code R13 ACH_ENROLLMENT_MISSING}: filing-ready today, payment-ready
 * once enrolled.
 */
@Command(name = "readiness", mixinStandardHelpOptions = true,
    description = {"Assesses whether an importer can receive CAPE refunds: Form 5106, ACE Portal"
        + " account, ACH refund enrollment, Form 4811 notify party, rejected refunds.",
        "PROFILE is a UTF-8 .properties file, or each row of the --roster CSV file has as"
            + " columns, the keys: importer.number, importer.legalName,"
            + " route (IMPORTER_FILES, BROKER_FILES_WITH_4811, BROKER_FILES_REFUND_TO_IMPORTER),"
            + " form5106.box2eEmail, form5106.mailingAddressEmail, form5106.brokerEmails,"
            + " form5106.lastUpdated, form5106.countryCode, ace.status, ace.kind,"
            + " ace.ownerKnown, ace.importerSubAccounts, ace.lastLogin, ach.status,"
            + " ach.routingNumber, ach.accountNumber, ach.accountType, ach.holderName,"
            + " ach.enrolledDate, notifyParty.name, notifyParty.number, notifyParty.broker,"
            + " notifyParty.email, notifyParty.listedInBox28, notifyParty.ach.* (as ach.*),"
            + " rev613RejectedRefunds, form5106.box2eEmailHasAceAccess, ace.capeTabVisible,"
            + " paperCheckWaiver (NONE, REQUESTED, GRANTED), rateClass (CORPORATE,"
            + " NON_CORPORATE). Dates YYYY-MM-DD; a blank roster cell is an absent key.",
        "With --roster, writes readiness.csv (Importer Number, Status, Filing Ready, Payment"
            + " Ready, Blockers, Declarable Entries, IEEPA Duty, Entries At Risk, Start By) into"
            + " the output directory and prints the importers that lose money soonest first; a"
            + " bad roster row is an error for that importer only."})
final class ReadinessCommand implements Callable<Integer> {

  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD",
      description = "The date of the assessment.")
  @SuppressWarnings("NullAway.Init")
  LocalDate asOf;

  @Option(names = "--label-key", paramLabel = "FILE",
      description = "The key of the labels of SSN-form importers (ssn-NNNN-xxxxxxxx), as for"
          + " 'screen' (default: ~/.config/cape-rules/payee-label.key, created once).")
  @Nullable Path labelKey;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PROFILE", description = "The importer"
      + " profile (.properties); or give --roster.")
  @Nullable Path profileFile;

  @Option(names = "--roster", paramLabel = "FILE", description = "A CSV roster of importers,"
      + " one a row, the profile keys as columns.")
  @Nullable Path roster;

  @Option(names = "--screening-report", paramLabel = "FILE", description = "With --roster: the"
      + " screening-report.csv of 'cape-rules screen', for the importers' entries, IEEPA duty,"
      + " entries at risk and start-by dates.")
  @Nullable Path screeningReport;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "cape-out",
      description = "With --roster: the output directory of readiness.csv (default:"
          + " ${DEFAULT-VALUE}); created if missing.")
  @SuppressWarnings("NullAway.Init")
  Path out;

  @Override
  public Integer call() {
    Path rosterFile = roster;
    Path single = profileFile;
    if ((rosterFile == null) == (single == null)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "Give either PROFILE or --roster FILE");
    }
    if (rosterFile != null) {
      ReadinessBatch.run(asOf, rosterFile, screeningReport, out,
          spec.commandLine().getOut(), PayeeLabelKey.labels(labelKey, spec.commandLine().getErr()));
      return CapeRulesCli.EXIT_OK;
    }
    if (screeningReport != null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--screening-report needs --roster");
    }
    ImporterProfile profile = ReadinessProfileFile.read(java.util.Objects.requireNonNull(single));
    ReadinessAssessment assessment = ImporterReadiness.standard().assess(profile, asOf);
    PrintWriter out = spec.commandLine().getOut();
    ImporterLabels labels = PayeeLabelKey.labels(labelKey, spec.commandLine().getErr());
    out.println("Importer " + labels.label(profile.importerNumber()) + " ("
        + profile.form5106().legalName()
        + "), as of " + asOf + ": " + assessment.status());
    out.println("Route: " + profile.route());
    AchEnrollment ach = profile.achEnrollment();
    out.println("ACH refund enrollment: " + (ach == null ? "none" : describe(ach)));
    NotifyParty4811 party = profile.notifyParty();
    if (party != null) {
      AchEnrollment partyAch = party.achEnrollment();
      out.println("Notify party (Form 4811): " + party.name() + " "
          + labels.label(party.partyNumber())
          + ", ACH " + (partyAch == null ? "none" : describe(partyAch)));
    }
    out.println("Filing ready: " + assessment.filingReadyDate() + " (in "
        + ChronoUnit.DAYS.between(asOf, assessment.filingReadyDate()) + " days)");
    out.println("Payment ready: " + assessment.paymentReadyDate() + " (in "
        + ChronoUnit.DAYS.between(asOf, assessment.paymentReadyDate()) + " days)");
    out.println("Blockers: " + assessment.blockers().size());
    print(out, assessment.blockers(), profile, labels);
    if (!assessment.warnings().isEmpty()) {
      out.println("Warnings: " + assessment.warnings().size());
      print(out, assessment.warnings(), profile, labels);
    }
    return CapeRulesCli.EXIT_OK;
  }

  private static void print(PrintWriter out, java.util.List<Blocker> blockers,
      ImporterProfile profile, ImporterLabels labels) {
    for (Blocker blocker : blockers) {
      out.println("  " + blocker.code().code() + " " + blocker.code().name() + " (typical lead"
          + " time " + CheckDeclarationCommand.count(leadDays(blocker), "day", "days") + ")");
      out.println("    " + labelled(blocker.sentence(), profile, labels));
      out.println("    Fix: " + labelled(blocker.fix(), profile, labels));
      out.println("    Contact: " + blocker.contact());
    }
  }

  /**
   * An ACH enrollment as the user reads it, the numbers masked as in the enrollment's own text,
   * for example "PENDING, CHECKING account ****6789 at routing ****0015, holder Example Imports
   * LLC, enrolled 2026-07-08".
   */
  static String describe(AchEnrollment ach) {
    LocalDate enrolled = ach.enrolledDate();
    String routing = ach.routingNumberAsEntered();
    return ach.status() + ", " + ach.accountType() + " account " + ach.accountNumber()
        + " at routing " + (routing.length() <= 4 ? "****"
            : "****" + routing.substring(routing.length() - 4))
        + ", holder " + ach.holderName() + ", enrolled "
        + (enrolled == null ? "unknown" : enrolled);
  }

  /** A blocker's text with SSN-form numbers by their labels, as in the first line. */
  private static String labelled(String text, ImporterProfile profile, ImporterLabels labels) {
    String out = text.replace(profile.importerNumber().masked(),
        labels.label(profile.importerNumber()));
    NotifyParty4811 party = profile.notifyParty();
    if (party != null) {
      out = out.replace(party.partyNumber().masked(), labels.label(party.partyNumber()));
    }
    return Redaction.mask(out);
  }

  /** Lead times are whole days only: {@code Blocker} rejects months and years. */
  @SuppressWarnings("JavaPeriodGetDays")
  private static int leadDays(Blocker blocker) {
    return blocker.typicalLeadTime().getDays();
  }
}
