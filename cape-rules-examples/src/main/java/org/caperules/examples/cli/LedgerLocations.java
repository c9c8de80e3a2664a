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

import java.nio.file.Files;
import java.nio.file.Path;
import org.caperules.ledger.ClaimLedger;

/**
 * Opens the claim ledger a command names with {@code --ledger}: a SQLite file or a {@code
 * jdbc:postgresql://} URL. The commands that record (screen, results) create a missing SQLite file
 * and say so; the commands that only read or add to what was recorded (status, payments, report)
 * refuse one, because a mistyped file name would otherwise show "no claims".
 *
 * <p>Example: {@code LedgerLocations.openExisting("ledgr.db")} throws "Ledger file 'ledgr.db'
 * does not exist; give the file that screen --ledger and results --ledger wrote".
 */
final class LedgerLocations {

  private LedgerLocations() {}

  /** Tells whether the location is a SQLite file that does not exist yet (opening creates it). */
  static boolean isNewFile(String location) {
    return !location.startsWith("jdbc:") && !Files.isRegularFile(Path.of(location));
  }

  /** Opens a ledger that must exist already. */
  static ClaimLedger openExisting(String location) {
    if (isNewFile(location)) {
      throw new UnusableInputException("Ledger file '" + location + "' does not exist; give"
          + " the file that screen --ledger and results --ledger wrote");
    }
    return ClaimLedger.open(location);
  }
}
