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
package org.caperules.screening;

import java.util.List;
import org.caperules.core.EntryNumber;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.screening.ScreeningSink;
import org.caperules.csv.declaration.DeclarationEntry;
import org.caperules.csv.declaration.DeclarationFile;

/**
 * What a screening run knows of earlier declarations and CAPE's answers to them, from a claim
 * ledger ({@code org.caperules.ledger.ClaimLedger#screeningHistory}): it gives each entry's
 * {@code Claim Status} report cell, leaves out of the new declaration files the entries CAPE
 * already accepted, and is told of every entry screened and of the declarations written, to
 * record them. Example: an entry CAPE accepted gets the cell {@code ACCEPTED} and is not
 * declared again.
 *
 * <p>{@link #accept} is called once per entry screened, on the screening thread, before the
 * declarations are written.
 */
public interface DeclarationHistory extends ScreeningSink {

  /**
   * Returns the {@code Claim Status} report cell of an entry.
   *
   * @param assessment  the entry's assessment
   * @return the cell, for example {@code ACCEPTED}, {@code FAILED: PROTEST ON ENTRY}, {@code
   *     DECLARED 2026-07-13}, or {@code ""} when nothing is known
   */
  String claimStatus(Assessment assessment);

  /**
   * Tells whether a declarable entry is left out of the new declaration files.
   *
   * @param entryNumber  the entry
   * @return true to leave it out
   */
  boolean leaveOut(EntryNumber entryNumber);

  /**
   * Records the declaration files the run wrote.
   *
   * @param files  the files written
   * @param entries  the entries in them, with their importers
   */
  void declared(List<DeclarationFile> files, List<DeclarationEntry> entries);
}
