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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.caperules.core.EntryNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Social security, account and routing numbers fed through every path that echoes input (a
 * short row, an extra cell, a bad importer cell, readiness profile errors) appear in no output
 * file and in neither stream of the command line, and raw control bytes reach no report cell.
 */
class PrivacyTest {

  private static final String HEADER = ScreenCommandTest.HEADER;
  private static final List<String> SECRETS = List.of("123-45-6789", "987-65-4321", "876543219",
      "555-44-3333", "666-55-44449", "000123456789", "23456789", "021000021");

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  private static String entry(int serial) {
    String base = String.format(Locale.ROOT, "ZZZ%07d", serial);
    return base + EntryNumber.checkDigit(base);
  }

  @Test
  void screen_secretsInShortRowsExtraCellsAndBadCells_noneUnmaskedAnywhere() throws IOException {
    Path input = dir.resolve("es003.csv");
    Files.writeString(input, HEADER
        + entry(1) + ",99030125,100.00,01,123-45-6789,Open,\r\n"           // SSN importer
        + entry(2) + ",99030125,50.00,01,987-65-4321\r\n"                  // short row
        + entry(3) + ",99030125,50.00,01,876543219\r\n"                    // short, bare SSN
        + entry(4) + ",99030125,50.00,01,12-3456789A1,Open,,555-44-3333\u001B[2J\u0000\r\n"
        + entry(5) + ",99030125,50.00,01,666-55-44449,Open,\r\n"           // bad importer
        + entry(6) + ",99030125,50.00,01,12-3456789A1,Op\u001Ben\u0000,\r\n", // control bytes
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--out", out.toString(),
        input.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String problems = Files.readString(out.resolve("problems.csv"), StandardCharsets.UTF_8);
    assertThat(problems).as("every echoing path was taken")
        .contains("***-**-4321", "*****3219", "***-**-3333", "***-**-*4449");
    List<String> texts = new ArrayList<>(List.of(run.out(), run.err()));
    try (Stream<Path> files = Files.walk(out)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        texts.add(file + "\n" + Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    for (String text : texts) {
      assertThat(text).doesNotContain(SECRETS).doesNotContain("\u001B", "\u0000");
    }
    // The SSN importer's entry is declared under its label (test home key, bytes 00..1f).
    assertThat(Files.readString(out.resolve("payments.csv"), StandardCharsets.UTF_8))
        .contains("IOR ssn-6789-c36200a4");
  }

  @Test
  void readiness_accountNumberAloneOnALine_maskedInTheError() throws IOException {
    CliRun run = readiness("""
        importer.number = 98-7654321
        importer.legalName = Sample Trading Co
        route = IMPORTER_FILES
        000123456789
        """);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("unknown key '****6789'");
    assertNoSecrets(run);
  }

  @Test
  void readiness_accountAndRoutingNumbersUnderWrongKeys_maskedInTheErrors() throws IOException {
    String profile = """
        importer.number = 98-7654321
        importer.legalName = Sample Trading Co
        route = IMPORTER_FILES
        ach.status = %s
        ach.routingNumber = 011000015
        ach.accountNumber = 987654321
        ach.accountType = %s
        ach.holderName = Sample Trading Co
        """;
    CliRun status = readiness(String.format(Locale.ROOT, profile, "000123456789", "CHECKING"));
    assertThat(status.exitCode()).isEqualTo(1);
    assertThat(status.err()).contains("key 'ach.status': '****6789' is not one of");
    assertNoSecrets(status);
    CliRun type = readiness(String.format(Locale.ROOT, profile, "ACTIVE", "021000021"));
    assertThat(type.exitCode()).isEqualTo(1);
    assertThat(type.err()).contains("key 'ach.accountType': '****0021' is not one of");
    assertNoSecrets(type);
  }

  @Test
  void readiness_ssnImporterAndNotifyParty_labelsAndMaskedNumbersOnly() throws IOException {
    CliRun run = readiness("""
        importer.number = 123-45-6789
        importer.legalName = Jane Example
        route = BROKER_FILES_WITH_4811
        notifyParty.name = Example Brokerage Inc
        notifyParty.number = 98-7654321
        notifyParty.broker = true
        notifyParty.listedInBox28 = true
        notifyParty.ach.status = ACTIVE
        notifyParty.ach.routingNumber = 021000021
        notifyParty.ach.accountNumber = 000123456789
        notifyParty.ach.accountType = CHECKING
        notifyParty.ach.holderName = Example Brokerage Inc
        """);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Importer ssn-6789-c36200a4 (Jane Example)")
        .contains("account ****6789 at routing ****0021");
    assertNoSecrets(run);
  }

  private CliRun readiness(String profile) throws IOException {
    Path file = Files.writeString(dir.resolve("profile.properties"), profile,
        StandardCharsets.UTF_8);
    return CliRun.of("readiness", "--as-of", "2026-07-13", file.toString());
  }

  private static void assertNoSecrets(CliRun run) {
    assertThat(run.out()).doesNotContain(SECRETS);
    assertThat(run.err()).doesNotContain(SECRETS);
  }
}
