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

import java.util.Objects;
import org.caperules.core.EntryNumber;
import org.caperules.csv.result.ResultOutcome;
import org.jspecify.annotations.Nullable;

/**
 * Where one entry stands in the claim ledger: its latest declaration and CAPE's latest answer.
 * The answer counts only when it is not older than the declaration: an entry declared again
 * after a failure is {@code DECLARED} until the next result file says otherwise.
 *
 * <p>Example: declared 2026-07-13, then {@code Entry Summary Updated} read 2026-07-20: {@link
 * #claimStatus()} is {@code ACCEPTED}; declared again 2026-07-27 after a {@code Failed} read
 * 2026-07-20: {@code DECLARED 2026-07-27}.
 *
 * @param entryNumber  the entry
 * @param lastDeclaration  its latest declaration, or {@code null} if never declared
 * @param lastResult  CAPE's latest answer, or {@code null} if none was read
 */
public record ClaimState(EntryNumber entryNumber, @Nullable DeclaredEntry lastDeclaration,
    @Nullable RecordedResult lastResult) {

  /**
   * Checks the components.
   *
   * @param entryNumber  the entry
   * @param lastDeclaration  its latest declaration, or {@code null}
   * @param lastResult  CAPE's latest answer, or {@code null}
   */
  public ClaimState {
    Objects.requireNonNull(entryNumber, "entryNumber");
  }

  /**
   * Returns the latest answer if it is at least as recent as the latest declaration.
   *
   * @return the current answer, or {@code null} if none or the entry was declared since
   */
  public @Nullable RecordedResult currentResult() {
    RecordedResult result = lastResult;
    DeclaredEntry declared = lastDeclaration;
    if (result == null || declared == null) {
      return result;
    }
    return declared.writtenOn().isAfter(result.readOn()) ? null : result;
  }

  /**
   * Tells whether CAPE accepted the entry (its current answer is accepted).
   *
   * @return true if accepted
   */
  public boolean isAccepted() {
    RecordedResult result = currentResult();
    return result != null && result.outcome() == ResultOutcome.ACCEPTED;
  }

  /**
   * Returns the {@code Claim Status} cell: {@code ACCEPTED}, {@code FAILED: <error>}, {@code
   * DECLARED <date>}, or {@code ""} (a result neither accepted nor failed, and never declared).
   *
   * @return the cell
   */
  public String claimStatus() {
    RecordedResult result = currentResult();
    if (result != null && result.outcome() == ResultOutcome.ACCEPTED) {
      return "ACCEPTED";
    }
    if (result != null && result.outcome() == ResultOutcome.FAILED) {
      return "FAILED: " + result.errorOrStatus();
    }
    DeclaredEntry declared = lastDeclaration;
    return declared == null ? "" : "DECLARED " + declared.writtenOn();
  }
}
