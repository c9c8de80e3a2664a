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
package org.caperules.core.result;

/**
 * How much a {@link Problem} matters to whoever uses the value it is attached to.
 *
 * <p>Example: a row of an ES-003 export whose {@code Line Tariff Duty Amount} is {@code FREE} is
 * an {@link #ERROR} (the row is not used); a declaration line {@code abc-1234567-6} is a {@link
 * #WARNING} (CAPE probably accepts it, but the canonical form {@code ABC12345676} is safer); a
 * file without liquidation columns gets a {@link #NOTICE} (nothing was lost, but every entry's
 * liquidation status is unknown).
 */
public enum Severity {

  /**
   * Something was lost or would be refused: a row that was not used, a file CAPE would reject.
   */
  ERROR,

  /** The value was used, but may be wrong or may be refused: check it. */
  WARNING,

  /** Information about the input as a whole; nothing was lost or refused. */
  NOTICE
}
