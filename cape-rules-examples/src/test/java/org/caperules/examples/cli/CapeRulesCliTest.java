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

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the real command line ({@link CapeRulesCli#execute}) for every exit-code path of the
 * commands that do not read ES-003 files, checking stdout, stderr and the exit code.
 */
class CapeRulesCliTest {

  private static final Path SAMPLE_PROFILE =
      Path.of("src/main/resources/sample-data/readiness-example.properties");

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  // --- top level, help, version, usage errors -------------------------------------------------

  @Test
  void outOfMemoryMessage_neverAdvisesAHeapSmallerThanTheOneThatFailed() {
    // 6 GiB failed: twice that is 12 GiB (the message used to advise -Xmx2g whatever the heap)
    assertThat(CapeRulesCli.outOfMemoryMessage("Java heap space", 6L << 30)).isEqualTo(
        "cape-rules: out of memory (Java heap space) with a Java heap of 6 GiB: the input needs"
            + " a larger one; run again with, for example, CAPE_RULES_JAVA_OPTS=-Xmx12g");
    // 256 MiB: twice is 512 MiB, under the 2 GiB floor
    assertThat(CapeRulesCli.outOfMemoryMessage("Java heap space", 256L << 20)).endsWith(
        "with a Java heap of 256 MiB: the input needs a larger one; run again with, for example,"
            + " CAPE_RULES_JAVA_OPTS=-Xmx2g");
    // 1,536 MiB: twice is 3 GiB exactly; 1,537 MiB: 3,074 MiB, rounded up to 4 GiB
    assertThat(CapeRulesCli.outOfMemoryMessage(null, 1536L << 20)).endsWith("-Xmx3g");
    assertThat(CapeRulesCli.outOfMemoryMessage(null, 1537L << 20)).endsWith("-Xmx4g");
    for (long mib = 1; mib <= 64 << 10; mib += 37) {
      String advice = CapeRulesCli.outOfMemoryMessage(null, mib << 20);
      long advised = Long.parseLong(advice.substring(advice.lastIndexOf("-Xmx") + 4,
          advice.length() - 1));
      assertThat(advised << 10).as("heap %d MiB", mib).isGreaterThanOrEqualTo(2 * mib);
    }
  }

  @Test
  void version_printsNameAndVersion_exit0() {
    CliRun run = CliRun.of("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).matches("cape-rules \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void help_topLevel_listsEverySubcommandAndExitCodes() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: cape-rules ")
        .contains("  screen ", "  compare ", "  deadlines ", "  check-declaration ", "  readiness ", "  policies ",
            "  generate-es003 ")
        .contains("Exit codes: 0 run completed; 1 an input cannot be used");
    assertThat(run.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"screen", "compare", "deadlines", "check-declaration", "readiness", "policies",
      "generate-es003"})
  void help_eachSubcommand_printsItsUsage_exit0(String command) {
    CliRun run = CliRun.of(command, "--help");
    assertThat(run.exitCode()).as(command).isZero();
    assertThat(run.out()).as(command).startsWith("Usage: cape-rules " + command + " ");
    assertThat(run.err()).as(command).isEmpty();
  }

  @Test
  void noSubcommand_usageError_exit2() {
    CliRun run = CliRun.of();
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("cape-rules: Missing required subcommand",
        "Try 'cape-rules --help' for more information.");
  }

  @Test
  void unknownSubcommand_suggestsTheNearest_exit2() {
    CliRun run = CliRun.of("policis");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(
        "cape-rules: Unmatched argument at index 0: 'policis'",
        "Did you mean: cape-rules policies or cape-rules report or cape-rules deadlines?",
        "Try 'cape-rules --help' for more information.");
  }

  @Test
  void unknownOption_exit2() {
    CliRun run = CliRun.of("policies", "--bogus");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("cape-rules: Unknown option: '--bogus'",
        "Try 'cape-rules policies --help' for more information.");
  }

  // --- deadlines -----------------------------------------------------------------------------

  @Test
  void deadlines_liquidatedEnteredAsOf_everyDeadlineWithDaysLeft() {
    // Hand calculation (Fri 2026-04-24 liquidated, Mon 2025-06-02 entered, as of Mon 2026-07-13):
    //   CAPE last day     = 04-24 + 80  = Mon 2026-07-13 -> 0 days left (docs/deadlines.md)
    //   reliquidation end = 04-24 + 90  = Thu 2026-07-23 -> 10 days left
    //   protest last day  = 04-24 + 180 = Wed 2026-10-21 (no holiday) -> 18+31+30+21 = 100 days
    //   projected liq.    = 2025-06-02 + 314 = Sun 2026-04-12 -> 18+31+30+13 = 92 days ago
    //   protest horizon   = 2026-04-12 + 180 = Fri 2026-10-09 -> 18+31+30+9 = 88 days left
    //   deemed liq.       = 2025-06-02 + 1 year = Tue 2026-06-02 -> 28+13 = 41 days ago
    CliRun run = CliRun.of("deadlines", "--liquidated", "2026-04-24", "--entry-date",
        "2025-06-02", "--as-of", "2026-07-13");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines()).hasSize(19).startsWith("Deadlines for an entry liquidated"
        + " 2026-04-24 (Fri), entered 2025-06-02 (Mon), as of 2026-07-13 (Mon):");
    assertThat(run.outLines()).filteredOn(line -> !line.startsWith(" ")).containsExactly(
        "Deadlines for an entry liquidated 2026-04-24 (Fri), entered 2025-06-02 (Mon), as of"
            + " 2026-07-13 (Mon):",
        "CAPE_LAST_DAY                2026-07-13 (Mon)  0 days left (today)",
        "VOLUNTARY_RELIQUIDATION_END  2026-07-23 (Thu)  10 days left",
        "PROTEST_LAST_DAY             2026-10-21 (Wed)  100 days left",
        "PROJECTED_LIQUIDATION        2026-04-12 (Sun)  passed 92 days ago",
        "PROTEST_HORIZON              2026-10-09 (Fri)  88 days left",
        "DEEMED_LIQUIDATION           2026-06-02 (Tue)  passed 41 days ago");
    assertThat(run.outLines().get(2)).isEqualTo("    Last day to declare a liquidated entry in"
        + " CAPE: liquidation + 80 calendar days, no roll");
    assertThat(run.outLines().get(3)).startsWith("    Source: CSMS #68315804 and #68340863");
  }

  @Test
  void deadlines_protestDayOnHoliday_rolledToNextBusinessDay() {
    // docs/deadlines.md#protest-last-day: liquidated Fri 2026-05-15 -> day 180 is Wed 2026-11-11
    // (Veterans Day) -> Thu 2026-11-12. As of 2026-11-11 that is 1 day left.
    CliRun run = CliRun.of("deadlines", "--liquidated", "2026-05-15", "--as-of", "2026-11-11");
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).contains(
        "PROTEST_LAST_DAY             2026-11-12 (Thu)  1 day left",
        "CAPE_LAST_DAY                2026-08-03 (Mon)  passed 100 days ago");
  }

  /**
   * CAPE opened Mon 2026-04-20 (PHASE_1). Liquidated Thu 2026-01-29: 2 days to 01-31, 28 to
   * 02-28, 31 to 03-31, 19 to 04-19 = 80, so the CAPE last day is Sun 2026-04-19, before CAPE
   * opened. Liquidated Fri 2026-01-30: Mon 2026-04-20, CAPE's first day, no note.
   */
  @Test
  void deadlines_capeLastDayBeforeCapeOpened_saidSo() {
    CliRun early = CliRun.of("deadlines", "--liquidated", "2026-01-29");
    assertThat(early.exitCode()).isZero();
    assertThat(early.outLines()).contains("CAPE_LAST_DAY                2026-04-19 (Sun)",
        "    Note: this CAPE last day is before CAPE opened on 2026-04-20 (Mon), so the entry"
            + " could never be declared in CAPE within its 80 days (see PROTEST_LAST_DAY).");
    CliRun onTheDay = CliRun.of("deadlines", "--liquidated", "2026-01-30");
    assertThat(onTheDay.outLines()).contains("CAPE_LAST_DAY                2026-04-20 (Mon)")
        .noneMatch(line -> line.contains("Note:"));
  }

  @Test
  void deadlines_withoutAsOf_datesOnlyNoDaysLeft() {
    CliRun run = CliRun.of("deadlines", "--liquidated", "2026-04-24");
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).filteredOn(line -> !line.startsWith(" ")).containsExactly(
        "Deadlines for an entry liquidated 2026-04-24 (Fri):",
        "CAPE_LAST_DAY                2026-07-13 (Mon)",
        "VOLUNTARY_RELIQUIDATION_END  2026-07-23 (Thu)",
        "PROTEST_LAST_DAY             2026-10-21 (Wed)");
  }

  @Test
  void deadlines_missingLiquidated_exit2() {
    CliRun run = CliRun.of("deadlines", "--as-of", "2026-07-13");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(
        "cape-rules: Missing required option: '--liquidated=YYYY-MM-DD'",
        "Try 'cape-rules deadlines --help' for more information.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-30", "04/24/2026", "2026-4-24", "yesterday"})
  void deadlines_malformedDate_exit2NamingOptionAndValue(String date) {
    CliRun run = CliRun.of("deadlines", "--liquidated", date);
    assertThat(run.exitCode()).as(date).isEqualTo(2);
    assertThat(run.out()).as(date).isEmpty();
    assertThat(run.errLines()).as(date).containsExactly(
        "cape-rules: Invalid value for option '--liquidated': '" + date + "' is not a date"
            + " YYYY-MM-DD",
        "Try 'cape-rules deadlines --help' for more information.");
  }

  // --- check-declaration ---------------------------------------------------------------------

  @Test
  void checkDeclaration_validFile_accepted_exit0() throws IOException {
    // ABC12345676: check digit 6 (EntryNumber.checkDigit Javadoc); MYK28000864 (Entry Javadoc).
    Path file = write("good.csv", "Entry Number\r\nABC12345676\r\nMYK28000864\r\n");
    CliRun run = CliRun.of("check-declaration", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines()).containsExactly(
        file + ": ACCEPTED (2 entry numbers, 0 errors, 0 warnings)");
  }

  @Test
  void checkDeclaration_badCheckDigitAndDuplicate_rejected_exit1WithLines() throws IOException {
    Path file = write("bad.csv",
        "Entry Number\r\nABC12345676\r\nABC12345678\r\nabc-1234567-6\r\n");
    CliRun run = CliRun.of("check-declaration", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines()).containsExactly(
        file + ": REJECTED (3 entry numbers, 2 errors, 0 warnings)",
        "  error: bad.csv:3 [Entry Number] 'ABC12345678': Entry number 'ABC12345678' has check"
            + " digit 8, but the CATAIR check digit of 'ABC1234567' is 6",
        "  error: bad.csv:4 [Entry Number] 'abc-1234567-6': Entry number 'ABC12345676' on line 4"
            + " repeats line 2; CAPE rejects duplicate entry numbers");
  }

  @Test
  void checkDeclaration_twoFilesOneRejected_summaryLine_exit1() throws IOException {
    Path good = write("good.csv", "Entry Number\r\nABC12345676\r\n");
    Path bad = write("bad.csv", "Entry Number\r\nABC12345678\r\n");
    CliRun run = CliRun.of("check-declaration", good.toString(), bad.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines()).first()
        .isEqualTo(good + ": ACCEPTED (1 entry number, 0 errors, 0 warnings)");
    assertThat(run.outLines()).contains(bad + ": REJECTED (1 entry number, 1 error, 0 warnings)")
        .last().isEqualTo("2 files checked: 1 accepted, 1 rejected");
  }

  @Test
  void checkDeclaration_warningOnly_acceptedWithWarning_exit0() throws IOException {
    Path file = write("lf.csv", "Entry Number\nABC12345676\n");
    CliRun run = CliRun.of("check-declaration", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSize(2)
        .first().isEqualTo(file + ": ACCEPTED (1 entry number, 0 errors, 1 warning)");
    assertThat(run.outLines().get(1)).startsWith("  warning: lf.csv:");
  }

  @Test
  void checkDeclaration_missingFile_oneLineOnStderr_exit1() {
    Path missing = dir.resolve("missing.csv");
    CliRun run = CliRun.of("check-declaration", missing.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(
        "cape-rules: Declaration file '" + missing + "' does not exist");
  }

  @Test
  void checkDeclaration_directoryWithoutManifest_oneLineOnStderr_exit1() {
    CliRun run = CliRun.of("check-declaration", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("cape-rules: Declaration folder '" + dir
        + "' has no declarations-manifest.csv in it or beside it to check the set against");
  }

  @Test
  void checkDeclaration_missingFileAmongOthers_othersChecked_exit1AtTheEnd() throws IOException {
    Path ok = write("ok.csv", "Entry Number\r\nABC12345676\r\n");
    Path missing = dir.resolve("missing.csv");
    Path dup = write("dup.csv", "Entry Number\r\nABC12345676\r\nABC12345676\r\n");
    CliRun run = CliRun.of("check-declaration", ok.toString(), missing.toString(),
        dup.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly(
        "cape-rules: Declaration file '" + missing + "' does not exist");
    assertThat(run.outLines()).first()
        .isEqualTo(ok + ": ACCEPTED (1 entry number, 0 errors, 0 warnings)");
    assertThat(run.outLines()).contains(dup + ": REJECTED (2 entry numbers, 1 error, 0 warnings)")
        .last().isEqualTo("3 files checked: 1 accepted, 1 rejected, 1 not found or not a file");
  }

  @Test
  void checkDeclaration_wholeFileProblem_namesTheFileWithoutLineZero() throws IOException {
    Path file = write("empty.csv", "");
    CliRun run = CliRun.of("check-declaration", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines()).first().asString().startsWith(file + ": REJECTED");
    assertThat(run.outLines().subList(1, run.outLines().size())).isNotEmpty()
        .allMatch(line -> line.startsWith("  error: empty.csv: ")
            || line.startsWith("  warning: empty.csv: "), "starts with the file name")
        .noneMatch(line -> line.contains("empty.csv:0"));
  }

  @Test
  void checkDeclaration_noFile_exit2() {
    CliRun run = CliRun.of("check-declaration");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        "cape-rules: Missing required parameter: 'FILE'",
        "Try 'cape-rules check-declaration --help' for more information.");
  }

  // --- readiness -----------------------------------------------------------------------------

  @Test
  void readiness_sampleProfile_notReadyWithBlockers_accountNumbersMasked() {
    CliRun run = CliRun.of("readiness", "--as-of", "2026-07-13", SAMPLE_PROFILE.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    // Lead times (BlockerCode): R02 1 day, R04 3 days, R14 0 days; the Form 5106 fix and the
    // account application run one after the other: filing 1 + 3 = 4 days -> 2026-07-17; the
    // pending ACH enrollment is confirmed in that account: payment 1 + 3 + 0 = 4 days, too.
    assertThat(run.outLines()).startsWith(
        "Importer 12-3456789A1 (Example Imports LLC), as of 2026-07-13: NOT_READY",
        "Route: IMPORTER_FILES",
        "ACH refund enrollment: PENDING, CHECKING account ****6789 at routing ****0015,"
            + " holder Example Imports LLC, enrolled 2026-07-08",
        "Filing ready: 2026-07-17 (in 4 days)",
        "Payment ready: 2026-07-17 (in 4 days)",
        "Blockers: 3");
    assertThat(run.outLines()).filteredOn(line -> line.startsWith("  R")).containsExactly(
        "  R02 BOX_2E_EMAIL_IS_BROKERS (typical lead time 1 day)",
        "  R04 NO_ACE_ACCOUNT (typical lead time 3 days)",
        "  R14 ACH_ENROLLMENT_PENDING (typical lead time 0 days)");
    assertThat(run.out()).doesNotContain("000123456789", "23456789", "011000015", "1100001");
  }

  @Test
  void readiness_readyImporter_noBlockers() throws IOException {
    Path profile = write("ready.properties", """
        importer.number = 98-7654321
        importer.legalName = Sample Trading Co
        form5106.box2eEmail = refunds@sample-trading.example
        form5106.lastUpdated = 2026-03-01
        route = IMPORTER_FILES
        ace.status = ACTIVE
        ace.importerSubAccounts = 98-7654321
        ace.lastLogin = 2026-07-10
        ach.status = ACTIVE
        ach.routingNumber = 011000015
        ach.accountNumber = 987654321
        ach.accountType = savings
        ach.holderName = Sample Trading Co
        """);
    CliRun run = CliRun.of("readiness", "--as-of", "2026-07-13", profile.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).containsExactly(
        "Importer 98-7654321 (Sample Trading Co), as of 2026-07-13: READY",
        "Route: IMPORTER_FILES",
        "ACH refund enrollment: ACTIVE, SAVINGS account ****4321 at routing ****0015,"
            + " holder Sample Trading Co, enrolled unknown",
        "Filing ready: 2026-07-13 (in 0 days)",
        "Payment ready: 2026-07-13 (in 0 days)",
        "Blockers: 0");
  }

  @Test
  void readiness_ssnImporter_maskedEverywhere() throws IOException {
    Path profile = write("ssn.properties", """
        importer.number = 900-00-0001
        importer.legalName = Jane Example
        route = IMPORTER_FILES
        """);
    CliRun run = CliRun.of("readiness", "--as-of", "2026-07-13", profile.toString());
    assertThat(run.exitCode()).isZero();
    // The test home's key is the bytes 00..1f: HMAC-SHA-256 of "900-00-0001" under it starts
    // 01f2e61d (Python's hmac module).
    assertThat(run.outLines()).first()
        .isEqualTo("Importer ssn-0001-01f2e61d (Jane Example), as of 2026-07-13: NOT_READY");
    assertThat(run.out()).doesNotContain("900-00");
  }

  @Test
  void readiness_unknownKey_exit1NamingFileAndKey() throws IOException {
    Path profile = write("typo.properties", """
        importer.number = 98-7654321
        importer.legalName = Sample Trading Co
        route = IMPORTER_FILES
        ach.acountNumber = 123
        """);
    CliRun run = CliRun.of("readiness", "--as-of", "2026-07-13", profile.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("cape-rules: Readiness profile '" + profile
        + "': unknown key 'ach.acountNumber'; see 'cape-rules readiness --help' for the keys");
  }

  @Test
  void readiness_badAccountNumber_exit1_messageMasked() throws IOException {
    Path profile = write("bad.properties", """
        importer.number = 98-7654321
        importer.legalName = Sample Trading Co
        route = IMPORTER_FILES
        ach.status = ACTIVE
        ach.routingNumber = 011000015
        ach.accountNumber = 12345678901234567890
        ach.accountType = CHECKING
        ach.holderName = Sample Trading Co
        """);
    CliRun run = CliRun.of("readiness", "--as-of", "2026-07-13", profile.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("cape-rules: Readiness profile '" + profile
        + "', key 'ach.accountNumber': Bank account number must be 1 to 17 digits, but was"
        + " '****7890' (20 characters)");
    assertThat(run.err()).doesNotContain("1234567890123");
  }

  @Test
  void readiness_missingRequiredKey_exit1() throws IOException {
    Path profile = write("short.properties", "importer.number = 98-7654321\nroute = x\n");
    CliRun run = CliRun.of("readiness", "--as-of", "2026-07-13", profile.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("cape-rules: Readiness profile '" + profile
        + "', key 'importer.legalName': the key is missing or blank");
  }

  @Test
  void readiness_badEnumValue_exit1ListingChoices() throws IOException {
    Path profile = write("route.properties", """
        importer.number = 98-7654321
        importer.legalName = Sample Trading Co
        route = BROKER
        """);
    CliRun run = CliRun.of("readiness", "--as-of", "2026-07-13", profile.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("cape-rules: Readiness profile '" + profile
        + "', key 'route': 'BROKER' is not one of IMPORTER_FILES, BROKER_FILES_WITH_4811,"
        + " BROKER_FILES_REFUND_TO_IMPORTER");
  }

  @Test
  void readiness_missingProfile_exit1() {
    Path missing = dir.resolve("none.properties");
    CliRun run = CliRun.of("readiness", "--as-of", "2026-07-13", missing.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(
        "cape-rules: Readiness profile '" + missing + "' does not exist");
  }

  @Test
  void readiness_missingAsOf_exit2() {
    CliRun run = CliRun.of("readiness", SAMPLE_PROFILE.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        "cape-rules: Missing required option: '--as-of=YYYY-MM-DD'",
        "Try 'cape-rules readiness --help' for more information.");
  }

  // --- policies ------------------------------------------------------------------------------

  @Test
  void policies_asOf_listsAllAndMarksPolicyInForce() {
    CliRun run = CliRun.of("policies", "--as-of", "2026-07-13");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    // CapePolicies: PHASE_1 2026-04-20, PHASE_1_RECON 06-29, WAREHOUSE_21_22_EXCLUDED 07-07
    // (in force on 07-13), PHASE_3_LITIGANTS 10-06.
    assertThat(run.outLines()).filteredOn(line -> !line.startsWith("    ")).containsExactly(
        "  PHASE_1  effective 2026-04-20  CBP_PRIMARY",
        "  PHASE_1_RECON  effective 2026-06-29  CBP_PRIMARY",
        "* WAREHOUSE_21_22_EXCLUDED  effective 2026-07-07  CBP_REPORTED",
        "  PHASE_3_LITIGANTS  effective 2026-10-06  UNCONFIRMED",
        "* in force on 2026-07-13");
    assertThat(run.outLines()).contains("    Sources: CSMS #68315804; CSMS #68340863",
        "    Sources: CSMS #69127837");
  }

  @Test
  void policies_noAsOf_noMarker() {
    CliRun run = CliRun.of("policies");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).doesNotContain("*");
    assertThat(run.outLines()).hasSize(12);
  }

  // --- generate-es003 ------------------------------------------------------------------------

  @Test
  void generateEs003_writesExactRowCount_sameSeedSameBytes() throws IOException {
    Path first = dir.resolve("a.csv");
    Path second = dir.resolve("b.csv");
    CliRun run = CliRun.of("generate-es003", "--rows", "50", "--seed", "7", "--out",
        first.toString());
    CliRun.of("generate-es003", "--rows", "50", "--seed", "7", "--out", second.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("Wrote " + first + ": 50 rows, ")
        .endsWith(" entries (seed 7, as of 2026-07-13)\n");
    assertThat(Files.readAllLines(first)).hasSize(51);
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
  }

  @Test
  void generateEs003_rowsNotANumber_exit2_saysWholeNumber() {
    CliRun run = CliRun.of("generate-es003", "--rows", "abc", "--out",
        dir.resolve("x.csv").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        "cape-rules: Invalid value for option '--rows': 'abc' is not a whole number",
        "Try 'cape-rules generate-es003 --help' for more information.");
  }

  @Test
  void readiness_help_profileKeysNotBrokenAtTheirDots() {
    CliRun run = CliRun.of("readiness", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("importer.legalName", "form5106.mailingAddressEmail",
        "notifyParty.ach.*").doesNotContain("\uFEFF");
  }

  @Test
  void generateEs003_negativeRows_exit2() {
    CliRun run = CliRun.of("generate-es003", "--rows", "-1", "--out",
        dir.resolve("x.csv").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("cape-rules: --rows must be 0 or more, but was -1",
        "Try 'cape-rules generate-es003 --help' for more information.");
  }

  @Test
  void generateEs003_outIsDirectory_exit1() {
    CliRun run = CliRun.of("generate-es003", "--rows", "3", "--out", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly(
        "cape-rules: Output file '" + dir + "' is a directory");
  }

  @Test
  void generateEs003_missingDirectory_exit1() {
    Path out = dir.resolve("no/such/dir/x.csv");
    CliRun run = CliRun.of("generate-es003", "--rows", "3", "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("cape-rules: Output directory '"
        + out.toAbsolutePath().getParent() + "' of '" + out + "' does not exist");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
