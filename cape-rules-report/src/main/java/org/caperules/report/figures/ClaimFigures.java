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
package org.caperules.report.figures;

import java.util.List;

/**
 * Where an importer's CAPE claims stand, from the screening report's {@code Claim Status}
 * column ({@code ACCEPTED}, {@code FAILED: <error>}, {@code DECLARED <date>}, blank) or a claim
 * ledger (which also knows {@code PAID} and {@code REJECTED_ACH}, from the refund reports):
 * declared and awaiting CAPE's result, accepted, of those paid and refunds rejected, failed (each
 * with its fix), and not declared. Example: 3 declared, 20 accepted (5 paid, 1 rejected), 1
 * failed ("PROTEST ON ENTRY"), 2 not declared.
 *
 * @param declared  the entries declared and awaiting a result
 * @param accepted  the entries CAPE accepted, paid and rejected refunds included
 * @param paid  the accepted entries whose refund was paid
 * @param rejected  the accepted entries whose refund the bank rejected (REV-613)
 * @param failed  the entries CAPE failed, in report order
 * @param notDeclared  the entries with a blank claim status
 */
public record ClaimFigures(int declared, int accepted, int paid, int rejected,
    List<FailedClaim> failed, int notDeclared) {

  /**
   * Copies the list.
   *
   * @param declared  the declared count
   * @param accepted  the accepted count
   * @param paid  the paid count
   * @param rejected  the rejected refunds count
   * @param failed  the failed claims
   * @param notDeclared  the not declared count
   */
  public ClaimFigures {
    failed = List.copyOf(failed);
  }
}
