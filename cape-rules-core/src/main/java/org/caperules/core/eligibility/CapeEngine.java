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
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.caperules.core.Entry;
import org.caperules.core.EntryType;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.rule.EligibilityRule;
import org.caperules.core.rule.Finding;
import org.caperules.core.rule.ReasonKind;
import org.jspecify.annotations.Nullable;

/**
 * The CAPE eligibility engine: says whether an entry can be declared in CAPE on a date, and if
 * not, exactly why and what to do before which date.
 *
 * <p>The engine runs every rule of the policy in force (no short-circuit), so an assessment lists
 * every reason. It never throws for an ineligible or odd entry: saying no is a result. Example:
 *
 * <pre>{@code
 * CapeEngine engine = CapeEngine.standard();
 * Assessment a = engine.evaluate(entry, LocalDate.of(2026, 7, 13));
 * a.verdict();     // ELIGIBLE
 * a.nextAction();  // Declare in CAPE by 2026-07-13 (day 80 after liquidation on 2026-04-24).
 * }</pre>
 *
 * <p>This class is immutable and thread-safe, and never reads a clock: the as-of date is always
 * a parameter.
 */
public final class CapeEngine {

  private static final Comparator<Finding> BY_REASON = Comparator.comparing(Finding::reason);

  private static final CapeEngine STANDARD = new CapeEngine(CapePolicies.standard(), null);

  private final CapePolicies policies;
  private final @Nullable CapePolicy fixedPolicy;

  private CapeEngine(CapePolicies policies, @Nullable CapePolicy fixedPolicy) {
    this.policies = policies;
    this.fixedPolicy = fixedPolicy;
  }

  /**
   * Returns the engine that applies the built-in policy in force on each as-of date
   * ({@link CapePolicies#inForceOn(LocalDate)}).
   *
   * @return the standard engine
   */
  public static CapeEngine standard() {
    return STANDARD;
  }

  /**
   * Returns an engine that applies the policy in force on each as-of date among the given ones.
   *
   * @param policies  the policies
   * @return the engine
   */
  public static CapeEngine of(CapePolicies policies) {
    return new CapeEngine(Objects.requireNonNull(policies, "policies"), null);
  }

  /**
   * Returns an engine that applies one policy whatever the as-of date, for what-if screening.
   *
   * @param policy  the policy
   * @return the engine
   */
  public static CapeEngine of(CapePolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return new CapeEngine(CapePolicies.of(List.of(policy)), policy);
  }

  /**
   * Returns the policy this engine applies on a date.
   *
   * @param asOf  the date
   * @return the policy
   */
  public CapePolicy policyFor(LocalDate asOf) {
    CapePolicy fixed = fixedPolicy;
    return fixed != null ? fixed : policies.inForceOn(asOf);
  }

  /**
   * Evaluates one entry.
   *
   * @param entry  the entry
   * @param asOf  the date of the assessment, the planned filing date
   * @return the assessment
   */
  public Assessment evaluate(Entry entry, LocalDate asOf) {
    return evaluate(entry, asOf, policyFor(asOf));
  }

  /**
   * Evaluates one entry under a given policy, whatever policy is in force on the date.
   *
   * @param entry  the entry
   * @param asOf  the date of the assessment
   * @param policy  the policy to apply
   * @return the assessment
   */
  public static Assessment evaluate(Entry entry, LocalDate asOf, CapePolicy policy) {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(asOf, "asOf");
    List<Finding> findings = findings(entry, asOf, policy);
    Verdict verdict = verdict(entry, findings);
    boolean atRisk = verdict == Verdict.ELIGIBLE && isAtRisk(entry, asOf, policy);
    return new Assessment(entry, asOf, policy, verdict, findings, atRisk);
  }

  /**
   * Runs every rule of the policy; the findings sorted by reason code, as an immutable list.
   * Allocates nothing beyond the list when no rule fires (a passing rule returns the shared
   * empty {@code Optional}); three or more findings are gathered in a scratch list and sorted
   * stably.
   */
  private static List<Finding> findings(Entry entry, LocalDate asOf, CapePolicy policy) {
    List<EligibilityRule> rules = policy.rules();
    @Nullable Finding first = null;
    @Nullable Finding second = null;
    @Nullable List<Finding> several = null;
    for (int i = 0, n = rules.size(); i < n; i++) {
      EligibilityRule rule = rules.get(i);
      @Nullable Finding finding = rule.check(entry, asOf, policy).orElse(null);
      if (finding == null) {
        continue;
      }
      if (first == null) {
        first = finding;
      } else if (second == null) {
        second = finding;
      } else {
        if (several == null) {
          several = new ArrayList<>(4);
          several.add(first);
          several.add(second);
        }
        several.add(finding);
      }
    }
    if (first == null) {
      return List.of();
    }
    if (second == null) {
      return List.of(first);
    }
    if (several == null) {
      // the stable sort of two: swap only if the first sorts strictly after the second
      return BY_REASON.compare(first, second) <= 0
          ? List.of(first, second)
          : List.of(second, first);
    }
    several.sort(BY_REASON);
    return List.copyOf(several);
  }

