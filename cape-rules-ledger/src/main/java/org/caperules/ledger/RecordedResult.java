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

import java.time.LocalDate;
import java.util.Objects;
import org.caperules.core.EntryNumber;
import org.caperules.csv.result.ResultOutcome;

/**
 * One answer CAPE gave for an entry, as the claim ledger recorded it: the claim number, the
 * status and error text as CBP wrote them, what they mean ({@link ResultOutcome}), the result
 * file and line, and the day it was read. Example: {@code BII05992854}, claim {@code
 * C2026000123}, {@code Failed}, {@code UNABLE TO CALCULATE DUTY}, read 2026-07-20 from line 3 of
 * {@code claim-details.csv}.
 *
 * @param entryNumber  the entry
 * @param claimNumber  the CAPE claim number, or {@code ""}
 * @param status  the status as given
 * @param errorText  CBP's error text, or {@code ""}
 * @param outcome  what the status says
 * @param fileName  the result file's name
 * @param line  the line in that file
 * @param readOn  the day the file was read (given by the caller)
 */
public record RecordedResult(EntryNumber entryNumber, String claimNumber, String status,
    String errorText, ResultOutcome outcome, String fileName, long line, LocalDate readOn) {

  /**
   * Checks the components.
   *
   * @param entryNumber  the entry
   * @param claimNumber  the CAPE claim number, or {@code ""}
   * @param status  the status as given
   * @param errorText  CBP's error text, or {@code ""}
   * @param outcome  what the status says
   * @param fileName  the result file's name
   * @param line  the line in that file
   * @param readOn  the day the file was read
   */
  public RecordedResult {
    Objects.requireNonNull(entryNumber, "entryNumber");
    Objects.requireNonNull(claimNumber, "claimNumber");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(errorText, "errorText");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(readOn, "readOn");
  }

  /**
   * Returns the error text, or the status when CBP gave no error text.
   *
   * @return the text shown after {@code FAILED: }
   */
  public String errorOrStatus() {
    return errorText.isEmpty() ? status : errorText;
  }
}
