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
package org.caperules.core.rule;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.caperules.core.Entry;
import org.caperules.core.EntryFact;
import org.caperules.core.date.EntryDeadlines;
import org.jspecify.annotations.Nullable;

/**
 * The built-in CAPE rules, one constant per CBP rule, and the precedence of their next actions.
 * Each constant is a package-private class named after its rule (for example
 * {@link #DRAWBACK} is {@code DrawbackRule}), whose documentation gives the CBP source, the
 * reason codes it produces and a worked example.
 *
 * <p>Example: {@code StandardRules.all()} is the rule list of every built-in policy, and a custom
 * policy adds its own {@link EligibilityRule} to a copy of it:
 *
 * <pre>{@code
 * List<EligibilityRule> rules = new ArrayList<>(StandardRules.all());
 * rules.add(myRule);
 * CapePolicy mine = CapePolicy.builder().from(CapePolicies.PHASE_1).id("MINE").rules(rules)
 *     .confirmation(Confirmation.UNCONFIRMED).build();
 * }</pre>
 *
 * <p>Rules are independent: their order in a policy does not change the findings.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StandardRules {

  /** {@link ReasonCode#INVALID_ENTRY_NUMBER}: format or check digit wrong. */
  public static final EligibilityRule ENTRY_NUMBER = EntryNumberRule.INSTANCE;

  /**
   * {@link ReasonCode#UNKNOWN_LIQUIDATION_STATUS}: status missing or unrecognised, or
   * LIQUIDATED without a date.
   */
  public static final EligibilityRule LIQUIDATION_STATUS = LiquidationStatusRule.INSTANCE;

  /**
   * {@link ReasonCode#UNKNOWN_PROTEST_STATUS}: protest status not recognised, or a protest number
   * without a status.
   */
  public static final EligibilityRule PROTEST_STATUS = ProtestStatusRule.INSTANCE;

  /** {@link ReasonCode#NO_IEEPA_DUTY}: no IEEPA line with duty above zero. */
  public static final EligibilityRule IEEPA_DUTY = IeepaDutyRule.INSTANCE;

  /** {@link ReasonCode#NOT_IN_ACE}: the entry was not filed in ACE. */
  public static final EligibilityRule FILED_IN_ACE = FiledInAceRule.INSTANCE;

  /** {@link ReasonCode#ENTRY_SUMMARY_NOT_ACCEPTED}: entry summary cancelled or rejected. */
  public static final EligibilityRule ENTRY_SUMMARY_STATUS = EntrySummaryStatusRule.INSTANCE;

  /**
   * {@link ReasonCode#RECONCILIATION}: type 09, or flagged for reconciliation unless the policy
   * accepts flagged entries of types 01, 02 and 06 with no type 09 filed.
   */
  public static final EligibilityRule RECONCILIATION = ReconciliationRule.INSTANCE;

  /** {@link ReasonCode#DRAWBACK}: types 41-47, or designated on a drawback claim. */
  public static final EligibilityRule DRAWBACK = DrawbackRule.INSTANCE;

  /** {@link ReasonCode#DUTY_DEFERRAL}: type 08. */
  public static final EligibilityRule DUTY_DEFERRAL = DutyDeferralRule.INSTANCE;

  /** {@link ReasonCode#OPEN_PROTEST}: an open, pending or suspended protest. */
  public static final EligibilityRule OPEN_PROTEST = OpenProtestRule.INSTANCE;

  /**
   * {@link ReasonCode#ADCVD_PENDING_LIQUIDATION}: Commerce liquidation instructions issued and a
   * liquidation status other than LIQUIDATED, whatever the entry type.
   */
  public static final EligibilityRule ADCVD_PENDING_LIQUIDATION =
      AdCvdPendingLiquidationRule.INSTANCE;

  /**
   * {@link ReasonCode#LIQUIDATION_WINDOW_PASSED} (day 81 to the protest last day) and
   * {@link ReasonCode#LIQUIDATION_FINAL} (after the protest last day, unless the policy accepts
   * finally liquidated entries of a CIT plaintiff).
   */
  public static final EligibilityRule LIQUIDATION_WINDOW = LiquidationWindowRule.INSTANCE;

  /**
   * {@link ReasonCode#ENTRY_TYPE_NOT_ALLOWED}: types 21 and 22 when the policy excludes warehouse
   * entries; type 23 when the policy excludes TIB entries.
   */
  public static final EligibilityRule ENTRY_TYPE_ALLOWED = EntryTypeAllowedRule.INSTANCE;

  /**
   * {@link ReasonCode#DATE_AFTER_AS_OF}: an entry, entry summary or liquidation date after the
   * as-of date.
   */
  public static final EligibilityRule DATE_AFTER_AS_OF = DateAfterAsOfRule.INSTANCE;

  /** {@link ReasonCode#LIQUIDATION_BEFORE_ENTRY}: liquidated before the entry date. */
  public static final EligibilityRule LIQUIDATION_BEFORE_ENTRY =
      LiquidationBeforeEntryRule.INSTANCE;

  /**
   * {@link ReasonCode#ROWS_REJECTED}: rows carrying the entry's number could not be used.
   */
  public static final EligibilityRule ROWS_REJECTED = RowsRejectedRule.INSTANCE;

  /** Every rule, in policy order. */
  private static final List<CbpRule> ALL = List.of(
      EntryNumberRule.INSTANCE,
      LiquidationStatusRule.INSTANCE,
      ProtestStatusRule.INSTANCE,
      IeepaDutyRule.INSTANCE,
      FiledInAceRule.INSTANCE,
      EntrySummaryStatusRule.INSTANCE,
      ReconciliationRule.INSTANCE,
      DrawbackRule.INSTANCE,
      DutyDeferralRule.INSTANCE,
      OpenProtestRule.INSTANCE,
      AdCvdPendingLiquidationRule.INSTANCE,
      LiquidationWindowRule.INSTANCE,
      EntryTypeAllowedRule.INSTANCE,
      DateAfterAsOfRule.INSTANCE,
      LiquidationBeforeEntryRule.INSTANCE,
      RowsRejectedRule.INSTANCE);

  /**
   * The precedence of next actions: the first rule here with a finding among an entry's findings
   * gives the entry's next action. The data rules come first, rows rejected before all (the rows
   * not used may hold the values the other rules miss), since a data fault must be fixed
   * before an exclusion can be judged (every data reason code has its rule here); then the
   * exclusions, the most final first: no IEEPA duty, then liquidation final or the window passed,
   * then the exclusions that may lift (open protest, reconciliation, AD/CVD pending liquidation,
   * entry type not allowed). The other rules (not in ACE, entry summary not accepted, drawback,
   * duty deferral) have no advice of their own.
   */
  private static final List<CbpRule> NEXT_ACTION_ORDER = List.of(
      RowsRejectedRule.INSTANCE,
      EntryNumberRule.INSTANCE,
      LiquidationStatusRule.INSTANCE,
      ProtestStatusRule.INSTANCE,
      DateAfterAsOfRule.INSTANCE,
      LiquidationBeforeEntryRule.INSTANCE,
      IeepaDutyRule.INSTANCE,
      LiquidationWindowRule.INSTANCE,
      OpenProtestRule.INSTANCE,
      ReconciliationRule.INSTANCE,
      AdCvdPendingLiquidationRule.INSTANCE,
      EntryTypeAllowedRule.INSTANCE,
      EntrySummaryStatusRule.INSTANCE,
      FiledInAceRule.INSTANCE,
      DutyDeferralRule.INSTANCE,
      DrawbackRule.INSTANCE);

  /** The reason codes of the checks each missing fact disables. */
  private static final Map<EntryFact, Set<ReasonCode>> CHECKS_OF_FACT = Map.of(
      EntryFact.ENTRY_TYPE, EnumSet.of(ReasonCode.DRAWBACK, ReasonCode.DUTY_DEFERRAL,
          ReasonCode.ENTRY_TYPE_NOT_ALLOWED, ReasonCode.RECONCILIATION),
      EntryFact.RECONCILIATION_FLAG, EnumSet.of(ReasonCode.RECONCILIATION),
      EntryFact.RECONCILIATION_ENTRY_FILED, EnumSet.of(ReasonCode.RECONCILIATION),
      EntryFact.DRAWBACK_DESIGNATION, EnumSet.of(ReasonCode.DRAWBACK),
      EntryFact.PROTEST, EnumSet.of(ReasonCode.OPEN_PROTEST),
      EntryFact.ADCVD_INSTRUCTIONS, EnumSet.of(ReasonCode.ADCVD_PENDING_LIQUIDATION),
      EntryFact.ENTRY_SUMMARY_STATUS, EnumSet.of(ReasonCode.ENTRY_SUMMARY_NOT_ACCEPTED),
      EntryFact.FILED_IN_ACE, EnumSet.of(ReasonCode.NOT_IN_ACE));

  private static final NextAction SEE_THE_REASONS =
      new NextAction("Not declarable in CAPE under the current policy; see the reasons.", null);

  private StandardRules() {}

  /**
   * Returns every built-in rule in policy order: the constants of this class in declaration
   * order, {@link #ENTRY_NUMBER} first and {@link #ROWS_REJECTED} last. This is the rule
   * list of every built-in policy.
   *
   * @return the rules, unmodifiable
   */
  public static List<EligibilityRule> all() {
    return List.<EligibilityRule>copyOf(ALL);
  }

  /**
   * Returns what to do about an entry that has findings (verdict NEEDS_REVIEW or NOT_ELIGIBLE):
   * the advice of the first built-in rule, in order of precedence, that produces one of the
   * findings' reason codes; if there is none, or it has no advice of its own, "Not declarable in
   * CAPE under the current policy; see the reasons." The precedence: rows rejected, invalid entry number, unknown liquidation
   * status, unknown protest status, date after the as-of date, liquidation before entry, no
   * IEEPA duty, liquidation final or window passed, open
   * protest, reconciliation, AD/CVD pending liquidation, entry type not allowed, entry summary
   * not accepted, not in ACE, duty deferral, drawback.
   *
   * <p>Example: an entry with findings DRAWBACK and OPEN_PROTEST gets "Await the protest
   * decision; CAPE rejects entries with an open protest."
   *
   * @param entry  the entry
   * @param findings  every finding of the entry, sorted by reason code; not empty
   * @param deadlines  the entry's deadlines under the policy applied
   * @return the next action
   */
  public static NextAction nextAction(Entry entry, List<Finding> findings,
      EntryDeadlines deadlines) {
    return next(entry, findings, deadlines, null);
  }

  /**
   * As {@link #nextAction(Entry, List, EntryDeadlines)}, true on the date of the assessment: a
   * date already past is not given as one to act by, and a source issued after it is not cited
   * (for example CSMS #69035485 of 23 June 2026 in reconciliation advice of 1 May 2026).
   *
   * @param entry  the entry
   * @param findings  every finding of the entry, sorted by reason code; not empty
   * @param deadlines  the entry's deadlines under the policy applied
   * @param asOf  the date of the assessment
   * @return the next action
   */
  public static NextAction nextAction(Entry entry, List<Finding> findings,
      EntryDeadlines deadlines, LocalDate asOf) {
    return next(entry, findings, deadlines, Objects.requireNonNull(asOf, "asOf"));
  }

  private static NextAction next(Entry entry, List<Finding> findings,
      EntryDeadlines deadlines, @Nullable LocalDate asOf) {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(deadlines, "deadlines");
    for (CbpRule rule : NEXT_ACTION_ORDER) {
      if (rule.firedIn(findings)) {
        return Objects.requireNonNullElse(rule.nextAction(entry, findings, deadlines, asOf),
            SEE_THE_REASONS);
      }
    }
    return SEE_THE_REASONS;
  }

  /**
   * Returns the reason codes of the built-in checks that could not run on an entry because its
   * source did not give a fact they need ({@link Entry#missingFacts()}), whether or not the check
   * would apply to the entry: {@link EntryFact#DRAWBACK_DESIGNATION} disables
   * {@link ReasonCode#DRAWBACK} (for designated entries; types 41-47 are still checked),
   * {@link EntryFact#ENTRY_SUMMARY_STATUS} {@link ReasonCode#ENTRY_SUMMARY_NOT_ACCEPTED},
   * {@link EntryFact#FILED_IN_ACE} {@link ReasonCode#NOT_IN_ACE},
   * {@link EntryFact#ADCVD_INSTRUCTIONS} {@link ReasonCode#ADCVD_PENDING_LIQUIDATION},
   * {@link EntryFact#RECONCILIATION_FLAG} and {@link EntryFact#RECONCILIATION_ENTRY_FILED}
   * {@link ReasonCode#RECONCILIATION}, {@link EntryFact#PROTEST}
   * {@link ReasonCode#OPEN_PROTEST}, and {@link EntryFact#ENTRY_TYPE} the type-based
   * {@code DRAWBACK}, {@code DUTY_DEFERRAL}, {@code ENTRY_TYPE_NOT_ALLOWED} and
   * {@code RECONCILIATION}.
   *
   * <p>Example: an entry read from a file without {@code Drawback Indicator} and {@code Filed In
   * ACE} columns gives {@code [DRAWBACK, NOT_IN_ACE]}.
   *
   * @param entry  the entry
   * @return the reason codes, sorted, empty when every fact was given
   */
  public static Set<ReasonCode> notChecked(Entry entry) {
    Set<EntryFact> missing = entry.missingFacts();
    if (missing.isEmpty()) {
      return Set.of();
    }
    Set<ReasonCode> codes = EnumSet.noneOf(ReasonCode.class);
    for (EntryFact fact : missing) {
      codes.addAll(CHECKS_OF_FACT.get(fact));
    }
    return Collections.unmodifiableSet(codes);
  }

  /**
   * Returns the reason codes of the checks a missing fact disables, for run summaries.
   *
   * @param fact  the fact
   * @return the reason codes, sorted
   */
  public static Set<ReasonCode> checksOf(EntryFact fact) {
    return Collections.unmodifiableSet(CHECKS_OF_FACT.get(Objects.requireNonNull(fact, "fact")));
  }

  /**
   * Returns every built-in rule as its class, in policy order, for the tests of this package.
   *
   * @return the rules
   */
  static List<CbpRule> rules() {
    return ALL;
  }
}