  /**
   * At risk: the CAPE last day (liquidated entries only) is {@code asOf} or one of the
   * {@code PolicySettings.atRiskDays()} - 1 days after it, that is {@code asOf <= last} and
   * {@code asOf + atRiskDays > last}.
   */
  private static boolean isAtRisk(Entry entry, LocalDate asOf, CapePolicy policy) {
    LocalDate liquidated = entry.liquidationDate();
    if (liquidated == null) {
      return false;
    }
    // last = policy.deadlines().capeLastDayInclusive(liquidated), as a day number
    long last = liquidated.toEpochDay() + policy.deadlines().capeWindowEnd().lastDayOffset();
    long daysLeft = last - asOf.toEpochDay();
    return daysLeft >= 0 && daysLeft < policy.settings().atRiskDays();
  }

  /**
   * Screens entries, holding every assessment, in input order, with the totals.
   *
   * @param entries  the entries
   * @param asOf  the date of the assessment
   * @return the assessments and the summary
   */
  public ScreeningResult screen(Iterable<Entry> entries, LocalDate asOf) {
    List<Assessment> assessments = new ArrayList<>();
    ScreeningSummary summary = screen(entries, asOf, assessments::add);
    return new ScreeningResult(assessments, summary);
  }

  /**
   * Screens entries one at a time, handing each assessment to a sink in input order and holding
   * none of them: memory does not grow with the number of entries.
   *
   * @param entries  the entries; iterated once
   * @param asOf  the date of the assessment
   * @param sink  receives each assessment
   * @return the counts and IEEPA duty per verdict
   */
  public ScreeningSummary screen(Iterable<Entry> entries, LocalDate asOf,
      Consumer<? super Assessment> sink) {
    Objects.requireNonNull(sink, "sink");
    CapePolicy policy = policyFor(asOf);
    ScreeningSummary.Tally tally = new ScreeningSummary.Tally(policy.id(), asOf);
    for (Entry entry : entries) {
      Assessment assessment = evaluate(entry, asOf, policy);
      tally.add(assessment);
      sink.accept(assessment);
    }
    return tally.summary();
  }

  /**
   * Screens a stream of entries lazily, in encounter order; a parallel stream evaluates in
   * parallel (the engine is thread-safe).
   *
   * @param entries  the entries
   * @param asOf  the date of the assessment
   * @return the assessments
   */
  public Stream<Assessment> screen(Stream<Entry> entries, LocalDate asOf) {
    CapePolicy policy = policyFor(asOf);
    return entries.map(entry -> evaluate(entry, asOf, policy));
  }

  static Verdict verdict(Entry entry, List<Finding> findings) {
    boolean exclusion = false;
    for (int i = 0, n = findings.size(); i < n; i++) {
      if (findings.get(i).reason().kind() == ReasonKind.DATA) {
        return Verdict.NEEDS_REVIEW;
      }
      exclusion = true;
    }
    if (exclusion) {
      return Verdict.NOT_ELIGIBLE;
    }
    return isDeferred(entry) ? Verdict.ELIGIBLE_DEFERRED : Verdict.ELIGIBLE;
  }

  /**
   * Deferred: pending liquidation status, a warehouse-withdrawal type whatever its status, or a
   * warehouse type 21/22 that the policy did not exclude.
   */
  private static boolean isDeferred(Entry entry) {
    LiquidationStatus status = entry.liquidationStatus();
    if (status != null && status.isPending()) {
      return true;
    }
    EntryType type = entry.entryType();
    return type != null && (type.isWarehouseWithdrawal() || type.isWarehouse());
  }

  @Override
  public String toString() {
    CapePolicy fixed = fixedPolicy;
    return fixed != null ? "CapeEngine[" + fixed.id() + "]" : "CapeEngine" + policies;
  }
}
