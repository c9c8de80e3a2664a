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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.caperules.ledger.ClaimLedger;
import org.caperules.ledger.ImporterStatus;
import org.caperules.ledger.LedgerReports;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cape-rules status --ledger L --as-of YYYY-MM-DD [--since YYYY-MM-DD] [--out DIR]}: per
 * importer, entries declared, accepted, failed (new since the day given, default 7 days before
 * the as-of date), paid and rejected, with the open entry whose CAPE or protest window closes
 * soonest; importers closing soonest first. Writes {@code status.csv} into DIR and prints the
 * first rows as a table. Example row: {@code 12-3456789A1  2  1  1  1  1  0  BII05992862 CAPE
 * 2026-09-30 (72 days)}.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = "Prints and writes (status.csv) the claim ledger's status per importer, the"
        + " windows closing soonest first.")
final class StatusCommand implements Callable<Integer> {

  /** Rows printed; status.csv has all. */
  static final int PRINTED = 20;

  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  @Option(names = "--ledger", required = true, paramLabel = "L",
      description = "The claim ledger: a SQLite file (screen --ledger or results --ledger"
          + " creates it) or a jdbc:postgresql:// URL.")
  @SuppressWarnings("NullAway.Init")
  String ledger;

  @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD",
      description = "The day of the status.")
  @SuppressWarnings("NullAway.Init")
  LocalDate asOf;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD",
      description = "Failures read on or after this day are new (default: 7 days before --as-of).")
  @Nullable LocalDate since;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "cape-out",
      description = "The output directory (default: ${DEFAULT-VALUE}); created if missing.")
  @SuppressWarnings("NullAway.Init")
  Path out;

  @Override
  public Integer call() {
    LocalDate from = since != null ? since : asOf.minusDays(7);
    List<ImporterStatus> statuses;
    try (ClaimLedger claims = LedgerLocations.openExisting(ledger)) {
      statuses = claims.status(asOf, from);
    }
    Path file = out.resolve(LedgerReports.STATUS_REPORT);
    LedgerReports.writeStatus(file, statuses);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf(Locale.ROOT, "Claims as of %s (new failures since %s), %d importer%s:%n", asOf, from,
        statuses.size(), statuses.size() == 1 ? "" : "s");
    stdout.printf(Locale.ROOT, "%-15s %8s %8s %6s %4s %4s %8s  %s%n", "Importer", "Declared", "Accepted",
        "Failed", "New", "Paid", "Rejected", "Closes soonest");
    for (ImporterStatus status : statuses.subList(0, Math.min(PRINTED, statuses.size()))) {
      stdout.printf(Locale.ROOT, "%-15s %8d %8d %6d %4d %4d %8d  %s%n",
          LedgerReports.importer(status.importerNumber()), status.declared(), status.accepted(),
          status.failed(), status.newFailures(), status.paid(), status.rejected(),
          status.soonestEntry() == null ? "-" : status.soonestEntry() + " "
              + status.soonestWindow() + " " + status.soonestLastDay() + " ("
              + status.daysLeft() + " days)");
    }
    if (statuses.size() > PRINTED) {
      stdout.printf(Locale.ROOT, "... %d more in %s%n", statuses.size() - PRINTED, file);
    }
    stdout.println("Wrote " + file);
    return CapeRulesCli.EXIT_OK;
  }
}
