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
package org.caperules.core.eligibility;

import java.util.List;
import java.util.Objects;

/**
 * The assessments of a screening, in input order, and their totals.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param assessments  the assessments, in input order
 * @param summary  the counts and IEEPA duty per verdict
 */
public record ScreeningResult(List<Assessment> assessments, ScreeningSummary summary) {

  /**
   * Creates a result.
   *
   * @param assessments  the assessments, in input order
   * @param summary  the counts and IEEPA duty per verdict
   * @throws NullPointerException if an argument is null
   */
  public ScreeningResult {
    assessments = List.copyOf(assessments);
    Objects.requireNonNull(summary, "summary");
  }
}
