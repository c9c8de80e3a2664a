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
package org.caperules.core.screening;

import java.util.Objects;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.forecast.RefundForecast;

/**
 * One entry as a screening run sees it: its {@link Assessment} and the {@link RefundForecast} made
 * from that assessment, made once and handed to every sink, so no sink evaluates or forecasts
 * again.
 *
 * <p>Example: an ELIGIBLE unliquidated entry with IEEPA duty 10,000.00 and entry summary date
 * 2026-03-10, screened as of Mon 2026-05-04, pairs its assessment with a forecast of kind
 * {@code AT_CAPE_LIQUIDATION}, liquidation Thu 2026-06-18 and estimated interest 144.03.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param assessment  the entry's assessment
 * @param forecast  the refund forecast made from the assessment
 */
public record ScreenedEntry(Assessment assessment, RefundForecast forecast) {

  /**
   * Checks that the forecast is of the assessed entry.
   *
   * @param assessment  the entry's assessment
   * @param forecast  the refund forecast made from the assessment
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the forecast is of another entry number
   */
  public ScreenedEntry {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(forecast, "forecast");
    if (!forecast.entryNumberText().equals(assessment.entryNumberText())) {
      throw new IllegalArgumentException("The forecast is of entry " + forecast.entryNumberText()
          + ", but the assessment is of entry " + assessment.entryNumberText());
    }
  }

  /**
   * Tells whether the entry is to be declared in CAPE: its verdict is ELIGIBLE or
   * ELIGIBLE_DEFERRED.
   *
   * @return true if the verdict is declarable
   */
  public boolean isDeclarable() {
    return assessment.verdict().isDeclarable();
  }

  /**
   * Returns the entry number and verdict, for example {@code ABC12345676 ELIGIBLE}.
   *
   * @return the screened entry as text, never an importer number
   */
  @Override
  public String toString() {
    return assessment.entryNumberText() + ' ' + assessment.verdict();
  }
}
