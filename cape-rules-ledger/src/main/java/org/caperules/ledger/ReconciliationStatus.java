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

/**
 * Where an expected refund payment stands against the refund reports. Example: an expected
 * payment of 1000.00 principal met by a REV-615 line of 1000.00 plus 12.34 interest is {@link
 * #PAID}.
 */
public enum ReconciliationStatus {
  /** Received at least the expected principal. */
  PAID,
  /** Received less than the expected principal. */
  SHORT,
  /** On the REV-613 ACH Rejected Refunds report: fix the payee's ACH refund enrollment. */
  REJECTED_ACH,
  /** Nothing received yet, and the expected payment window has not ended. */
  NOT_YET_DUE,
  /** Nothing received, and the expected payment window has ended. */
  OVERDUE
}
