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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.IeepaHeadings;
import org.caperules.core.date.CapeDeadlines;
import org.caperules.core.date.EntryDeadlines;
import org.caperules.core.rule.Finding;
import org.caperules.core.rule.NextAction;
import org.caperules.core.rule.ReasonCode;
import org.caperules.core.rule.StandardRules;
import org.jspecify.annotations.Nullable;

/**
 * The result of evaluating one entry on one as-of date under one policy: the verdict, every
 * finding (sorted by reason code), the entry's deadlines, warnings and the next action.
 * The deadlines, warnings and next action are computed on first use, so screening that only
 * reads verdicts and reasons does not pay for them.
 *
 * <p>Example: {@code ABC12345676 as of 2026-07-14 under PHASE_1_RECON: NOT_ELIGIBLE
 * [LIQUIDATION_WINDOW_PASSED]}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Assessment {

  private final CapeEngine engine;
  private final Entry entry;
  private final LocalDate asOf;
  private final CapePolicy policy;
  private final Verdict verdict;
  private final List<Finding> findings;
  private final boolean atRisk;
  // Computed on first use. Each is an immutable object whose state is in final fields, so a
  // benign data race is safe: two threads may both compute it, and either sees an equal value.
  private @Nullable EntryDeadlines deadlines;
  private @Nullable NextAction nextAction;
  private @Nullable List<String> warnings;
  private @Nullable BigDecimal ieepaDuty;
  private @Nullable Boolean declaredOnlyUnderUnconfirmedPolicy;

  Assessment(CapeEngine engine, Entry entry, LocalDate asOf, CapePolicy policy, Verdict verdict,
      List<Finding> findings, boolean atRisk) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.entry = Objects.requireNonNull(entry, "entry");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.verdict = Objects.requireNonNull(verdict, "verdict");
    this.findings = List.copyOf(findings);
    this.atRisk = atRisk;
  }

  /**
   * Returns the entry assessed.
   *
   * @return the entry
   */
  public Entry entry() {
    return entry;
  }

  /**
   * Returns the entry number as assessed: the normalised text, which may fail validation
   * (reason {@link ReasonCode#INVALID_ENTRY_NUMBER}).
   *
   * @return the normalised entry number text
   */
  public String entryNumberText() {
    return entry.entryNumberText();
  }

  /**
   * Returns the as-of date of the assessment.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the id of the policy applied.
   *
   * @return the policy id
   */
  public String policyId() {
    return policy.id();
  }

  /**
   * Returns the verdict.
   *
   * @return the verdict
   */
  public Verdict verdict() {
    return verdict;
  }

  /**
   * Returns every finding, sorted by reason code (alphabetically). A NEEDS_REVIEW assessment
   * lists exclusions too.
   *
   * @return the findings, possibly empty
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the reason codes of the findings, sorted alphabetically, without repeats.
   *
   * @return the reason codes
   */
  public List<ReasonCode> reasons() {
    List<ReasonCode> reasons = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      if (!reasons.contains(finding.reason())) {
        reasons.add(finding.reason());
      }
    }
    return reasons;
  }

  /**
   * Tells whether a reason applies.
   *
   * @param reason  the reason code
   * @return true if a finding has that code
   */
  public boolean hasReason(ReasonCode reason) {
    for (Finding finding : findings) {
      if (finding.reason() == reason) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the reason codes joined by {@code ;}, the form written to CSV reports, for example
   * {@code NO_IEEPA_DUTY;OPEN_PROTEST}; empty when there are none.
   *
   * @return the joined codes
   */
  public String reasonsText() {
    return reasons().stream().map(Enum::name).collect(Collectors.joining(";"));
  }

  /**
   * Returns the entry's deadlines under the policy applied, computed on first use
   * ({@link org.caperules.core.date.CapeDeadlines#forEntry(LocalDate, LocalDate)} with the
   * entry's liquidation and entry dates).
   *
   * @return the deadlines
   * @throws IllegalArgumentException if the protest roll leaves the calendar's supported range
   */
  public EntryDeadlines deadlines() {
    EntryDeadlines result = deadlines;
    if (result == null) {
      result = policy.deadlines()
          .forEntry(entry.liquidationDate(), entry.entryDate());
      deadlines = result;
    }
    return result;
  }

  /**
   * Returns what to do next, with its date, computed on first use.
   *
   * @return the next action
   * @throws IllegalArgumentException if the protest roll leaves the calendar's supported range
   */
  public NextAction nextAction() {
    NextAction result = nextAction;
    if (result == null) {
      EntryDeadlines entryDeadlines = deadlines();
      result = switch (verdict) {
        case NEEDS_REVIEW -> hasReason(ReasonCode.CHECKS_NOT_RUN)
            ? checkFirst(entryDeadlines)
            : StandardRules.nextAction(entry, findings, entryDeadlines, asOf);
        case NOT_ELIGIBLE -> StandardRules.nextAction(entry, findings, entryDeadlines, asOf);
        case ELIGIBLE_DEFERRED -> new NextAction("Declare in CAPE now; the refund comes when the"
            + " entry liquidates" + projected(entryDeadlines, true) + ".",
            entryDeadlines.capeLastDay().orElse(null));
        case ELIGIBLE -> eligible(entryDeadlines);
      };
      nextAction = result;
    }
    return result;
  }

  /**
   * The next action of an ELIGIBLE entry: declare by the CAPE last day if it is liquidated (or at
   * once if a policy accepts it past that day, as PHASE_3_LITIGANTS does for CIT plaintiffs),
   * otherwise before it liquidates.
   */
  private NextAction eligible(EntryDeadlines entryDeadlines) {
    Optional<LocalDate> capeLastDay = entryDeadlines.capeLastDay();
    LocalDate liquidated = entry.liquidationDate();
    if (capeLastDay.isPresent() && liquidated != null && asOf.isAfter(capeLastDay.get())) {
      return new NextAction("Declare in CAPE: the policy in force accepts this finally liquidated"
          + " entry because the importer is a plaintiff at the Court of International Trade.",
          null);
    }
    if (capeLastDay.isPresent() && liquidated != null) {
      long day = ChronoUnit.DAYS.between(liquidated, capeLastDay.get());
      return new NextAction("Declare in CAPE by " + capeLastDay.get() + " (day " + day
          + " after liquidation on " + liquidated + ").", capeLastDay.get());
    }
    // One liquidation date per report row: the forecast's (acceptance + 45 days), not the
    // usual-cycle projection, unless that projection is already past.
    return new NextAction("Declare in CAPE now; once the declaration is accepted, CAPE"
        + " liquidates the entry " + CapeDeadlines.CAPE_LIQUIDATION_DAYS + " days later"
        + projected(entryDeadlines, false) + ".", null);
  }

  /**
   * The next action of an entry held back because checks could not run
   * ({@link ReasonCode#CHECKS_NOT_RUN}): nothing else stands in its way, so it is due by the CAPE
   * last day if it is liquidated.
   */
  private NextAction checkFirst(EntryDeadlines entryDeadlines) {
    Optional<LocalDate> capeLastDay = entryDeadlines.capeLastDay();
    return new NextAction("Check in ACE what the input could not show (Not Checked: "
        + notCheckedText() + "), then declare in CAPE"
        + capeLastDay.map(day -> " by " + day).orElse("") + " if nothing excludes the entry.",
        capeLastDay.orElse(null));
  }

  /**
   * The projected liquidation and protest horizon of an unliquidated entry ({@code withFuture}),
   * or ""; a projection already past on the as-of date says so instead: the entry may be
   * extended or suspended, or deemed liquidated one year after entry (19 U.S.C. 1504(a)), and
   * only CBP can say which.
   */
  private String projected(EntryDeadlines entryDeadlines, boolean withFuture) {
    Optional<LocalDate> projected = entryDeadlines.projectedLiquidation();
    Optional<LocalDate> horizon = entryDeadlines.protestHorizon();
    if (projected.isEmpty()) {
      return "";
    }
    if (projected.get().isBefore(asOf)) {
      LocalDate entered = entry.entryDate();
      LocalDate deemed = entered == null ? null
          : entered.plusYears(CapeDeadlines.DEEMED_LIQUIDATION_YEARS);
      return "; CBP's usual cycle (entry date + " + CapeDeadlines.TYPICAL_LIQUIDATION_DAYS
          + " days) put its liquidation on " + projected.get() + ", already past: check ACE for"
          + " the liquidation date and, if there is none, ask CBP (IEEPARefunds@cbp.dhs.gov)"
          + " whether the entry is extended or suspended"
          + (deemed != null && !asOf.isBefore(deemed) ? ", or deemed liquidated on " + deemed
              + ", one year after entry (19 U.S.C. 1504(a))" : "");
    }
    if (!withFuture) {
      return "";
    }
    return " (projected liquidation " + projected.get() + ", entry date + "
        + CapeDeadlines.TYPICAL_LIQUIDATION_DAYS + " days"
        + horizon.map(h -> "; protest horizon " + h + ", entry date + "
            + CapeDeadlines.PROTEST_HORIZON_DAYS + " days").orElse("")
        + ")";
  }

  /**
   * Returns warnings that do not change the verdict, for example an IEEPA heading used outside
   * its effective dates, or an entry type missing from the data. An entry with rejected rows
   * ({@link Entry#rejectedRowCount()}) has first the warning {@code IEEPA_DUTY_LOWER_BOUND: 2
   * rows of the entry could not be used, so the IEEPA duty counts only the rows used.}; the
   * reader's warnings about the entry's rows ({@link Entry#sourceWarnings()}) come next.
   *
   * <p>Computed on first use.
   *
   * @return the warnings, possibly empty
   */
  public List<String> warnings() {
    List<String> result = warnings;
    if (result == null) {
      result = warnings(entry, policy.ieepaHeadings());
      warnings = result;
    }
    return result;
  }

  /**
   * Returns the reason codes of the checks that could not run because the entry's source did not
   * give a fact they need ({@link Entry#missingFacts()};
   * {@link StandardRules#notChecked(Entry)}). The verdict does not change: the report shows them
   * in its {@code Not Checked} column; only an engine that requires every check
   * ({@link CapeEngine#requiringAllChecks()}) holds back an entry that would be declared, with
   * {@link ReasonCode#CHECKS_NOT_RUN}. Empty for an entry built by hand with every fact set.
   *
   * @return the reason codes, sorted
   */
  public Set<ReasonCode> notChecked() {
    return StandardRules.notChecked(entry);
  }

  /**
   * Returns {@link #notChecked()} joined by {@code ;}, for reports, for example
   * {@code DRAWBACK;NOT_IN_ACE}.
   *
   * @return the text, empty when every check ran
   */
  public String notCheckedText() {
    Set<ReasonCode> codes = notChecked();
    if (codes.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    for (ReasonCode code : codes) {
      if (text.length() > 0) {
        text.append(';');
      }
      text.append(code.name());
    }
    return text.toString();
  }

  /**
   * Tells whether the entry is declared only because the policy applied is
   * {@linkplain Confirmation#UNCONFIRMED unconfirmed}: its verdict is ELIGIBLE or
   * ELIGIBLE_DEFERRED under that policy, and the confirmed policy it supersedes ({@link
   * CapeEngine#confirmedBaseline(CapePolicy)}: the last policy a CBP bulletin supports that took
   * effect before it) would not declare the entry on the same as-of date with the same engine
   * settings; when no confirmed policy precedes it, every declared entry rests on it alone.
   * Always false under a confirmed policy. Computed on first use (one more evaluation, only for
   * a declared entry under an unconfirmed policy).
   *
   * <p>Example: as of 2026-10-13 under {@code PHASE_3_LITIGANTS}, an entry liquidated on
   * 2026-01-05 whose importer is a CIT plaintiff is ELIGIBLE, but NOT_ELIGIBLE
   * [LIQUIDATION_FINAL] under {@code WAREHOUSE_21_22_EXCLUDED}: true. An entry liquidated on
   * 2026-09-04 is ELIGIBLE under both: false.
   *
   * @return true if the entry is declared only because of an unconfirmed policy
   */
  public boolean declaredOnlyUnderUnconfirmedPolicy() {
    if (!verdict.isDeclarable() || policy.confirmation().isConfirmed()) {
      return false;
    }
    Boolean result = declaredOnlyUnderUnconfirmedPolicy;
    if (result == null) {
      Optional<CapePolicy> baseline = engine.confirmedBaseline(policy);
      result = baseline.isEmpty()
          || !engine.assess(entry, asOf, baseline.get()).verdict().isDeclarable();
      declaredOnlyUnderUnconfirmedPolicy = result;
    }
    return result;
  }

  /**
   * Tells whether an ELIGIBLE entry is in the last days of its CAPE window
   * ({@link org.caperules.core.rule.PolicySettings#atRiskDays()}), where batch validation after
   * upload could already be past day 80.
   *
   * @return true if the entry is eligible and at risk
   */
  public boolean isAtRisk() {
    return atRisk;
  }

  /**
   * Returns the IEEPA duty on the entry: the sum of the duty on its lines that the policy's
   * {@linkplain CapePolicy#ieepaHeadings() heading table} says are IEEPA (9903.01.xx and
   * 9903.02.xx in the standard table), computed on first use.
   *
   * @return the IEEPA duty, zero if no line is IEEPA
   */
  public BigDecimal ieepaDuty() {
    BigDecimal result = ieepaDuty;
    if (result == null) {
      result = policy.ieepaHeadings().ieepaDuty(entry.dutyLines());
      ieepaDuty = result;
    }
    return result;
  }

  /** The warning token of an entry with rejected rows: its IEEPA duty is a lower bound. */
  private static final String LOWER_BOUND = "IEEPA_DUTY_LOWER_BOUND: ";

  private static List<String> warnings(Entry entry, IeepaHeadings headings) {
    List<String> withoutRows = warningsOfValues(entry, headings);
    long rejected = entry.rejectedRowCount();
    List<String> ofSource = entry.sourceWarnings();
    if (rejected == 0 && ofSource.isEmpty()) {
      return withoutRows;
    }
    List<String> all = new ArrayList<>(withoutRows.size() + ofSource.size() + 1);
    if (rejected > 0) {
      all.add(LOWER_BOUND + rejected + (rejected == 1 ? " row" : " rows") + " of the entry could"
          + " not be used, so the IEEPA duty counts only the rows used.");
    }
    all.addAll(ofSource);
    all.addAll(withoutRows);
    return List.copyOf(all);
  }

  private static List<String> warningsOfValues(Entry entry, IeepaHeadings headings) {
    @Nullable String typeWarning = entry.entryType() == null
        ? "Entry type unknown: the type-based rules (reconciliation, drawback, duty deferral,"
            + " warehouse) could not be checked."
        : null;
    LocalDate entryDate = entry.entryDate();
    if (entryDate == null) {
      return typeWarning == null ? List.of() : List.of(typeWarning);
    }
    List<String> warnings = new ArrayList<>(2);
    if (typeWarning != null) {
      warnings.add(typeWarning);
    }
    for (DutyLine line : entry.dutyLines()) {
      Optional<String> warning = headings.effectiveDateWarning(line.hts(), entryDate);
      if (warning.isPresent()) {
        warnings.add(warning.get());
      }
    }
    return List.copyOf(warnings);
  }

  @Override
  public String toString() {
    return entry.entryNumberText() + " as of " + asOf + " under " + policy.id() + ": " + verdict
        + " " + reasons();
  }
}
