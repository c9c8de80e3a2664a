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

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The child JVM of {@link CrashDuringImportTest}: imports a result file into a ledger and, once
 * the first batch of rows is written into the open transaction, says {@value #SIGNAL} on stdout
 * and waits to be killed.
 */
final class ImportThenHang {

  static final String SIGNAL = "BATCH WRITTEN";

  private ImportThenHang() {}

  public static void main(String[] args) throws InterruptedException {
    try (ClaimLedger ledger = ClaimLedger.open(args[0])) {
      ledger.importResults(Path.of(args[1]), LocalDate.of(2026, 7, 20), written -> {
        System.out.println(SIGNAL + " " + written);
        System.out.flush();
        while (true) {
          try {
            Thread.sleep(60_000);
          } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      });
    }
  }
}
