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
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.caperules.core.Entry;
import org.caperules.core.EntryType;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.rule.EligibilityRule;
import org.caperules.core.rule.Finding;
import org.caperules.core.rule.ReasonCode;
import org.caperules.core.rule.ReasonKind;
import org.caperules.core.rule.StandardRules;
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
 * <p>Checks that could not run: by default an entry whose input lacked a column some check needs
 * keeps its verdict, and {@link Assessment#notChecked()} names those checks (declaring an entry
 * CAPE then rejects costs one failed line; calling a refundable entry not eligible costs the
 * refund). {@link #requiringAllChecks()} gives an engine for teams that prefer to hold such
 * entries back: an entry that would be declared becomes NEEDS_REVIEW with the reason
 * {@link ReasonCode#CHECKS_NOT_RUN} (docs/rules.md#require-all-checks).
 *
 * <p>Unconfirmed policies: an assessment under an {@link Confirmation#UNCONFIRMED} policy tells
 * whether the entry is declared only because of that policy
 * ({@link Assessment#declaredOnlyUnderUnconfirmedPolicy()}), judged against
 * {@link #confirmedBaseline(CapePolicy)}.
 *
 * <p>This class is immutable and thread-safe, and never reads a clock: the as-of date is always
 * a parameter.
 */
public final class CapeEngine {

  private static final Comparator<Finding> BY_REASON = Comparator.comparing(Finding::reason);

  private static final CapeEngine STANDARD =
      new CapeEngine(CapePolicies.standard(), null, false);

  private final CapePolicies policies;
  private final @Nullable CapePolicy fixedPolicy;
  private final boolean allChecksRequired;

  private CapeEngine(CapePolicies policies, @Nullable CapePolicy fixedPolicy,
      boolean allChecksRequired) {
    this.policies = policies;
    this.fixedPolicy = fixedPolicy;
    this.allChecksRequired = allChecksRequired;
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
    return new CapeEngine(Objects.requireNonNull(policies, "policies"), null, false);
  }

  /**
   * Returns an engine that applies one policy whatever the as-of date, for what-if screening.
   *
   * @param policy  the policy
   * @return the engine
   */
  public static CapeEngine of(CapePolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return new CapeEngine(CapePolicies.of(List.of(policy)), policy, false);
  }

  /**
   * Returns an engine like this one that requires every check to run: an entry that would be
   * ELIGIBLE or ELIGIBLE_DEFERRED but for which a check could not run, because its input had no
   * column for a fact the check needs ({@link Assessment#notChecked()} not empty), is
   * NEEDS_REVIEW with the single reason {@link ReasonCode#CHECKS_NOT_RUN}, whose message names
   * the checks. Entries with any other finding keep their verdict and reasons. Off by default.
   *
   * <p>Example: an ELIGIBLE entry read from a plain ACE export (no {@code Drawback Indicator}
   * column) is, under this engine, NEEDS_REVIEW [CHECKS_NOT_RUN], "Checks could not run for lack
   * of a column in the input: ...DRAWBACK...".
   *
   * @return the engine
   */
  public CapeEngine requiringAllChecks() {
    return new CapeEngine(policies, fixedPolicy, true);
  }

  /**
   * Tells whether this engine requires every check to run ({@link #requiringAllChecks()}).
   *
   * @return true if an entry with checks that could not run is not declared
   */
  public boolean requiresAllChecks() {
    return allChecksRequired;
  }

  /**
   * Returns the confirmed policy that an unconfirmed policy supersedes: the last policy that a
   * CBP bulletin supports and that took effect before it ({@link
   * CapePolicies#lastConfirmedBefore(LocalDate)}), among this engine's policies, or among the
   * built-in ones for an engine of one fixed policy ({@link #of(CapePolicy)}). An entry declared
   * under the unconfirmed policy that this baseline would not declare is declared only because
   * of the unconfirmed policy ({@link Assessment#declaredOnlyUnderUnconfirmedPolicy()}).
   *
   * <p>Example: for {@code PHASE_3_LITIGANTS} (UNCONFIRMED, from 2026-10-06) the standard engine
   * gives {@code WAREHOUSE_21_22_EXCLUDED}.
   *
   * @param policy  the policy
   * @return the baseline, or empty if the policy is itself confirmed or no confirmed policy
   *     precedes it
   */
  public Optional<CapePolicy> confirmedBaseline(CapePolicy policy) {
    if (policy.confirmation().isConfirmed()) {
      return Optional.empty();
    }
    CapePolicies known = fixedPolicy != null ? CapePolicies.standard() : policies;
    return known.lastConfirmedBefore(policy.effectiveDate());
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
    return assess(entry, asOf, policyFor(asOf));
  }

  /**
   * Evaluates one entry under a given policy, whatever policy is in force on the date, as the
   * standard engine does (checks that could not run do not change the verdict).
   *
   * @param entry  the entry
   * @param asOf  the date of the assessment
   * @param policy  the policy to apply
   * @return the assessment
   */
  public static Assessment evaluate(Entry entry, LocalDate asOf, CapePolicy policy) {
    return STANDARD.assess(entry, asOf, policy);
  }

  /** Evaluates one entry under a policy with this engine's settings. */
  Assessment assess(Entry entry, LocalDate asOf, CapePolicy policy) {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(asOf, "asOf");
    List<Finding> findings = findings(entry, asOf, policy);
    Verdict verdict = verdict(entry, findings);
    if (allChecksRequired && verdict.isDeclarable()) {
      // a declarable verdict has no finding, so the one below is the entry's only reason
      Set<ReasonCode> notChecked = StandardRules.notChecked(entry);
      if (!notChecked.isEmpty()) {
        findings = List.of(checksNotRun(notChecked));
        verdict = Verdict.NEEDS_REVIEW;
      }
    }
    boolean atRisk = verdict == Verdict.ELIGIBLE && isAtRisk(entry, asOf, policy);
    return new Assessment(this, entry, asOf, policy, verdict, findings, atRisk);
  }

  /** The finding of an entry held back because checks could not run. */
  private static Finding checksNotRun(Set<ReasonCode> notChecked) {
    StringBuilder codes = new StringBuilder();
    for (ReasonCode code : notChecked) {
      codes.append(codes.length() == 0 ? "" : ", ").append(code.name());
    }
    return Finding.of(ReasonCode.CHECKS_NOT_RUN, "Checks could not run for lack of a column in"
        + " the input: " + codes + "; every check is required, so the entry is not declared"
        + " until they are made.");
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
      Assessment assessment = assess(entry, asOf, policy);
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
    return entries.map(entry -> assess(entry, asOf, policy));
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
    String checks = allChecksRequired ? ", all checks required" : "";
    return fixed != null ? "CapeEngine[" + fixed.id() + checks + "]"
        : "CapeEngine" + policies + (checks.isEmpty() ? "" : "[" + checks.substring(2) + "]");
  }
}
