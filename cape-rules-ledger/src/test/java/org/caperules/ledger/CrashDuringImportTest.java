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
package org.caperules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caperules.ledger.TestLedgers.entry;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A child JVM killed in the middle of an import (after its first batch of rows is written, before
 * the commit) leaves the ledger as it was: no row of the file, the file not marked imported, and
 * the next import of the same file records it whole.
 */
class CrashDuringImportTest {

  private static final int ROWS = 5 * ClaimLedger.BATCH;

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  @ParameterizedTest
  @EnumSource(TestLedgers.class)
  void importResults_childKilledMidImport_ledgerUnchanged(TestLedgers database)
      throws IOException, InterruptedException {
    String location = database.freshLocation(dir);
    Path before = TestLedgers.write(dir.resolve("before.csv"), "ENTRY_NUMBER,STATUS\r\n"
        + entry(999_999).value() + ",Entry Summary Updated\r\n");
    try (ClaimLedger ledger = ClaimLedger.open(location)) {
      ledger.importResults(before, LocalDate.of(2026, 7, 13));
    }
    StringBuilder text = new StringBuilder("ENTRY_NUMBER,CLAIM_NUMBER,STATUS,ERROR_DESCRIPTION\r\n");
    for (int i = 1; i <= ROWS; i++) {
      text.append("=\"").append(entry(i).value()).append("\",=\"C1\",Failed,INVALID HTS\r\n");
    }
    Path file = TestLedgers.write(dir.resolve("claim-details.csv"), text.toString());

    Process child = new ProcessBuilder(javaBinary(), "-cp", classPath(),
        ImportThenHang.class.getName(), location, file.toString())
        .redirectError(dir.resolve("child.err").toFile()).start();
    String line;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
        StandardCharsets.UTF_8))) {
      line = out.readLine();
      child.destroyForcibly();
      child.waitFor();
    }
    assertThat(line).as("child stdout; its stderr: %s", Files.readString(dir.resolve(
        "child.err"))).isEqualTo(ImportThenHang.SIGNAL + " " + ClaimLedger.BATCH);

    try (ClaimLedger ledger = ClaimLedger.open(location)) {
      assertThat(ledger.claimStates()).containsOnlyKeys(entry(999_999));
      ResultImport again = ledger.importResults(file, LocalDate.of(2026, 7, 21));
      assertThat(again.alreadyImported()).isFalse();
      assertThat(again.recorded()).isEqualTo(ROWS);
      assertThat(ledger.claimStates()).hasSize(ROWS + 1);
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The test's class path and module path, as one class path for the child. */
  private static String classPath() {
    List<String> parts = new ArrayList<>();
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property);
      if (value != null && !value.isBlank()) {
        parts.add(value);
      }
    }
    return String.join(File.pathSeparator, parts);
  }
}
