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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.caperules.core.internal.MoneyTexts;

/**
 * The totals of a screening: entries, IEEPA duty and at-risk entries per verdict.
 *
 * <p>Example: two entries as of Mon 2026-07-13, one ELIGIBLE with IEEPA duty 100.00 liquidated
 * on Fri 2026-04-24 (day 80 of its CAPE window, so at risk) and one NOT_ELIGIBLE with 123.45,
 * give {@code count(ELIGIBLE) == 1}, {@code atRisk(ELIGIBLE) == 1}, {@code total() == 2} and
 * {@code totalIeepaDuty() == 223.45}. A {@link Tally} adds assessments one at a time.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScreeningSummary {

  private final String policyId;
  private final LocalDate asOf;
  private final Map<Verdict, Long> counts;
  private final Map<Verdict, BigDecimal> ieepaDuty;
  private final Map<Verdict, Long> atRisk;
  private final long declaredOnlyUnderUnconfirmedPolicy;

  private ScreeningSummary(String policyId, LocalDate asOf, Map<Verdict, Long> counts,
      Map<Verdict, BigDecimal> ieepaDuty, Map<Verdict, Long> atRisk,
      long declaredOnlyUnderUnconfirmedPolicy) {
    this.policyId = policyId;
    this.asOf = asOf;
    this.counts = Collections.unmodifiableMap(new EnumMap<>(counts));
    this.ieepaDuty = Collections.unmodifiableMap(new EnumMap<>(ieepaDuty));
    this.atRisk = Collections.unmodifiableMap(new EnumMap<>(atRisk));
    this.declaredOnlyUnderUnconfirmedPolicy = declaredOnlyUnderUnconfirmedPolicy;
  }

  /**
   * Returns the number of entries declared (ELIGIBLE or ELIGIBLE_DEFERRED) only because the
   * policy applied is unconfirmed: the confirmed policy it supersedes would not declare them
   * ({@link Assessment#declaredOnlyUnderUnconfirmedPolicy()}). Zero under a confirmed policy.
   *
   * @return the count
   */
  public long declaredOnlyUnderUnconfirmedPolicy() {
    return declaredOnlyUnderUnconfirmedPolicy;
  }

  /**
   * Returns the id of the policy applied.
   *
   * @return the policy id
   */
  public String policyId() {
    return policyId;
  }

  /**
   * Returns the as-of date.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the number of entries with a verdict.
   *
   * @param verdict  the verdict
   * @return the count, zero if none
   */
  public long count(Verdict verdict) {
    return counts.getOrDefault(verdict, 0L);
  }

  /**
   * Returns the IEEPA duty of the entries with a verdict.
   *
   * @param verdict  the verdict
   * @return the sum, zero if none
   */
  public BigDecimal ieepaDuty(Verdict verdict) {
    return ieepaDuty.getOrDefault(verdict, BigDecimal.ZERO);
  }

  /**
   * Returns the number of entries screened.
   *
   * @return the total count
   */
  public long total() {
    long total = 0;
    for (long count : counts.values()) {
      total += count;
    }
    return total;
  }

  /**
   * Returns the IEEPA duty of all entries screened.
   *
   * @return the total IEEPA duty
   */
  public BigDecimal totalIeepaDuty() {
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal duty : ieepaDuty.values()) {
      total = total.add(duty);
    }
    return total;
  }

  /**
   * Returns the number of entries with a verdict that are at risk ({@link Assessment#isAtRisk()}:
   * ELIGIBLE in the last days of the CAPE window).
   *
   * @param verdict  the verdict
   * @return the count, zero if none
   */
  public long atRisk(Verdict verdict) {
    return atRisk.getOrDefault(verdict, 0L);
  }

  /**
   * Returns the number of entries at risk, whatever their verdict.
   *
   * @return the total count of entries at risk
   */
  public long totalAtRisk() {
    long total = 0;
    for (long count : atRisk.values()) {
      total += count;
    }
    return total;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(policyId + " as of " + asOf + ":");
    for (Verdict verdict : Verdict.values()) {
      out.append(' ').append(verdict).append('=').append(count(verdict))
          .append(" (").append(MoneyTexts.plain(ieepaDuty(verdict))).append(')');
    }
    return out.toString();
  }

  /**
   * Accumulates a summary one assessment at a time, keeping only the totals, so memory does not
   * grow with the entries. Example: {@code new Tally("PHASE_1", asOf)}, then {@code add(a)} per
   * assessment, then {@code summary()}.
   *
   * <p>Not thread-safe: one tally per screening.
   */
  public static final class Tally {
    private final String policyId;
    private final LocalDate asOf;
    private final Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
    private final Map<Verdict, BigDecimal> ieepaDuty = new EnumMap<>(Verdict.class);
    private final Map<Verdict, Long> atRisk = new EnumMap<>(Verdict.class);
    private long declaredOnlyUnderUnconfirmedPolicy;

    /**
     * Starts an empty tally.
     *
     * @param policyId  the id of the policy applied
     * @param asOf  the as-of date of the screening
     * @throws NullPointerException if an argument is null
     */
    public Tally(String policyId, LocalDate asOf) {
      this.policyId = Objects.requireNonNull(policyId, "policyId");
      this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * Counts an assessment: its verdict, its IEEPA duty, whether it is at risk and whether it
     * is declared only because of an unconfirmed policy.
     *
     * @param assessment  the assessment
     * @return this tally
     */
    public Tally add(Assessment assessment) {
      counts.merge(assessment.verdict(), 1L, Long::sum);
      ieepaDuty.merge(assessment.verdict(), assessment.ieepaDuty(), BigDecimal::add);
      if (assessment.isAtRisk()) {
        atRisk.merge(assessment.verdict(), 1L, Long::sum);
      }
      if (assessment.declaredOnlyUnderUnconfirmedPolicy()) {
        declaredOnlyUnderUnconfirmedPolicy++;
      }
      return this;
    }

    /**
     * Returns the totals of the assessments added so far; more may be added afterwards.
     *
     * @return the summary
     */
    public ScreeningSummary summary() {
      return new ScreeningSummary(policyId, asOf, counts, ieepaDuty, atRisk,
          declaredOnlyUnderUnconfirmedPolicy);
    }

    /**
     * Returns the tally as text, for example {@code Tally[PHASE_1 as of 2026-07-13]}.
     *
     * @return the tally as text
     */
    @Override
    public String toString() {
      return "Tally[" + policyId + " as of " + asOf + ']';
    }
  }
}
