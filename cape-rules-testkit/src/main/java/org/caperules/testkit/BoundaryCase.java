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
package org.caperules.testkit;

import java.time.LocalDate;
import java.util.List;
import org.caperules.core.Entry;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.core.eligibility.CapePolicy;
import org.caperules.core.eligibility.Verdict;
import org.caperules.core.rule.ReasonCode;
import org.caperules.testkit.internal.TestkitStyle;
import org.immutables.value.Value;

/**
 * One entry at a rule boundary, with the answer the CAPE rules give it: which boundary, on which
 * side, the entry, the as-of date, the policy, the expected verdict and reason codes, and why.
 *
 * <p>Example, from {@code BoundaryCatalogue.of(CapePolicies.PHASE_1, 2026-07-13)}:
 * {@code cape-window-day-081 [CAPE_WINDOW_END AFTER 2026-07-12] PHASE_1 as of 2026-07-13:
 * NOT_ELIGIBLE [LIQUIDATION_WINDOW_PASSED]}, because the entry was liquidated Thu 2026-04-23 and
 * its CAPE last day, day 80, was Sun 2026-07-12.
 *
 * <p>A suite asserts its own pipeline against {@link #expectedVerdict()} and
 * {@link #expectedReasons()}, or the engine directly with {@link #evaluate()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@TestkitStyle
public abstract class BoundaryCase {

  /** Where the as-of date lies relative to the boundary date. */
  public enum Side {
    /** The as-of date is before the boundary date: the old answer still holds. */
    BEFORE,
    /** The as-of date is the boundary date. */
    ON,
    /** The as-of date is after the boundary date: the new answer holds. */
    AFTER
  }

  BoundaryCase() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the case id, stable for a policy and as-of date, for example
   * {@code cape-window-day-080} or {@code protest-last-day-on-liquidated-2026-05-15}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the boundary probed.
   *
   * @return the boundary
   */
  public abstract Boundary boundary();

  /**
   * Returns where the as-of date lies relative to {@link #boundaryDate()}.
   *
   * @return the side
   */
  public abstract Side side();

  /**
   * Returns the date of the boundary for this entry: its CAPE last day or protest last day
   * (inclusive), or a policy switch date (the first day of the new rule).
   *
   * @return the boundary date
   */
  public abstract LocalDate boundaryDate();

  /**
   * Returns the entry.
   *
   * @return the entry
   */
  public abstract Entry entry();

  /**
   * Returns the as-of date of the assessment.
   *
   * @return the as-of date
   */
  public abstract LocalDate asOf();

  /**
   * Returns the policy the expected answer is for.
   *
   * @return the policy
   */
  public abstract CapePolicy policy();

  /**
   * Returns the verdict the CAPE rules give the entry on the as-of date under the policy.
   *
   * @return the expected verdict
   */
  public abstract Verdict expectedVerdict();

  /**
   * Returns the reason codes the CAPE rules give, sorted (the order of
   * {@code Assessment.reasons()}).
   *
   * @return the expected reasons, empty for a declarable verdict
   */
  public abstract List<ReasonCode> expectedReasons();

  /**
   * Returns why, with the day count and dates, for example "Liquidated Fri 2026-04-24; CAPE last
   * day = liquidation + 80 = Mon 2026-07-13 (not rolled); as of Mon 2026-07-13 it is day 80, on
   * the last day: ELIGIBLE".
   *
   * @return the explanation
   */
  public abstract String why();

  /**
   * Evaluates the entry with the engine, under {@link #policy()} on {@link #asOf()}.
   *
   * @return the engine's assessment
   */
  public Assessment evaluate() {
    return CapeEngine.evaluate(entry(), asOf(), policy());
  }

  /**
   * Returns the case in one line, for test names: id, boundary, side, boundary date, policy,
   * as-of date and the expected answer, for example {@code cape-window-day-080 [CAPE_WINDOW_END
   * ON 2026-07-13] PHASE_1 as of 2026-07-13: ELIGIBLE []}.
   *
   * @return the case in words
   */
  @Override
  public String toString() {
    return id() + " [" + boundary() + " " + side() + " " + boundaryDate() + "] " + policy().id()
        + " as of " + asOf() + ": " + expectedVerdict() + " " + expectedReasons();
  }

  /** Builds a {@link BoundaryCase}; every attribute is required. */
  public static final class Builder extends ImmutableBoundaryCase.Builder {
    Builder() {}
  }
}
