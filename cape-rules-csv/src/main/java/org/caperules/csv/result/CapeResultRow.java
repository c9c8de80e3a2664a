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
package org.caperules.csv.result;

import java.util.Objects;
import java.util.Optional;
import org.caperules.core.EntryNumber;
import org.caperules.core.rule.CapeErrorMessage;

/**
 * One row of a CAPE validation result or claim details file that a user downloads from ACE after
 * an upload: an entry, its CAPE claim number, its
 * status and CBP's error description. Example: line 3, {@code BII05992854}, claim {@code
 * C2026000123}, status {@code Failed}, error {@code PROTEST ON ENTRY}, whose {@link
 * #errorMessage()} is {@link CapeErrorMessage#PROTEST_ON_ENTRY}.
 *
 * <p>Texts are trimmed; an absent or blank cell is {@code ""}. Status values seen are {@code
 * Entry Summary Updated} and {@code Failed} (per entry) and {@code Accepted}, {@code Accepted
 * with Error(s)} and {@code Rejected} (per claim); they are kept as given, since CBP's exact list
 * is UNCERTAIN.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param line  the 1-based line of the row in its file
 * @param entryNumber  the entry number
 * @param claimNumber  the CAPE claim number, or {@code ""}
 * @param status  the status as given, or {@code ""}
 * @param errorDescription  CBP's error description, or {@code ""} if none
 */
public record CapeResultRow(
    long line, EntryNumber entryNumber, String claimNumber, String status,
    String errorDescription) {

  /**
   * Checks and trims the components.
   *
   * @param line  the 1-based line of the row in its file
   * @param entryNumber  the entry number
   * @param claimNumber  the CAPE claim number, or {@code ""}
   * @param status  the status as given, or {@code ""}
   * @param errorDescription  CBP's error description, or {@code ""} if none
   * @throws IllegalArgumentException if {@code line} is not positive
   */
  public CapeResultRow {
    Objects.requireNonNull(entryNumber, "entryNumber");
    claimNumber = Objects.requireNonNull(claimNumber, "claimNumber").strip();
    status = Objects.requireNonNull(status, "status").strip();
    errorDescription = Objects.requireNonNull(errorDescription, "errorDescription").strip();
    if (line < 1) {
      throw new IllegalArgumentException("Line must be 1 or more, but was: " + line);
    }
  }

  /**
   * Tells whether CBP gave an error description for the entry.
   *
   * @return true if {@link #errorDescription()} is not empty
   */
  public boolean hasError() {
    return !errorDescription.isEmpty();
  }

  /**
   * Returns the known CAPE message the error description is, if it is one.
   *
   * @return the message, or empty if there is no error or it is not a known message
   */
  public Optional<CapeErrorMessage> errorMessage() {
    return CapeErrorMessage.find(errorDescription);
  }

  /**
   * Returns what the row says happened to the entry: {@link ResultOutcome#ACCEPTED} for the
   * statuses {@code Entry Summary Updated} and {@code Accepted}, {@link ResultOutcome#FAILED} for
   * {@code Failed} and {@code Rejected}, and for any other status when CBP gave an error text;
   * otherwise {@link ResultOutcome#OTHER}. Statuses compare trimmed and case-insensitively.
   * Example: status {@code ENTRY SUMMARY UPDATED} is accepted.
   *
   * @return the outcome
   */
  public ResultOutcome outcome() {
    return ResultOutcome.of(status, errorDescription);
  }
}
