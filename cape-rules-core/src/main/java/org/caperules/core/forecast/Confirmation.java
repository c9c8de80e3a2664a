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
package org.caperules.core.forecast;

/**
 * How firmly a quarter's overpayment rates are known: column {@code Confirmation} of the rates
 * file ({@link InterestRateTable#read(java.io.Reader, String)}).
 *
 * <p>Example: 2026 Q2, 6% non-corporate and 5% corporate, is {@link #CONFIRMED} by CBP's Federal
 * Register notice FR Doc 2026-09871 (18 May 2026); 2026 Q3, 7% and 6%, is only {@link #REPORTED}
 * from IRS Rev. Rul. 2026-10, with no CBP notice seen (docs/interest.md#rate-table).
 * Interest that uses a rate not {@link #CONFIRMED} is flagged {@code UNCONFIRMED_RATE}.
 */
public enum Confirmation {

  /** A CBP notice (Federal Register) publishes the rates CBP applies. */
  CONFIRMED,

  /** An IRS revenue ruling or news release, or a secondary source, gives them; no CBP notice. */
  REPORTED,

  /** A projection (for example from the federal short-term rate), not a published rate. */
  PROJECTED
}
