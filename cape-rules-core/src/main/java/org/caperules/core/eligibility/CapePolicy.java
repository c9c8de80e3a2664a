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
import java.util.List;
import org.caperules.core.IeepaHeadings;
import org.caperules.core.date.CapeDeadlines;
import org.caperules.core.date.UsFederalHolidays;
import org.caperules.core.internal.CapeStyle;
import org.caperules.core.rule.EligibilityRule;
import org.caperules.core.rule.PolicyContext;
import org.caperules.core.rule.PolicySettings;
import org.caperules.core.rule.StandardRules;
import org.immutables.value.Value;

/**
 * A version of the CAPE rules: an id, the date it takes effect, the CBP sources it implements,
 * how firmly CBP confirmed it, its settings and its rules.
 *
 * <p>The built-in policies are in {@link CapePolicies}. A custom policy, to model a rule change
 * before CBP publishes it, starts from a built-in one:
 *
 * <pre>{@code
 * CapePolicy mine = CapePolicy.builder().from(CapePolicies.PHASE_1_RECON)
 *     .id("RECON_WITH_09")
 *     .description("Recon-flagged entries accepted even with a 09 filed (hypothetical)")
 *     .confirmation(Confirmation.UNCONFIRMED)
 *     .settings(PolicySettings.builder().from(CapePolicies.PHASE_1_RECON.settings())
 *         .capeWindowEnd(CapeWindowEnd.DAY_80_EXCLUSIVE).build())
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CapeStyle
public abstract class CapePolicy implements PolicyContext {

  CapePolicy() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the policy id, for example {@code PHASE_1}: written to reports and accepted by the
   * command line's {@code --policy}.
   *
   * @return the id
   */
  @Override
  public abstract String id();

  /**
   * Returns one sentence saying what the policy changes.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Returns the first day the policy is in force, inclusive.
   *
   * @return the effective date
   */
  public abstract LocalDate effectiveDate();

  /**
   * Returns the CBP sources the policy implements, for example {@code CSMS #68340863}.
   *
   * @return the sources, in order
   */
  public abstract List<String> sources();

  /**
   * Returns how firmly CBP's own texts establish the policy.
   *
   * @return the confirmation
   */
  public abstract Confirmation confirmation();

  /**
   * Returns the settings of the uncertain points.
   *
   * @return the settings
   */
  @Override
  @Value.Default
  public PolicySettings settings() {
    return PolicySettings.DEFAULTS;
  }

  /**
   * Returns the rules, run in this order (the order does not change the findings).
   *
   * @return the rules; {@link StandardRules#all()} by default
   */
  @Value.Default
  public List<EligibilityRule> rules() {
    return StandardRules.all();
  }

  /**
   * Returns the Chapter 99 heading table that says which duty lines are IEEPA: the lines the
   * engine sums into {@link Assessment#ieepaDuty()} and that the NO_IEEPA_DUTY rule looks for.
   * A custom table models a heading correction before the library's table has it.
   *
   * @return the heading table; {@link IeepaHeadings#standard()} by default
   */
  @Override
  @Value.Default
  public IeepaHeadings ieepaHeadings() {
    return IeepaHeadings.standard();
  }

  /**
   * Returns the deadline calculator of this policy: the US federal calendar, and day 80
   * inclusive or not as {@link PolicySettings#capeWindowEnd()} says.
   *
   * @return the deadline calculator
   */
  @Override
  @Value.Lazy
  public CapeDeadlines deadlines() {
    return CapeDeadlines.of(UsFederalHolidays.standard(), settings().capeWindowEnd());
  }

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("Policy id must not be blank");
    }
    if (rules().isEmpty()) {
      throw new IllegalArgumentException("Policy " + id() + " must have at least one rule");
    }
  }

  /**
   * Returns the id, for example {@code PHASE_1}.
   *
   * @return the id
   */
  @Override
  public String toString() {
    return id();
  }

  /** Builds a {@link CapePolicy}; {@link #from(CapePolicy)} copies a policy to change it. */
  public static final class Builder extends ImmutableCapePolicy.Builder {
    Builder() {}
  }
}
