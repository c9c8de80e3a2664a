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

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a CAPE result row says happened to an entry. The ACE Portal's Claim Details download
 * gives, per entry, {@code Entry Summary Updated} (CAPE accepted the entry and ACE updated the
 * entry summary) or {@code Failed} with an error text; the claim-level statuses {@code
 * Accepted} and {@code Rejected} (ACE Portal CAPE Declarations quick reference guide, as quoted
 * in docs/ledger.md) are read the same way. Example: {@code of("Failed", "PROTEST ON ENTRY")} is
 * {@link #FAILED}.
 */
public enum ResultOutcome {
  /** CAPE accepted the entry. */
  ACCEPTED,
  /** CAPE rejected the entry, usually with an error text. */
  FAILED,
  /** Neither: a status not known, without an error text. */
  OTHER;

  private static final Set<String> ACCEPTED_STATUSES = Set.of("entry summary updated",
      "accepted");
  private static final Set<String> FAILED_STATUSES = Set.of("failed", "rejected");

  /**
   * Reads a status and error text.
   *
   * @param status  the status as given
   * @param errorDescription  the error text, or {@code ""}
   * @return the outcome
   */
  public static ResultOutcome of(String status, String errorDescription) {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(errorDescription, "errorDescription");
    String key = status.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    if (FAILED_STATUSES.contains(key)) {
      return FAILED;
    }
    if (ACCEPTED_STATUSES.contains(key)) {
      return ACCEPTED;
    }
    return errorDescription.isBlank() ? OTHER : FAILED;
  }
}
