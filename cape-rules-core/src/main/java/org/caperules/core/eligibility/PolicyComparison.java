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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.caperules.core.Entry;

/**
 * Compares two policies on the same entries: the tool a team uses to validate a policy change
 * before trusting it.
 *
 * <p>Example: comparing {@code PHASE_1} with {@code PHASE_1_RECON} as of 2026-06-29 lists a
 * reconciliation-flagged type 01 entry with no type 09 filed, NOT_ELIGIBLE [RECONCILIATION] under
 * the first and ELIGIBLE under the second.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PolicyComparison {

  private PolicyComparison() {}

  /**
   * One entry whose verdict or reasons differ between two policies.
   *
   * @param a  the assessment under the first policy
   * @param b  the assessment under the second policy
   */
  public record Difference(Assessment a, Assessment b) {

    /**
     * Creates a difference.
     *
     * @param a  the assessment under the first policy
     * @param b  the assessment under the second policy
     * @throws NullPointerException if an argument is null
     */
    public Difference {
      Objects.requireNonNull(a, "a");
      Objects.requireNonNull(b, "b");
    }

    /**
     * Tells whether the verdict changed (rather than only the reasons).
     *
     * @return true if the verdicts differ
     */
    public boolean verdictChanged() {
      return a.verdict() != b.verdict();
    }

    @Override
    public String toString() {
      return a.entryNumberText() + ": " + a.policyId() + " " + a.verdict() + " " + a.reasons()
          + " -> " + b.policyId() + " " + b.verdict() + " " + b.reasons();
    }
  }

  /**
   * Lists the entries whose verdict or reasons differ between two policies, in input order.
   *
   * @param a  the first policy
   * @param b  the second policy
   * @param entries  the entries
   * @param asOf  the date of both assessments
   * @return the differences, possibly empty
   */
  public static List<Difference> compare(CapePolicy a, CapePolicy b, Iterable<Entry> entries,
      LocalDate asOf) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    List<Difference> differences = new ArrayList<>();
    for (Entry entry : entries) {
      Assessment first = CapeEngine.evaluate(entry, asOf, a);
      Assessment second = CapeEngine.evaluate(entry, asOf, b);
      if (first.verdict() != second.verdict() || !first.reasons().equals(second.reasons())) {
        differences.add(new Difference(first, second));
      }
    }
    return differences;
  }
}
