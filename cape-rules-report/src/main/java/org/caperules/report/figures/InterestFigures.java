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

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;

/**
 * The estimated interest (19 U.S.C. 1505(c)) of an importer's declarable entries, from the
 * screening report's {@code Estimated Interest} column: the entries whose interest is known and
 * its sum, the declarable entries whose interest is unknown (a blank cell: never counted as
 * zero), and, by forecast flag ({@code UNCONFIRMED_RATE}, {@code PROJECTED_LIQUIDATION},
 * {@code DEPOSIT_DATE_ASSUMED}), the entries and interest that rest on an assumption.
 *
 * <p>Example: 25 entries with interest 12,003.40 known, 2 unknown, {@code UNCONFIRMED_RATE} on 4
 * entries with interest 1,001.10.
 *
 * @param known  the entries with a known interest and its sum
 * @param unknown  the declarable entries whose interest is blank
 * @param flagged  by flag, the entries carrying it and their known interest; sorted by flag
 */
public record InterestFigures(Tally known, int unknown, Map<String, Tally> flagged) {

  /**
   * Checks and copies the components.
   *
   * @param known  the known interest
   * @param unknown  the unknown count
   * @param flagged  the flagged tallies
   */
  public InterestFigures {
    Objects.requireNonNull(known, "known");
    flagged = Collections.unmodifiableSortedMap(new TreeMap<>(flagged));
  }
}
