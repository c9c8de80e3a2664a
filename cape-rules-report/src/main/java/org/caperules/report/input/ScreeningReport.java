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
package org.caperules.report.input;

import java.util.List;

/**
 * The entries of a screening report, and whether the report has a {@code Claim Status} column
 * (written when a claim ledger was used), so that a page can tell "no claims recorded" from "no
 * ledger".
 *
 * <p>Example: the shipped sample's report screened as of 2026-07-13 has 276 entries and no
 * claim status column.
 *
 * @param entries  the entries, in file order
 * @param hasClaimStatus  true if the report has a {@code Claim Status} column
 */
public record ScreeningReport(List<ReportEntry> entries, boolean hasClaimStatus) {

  /**
   * Copies the list.
   *
   * @param entries  the entries
   * @param hasClaimStatus  whether the report has a claim status column
   */
  public ScreeningReport {
    entries = List.copyOf(entries);
  }
}
